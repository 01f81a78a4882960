INSERT INTO "order75"."o75_daily_check" AS t ("record_id", "revision", "record_type", "schema_version", "status", "content_hash", "raw_json", "o75_seq", "o75_enterprise", "o75_created_at", "o75_remarks", "o75_date", "o75_site", "o75_checked_at", "o75_zero_risk", "o75_changed_at")
SELECT u.*, now() FROM unnest($1::varchar(36)[], $2::integer[], $3::varchar(40)[], $4::integer[], $5::varchar(16)[], $6::varchar(80)[], $7::jsonb[], $8::bigint[], $9::text[], $10::timestamptz[], $11::text[], $12::date[], $13::text[], $14::timestamptz[], $15::boolean[]) AS u
ON CONFLICT ("record_id") DO UPDATE SET "revision" = EXCLUDED."revision", "record_type" = EXCLUDED."record_type", "schema_version" = EXCLUDED."schema_version", "status" = EXCLUDED."status", "content_hash" = EXCLUDED."content_hash", "raw_json" = EXCLUDED."raw_json", "o75_seq" = EXCLUDED."o75_seq", "o75_enterprise" = EXCLUDED."o75_enterprise", "o75_created_at" = EXCLUDED."o75_created_at", "o75_remarks" = EXCLUDED."o75_remarks", "o75_date" = EXCLUDED."o75_date", "o75_site" = EXCLUDED."o75_site", "o75_checked_at" = EXCLUDED."o75_checked_at", "o75_zero_risk" = EXCLUDED."o75_zero_risk", "o75_changed_at" = EXCLUDED."o75_changed_at"
WHERE t."revision" < EXCLUDED."revision" OR (t."revision" = EXCLUDED."revision" AND t."content_hash" <> EXCLUDED."content_hash");
-- 15 parameters

DELETE FROM "order75"."o75_daily_check__signatures" WHERE "parent_id" = ANY($1::varchar[]);
-- 1 parameters

DELETE FROM "order75"."o75_daily_check__items" WHERE "parent_id" = ANY($1::varchar[]);
-- 1 parameters

INSERT INTO "order75"."o75_daily_check__items" ("parent_id", "position", "o75_row_id", "o75_result", "o75_note", "o75_hazard_id", "o75_finding", "o75_measure", "o75_measure_at", "o75_handling", "o75_reported_at", "item_json")
SELECT * FROM unnest($1::varchar(36)[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::text[], $11::timestamptz[], $12::jsonb[]);
-- 12 parameters
