INSERT INTO `o75_daily_check` (`record_id`, `revision`, `record_type`, `schema_version`, `status`, `content_hash`, `raw_json`, `o75_seq`, `o75_enterprise`, `o75_created_at`, `o75_remarks`, `o75_date`, `o75_site`, `o75_checked_at`, `o75_zero_risk`, `o75_changed_at`) VALUES
(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6)),
(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6))
ON DUPLICATE KEY UPDATE
  `record_type` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`record_type`), `record_type`),
  `schema_version` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`schema_version`), `schema_version`),
  `status` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`status`), `status`),
  `raw_json` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`raw_json`), `raw_json`),
  `o75_seq` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_seq`), `o75_seq`),
  `o75_enterprise` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_enterprise`), `o75_enterprise`),
  `o75_created_at` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_created_at`), `o75_created_at`),
  `o75_remarks` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_remarks`), `o75_remarks`),
  `o75_date` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_date`), `o75_date`),
  `o75_site` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_site`), `o75_site`),
  `o75_checked_at` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_checked_at`), `o75_checked_at`),
  `o75_zero_risk` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_zero_risk`), `o75_zero_risk`),
  `o75_changed_at` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`o75_changed_at`), `o75_changed_at`),
  `content_hash` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`content_hash`), `content_hash`),
  `revision` = IF((VALUES(`revision`) > `revision` OR (VALUES(`revision`) = `revision` AND VALUES(`content_hash`) <> `content_hash`)), VALUES(`revision`), `revision`);
-- 30 parameters

DELETE FROM `o75_daily_check__signatures` WHERE `parent_id` IN (?, ?);
-- 2 parameters

DELETE FROM `o75_daily_check__items` WHERE `parent_id` IN (?, ?);
-- 2 parameters

INSERT INTO `o75_daily_check__items` (`parent_id`, `position`, `o75_row_id`, `o75_result`, `o75_note`, `o75_hazard_id`, `o75_finding`, `o75_measure`, `o75_measure_at`, `o75_handling`, `o75_reported_at`, `item_json`) VALUES
(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),
(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),
(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),
(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
-- 48 parameters
