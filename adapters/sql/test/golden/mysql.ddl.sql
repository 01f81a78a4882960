-- Order75 Kit staging tables (mysql); generated from the record schemas — regenerate, do not edit

CREATE TABLE IF NOT EXISTS `o75_meta` (`k` VARCHAR(64) NOT NULL PRIMARY KEY, `v` BIGINT NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT IGNORE INTO `o75_meta` (`k`, `v`) VALUES ('change_seq', 0);

CREATE TABLE IF NOT EXISTS `o75_enterprise_profile` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_name` VARCHAR(200) NULL,
  `o75_parent_uscc` MEDIUMTEXT NULL,
  `o75_address` VARCHAR(200) NULL,
  `o75_region_code` MEDIUMTEXT NULL,
  `o75_time_zone` MEDIUMTEXT NULL,
  `o75_headcount` INT NULL,
  `o75_headcount_as_of` DATE NULL,
  `o75_revenue` DOUBLE NULL,
  `o75_revenue_fiscal_year` INT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_enterprise_profile_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_enterprise_profile__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_enterprise_profile__sites` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_site_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(200) NULL,
  `o75_address` VARCHAR(200) NULL,
  `o75_region_code` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_enterprise_profile__products` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_product_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(200) NULL,
  `o75_catalogue_section` VARCHAR(200) NULL,
  `o75_catalogue_code` VARCHAR(32) NULL,
  `o75_regime` MEDIUMTEXT NULL,
  `o75_excluded_category` MEDIUMTEXT NULL,
  `o75_production_stopped_from` DATE NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_personnel_change` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_action` MEDIUMTEXT NULL,
  `o75_effective_date` DATE NULL,
  `o75_employment` MEDIUMTEXT NULL,
  `o75_position` VARCHAR(200) NULL,
  `o75_in_management` TINYINT(1) NULL,
  `o75_principal_basis` MEDIUMTEXT NULL,
  `o75_reason` TEXT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_personnel_change_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_personnel_change__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_management_system` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_title` VARCHAR(200) NULL,
  `o75_version` MEDIUMTEXT NULL,
  `o75_effective_date` DATE NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_management_system_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_management_system__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_management_system__rules` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_rule_id` MEDIUMTEXT NULL,
  `o75_kind` MEDIUMTEXT NULL,
  `o75_title` VARCHAR(200) NULL,
  `o75_version` MEDIUMTEXT NULL,
  `o75_effective_date` DATE NULL,
  `o75_text` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_director_duties` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_title` VARCHAR(200) NULL,
  `o75_version` MEDIUMTEXT NULL,
  `o75_effective_date` DATE NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_director_duties_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_director_duties__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_director_duties__items` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_item_id` MEDIUMTEXT NULL,
  `o75_text` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_officer_code` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_title` VARCHAR(200) NULL,
  `o75_version` MEDIUMTEXT NULL,
  `o75_effective_date` DATE NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_officer_code_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_officer_code__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_officer_code__items` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_item_id` MEDIUMTEXT NULL,
  `o75_text` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_risk_list` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_title` VARCHAR(200) NULL,
  `o75_version` MEDIUMTEXT NULL,
  `o75_effective_date` DATE NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_risk_list_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_risk_list__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_risk_list__rows` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_row_id` MEDIUMTEXT NULL,
  `o75_seq` INT NULL,
  `o75_stage` VARCHAR(200) NULL,
  `o75_control_step` VARCHAR(200) NULL,
  `o75_risk_point` TEXT NULL,
  `o75_risk_description` TEXT NULL,
  `o75_risk_level` MEDIUMTEXT NULL,
  `o75_control_measure` TEXT NULL,
  `o75_cadence` MEDIUMTEXT NULL,
  `o75_responsible_role` MEDIUMTEXT NULL,
  `o75_legal_basis` TEXT NULL,
  `o75_remarks` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_production_calendar` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_site` MEDIUMTEXT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_production_calendar_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_production_calendar__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_production_calendar__declarations` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_date` DATE NULL,
  `o75_kind` MEDIUMTEXT NULL,
  `o75_reason` VARCHAR(200) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_daily_check` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_date` DATE NULL,
  `o75_site` MEDIUMTEXT NULL,
  `o75_checked_at` DATETIME(3) NULL,
  `o75_zero_risk` TINYINT(1) NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_daily_check_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_daily_check__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_daily_check__items` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_row_id` MEDIUMTEXT NULL,
  `o75_result` MEDIUMTEXT NULL,
  `o75_note` TEXT NULL,
  `o75_hazard_id` MEDIUMTEXT NULL,
  `o75_finding` TEXT NULL,
  `o75_measure` TEXT NULL,
  `o75_measure_at` DATETIME(3) NULL,
  `o75_handling` TEXT NULL,
  `o75_reported_at` DATETIME(3) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_weekly_report` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_week` MEDIUMTEXT NULL,
  `o75_review_date` DATE NULL,
  `o75_last_week_verification` TEXT NULL,
  `o75_assessment` TEXT NULL,
  `o75_next_week_focus` TEXT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_weekly_report_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_weekly_report__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_weekly_report__participants` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_weekly_report__verifications` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hazard_id` MEDIUMTEXT NULL,
  `o75_verified` TINYINT(1) NULL,
  `o75_note` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_weekly_report__hazards` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hazard_id` MEDIUMTEXT NULL,
  `o75_site` MEDIUMTEXT NULL,
  `o75_found_on` DATE NULL,
  `o75_description` TEXT NULL,
  `o75_analysis` TEXT NULL,
  `o75_fix` TEXT NULL,
  `o75_deadline` DATE NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_weekly_report__hazard_updates` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hazard_id` MEDIUMTEXT NULL,
  `o75_status` MEDIUMTEXT NULL,
  `o75_date` DATE NULL,
  `o75_note` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_monthly_meeting` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_month` MEDIUMTEXT NULL,
  `o75_meeting_date` DATE NULL,
  `o75_place` VARCHAR(200) NULL,
  `o75_main_problems` TEXT NULL,
  `o75_fix_status` TEXT NULL,
  `o75_open_problems` TEXT NULL,
  `o75_scheduling_matters` TEXT NULL,
  `o75_other_matters` TEXT NULL,
  `o75_decisions` TEXT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_monthly_meeting_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_monthly_meeting__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_monthly_meeting__attendees` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_monthly_meeting__next_month_tasks` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_task` TEXT NULL,
  `o75_due` DATE NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_monthly_meeting__hazard_updates` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hazard_id` MEDIUMTEXT NULL,
  `o75_status` MEDIUMTEXT NULL,
  `o75_date` DATE NULL,
  `o75_note` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_opinion` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_kind` MEDIUMTEXT NULL,
  `o75_trigger` MEDIUMTEXT NULL,
  `o75_proposer_role` MEDIUMTEXT NULL,
  `o75_subject` VARCHAR(200) NULL,
  `o75_content` TEXT NULL,
  `o75_raised_at` DATETIME(3) NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_opinion_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_opinion__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_opinion__evidence` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hash` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(255) NULL,
  `o75_media_type` MEDIUMTEXT NULL,
  `o75_size` INT NULL,
  `o75_captured_at` DATETIME(3) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_opinion_response` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_opinion` VARCHAR(36) NULL,
  `o75_analysis` TEXT NULL,
  `o75_decision` MEDIUMTEXT NULL,
  `o75_justification` TEXT NULL,
  `o75_defect_confirmed` TINYINT(1) NULL,
  `o75_defect_confirmed_date` DATE NULL,
  `o75_responded_at` DATETIME(3) NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_opinion_response_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_opinion_response__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_major_decision` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_title` VARCHAR(200) NULL,
  `o75_decision` TEXT NULL,
  `o75_date` DATE NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_major_decision_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_major_decision__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_recall` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_response` VARCHAR(36) NULL,
  `o75_start_date` DATE NULL,
  `o75_reason` TEXT NULL,
  `o75_scope` TEXT NULL,
  `o75_plan` TEXT NULL,
  `o75_notice` TEXT NULL,
  `o75_disposal` TEXT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_recall_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_recall__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_recall__documents` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hash` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(255) NULL,
  `o75_media_type` MEDIUMTEXT NULL,
  `o75_size` INT NULL,
  `o75_captured_at` DATETIME(3) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_training` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_kind` MEDIUMTEXT NULL,
  `o75_title` VARCHAR(200) NULL,
  `o75_date` DATE NULL,
  `o75_audience` MEDIUMTEXT NULL,
  `o75_organiser` VARCHAR(200) NULL,
  `o75_authority` VARCHAR(200) NULL,
  `o75_hours` DOUBLE NULL,
  `o75_trainer` VARCHAR(200) NULL,
  `o75_rectification` TEXT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_training_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_training__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_training__attendees` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_training__results` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_score` DOUBLE NULL,
  `o75_pass_mark` DOUBLE NULL,
  `o75_passed` TINYINT(1) NULL,
  `o75_note` TEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_training__materials` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hash` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(255) NULL,
  `o75_media_type` MEDIUMTEXT NULL,
  `o75_size` INT NULL,
  `o75_captured_at` DATETIME(3) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_inspection` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_authority` VARCHAR(200) NULL,
  `o75_date` DATE NULL,
  `o75_kind` VARCHAR(200) NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_inspection_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_inspection__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_inspection__findings` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_finding_id` MEDIUMTEXT NULL,
  `o75_description` TEXT NULL,
  `o75_deadline` DATE NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_inspection__documents` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_hash` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(255) NULL,
  `o75_media_type` MEDIUMTEXT NULL,
  `o75_size` INT NULL,
  `o75_captured_at` DATETIME(3) NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_incentive` (
  `record_id` VARCHAR(36) NOT NULL,
  `revision` INT NOT NULL,
  `record_type` VARCHAR(40) NOT NULL,
  `schema_version` INT NOT NULL,
  `status` VARCHAR(16) NOT NULL,
  `content_hash` VARCHAR(80) NOT NULL,
  `raw_json` LONGTEXT NOT NULL,
  `o75_seq` BIGINT NOT NULL,
  `o75_changed_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `o75_enterprise` MEDIUMTEXT NULL,
  `o75_created_at` DATETIME(3) NULL,
  `o75_remarks` TEXT NULL,
  `o75_kind` MEDIUMTEXT NULL,
  `o75_date` DATE NULL,
  `o75_reason` TEXT NULL,
  `o75_measure` TEXT NULL,
  PRIMARY KEY (`record_id`),
  KEY `o75_incentive_seq` (`o75_seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS `o75_incentive__signatures` (
  `parent_id` VARCHAR(36) NOT NULL,
  `position` INT NOT NULL,
  `o75_slot` INT NULL,
  `o75_role` MEDIUMTEXT NULL,
  `o75_person_id` MEDIUMTEXT NULL,
  `o75_name` VARCHAR(64) NULL,
  `o75_signed_at` DATETIME(3) NULL,
  `o75_content_hash` MEDIUMTEXT NULL,
  `o75_method` MEDIUMTEXT NULL,
  `o75_alg` MEDIUMTEXT NULL,
  `o75_key_id` VARCHAR(200) NULL,
  `o75_sig` MEDIUMTEXT NULL,
  `item_json` LONGTEXT NOT NULL,
  PRIMARY KEY (`parent_id`, `position`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
