-- Order75 Kit staging tables (postgres); generated from the record schemas — regenerate, do not edit

CREATE SCHEMA IF NOT EXISTS "order75";

CREATE TABLE IF NOT EXISTS "order75"."o75_meta" ("k" varchar(64) PRIMARY KEY, "v" bigint NOT NULL);

INSERT INTO "order75"."o75_meta" ("k", "v") VALUES ('change_seq', 0) ON CONFLICT ("k") DO NOTHING;

CREATE TABLE IF NOT EXISTS "order75"."o75_enterprise_profile" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_name" text,
  "o75_parent_uscc" text,
  "o75_address" text,
  "o75_region_code" text,
  "o75_time_zone" text,
  "o75_headcount" integer,
  "o75_headcount_as_of" date,
  "o75_revenue" double precision,
  "o75_revenue_fiscal_year" integer,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_enterprise_profile_seq" ON "order75"."o75_enterprise_profile" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_enterprise_profile__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_enterprise_profile__sites" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_site_id" text,
  "o75_name" text,
  "o75_address" text,
  "o75_region_code" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_enterprise_profile__products" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_product_id" text,
  "o75_name" text,
  "o75_catalogue_section" text,
  "o75_catalogue_code" text,
  "o75_regime" text,
  "o75_excluded_category" text,
  "o75_production_stopped_from" date,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_personnel_change" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_role" text,
  "o75_action" text,
  "o75_effective_date" date,
  "o75_employment" text,
  "o75_position" text,
  "o75_in_management" boolean,
  "o75_principal_basis" text,
  "o75_reason" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_personnel_change_seq" ON "order75"."o75_personnel_change" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_personnel_change__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_management_system" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_title" text,
  "o75_version" text,
  "o75_effective_date" date,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_management_system_seq" ON "order75"."o75_management_system" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_management_system__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_management_system__rules" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_rule_id" text,
  "o75_kind" text,
  "o75_title" text,
  "o75_version" text,
  "o75_effective_date" date,
  "o75_text" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_director_duties" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_title" text,
  "o75_version" text,
  "o75_effective_date" date,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_director_duties_seq" ON "order75"."o75_director_duties" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_director_duties__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_director_duties__items" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_item_id" text,
  "o75_text" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_officer_code" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_title" text,
  "o75_version" text,
  "o75_effective_date" date,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_officer_code_seq" ON "order75"."o75_officer_code" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_officer_code__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_officer_code__items" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_item_id" text,
  "o75_text" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_risk_list" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_title" text,
  "o75_version" text,
  "o75_effective_date" date,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_risk_list_seq" ON "order75"."o75_risk_list" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_risk_list__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_risk_list__rows" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_row_id" text,
  "o75_seq" integer,
  "o75_stage" text,
  "o75_control_step" text,
  "o75_risk_point" text,
  "o75_risk_description" text,
  "o75_risk_level" text,
  "o75_control_measure" text,
  "o75_cadence" text,
  "o75_responsible_role" text,
  "o75_legal_basis" text,
  "o75_remarks" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_production_calendar" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_site" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_production_calendar_seq" ON "order75"."o75_production_calendar" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_production_calendar__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_production_calendar__declarations" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_date" date,
  "o75_kind" text,
  "o75_reason" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_daily_check" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_date" date,
  "o75_site" text,
  "o75_checked_at" timestamptz,
  "o75_zero_risk" boolean,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_daily_check_seq" ON "order75"."o75_daily_check" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_daily_check__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_daily_check__items" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_row_id" text,
  "o75_result" text,
  "o75_note" text,
  "o75_hazard_id" text,
  "o75_finding" text,
  "o75_measure" text,
  "o75_measure_at" timestamptz,
  "o75_handling" text,
  "o75_reported_at" timestamptz,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_weekly_report" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_week" text,
  "o75_review_date" date,
  "o75_last_week_verification" text,
  "o75_assessment" text,
  "o75_next_week_focus" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_weekly_report_seq" ON "order75"."o75_weekly_report" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_weekly_report__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_weekly_report__participants" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_person_id" text,
  "o75_name" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_weekly_report__verifications" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hazard_id" text,
  "o75_verified" boolean,
  "o75_note" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_weekly_report__hazards" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hazard_id" text,
  "o75_site" text,
  "o75_found_on" date,
  "o75_description" text,
  "o75_analysis" text,
  "o75_fix" text,
  "o75_deadline" date,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_weekly_report__hazard_updates" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hazard_id" text,
  "o75_status" text,
  "o75_date" date,
  "o75_note" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_monthly_meeting" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_month" text,
  "o75_meeting_date" date,
  "o75_place" text,
  "o75_main_problems" text,
  "o75_fix_status" text,
  "o75_open_problems" text,
  "o75_scheduling_matters" text,
  "o75_other_matters" text,
  "o75_decisions" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_monthly_meeting_seq" ON "order75"."o75_monthly_meeting" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_monthly_meeting__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_monthly_meeting__attendees" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_person_id" text,
  "o75_name" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_monthly_meeting__next_month_tasks" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_task" text,
  "o75_due" date,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_monthly_meeting__hazard_updates" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hazard_id" text,
  "o75_status" text,
  "o75_date" date,
  "o75_note" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_opinion" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_kind" text,
  "o75_trigger" text,
  "o75_proposer_role" text,
  "o75_subject" text,
  "o75_content" text,
  "o75_raised_at" timestamptz,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_opinion_seq" ON "order75"."o75_opinion" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_opinion__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_opinion__evidence" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hash" text,
  "o75_name" text,
  "o75_media_type" text,
  "o75_size" integer,
  "o75_captured_at" timestamptz,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_opinion_response" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_opinion" varchar(36),
  "o75_analysis" text,
  "o75_decision" text,
  "o75_justification" text,
  "o75_defect_confirmed" boolean,
  "o75_defect_confirmed_date" date,
  "o75_responded_at" timestamptz,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_opinion_response_seq" ON "order75"."o75_opinion_response" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_opinion_response__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_major_decision" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_title" text,
  "o75_decision" text,
  "o75_date" date,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_major_decision_seq" ON "order75"."o75_major_decision" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_major_decision__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_recall" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_response" varchar(36),
  "o75_start_date" date,
  "o75_reason" text,
  "o75_scope" text,
  "o75_plan" text,
  "o75_notice" text,
  "o75_disposal" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_recall_seq" ON "order75"."o75_recall" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_recall__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_recall__documents" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hash" text,
  "o75_name" text,
  "o75_media_type" text,
  "o75_size" integer,
  "o75_captured_at" timestamptz,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_training" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_kind" text,
  "o75_title" text,
  "o75_date" date,
  "o75_audience" text,
  "o75_organiser" text,
  "o75_authority" text,
  "o75_hours" double precision,
  "o75_trainer" text,
  "o75_rectification" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_training_seq" ON "order75"."o75_training" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_training__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_training__attendees" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_person_id" text,
  "o75_name" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_training__results" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_score" double precision,
  "o75_pass_mark" double precision,
  "o75_passed" boolean,
  "o75_note" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_training__materials" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hash" text,
  "o75_name" text,
  "o75_media_type" text,
  "o75_size" integer,
  "o75_captured_at" timestamptz,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_inspection" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_authority" text,
  "o75_date" date,
  "o75_kind" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_inspection_seq" ON "order75"."o75_inspection" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_inspection__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_inspection__findings" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_finding_id" text,
  "o75_description" text,
  "o75_deadline" date,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_inspection__documents" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_hash" text,
  "o75_name" text,
  "o75_media_type" text,
  "o75_size" integer,
  "o75_captured_at" timestamptz,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);

CREATE TABLE IF NOT EXISTS "order75"."o75_incentive" (
  "record_id" varchar(36) NOT NULL,
  "revision" integer NOT NULL,
  "record_type" varchar(40) NOT NULL,
  "schema_version" integer NOT NULL,
  "status" varchar(16) NOT NULL,
  "content_hash" varchar(80) NOT NULL,
  "raw_json" jsonb NOT NULL,
  "o75_seq" bigint NOT NULL,
  "o75_changed_at" timestamptz NOT NULL DEFAULT now(),
  "o75_enterprise" text,
  "o75_created_at" timestamptz,
  "o75_remarks" text,
  "o75_kind" text,
  "o75_date" date,
  "o75_reason" text,
  "o75_measure" text,
  PRIMARY KEY ("record_id")
);
CREATE INDEX IF NOT EXISTS "o75_incentive_seq" ON "order75"."o75_incentive" ("o75_seq");

CREATE TABLE IF NOT EXISTS "order75"."o75_incentive__signatures" (
  "parent_id" varchar(36) NOT NULL,
  "position" integer NOT NULL,
  "o75_slot" integer,
  "o75_role" text,
  "o75_person_id" text,
  "o75_name" text,
  "o75_signed_at" timestamptz,
  "o75_content_hash" text,
  "o75_method" text,
  "o75_alg" text,
  "o75_key_id" text,
  "o75_sig" text,
  "item_json" jsonb NOT NULL,
  PRIMARY KEY ("parent_id", "position")
);
