-- Order75 Kit staging tables (mssql); generated from the record schemas — regenerate, do not edit

IF SCHEMA_ID(N'order75') IS NULL EXEC(N'CREATE SCHEMA [order75]');

IF OBJECT_ID(N'order75.o75_meta', N'U') IS NULL CREATE TABLE [order75].[o75_meta] ([k] VARCHAR(64) NOT NULL PRIMARY KEY, [v] BIGINT NOT NULL);

IF NOT EXISTS (SELECT 1 FROM [order75].[o75_meta] WHERE [k] = 'change_seq') INSERT INTO [order75].[o75_meta] ([k], [v]) VALUES ('change_seq', 0);

IF OBJECT_ID(N'order75.o75_enterprise_profile', N'U') IS NULL
CREATE TABLE [order75].[o75_enterprise_profile] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_name] NVARCHAR(200) NULL,
  [o75_parent_uscc] NVARCHAR(MAX) NULL,
  [o75_address] NVARCHAR(200) NULL,
  [o75_region_code] NVARCHAR(MAX) NULL,
  [o75_time_zone] NVARCHAR(MAX) NULL,
  [o75_headcount] INT NULL,
  [o75_headcount_as_of] DATE NULL,
  [o75_revenue] FLOAT NULL,
  [o75_revenue_fiscal_year] INT NULL,
  CONSTRAINT [pk_o75_enterprise_profile] PRIMARY KEY ([record_id]),
  INDEX [o75_enterprise_profile_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_enterprise_profile__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_enterprise_profile__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_enterprise_profile__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_enterprise_profile__sites', N'U') IS NULL
CREATE TABLE [order75].[o75_enterprise_profile__sites] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_site_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(200) NULL,
  [o75_address] NVARCHAR(200) NULL,
  [o75_region_code] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_enterprise_profile__sites] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_enterprise_profile__products', N'U') IS NULL
CREATE TABLE [order75].[o75_enterprise_profile__products] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_product_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(200) NULL,
  [o75_catalogue_section] NVARCHAR(200) NULL,
  [o75_catalogue_code] NVARCHAR(32) NULL,
  [o75_regime] NVARCHAR(MAX) NULL,
  [o75_excluded_category] NVARCHAR(MAX) NULL,
  [o75_production_stopped_from] DATE NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_enterprise_profile__products] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_personnel_change', N'U') IS NULL
CREATE TABLE [order75].[o75_personnel_change] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_action] NVARCHAR(MAX) NULL,
  [o75_effective_date] DATE NULL,
  [o75_employment] NVARCHAR(MAX) NULL,
  [o75_position] NVARCHAR(200) NULL,
  [o75_in_management] BIT NULL,
  [o75_principal_basis] NVARCHAR(MAX) NULL,
  [o75_reason] NVARCHAR(4000) NULL,
  CONSTRAINT [pk_o75_personnel_change] PRIMARY KEY ([record_id]),
  INDEX [o75_personnel_change_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_personnel_change__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_personnel_change__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_personnel_change__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_management_system', N'U') IS NULL
CREATE TABLE [order75].[o75_management_system] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_title] NVARCHAR(200) NULL,
  [o75_version] NVARCHAR(MAX) NULL,
  [o75_effective_date] DATE NULL,
  CONSTRAINT [pk_o75_management_system] PRIMARY KEY ([record_id]),
  INDEX [o75_management_system_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_management_system__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_management_system__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_management_system__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_management_system__rules', N'U') IS NULL
CREATE TABLE [order75].[o75_management_system__rules] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_rule_id] NVARCHAR(MAX) NULL,
  [o75_kind] NVARCHAR(MAX) NULL,
  [o75_title] NVARCHAR(200) NULL,
  [o75_version] NVARCHAR(MAX) NULL,
  [o75_effective_date] DATE NULL,
  [o75_text] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_management_system__rules] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_director_duties', N'U') IS NULL
CREATE TABLE [order75].[o75_director_duties] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_title] NVARCHAR(200) NULL,
  [o75_version] NVARCHAR(MAX) NULL,
  [o75_effective_date] DATE NULL,
  CONSTRAINT [pk_o75_director_duties] PRIMARY KEY ([record_id]),
  INDEX [o75_director_duties_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_director_duties__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_director_duties__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_director_duties__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_director_duties__items', N'U') IS NULL
CREATE TABLE [order75].[o75_director_duties__items] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_item_id] NVARCHAR(MAX) NULL,
  [o75_text] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_director_duties__items] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_officer_code', N'U') IS NULL
CREATE TABLE [order75].[o75_officer_code] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_title] NVARCHAR(200) NULL,
  [o75_version] NVARCHAR(MAX) NULL,
  [o75_effective_date] DATE NULL,
  CONSTRAINT [pk_o75_officer_code] PRIMARY KEY ([record_id]),
  INDEX [o75_officer_code_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_officer_code__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_officer_code__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_officer_code__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_officer_code__items', N'U') IS NULL
CREATE TABLE [order75].[o75_officer_code__items] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_item_id] NVARCHAR(MAX) NULL,
  [o75_text] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_officer_code__items] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_risk_list', N'U') IS NULL
CREATE TABLE [order75].[o75_risk_list] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_title] NVARCHAR(200) NULL,
  [o75_version] NVARCHAR(MAX) NULL,
  [o75_effective_date] DATE NULL,
  CONSTRAINT [pk_o75_risk_list] PRIMARY KEY ([record_id]),
  INDEX [o75_risk_list_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_risk_list__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_risk_list__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_risk_list__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_risk_list__rows', N'U') IS NULL
CREATE TABLE [order75].[o75_risk_list__rows] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_row_id] NVARCHAR(MAX) NULL,
  [o75_seq] INT NULL,
  [o75_stage] NVARCHAR(200) NULL,
  [o75_control_step] NVARCHAR(200) NULL,
  [o75_risk_point] NVARCHAR(4000) NULL,
  [o75_risk_description] NVARCHAR(4000) NULL,
  [o75_risk_level] NVARCHAR(MAX) NULL,
  [o75_control_measure] NVARCHAR(4000) NULL,
  [o75_cadence] NVARCHAR(MAX) NULL,
  [o75_responsible_role] NVARCHAR(MAX) NULL,
  [o75_legal_basis] NVARCHAR(4000) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_risk_list__rows] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_production_calendar', N'U') IS NULL
CREATE TABLE [order75].[o75_production_calendar] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_site] NVARCHAR(MAX) NULL,
  CONSTRAINT [pk_o75_production_calendar] PRIMARY KEY ([record_id]),
  INDEX [o75_production_calendar_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_production_calendar__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_production_calendar__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_production_calendar__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_production_calendar__declarations', N'U') IS NULL
CREATE TABLE [order75].[o75_production_calendar__declarations] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_date] DATE NULL,
  [o75_kind] NVARCHAR(MAX) NULL,
  [o75_reason] NVARCHAR(200) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_production_calendar__declarations] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_daily_check', N'U') IS NULL
CREATE TABLE [order75].[o75_daily_check] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_date] DATE NULL,
  [o75_site] NVARCHAR(MAX) NULL,
  [o75_checked_at] DATETIMEOFFSET(3) NULL,
  [o75_zero_risk] BIT NULL,
  CONSTRAINT [pk_o75_daily_check] PRIMARY KEY ([record_id]),
  INDEX [o75_daily_check_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_daily_check__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_daily_check__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_daily_check__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_daily_check__items', N'U') IS NULL
CREATE TABLE [order75].[o75_daily_check__items] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_row_id] NVARCHAR(MAX) NULL,
  [o75_result] NVARCHAR(MAX) NULL,
  [o75_note] NVARCHAR(4000) NULL,
  [o75_hazard_id] NVARCHAR(MAX) NULL,
  [o75_finding] NVARCHAR(4000) NULL,
  [o75_measure] NVARCHAR(4000) NULL,
  [o75_measure_at] DATETIMEOFFSET(3) NULL,
  [o75_handling] NVARCHAR(4000) NULL,
  [o75_reported_at] DATETIMEOFFSET(3) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_daily_check__items] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_weekly_report', N'U') IS NULL
CREATE TABLE [order75].[o75_weekly_report] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_week] NVARCHAR(MAX) NULL,
  [o75_review_date] DATE NULL,
  [o75_last_week_verification] NVARCHAR(4000) NULL,
  [o75_assessment] NVARCHAR(4000) NULL,
  [o75_next_week_focus] NVARCHAR(4000) NULL,
  CONSTRAINT [pk_o75_weekly_report] PRIMARY KEY ([record_id]),
  INDEX [o75_weekly_report_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_weekly_report__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_weekly_report__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_weekly_report__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_weekly_report__participants', N'U') IS NULL
CREATE TABLE [order75].[o75_weekly_report__participants] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_weekly_report__participants] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_weekly_report__verifications', N'U') IS NULL
CREATE TABLE [order75].[o75_weekly_report__verifications] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hazard_id] NVARCHAR(MAX) NULL,
  [o75_verified] BIT NULL,
  [o75_note] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_weekly_report__verifications] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_weekly_report__hazards', N'U') IS NULL
CREATE TABLE [order75].[o75_weekly_report__hazards] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hazard_id] NVARCHAR(MAX) NULL,
  [o75_site] NVARCHAR(MAX) NULL,
  [o75_found_on] DATE NULL,
  [o75_description] NVARCHAR(4000) NULL,
  [o75_analysis] NVARCHAR(4000) NULL,
  [o75_fix] NVARCHAR(4000) NULL,
  [o75_deadline] DATE NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_weekly_report__hazards] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_weekly_report__hazard_updates', N'U') IS NULL
CREATE TABLE [order75].[o75_weekly_report__hazard_updates] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hazard_id] NVARCHAR(MAX) NULL,
  [o75_status] NVARCHAR(MAX) NULL,
  [o75_date] DATE NULL,
  [o75_note] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_weekly_report__hazard_updates] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_monthly_meeting', N'U') IS NULL
CREATE TABLE [order75].[o75_monthly_meeting] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_month] NVARCHAR(MAX) NULL,
  [o75_meeting_date] DATE NULL,
  [o75_place] NVARCHAR(200) NULL,
  [o75_main_problems] NVARCHAR(4000) NULL,
  [o75_fix_status] NVARCHAR(4000) NULL,
  [o75_open_problems] NVARCHAR(4000) NULL,
  [o75_scheduling_matters] NVARCHAR(4000) NULL,
  [o75_other_matters] NVARCHAR(4000) NULL,
  [o75_decisions] NVARCHAR(4000) NULL,
  CONSTRAINT [pk_o75_monthly_meeting] PRIMARY KEY ([record_id]),
  INDEX [o75_monthly_meeting_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_monthly_meeting__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_monthly_meeting__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_monthly_meeting__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_monthly_meeting__attendees', N'U') IS NULL
CREATE TABLE [order75].[o75_monthly_meeting__attendees] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_monthly_meeting__attendees] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_monthly_meeting__next_month_tasks', N'U') IS NULL
CREATE TABLE [order75].[o75_monthly_meeting__next_month_tasks] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_task] NVARCHAR(4000) NULL,
  [o75_due] DATE NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_monthly_meeting__next_month_tasks] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_monthly_meeting__hazard_updates', N'U') IS NULL
CREATE TABLE [order75].[o75_monthly_meeting__hazard_updates] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hazard_id] NVARCHAR(MAX) NULL,
  [o75_status] NVARCHAR(MAX) NULL,
  [o75_date] DATE NULL,
  [o75_note] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_monthly_meeting__hazard_updates] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_opinion', N'U') IS NULL
CREATE TABLE [order75].[o75_opinion] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_kind] NVARCHAR(MAX) NULL,
  [o75_trigger] NVARCHAR(MAX) NULL,
  [o75_proposer_role] NVARCHAR(MAX) NULL,
  [o75_subject] NVARCHAR(200) NULL,
  [o75_content] NVARCHAR(4000) NULL,
  [o75_raised_at] DATETIMEOFFSET(3) NULL,
  CONSTRAINT [pk_o75_opinion] PRIMARY KEY ([record_id]),
  INDEX [o75_opinion_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_opinion__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_opinion__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_opinion__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_opinion__evidence', N'U') IS NULL
CREATE TABLE [order75].[o75_opinion__evidence] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hash] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(255) NULL,
  [o75_media_type] NVARCHAR(MAX) NULL,
  [o75_size] INT NULL,
  [o75_captured_at] DATETIMEOFFSET(3) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_opinion__evidence] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_opinion_response', N'U') IS NULL
CREATE TABLE [order75].[o75_opinion_response] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_opinion] VARCHAR(36) NULL,
  [o75_analysis] NVARCHAR(4000) NULL,
  [o75_decision] NVARCHAR(MAX) NULL,
  [o75_justification] NVARCHAR(4000) NULL,
  [o75_defect_confirmed] BIT NULL,
  [o75_defect_confirmed_date] DATE NULL,
  [o75_responded_at] DATETIMEOFFSET(3) NULL,
  CONSTRAINT [pk_o75_opinion_response] PRIMARY KEY ([record_id]),
  INDEX [o75_opinion_response_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_opinion_response__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_opinion_response__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_opinion_response__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_major_decision', N'U') IS NULL
CREATE TABLE [order75].[o75_major_decision] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_title] NVARCHAR(200) NULL,
  [o75_decision] NVARCHAR(4000) NULL,
  [o75_date] DATE NULL,
  CONSTRAINT [pk_o75_major_decision] PRIMARY KEY ([record_id]),
  INDEX [o75_major_decision_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_major_decision__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_major_decision__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_major_decision__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_recall', N'U') IS NULL
CREATE TABLE [order75].[o75_recall] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_response] VARCHAR(36) NULL,
  [o75_start_date] DATE NULL,
  [o75_reason] NVARCHAR(4000) NULL,
  [o75_scope] NVARCHAR(4000) NULL,
  [o75_plan] NVARCHAR(4000) NULL,
  [o75_notice] NVARCHAR(4000) NULL,
  [o75_disposal] NVARCHAR(4000) NULL,
  CONSTRAINT [pk_o75_recall] PRIMARY KEY ([record_id]),
  INDEX [o75_recall_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_recall__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_recall__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_recall__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_recall__documents', N'U') IS NULL
CREATE TABLE [order75].[o75_recall__documents] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hash] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(255) NULL,
  [o75_media_type] NVARCHAR(MAX) NULL,
  [o75_size] INT NULL,
  [o75_captured_at] DATETIMEOFFSET(3) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_recall__documents] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_training', N'U') IS NULL
CREATE TABLE [order75].[o75_training] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_kind] NVARCHAR(MAX) NULL,
  [o75_title] NVARCHAR(200) NULL,
  [o75_date] DATE NULL,
  [o75_audience] NVARCHAR(MAX) NULL,
  [o75_organiser] NVARCHAR(200) NULL,
  [o75_authority] NVARCHAR(200) NULL,
  [o75_hours] FLOAT NULL,
  [o75_trainer] NVARCHAR(200) NULL,
  [o75_rectification] NVARCHAR(4000) NULL,
  CONSTRAINT [pk_o75_training] PRIMARY KEY ([record_id]),
  INDEX [o75_training_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_training__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_training__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_training__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_training__attendees', N'U') IS NULL
CREATE TABLE [order75].[o75_training__attendees] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_training__attendees] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_training__results', N'U') IS NULL
CREATE TABLE [order75].[o75_training__results] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_score] FLOAT NULL,
  [o75_pass_mark] FLOAT NULL,
  [o75_passed] BIT NULL,
  [o75_note] NVARCHAR(4000) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_training__results] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_training__materials', N'U') IS NULL
CREATE TABLE [order75].[o75_training__materials] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hash] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(255) NULL,
  [o75_media_type] NVARCHAR(MAX) NULL,
  [o75_size] INT NULL,
  [o75_captured_at] DATETIMEOFFSET(3) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_training__materials] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_inspection', N'U') IS NULL
CREATE TABLE [order75].[o75_inspection] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_authority] NVARCHAR(200) NULL,
  [o75_date] DATE NULL,
  [o75_kind] NVARCHAR(200) NULL,
  CONSTRAINT [pk_o75_inspection] PRIMARY KEY ([record_id]),
  INDEX [o75_inspection_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_inspection__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_inspection__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_inspection__signatures] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_inspection__findings', N'U') IS NULL
CREATE TABLE [order75].[o75_inspection__findings] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_finding_id] NVARCHAR(MAX) NULL,
  [o75_description] NVARCHAR(4000) NULL,
  [o75_deadline] DATE NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_inspection__findings] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_inspection__documents', N'U') IS NULL
CREATE TABLE [order75].[o75_inspection__documents] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_hash] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(255) NULL,
  [o75_media_type] NVARCHAR(MAX) NULL,
  [o75_size] INT NULL,
  [o75_captured_at] DATETIMEOFFSET(3) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_inspection__documents] PRIMARY KEY ([parent_id], [position])
);

IF OBJECT_ID(N'order75.o75_incentive', N'U') IS NULL
CREATE TABLE [order75].[o75_incentive] (
  [record_id] VARCHAR(36) NOT NULL,
  [revision] INT NOT NULL,
  [record_type] NVARCHAR(40) NOT NULL,
  [schema_version] INT NOT NULL,
  [status] NVARCHAR(16) NOT NULL,
  [content_hash] VARCHAR(80) NOT NULL,
  [raw_json] NVARCHAR(MAX) NOT NULL,
  [o75_seq] BIGINT NOT NULL,
  [o75_changed_at] DATETIME2(6) NOT NULL DEFAULT SYSUTCDATETIME(),
  [o75_enterprise] NVARCHAR(MAX) NULL,
  [o75_created_at] DATETIMEOFFSET(3) NULL,
  [o75_remarks] NVARCHAR(4000) NULL,
  [o75_kind] NVARCHAR(MAX) NULL,
  [o75_date] DATE NULL,
  [o75_reason] NVARCHAR(4000) NULL,
  [o75_measure] NVARCHAR(4000) NULL,
  CONSTRAINT [pk_o75_incentive] PRIMARY KEY ([record_id]),
  INDEX [o75_incentive_seq] NONCLUSTERED ([o75_seq])
);

IF OBJECT_ID(N'order75.o75_incentive__signatures', N'U') IS NULL
CREATE TABLE [order75].[o75_incentive__signatures] (
  [parent_id] VARCHAR(36) NOT NULL,
  [position] INT NOT NULL,
  [o75_slot] INT NULL,
  [o75_role] NVARCHAR(MAX) NULL,
  [o75_person_id] NVARCHAR(MAX) NULL,
  [o75_name] NVARCHAR(64) NULL,
  [o75_signed_at] DATETIMEOFFSET(3) NULL,
  [o75_content_hash] NVARCHAR(MAX) NULL,
  [o75_method] NVARCHAR(MAX) NULL,
  [o75_alg] NVARCHAR(MAX) NULL,
  [o75_key_id] NVARCHAR(200) NULL,
  [o75_sig] NVARCHAR(MAX) NULL,
  [item_json] NVARCHAR(MAX) NOT NULL,
  CONSTRAINT [pk_o75_incentive__signatures] PRIMARY KEY ([parent_id], [position])
);
