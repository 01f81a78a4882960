MERGE INTO [order75].[o75_daily_check] WITH (HOLDLOCK) AS t
USING (VALUES
    (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15),
    (@p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24, @p25, @p26, @p27, @p28, @p29, @p30)
) AS s ([record_id], [revision], [record_type], [schema_version], [status], [content_hash], [raw_json], [o75_seq], [o75_enterprise], [o75_created_at], [o75_remarks], [o75_date], [o75_site], [o75_checked_at], [o75_zero_risk])
ON t.[record_id] = s.[record_id]
WHEN MATCHED AND (s.[revision] > t.[revision] OR (s.[revision] = t.[revision] AND s.[content_hash] <> t.[content_hash])) THEN
  UPDATE SET t.[revision] = s.[revision], t.[record_type] = s.[record_type], t.[schema_version] = s.[schema_version], t.[status] = s.[status], t.[content_hash] = s.[content_hash], t.[raw_json] = s.[raw_json], t.[o75_seq] = s.[o75_seq], t.[o75_enterprise] = s.[o75_enterprise], t.[o75_created_at] = s.[o75_created_at], t.[o75_remarks] = s.[o75_remarks], t.[o75_date] = s.[o75_date], t.[o75_site] = s.[o75_site], t.[o75_checked_at] = s.[o75_checked_at], t.[o75_zero_risk] = s.[o75_zero_risk], t.[o75_changed_at] = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
  INSERT ([record_id], [revision], [record_type], [schema_version], [status], [content_hash], [raw_json], [o75_seq], [o75_enterprise], [o75_created_at], [o75_remarks], [o75_date], [o75_site], [o75_checked_at], [o75_zero_risk], [o75_changed_at]) VALUES (s.[record_id], s.[revision], s.[record_type], s.[schema_version], s.[status], s.[content_hash], s.[raw_json], s.[o75_seq], s.[o75_enterprise], s.[o75_created_at], s.[o75_remarks], s.[o75_date], s.[o75_site], s.[o75_checked_at], s.[o75_zero_risk], SYSUTCDATETIME());
-- 30 parameters

DELETE FROM [order75].[o75_daily_check__signatures] WHERE [parent_id] IN (@p1, @p2);
-- 2 parameters

DELETE FROM [order75].[o75_daily_check__items] WHERE [parent_id] IN (@p1, @p2);
-- 2 parameters

INSERT INTO [order75].[o75_daily_check__items] ([parent_id], [position], [o75_row_id], [o75_result], [o75_note], [o75_hazard_id], [o75_finding], [o75_measure], [o75_measure_at], [o75_handling], [o75_reported_at], [item_json]) VALUES
    (@p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12),
    (@p13, @p14, @p15, @p16, @p17, @p18, @p19, @p20, @p21, @p22, @p23, @p24),
    (@p25, @p26, @p27, @p28, @p29, @p30, @p31, @p32, @p33, @p34, @p35, @p36),
    (@p37, @p38, @p39, @p40, @p41, @p42, @p43, @p44, @p45, @p46, @p47, @p48);
-- 48 parameters
