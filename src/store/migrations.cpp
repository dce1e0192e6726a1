#include "store/migrations.hpp"

#include <cctype>
#include <set>
#include <soci/soci.h>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace jamt::store {

namespace {

struct Migration {
  int version;
  const char* name;
  std::vector<const char*> statements;  // portable SQL; {{PK}}, {{REF}}, {{WITHOUT_ROWID}} are filled per engine
};

// Append-only: never change a migration that has shipped; add a new one.
const std::vector<Migration>& migrations() {
  static const std::vector<Migration> list{
      {1,
       "strategies, goal tree, indicators, action plans, audit log",
       {
           R"(CREATE TABLE strategies (
                id {{PK}},
                county_code TEXT NOT NULL,
                title TEXT NOT NULL,
                start_year INTEGER NOT NULL,
                end_year INTEGER NOT NULL,
                status TEXT NOT NULL,
                adopted_on TEXT,
                national_goal_version TEXT NOT NULL,
                vision TEXT NOT NULL,
                description TEXT NOT NULL,
                source TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (county_code, start_year, end_year)))",
           R"(CREATE TABLE goal_nodes (
                id {{PK}},
                strategy_id {{REF}} NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
                parent_id {{REF}} REFERENCES goal_nodes(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL))",
           "CREATE INDEX goal_nodes_by_strategy ON goal_nodes (strategy_id)",
           "CREATE INDEX goal_nodes_by_parent ON goal_nodes (parent_id)",
           R"(CREATE TABLE goal_node_national_goals (
                node_id {{REF}} NOT NULL REFERENCES goal_nodes(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                national_goal TEXT NOT NULL,
                PRIMARY KEY (node_id, position)))",
           "CREATE INDEX goal_node_national_goals_by_goal ON goal_node_national_goals (national_goal)",
           R"(CREATE TABLE indicators (
                id {{PK}},
                node_id {{REF}} NOT NULL REFERENCES goal_nodes(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                unit TEXT NOT NULL,
                source TEXT NOT NULL,
                periodicity TEXT NOT NULL,
                disaggregation TEXT NOT NULL,
                direction TEXT NOT NULL,
                baseline_period TEXT,
                baseline_value DOUBLE PRECISION,
                target_period TEXT,
                target_value DOUBLE PRECISION,
                note TEXT NOT NULL))",
           "CREATE INDEX indicators_by_node ON indicators (node_id)",
           R"(CREATE TABLE board_commitments (
                id {{PK}},
                node_id {{REF}} NOT NULL REFERENCES goal_nodes(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL))",
           "CREATE INDEX board_commitments_by_node ON board_commitments (node_id)",
           R"(CREATE TABLE problem_areas (
                id {{PK}},
                node_id {{REF}} NOT NULL REFERENCES goal_nodes(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                problem TEXT NOT NULL))",
           "CREATE INDEX problem_areas_by_node ON problem_areas (node_id)",
           R"(CREATE TABLE suggested_actions (
                id {{PK}},
                problem_area_id {{REF}} NOT NULL REFERENCES problem_areas(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                action TEXT NOT NULL,
                contributors TEXT NOT NULL,
                subgoals TEXT NOT NULL))",
           "CREATE INDEX suggested_actions_by_area ON suggested_actions (problem_area_id)",
           R"(CREATE TABLE action_plans (
                id {{PK}},
                strategy_id {{REF}} NOT NULL UNIQUE REFERENCES strategies(id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                start_year INTEGER NOT NULL,
                end_year INTEGER NOT NULL,
                description TEXT NOT NULL))",
           R"(CREATE TABLE action_plan_objectives (
                id {{PK}},
                action_plan_id {{REF}} NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL))",
           "CREATE INDEX action_plan_objectives_by_plan ON action_plan_objectives (action_plan_id)",
           R"(CREATE TABLE action_plan_targets (
                id {{PK}},
                objective_id {{REF}} NOT NULL REFERENCES action_plan_objectives(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                title TEXT NOT NULL,
                example_activities TEXT NOT NULL,
                follow_up_sources TEXT NOT NULL))",
           "CREATE INDEX action_plan_targets_by_objective ON action_plan_targets (objective_id)",
           R"(CREATE TABLE audit_log (
                id {{PK}},
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id {{REF}} NOT NULL,
                before_json TEXT,
                after_json TEXT))",
           "CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id)",
       }},
      {2,
       "statistics: measures, import batches, observations",
       {
           R"(CREATE TABLE measures (
                id {{PK}},
                code TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                unit TEXT NOT NULL,
                source TEXT NOT NULL,
                decimals INTEGER NOT NULL,
                additive INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           R"(CREATE TABLE import_batches (
                id {{PK}},
                file_name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                format TEXT NOT NULL,
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                observations BIGINT NOT NULL,
                regions INTEGER NOT NULL,
                periods INTEGER NOT NULL,
                warnings TEXT NOT NULL,
                rolled_back_at TEXT,
                rolled_back_by TEXT))",
           "CREATE INDEX import_batches_by_sha256 ON import_batches (sha256)",
           R"(CREATE TABLE batch_measures (
                batch_id {{REF}} NOT NULL REFERENCES import_batches(id),
                measure_id {{REF}} NOT NULL REFERENCES measures(id),
                PRIMARY KEY (batch_id, measure_id)))",
           R"(CREATE TABLE observations (
                measure_id {{REF}} NOT NULL REFERENCES measures(id),
                region_code TEXT NOT NULL,
                period TEXT NOT NULL,
                sex TEXT NOT NULL,
                dims TEXT NOT NULL,
                value DOUBLE PRECISION,
                status TEXT NOT NULL,
                batch_id {{REF}} NOT NULL REFERENCES import_batches(id),
                PRIMARY KEY (measure_id, region_code, period, sex, dims)) {{WITHOUT_ROWID}})",
           R"(CREATE TABLE superseded_observations (
                batch_id {{REF}} NOT NULL REFERENCES import_batches(id),
                measure_id {{REF}} NOT NULL,
                region_code TEXT NOT NULL,
                period TEXT NOT NULL,
                sex TEXT NOT NULL,
                dims TEXT NOT NULL,
                value DOUBLE PRECISION,
                status TEXT NOT NULL,
                old_batch_id {{REF}} NOT NULL))",
           "CREATE INDEX superseded_observations_by_batch ON superseded_observations (batch_id)",
       }},
      {3,
       "indicators followed with an imported measure",
       {
           "ALTER TABLE indicators ADD COLUMN measure_code TEXT",
           "ALTER TABLE indicators ADD COLUMN measure_filter TEXT",
       }},
      {4,
       "accounts and server-side sessions",
       {
           R"(CREATE TABLE users (
                id {{PK}},
                email TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                role TEXT NOT NULL,
                county_code TEXT NOT NULL,
                organisation_id {{REF}},
                disabled INTEGER NOT NULL,
                created_at TEXT NOT NULL))",
           R"(CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id {{REF}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL))",
           "CREATE INDEX sessions_by_user ON sessions (user_id)",
       }},
      {5,
       "login throttling and API tokens",
       {
           R"(CREATE TABLE login_failures (
                id {{PK}},
                email TEXT NOT NULL,
                at TEXT NOT NULL))",
           "CREATE INDEX login_failures_by_email ON login_failures (email, at)",
           "CREATE INDEX login_failures_by_time ON login_failures (at)",
           R"(CREATE TABLE api_tokens (
                id {{PK}},
                token_hash TEXT NOT NULL UNIQUE,
                user_id {{REF}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                created_at TEXT NOT NULL,
                revoked_at TEXT))",
           "CREATE INDEX api_tokens_by_user ON api_tokens (user_id)",
       }},
      {6,
       "organisations and people",
       {
           R"(CREATE TABLE organisations (
                id {{PK}},
                name TEXT NOT NULL,
                org_number TEXT NOT NULL UNIQUE,
                type TEXT NOT NULL,
                county_code TEXT NOT NULL,
                municipality_code TEXT,
                website TEXT,
                cemr_signed TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX organisations_by_county ON organisations (county_code)",
           R"(CREATE TABLE people (
                id {{PK}},
                name TEXT NOT NULL,
                email TEXT,
                phone TEXT,
                organisation_id {{REF}} REFERENCES organisations(id),
                role TEXT NOT NULL,
                county_code TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX people_by_organisation ON people (organisation_id)",
       }},
      {7,
       "joinings: applications to join a county's strategy, follow-ups, action plan files",
       {
           R"(CREATE TABLE joinings (
                id {{PK}},
                organisation_name TEXT NOT NULL,
                org_number TEXT NOT NULL,
                organisation_type TEXT NOT NULL,
                municipality_code TEXT,
                county_code TEXT NOT NULL,
                organisation_id {{REF}} REFERENCES organisations(id),
                contact_person_id {{REF}} REFERENCES people(id),
                decision_date TEXT,
                action_plan_url TEXT,
                action_plan_file TEXT,
                publish_consent INTEGER NOT NULL,
                status TEXT NOT NULL,
                applied_on TEXT NOT NULL,
                decided_on TEXT,
                joined_on TEXT,
                rejection_reason TEXT,
                withdrawn_on TEXT,
                withdrawal_reason TEXT,
                last_follow_up TEXT,
                next_follow_up TEXT,
                commitment_decision TEXT,
                commitment_decision_note TEXT,
                commitment_plan TEXT,
                commitment_plan_note TEXT,
                commitment_contact TEXT,
                commitment_contact_note TEXT,
                commitment_dialogue TEXT,
                commitment_dialogue_note TEXT,
                commitment_follow_up TEXT,
                commitment_follow_up_note TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX joinings_by_county ON joinings (county_code, status)",
           "CREATE INDEX joinings_by_organisation ON joinings (organisation_id)",
           "CREATE INDEX joinings_by_org_number ON joinings (org_number)",
           R"(CREATE TABLE joining_follow_ups (
                id {{PK}},
                joining_id {{REF}} NOT NULL REFERENCES joinings(id),
                county_code TEXT NOT NULL,
                held_on TEXT NOT NULL,
                note TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX joining_follow_ups_by_joining ON joining_follow_ups (joining_id)",
           R"(CREATE TABLE joining_files (
                joining_id {{REF}} PRIMARY KEY REFERENCES joinings(id),
                file_name TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size_bytes INTEGER NOT NULL,
                content_base64 TEXT NOT NULL,
                created_at TEXT NOT NULL))",
       }},
      {8,
       "groups: members with representatives, meetings, attendance, changes of representative",
       {
           R"(CREATE TABLE county_groups (
                id {{PK}},
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                county_code TEXT NOT NULL,
                description TEXT,
                active_from TEXT,
                active_to TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX county_groups_by_county ON county_groups (county_code)",
           R"(CREATE TABLE group_members (
                id {{PK}},
                group_id {{REF}} NOT NULL REFERENCES county_groups(id),
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                representative_id {{REF}} REFERENCES people(id),
                substitute_id {{REF}} REFERENCES people(id),
                member_from TEXT NOT NULL,
                member_to TEXT,
                county_code TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX group_members_by_group ON group_members (group_id)",
           "CREATE INDEX group_members_by_organisation ON group_members (organisation_id)",
           R"(CREATE TABLE group_meetings (
                id {{PK}},
                group_id {{REF}} NOT NULL REFERENCES county_groups(id),
                meeting_date TEXT NOT NULL,
                days INTEGER NOT NULL,
                title TEXT,
                place TEXT,
                county_code TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX group_meetings_by_group ON group_meetings (group_id)",
           R"(CREATE TABLE meeting_attendance (
                id {{PK}},
                meeting_id {{REF}} NOT NULL REFERENCES group_meetings(id),
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                present INTEGER NOT NULL,
                attended_by {{REF}} REFERENCES people(id),
                county_code TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (meeting_id, organisation_id)))",
           R"(CREATE TABLE representative_changes (
                id {{PK}},
                group_id {{REF}} NOT NULL REFERENCES county_groups(id),
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                representative_id {{REF}} REFERENCES people(id),
                substitute_id {{REF}} REFERENCES people(id),
                effective_from TEXT NOT NULL,
                message TEXT,
                status TEXT NOT NULL,
                decision_reason TEXT,
                decided_by TEXT,
                decided_at TEXT,
                filed_by TEXT,
                county_code TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX representative_changes_by_group ON representative_changes (group_id)",
           "CREATE INDEX representative_changes_by_organisation ON representative_changes (organisation_id)",
       }},
      {9,
       "activities with co-organisers, goal-tree nodes and national sub-goals",
       {
           R"(CREATE TABLE activities (
                id {{PK}},
                title TEXT NOT NULL,
                type TEXT NOT NULL,
                status TEXT NOT NULL,
                start_date TEXT NOT NULL,
                end_date TEXT,
                organiser_id {{REF}} NOT NULL REFERENCES organisations(id),
                county_code TEXT NOT NULL,
                target_groups TEXT,
                participants_women BIGINT,
                participants_men BIGINT,
                participants_other BIGINT,
                description TEXT,
                published INTEGER,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX activities_by_county ON activities (county_code, start_date)",
           "CREATE INDEX activities_by_organiser ON activities (organiser_id)",
           R"(CREATE TABLE activity_co_organisers (
                activity_id {{REF}} NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                PRIMARY KEY (activity_id, organisation_id)))",
           "CREATE INDEX activity_co_organisers_by_organisation ON activity_co_organisers (organisation_id)",
           R"(CREATE TABLE activity_goal_nodes (
                activity_id {{REF}} NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                strategy_id {{REF}} NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
                node_code TEXT NOT NULL,
                PRIMARY KEY (activity_id, node_code)))",
           R"(CREATE TABLE activity_national_goals (
                activity_id {{REF}} NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                national_goal TEXT NOT NULL,
                PRIMARY KEY (activity_id, national_goal)))",
           "CREATE INDEX activity_national_goals_by_goal ON activity_national_goals (national_goal)",
       }},
      {10,
       "systematics checklists and steering documents",
       {
           R"(CREATE TABLE checklists (
                id {{PK}},
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                year INTEGER NOT NULL,
                county_code TEXT NOT NULL,
                title TEXT NOT NULL,
                answer_1 TEXT NOT NULL,
                comment_1 TEXT,
                answer_2 TEXT NOT NULL,
                comment_2 TEXT,
                answer_3 TEXT NOT NULL,
                comment_3 TEXT,
                answer_4 TEXT NOT NULL,
                comment_4 TEXT,
                answer_5 TEXT NOT NULL,
                comment_5 TEXT,
                answer_6 TEXT NOT NULL,
                comment_6 TEXT,
                answer_7 TEXT NOT NULL,
                comment_7 TEXT,
                answer_8 TEXT NOT NULL,
                comment_8 TEXT,
                answer_9 TEXT NOT NULL,
                comment_9 TEXT,
                answer_10 TEXT NOT NULL,
                comment_10 TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (organisation_id, year)))",
           "CREATE INDEX checklists_by_county ON checklists (county_code, year)",
           R"(CREATE TABLE steering_documents (
                id {{PK}},
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                county_code TEXT NOT NULL,
                title TEXT NOT NULL,
                type TEXT NOT NULL,
                year INTEGER NOT NULL,
                url TEXT,
                relevant INTEGER,
                level TEXT,
                assessment_comment TEXT,
                assessed_on TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX steering_documents_by_organisation ON steering_documents (organisation_id)",
           "CREATE INDEX steering_documents_by_county ON steering_documents (county_code, year)",
       }},
      {11,
       "statistics: batches load invisibly and belong to a county; observations keep every batch's values",
       {
           // 'loading' while written in steps, 'complete' once visible,
           // 'failed' when abandoned (its rows are purged).
           "ALTER TABLE import_batches ADD COLUMN status TEXT NOT NULL DEFAULT 'complete'",
           // '' for national figures, else the county whose figures they are.
           "ALTER TABLE import_batches ADD COLUMN county_code TEXT NOT NULL DEFAULT ''",
           // Touched by every step of a loading batch; a stale one was abandoned.
           "ALTER TABLE import_batches ADD COLUMN heartbeat_at TEXT",
           // Set once the rows of a rolled-back or failed batch are deleted.
           "ALTER TABLE import_batches ADD COLUMN purged_at TEXT",
           "ALTER TABLE measures ADD COLUMN county_code TEXT NOT NULL DEFAULT ''",
           // Earlier imports by strategists belong to their county.
           R"(UPDATE import_batches SET county_code = (SELECT u.county_code FROM users u
                WHERE u.email = import_batches.imported_by AND u.role = 'strategist')
              WHERE EXISTS (SELECT 1 FROM users u WHERE u.email = import_batches.imported_by
                AND u.role = 'strategist'))",
           R"(UPDATE measures SET county_code = (SELECT b.county_code FROM import_batches b
                JOIN batch_measures bm ON bm.batch_id = b.id WHERE bm.measure_id = measures.id
                ORDER BY b.id LIMIT 1)
              WHERE EXISTS (SELECT 1 FROM batch_measures bm WHERE bm.measure_id = measures.id))",
           // The batch is part of the key: a new batch is written beside the
           // values it replaces and the view below shows the newest.
           R"(CREATE TABLE observations_by_batch (
                measure_id {{REF}} NOT NULL REFERENCES measures(id),
                region_code TEXT NOT NULL,
                period TEXT NOT NULL,
                sex TEXT NOT NULL,
                dims TEXT NOT NULL,
                value DOUBLE PRECISION,
                status TEXT NOT NULL,
                batch_id {{REF}} NOT NULL REFERENCES import_batches(id),
                PRIMARY KEY (measure_id, region_code, period, sex, dims, batch_id)) {{WITHOUT_ROWID}})",
           R"(INSERT INTO observations_by_batch (measure_id, region_code, period, sex, dims, value, status, batch_id)
              SELECT measure_id, region_code, period, sex, dims, value, status, batch_id FROM observations)",
           R"(INSERT INTO observations_by_batch (measure_id, region_code, period, sex, dims, value, status, batch_id)
              SELECT measure_id, region_code, period, sex, dims, value, status, old_batch_id
              FROM superseded_observations)",
           "DROP TABLE superseded_observations",
           "DROP TABLE observations",
           "ALTER TABLE observations_by_batch RENAME TO observations",
           // What everyone reads: per key, the value of the newest complete
           // batch that is not rolled back.
           R"(CREATE VIEW current_observations AS
              SELECT o.measure_id, o.region_code, o.period, o.sex, o.dims, o.value, o.status, o.batch_id
              FROM observations o JOIN import_batches b ON b.id = o.batch_id
              WHERE b.status = 'complete' AND b.rolled_back_at IS NULL
                AND NOT EXISTS (SELECT 1 FROM observations n JOIN import_batches nb ON nb.id = n.batch_id
                  WHERE n.measure_id = o.measure_id AND n.region_code = o.region_code AND n.period = o.period
                    AND n.sex = o.sex AND n.dims = o.dims AND n.batch_id > o.batch_id
                    AND nb.status = 'complete' AND nb.rolled_back_at IS NULL))",
           "CREATE INDEX import_batches_by_status ON import_batches (status)",
       }},
      {12,
       "periodic reporting: forms, versions, elements, rules, assignments, submissions, values, events",
       {
           // A form; `current_version` is the version new submissions use.
           // county_code '' for a national form (made by an admin).
           R"(CREATE TABLE reporting_forms (
                id {{PK}},
                code TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                periodicity TEXT NOT NULL,
                due_days INTEGER NOT NULL,
                closes_after_days INTEGER,
                county_code TEXT NOT NULL,
                current_version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           // Every version ever made stays: submissions point at theirs.
           R"(CREATE TABLE reporting_form_versions (
                id {{PK}},
                form_id {{REF}} NOT NULL REFERENCES reporting_forms(id),
                version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                created_by TEXT NOT NULL,
                UNIQUE (form_id, version)))",
           // disaggregation: "women,men,unknown,total" (those used, in order).
           R"(CREATE TABLE reporting_elements (
                id {{PK}},
                version_id {{REF}} NOT NULL REFERENCES reporting_form_versions(id),
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                help_text TEXT NOT NULL,
                value_type TEXT NOT NULL,
                unit TEXT NOT NULL,
                disaggregation TEXT NOT NULL,
                category_set_code TEXT,
                category_set_name TEXT,
                UNIQUE (version_id, code)))",
           R"(CREATE TABLE reporting_element_categories (
                element_id {{REF}} NOT NULL REFERENCES reporting_elements(id),
                position INTEGER NOT NULL,
                code TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (element_id, code)))",
           // left_side/right_side as the API writes them ("E1.total",
           // "E1.women + E1.men", "0").
           R"(CREATE TABLE reporting_rules (
                id {{PK}},
                version_id {{REF}} NOT NULL REFERENCES reporting_form_versions(id),
                position INTEGER NOT NULL,
                rule_code TEXT NOT NULL,
                kind TEXT NOT NULL,
                left_side TEXT NOT NULL,
                operator TEXT NOT NULL,
                right_side TEXT NOT NULL,
                importance TEXT NOT NULL,
                message TEXT NOT NULL,
                UNIQUE (version_id, rule_code)))",
           // One organisation, or every organisation of a type (and county).
           R"(CREATE TABLE reporting_assignments (
                id {{PK}},
                form_id {{REF}} NOT NULL REFERENCES reporting_forms(id),
                organisation_id {{REF}} REFERENCES organisations(id),
                organisation_type TEXT,
                county_code TEXT,
                created_at TEXT NOT NULL))",
           "CREATE INDEX reporting_assignments_by_form ON reporting_assignments (form_id)",
           R"(CREATE TABLE reporting_submissions (
                id {{PK}},
                form_id {{REF}} NOT NULL REFERENCES reporting_forms(id),
                version_id {{REF}} NOT NULL REFERENCES reporting_form_versions(id),
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                period TEXT NOT NULL,
                status TEXT NOT NULL,
                row_version INTEGER NOT NULL,
                comment TEXT NOT NULL,
                submitted_at TEXT,
                submitted_by TEXT,
                approved_at TEXT,
                approved_by TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (form_id, organisation_id, period)))",
           "CREATE INDEX reporting_submissions_by_period ON reporting_submissions (form_id, period)",
           // category '' for an element without categories. value_number is
           // set when the text reads as a number of the element's type.
           R"(CREATE TABLE reporting_values (
                submission_id {{REF}} NOT NULL REFERENCES reporting_submissions(id),
                element_code TEXT NOT NULL,
                sex TEXT NOT NULL,
                category TEXT NOT NULL,
                value_text TEXT NOT NULL,
                value_number DOUBLE PRECISION,
                PRIMARY KEY (submission_id, element_code, sex, category)))",
           R"(CREATE TABLE reporting_events (
                id {{PK}},
                submission_id {{REF}} NOT NULL REFERENCES reporting_submissions(id),
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                comment TEXT NOT NULL))",
           "CREATE INDEX reporting_events_by_submission ON reporting_events (submission_id)",
       }},
      {13,
       "one-time links to choose a password (invitations, resets)",
       {
           // Only the SHA-256 of a link's token is stored. `purpose` is
           // 'invitation' or 'reset'; `used_at` is set when the link is
           // used (or replaced by a newer one), after which it works no more.
           R"(CREATE TABLE password_links (
                id {{PK}},
                token_hash TEXT NOT NULL UNIQUE,
                user_id {{REF}} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                purpose TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT))",
           "CREATE INDEX password_links_by_user ON password_links (user_id)",
       }},
      {14,
       "periodic reporting: the statistics batch of each approved submission",
       {
           // An approved submission's numeric values are written as one
           // import batch of observations (docs/reporting.md, "Into the
           // statistics"); reopening rolls that batch back. One row per
           // approval, so every approval's batch is known.
           R"(CREATE TABLE reporting_statistics_batches (
                submission_id {{REF}} NOT NULL REFERENCES reporting_submissions(id),
                batch_id {{REF}} NOT NULL REFERENCES import_batches(id),
                PRIMARY KEY (submission_id, batch_id)))",
           "CREATE INDEX reporting_statistics_batches_by_batch ON reporting_statistics_batches (batch_id)",
       }},
      {15,
       "reporting reminders: when the last one went for each form, organisation and period",
       {
           // One row per form, organisation and period that was reminded
           // about; `sent_on` is the Swedish date of the last reminder (at most
           // one a day), `kind` 'due_soon', 'overdue' or 'returned'.
           R"(CREATE TABLE reporting_reminders (
                id {{PK}},
                form_id {{REF}} NOT NULL REFERENCES reporting_forms(id),
                organisation_id {{REF}} NOT NULL,
                period TEXT NOT NULL,
                kind TEXT NOT NULL,
                sent_on TEXT NOT NULL,
                sent_at TEXT NOT NULL,
                UNIQUE (form_id, organisation_id, period)))",
       }},
      {16,
       "surveys: questionnaires, versioned questions, respondents, drafts, responses",
       {
           // county_code '' for a national survey (national = 1).
           R"(CREATE TABLE surveys (
                id {{PK}},
                code TEXT NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                anonymous INTEGER NOT NULL,
                round TEXT NOT NULL,
                previous_round_id {{REF}} REFERENCES surveys(id),
                county_code TEXT NOT NULL,
                national INTEGER NOT NULL,
                max_reminders INTEGER NOT NULL,
                reminder_interval_days INTEGER NOT NULL,
                status TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                opened_at TEXT,
                closed_at TEXT,
                responses_mixed INTEGER NOT NULL DEFAULT 0))",
           // One row per version of a question; `current` marks the version
           // in force (docs/surveys.md, "Changing a live survey"). options and
           // statements are JSON arrays of {value,label} and {code,text}.
           R"(CREATE TABLE survey_questions (
                id {{PK}},
                survey_id {{REF}} NOT NULL REFERENCES surveys(id),
                code TEXT NOT NULL,
                version INTEGER NOT NULL,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                text_en TEXT NOT NULL,
                help TEXT NOT NULL,
                required INTEGER NOT NULL,
                options TEXT NOT NULL,
                statements TEXT NOT NULL,
                section TEXT NOT NULL,
                profile INTEGER NOT NULL,
                hidden INTEGER NOT NULL,
                current_version INTEGER NOT NULL,
                UNIQUE (survey_id, code, version)))",
           // completed_on is a date only (docs/surveys.md, "Anonymity").
           R"(CREATE TABLE survey_respondents (
                id {{PK}},
                survey_id {{REF}} NOT NULL REFERENCES surveys(id),
                email TEXT NOT NULL,
                name TEXT NOT NULL,
                profile TEXT NOT NULL,
                invited_at TEXT NOT NULL,
                opened_at TEXT,
                started_at TEXT,
                completed_on TEXT,
                opted_out_at TEXT,
                reminders_sent INTEGER NOT NULL,
                last_reminded_at TEXT,
                UNIQUE (survey_id, email)))",
           // The personal links of a respondent: only the SHA-256 of each
           // token. The invitation makes the first; each reminder a new one
           // (the token itself is never stored, so a reminder cannot repeat
           // it), and the older ones keep working.
           R"(CREATE TABLE survey_links (
                token_hash TEXT NOT NULL PRIMARY KEY,
                respondent_id {{REF}} NOT NULL REFERENCES survey_respondents(id),
                created_at TEXT NOT NULL))",
           "CREATE INDEX survey_links_by_respondent ON survey_links (respondent_id)",
           // A respondent's saved answers (JSON, as the API carries them)
           // until submitted; deleted in the submitting transaction.
           R"(CREATE TABLE survey_drafts (
                respondent_id {{REF}} NOT NULL PRIMARY KEY REFERENCES survey_respondents(id),
                answers TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           // id is random (32 hex digits) and the table is ordered by it, so
           // rows reveal neither who nor when. respondent_id and submitted_on
           // stay NULL for an anonymous survey.
           R"(CREATE TABLE survey_responses (
                id TEXT NOT NULL PRIMARY KEY,
                survey_id {{REF}} NOT NULL REFERENCES surveys(id),
                respondent_id {{REF}} REFERENCES survey_respondents(id),
                submitted_on TEXT,
                profile TEXT NOT NULL) {{WITHOUT_ROWID}})",
           "CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id)",
           // One row per answered question ("Q1"), matrix statement
           // ("Q7.s1") or chosen option of a multiple-choice question.
           R"(CREATE TABLE survey_answers (
                response_id TEXT NOT NULL REFERENCES survey_responses(id),
                question_code TEXT NOT NULL,
                question_version INTEGER NOT NULL,
                value_text TEXT NOT NULL,
                value_number DOUBLE PRECISION,
                PRIMARY KEY (response_id, question_code, value_text)) {{WITHOUT_ROWID}})",
       }},
      {17,
       "survey results: hidden open answers, which responses were shown a question added or hidden later",
       {
           // A free-text answer the survey's owner has hidden from the results
           // (docs/survey_results.md, "Hiding an open answer"). The answer
           // itself stays in survey_answers and in the raw export.
           R"(CREATE TABLE survey_hidden_texts (
                survey_id {{REF}} NOT NULL REFERENCES surveys(id),
                response_id TEXT NOT NULL REFERENCES survey_responses(id),
                question_code TEXT NOT NULL,
                hidden_by TEXT NOT NULL,
                hidden_at TEXT NOT NULL,
                PRIMARY KEY (response_id, question_code)) {{WITHOUT_ROWID}})",
           "CREATE INDEX survey_hidden_texts_by_survey ON survey_hidden_texts (survey_id)",
           // Whether a response already submitted when question `question_code`
           // was added to, hidden in or brought back into a live survey was
           // shown it (shown = 1) or not (0); written for all such responses at
           // once, in response-id order, by the change (docs/survey_results.md,
           // "Not shown"). A response without a row here was shown every
           // question that is not hidden.
           R"(CREATE TABLE survey_question_marks (
                survey_id {{REF}} NOT NULL REFERENCES surveys(id),
                question_code TEXT NOT NULL,
                response_id TEXT NOT NULL REFERENCES survey_responses(id),
                shown INTEGER NOT NULL,
                PRIMARY KEY (survey_id, question_code, response_id)) {{WITHOUT_ROWID}})",
       }},
      {18,
       "survey authoring: national invitations per county, open link, targets followed up by a template's questions",
       {
           // A national survey's invitation names its county; one per county
           // (NULLs, the invitations of other surveys, are distinct in both engines).
           "ALTER TABLE survey_respondents ADD COLUMN county_code TEXT",
           "CREATE UNIQUE INDEX survey_respondents_by_county ON survey_respondents (survey_id, county_code)",
           // The open link of a public survey: only the SHA-256 of its token;
           // allow_repeat lets one browser answer more than once.
           "ALTER TABLE surveys ADD COLUMN open_link_hash TEXT",
           "ALTER TABLE surveys ADD COLUMN allow_repeat INTEGER NOT NULL DEFAULT 0",
           // A visitor of the open link: a respondent without an address
           // (email 'oppen-lank-<random>'), never mailed or reminded.
           "ALTER TABLE survey_respondents ADD COLUMN open_link INTEGER NOT NULL DEFAULT 0",
           // Flood protection of the open link: one row per new answer slot,
           // by the SHA-256 of survey id and client address (not the address,
           // and not tied to the respondent row); old rows may be deleted.
           R"(CREATE TABLE survey_open_visits (
                survey_id {{REF}} NOT NULL REFERENCES surveys(id),
                client_hash TEXT NOT NULL,
                at TEXT NOT NULL))",
           "CREATE INDEX survey_open_visits_by_client ON survey_open_visits (survey_id, client_hash, at)",
           // An action-plan target whose follow-up source is the yearly
           // kartläggning, and the template question that follows it up
           // (docs/surveys.md, "Templates"). Target codes of the Kalmar plan 2024–2027.
           R"(CREATE TABLE survey_target_links (
                target_code TEXT NOT NULL,
                template_code TEXT NOT NULL,
                question_code TEXT NOT NULL,
                PRIMARY KEY (target_code, template_code, question_code)))",
           R"(INSERT INTO survey_target_links (target_code, template_code, question_code) VALUES
                ('1.1', 'kartlaggning', 'K1'), ('1.2', 'kartlaggning', 'K2'), ('1.3', 'kartlaggning', 'K3'),
                ('1.4', 'kartlaggning', 'K4'), ('2.3', 'kartlaggning', 'K5'), ('2.4', 'kartlaggning', 'K6'),
                ('3.1', 'kartlaggning', 'K7'), ('4.1', 'kartlaggning', 'K8'), ('4.3', 'kartlaggning', 'K9'),
                ('4.4', 'kartlaggning', 'K10'))",
       }},
      {19,
       "strategy versions: adoption decision, draft revision, frozen adopted versions",
       {
           // decision: the reference of the adoption in force (a diarienummer);
           // revision_open: 1 while an adopted strategy's stored tree is a draft
           // revision (docs/formats/strategy-json.md, "Versions").
           "ALTER TABLE strategies ADD COLUMN decision TEXT",
           "ALTER TABLE strategies ADD COLUMN revision_open INTEGER NOT NULL DEFAULT 0",
           // One row per adoption: the strategy JSON document as adopted, with
           // the ids of the strategy, its nodes and indicators.
           R"(CREATE TABLE strategy_versions (
                id {{PK}},
                strategy_id {{REF}} NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                adopted_on TEXT NOT NULL,
                decision TEXT NOT NULL,
                document TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                UNIQUE (strategy_id, version)))",
       }},
      // Issue 12, part A (editing strategies): activity links follow the node's identity.
      {20,
       "activity links to goal nodes by node id",
       {
           // node_id: the goal node the link means, whatever its code becomes
           // in a revision; node_code is kept as the node's code in the
           // adopted version (refreshed on adoption), or the code of a node
           // since removed. Filled from the codes (the first node with that code).
           "ALTER TABLE activity_goal_nodes ADD COLUMN node_id BIGINT",
           R"(UPDATE activity_goal_nodes SET node_id =
                (SELECT MIN(n.id) FROM goal_nodes n
                 WHERE n.strategy_id = activity_goal_nodes.strategy_id AND n.code = activity_goal_nodes.node_code))",
           "CREATE INDEX activity_goal_nodes_by_node ON activity_goal_nodes (node_id)",
       }},
      // --- Issue 12 item 3, engineer B: commitments followed up ---
      {21,
       "commitments as items: owner, action-plan targets, statuses per year, linked activities",
       {
           // owner: the actor's name, '' for the county board; targets: a JSON
           // array of action-plan target codes.
           "ALTER TABLE board_commitments ADD COLUMN owner TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE board_commitments ADD COLUMN owner_organisation_id {{REF}} REFERENCES organisations(id) "
           "ON DELETE SET NULL",
           "ALTER TABLE board_commitments ADD COLUMN targets TEXT NOT NULL DEFAULT '[]'",
           R"(CREATE TABLE commitment_statuses (
                commitment_id {{REF}} NOT NULL REFERENCES board_commitments(id) ON DELETE CASCADE,
                year INTEGER NOT NULL,
                status TEXT NOT NULL,
                comment TEXT NOT NULL,
                set_by TEXT NOT NULL,
                set_at TEXT NOT NULL,
                PRIMARY KEY (commitment_id, year)))",
           R"(CREATE TABLE activity_commitments (
                activity_id {{REF}} NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
                commitment_id {{REF}} NOT NULL REFERENCES board_commitments(id) ON DELETE CASCADE,
                PRIMARY KEY (activity_id, commitment_id)))",
           "CREATE INDEX activity_commitments_by_commitment ON activity_commitments (commitment_id)",
       }},
      // --- end of engineer B's migration ---
      // Issue 12, part C (organisations' plans, follow-ups with substance): migration 22.
      {22,
       "organisations' own plans tied to action-plan targets and goals, activities serving targets, follow-ups per commitment",
       {
           // What an organisation's own plan contributes to: a target of the
           // county's action plan (target_code) or a goal node (node_id).
           R"(CREATE TABLE organisation_plan_links (
                id {{PK}},
                organisation_id {{REF}} NOT NULL REFERENCES organisations(id),
                county_code TEXT NOT NULL,
                strategy_id {{REF}} NOT NULL REFERENCES strategies(id),
                node_id {{REF}},
                target_code TEXT,
                note TEXT,
                declared_by TEXT NOT NULL,
                declared_at TEXT NOT NULL))",
           "CREATE INDEX organisation_plan_links_by_organisation ON organisation_plan_links (organisation_id)",
           "CREATE INDEX organisation_plan_links_by_strategy ON organisation_plan_links (strategy_id, target_code)",
           R"(CREATE TABLE activity_plan_targets (
                activity_id {{REF}} NOT NULL REFERENCES activities(id),
                strategy_id {{REF}} NOT NULL REFERENCES strategies(id),
                target_code TEXT NOT NULL,
                PRIMARY KEY (activity_id, strategy_id, target_code)))",
           "CREATE INDEX activity_plan_targets_by_target ON activity_plan_targets (strategy_id, target_code)",
           // A follow-up's dialogue per commitment of the joining (key: the
           // joining's commitment_* column) and the organisation's
           // contribution to targets as it stood on the follow-up date.
           R"(CREATE TABLE joining_follow_up_commitments (
                follow_up_id {{REF}} NOT NULL REFERENCES joining_follow_ups(id),
                commitment TEXT NOT NULL,
                status TEXT NOT NULL,
                note TEXT,
                PRIMARY KEY (follow_up_id, commitment)))",
           R"(CREATE TABLE joining_follow_up_contributions (
                follow_up_id {{REF}} NOT NULL REFERENCES joining_follow_ups(id),
                position INTEGER NOT NULL,
                target_code TEXT,
                node_id {{REF}},
                label TEXT NOT NULL,
                note TEXT,
                activity_count INTEGER NOT NULL,
                PRIMARY KEY (follow_up_id, position)))",
       }},
      // Issue 13, item 4: statistics sources fetched from SCB and Kolada.
      {23,
       "statistics sources fetched from SCB and Kolada, and their fetches",
       {
           // One official table or KPI kept current (docs/statistics-fetch.md):
           // kind "scb" or "kolada"; selection "var=c1,c2;var2=c3" (SCB) or
           // "municipality=0880,0881;year=2020,2021" (Kolada); schedule
           // "manual", "weekly" or "monthly"; content_sha of the last data
           // fetched, so an unchanged fetch writes nothing.
           R"(CREATE TABLE statistics_sources (
                id {{PK}},
                county_code TEXT NOT NULL,
                kind TEXT NOT NULL,
                address TEXT NOT NULL,
                base_url TEXT NOT NULL,
                table_id TEXT NOT NULL,
                selection TEXT NOT NULL,
                measure_code TEXT NOT NULL,
                schedule TEXT NOT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_fetched_at TEXT,
                last_result TEXT,
                last_ok INTEGER,
                content_sha TEXT))",
           R"(CREATE TABLE statistics_fetches (
                id {{PK}},
                source_id {{REF}} NOT NULL REFERENCES statistics_sources(id) ON DELETE CASCADE,
                started_at TEXT NOT NULL,
                finished_at TEXT NOT NULL,
                fetched_by TEXT NOT NULL,
                ok INTEGER NOT NULL,
                result TEXT NOT NULL,
                batch_id {{REF}},
                calls INTEGER NOT NULL,
                cells INTEGER NOT NULL))",
           "CREATE INDEX statistics_fetches_source ON statistics_fetches (source_id, id)",
       }},
      // Issue 13, engineer IA: an indicator's source binding and its typed-in values.
      {24,
       "indicator source bindings, baseline/target subjects, typed-in indicator values",
       {
           // At most one binding per indicator (the model checks it):
           // measure_* (measure_code/measure_filter exist since 3), a register
           // count with its params as a JSON object, a reporting form's data
           // element, or a survey question's option. None = typed-in values.
           "ALTER TABLE indicators ADD COLUMN measure_region TEXT",
           "ALTER TABLE indicators ADD COLUMN register_count TEXT",
           "ALTER TABLE indicators ADD COLUMN register_params TEXT",
           "ALTER TABLE indicators ADD COLUMN reporting_form TEXT",
           "ALTER TABLE indicators ADD COLUMN reporting_element TEXT",
           "ALTER TABLE indicators ADD COLUMN survey_code TEXT",
           "ALTER TABLE indicators ADD COLUMN survey_question TEXT",
           "ALTER TABLE indicators ADD COLUMN survey_option TEXT",
           // What baseline and target are about: women, men, total, women_share.
           "ALTER TABLE indicators ADD COLUMN baseline_of TEXT NOT NULL DEFAULT 'total'",
           "ALTER TABLE indicators ADD COLUMN target_of TEXT NOT NULL DEFAULT 'total'",
           // Values typed in for an indicator, one row per period; any of
           // women/men/total may be empty, the source is always named.
           R"(CREATE TABLE indicator_values (
                id {{PK}},
                indicator_id {{REF}} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
                period TEXT NOT NULL,
                women DOUBLE PRECISION,
                men DOUBLE PRECISION,
                total DOUBLE PRECISION,
                source TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                UNIQUE (indicator_id, period)))",
       }},
      // End of issue 13, engineer IA.
      {25,
       "people: sex, for indicator counts of representatives by sex (issue 13, item 1)",
       {
           "ALTER TABLE people ADD COLUMN sex TEXT",
       }},
      // Issue 14, item 3 (engineer R4): the national action plan at region 00,
      // resources per county and year, activities flagged as examples.
      {26,
       "national action plan, resources per county and year, activity examples (issue 14, item 3)",
       {
           // One plan per region; the national one is region "00". Its
           // overall goal, then operational sub-goals in order.
           R"(CREATE TABLE national_plans (
                id {{PK}},
                region_code TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                overall_goal TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           R"(CREATE TABLE national_plan_subgoals (
                id {{PK}},
                plan_id {{REF}} NOT NULL REFERENCES national_plans(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                UNIQUE (plan_id, position)))",
           // A sub-goal's insatser (kind 'insats') and expected effects
           // (kind 'effekt'), each a line of text in order.
           R"(CREATE TABLE national_plan_entries (
                subgoal_id {{REF}} NOT NULL REFERENCES national_plan_subgoals(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (subgoal_id, kind, position)))",
           // Funds per county and year in whole kronor. Unspent is
           // granted - used, computed, never stored.
           R"(CREATE TABLE national_resources (
                county_code TEXT NOT NULL,
                year INTEGER NOT NULL,
                granted BIGINT NOT NULL,
                used BIGINT NOT NULL,
                carried_over BIGINT NOT NULL,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (county_code, year)))",
           // An activity flagged as a learning example (lärande exempel)
           // with the development area it illustrates.
           R"(CREATE TABLE activity_examples (
                activity_id {{REF}} NOT NULL PRIMARY KEY REFERENCES activities(id) ON DELETE CASCADE,
                development_area TEXT NOT NULL,
                flagged_by TEXT NOT NULL,
                flagged_at TEXT NOT NULL))",
       }},
      // Issue 14, items 1 and 6 (engineer R1): the yearly follow-up of a
      // strategy — the strategist's text and sign-off per section, and the
      // published (frozen) versions with the files they were published as.
      {27,
       "yearly follow-up: section texts and sign-off, published versions and their files (issue 14, item 1)",
       {
           // One row per strategy, year and section id of the report
           // document (ids come from the goal nodes' codes).
           R"(CREATE TABLE report_section_texts (
                id {{PK}},
                strategy_id {{REF}} NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
                year INTEGER NOT NULL,
                section_id TEXT NOT NULL,
                text TEXT NOT NULL,
                done INTEGER NOT NULL,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (strategy_id, year, section_id)))",
           // A published version: numbered per strategy and year from 1; the
           // document as report_doc JSON is the frozen data. Never updated.
           R"(CREATE TABLE published_reports (
                id {{PK}},
                strategy_id {{REF}} NOT NULL REFERENCES strategies(id) ON DELETE CASCADE,
                year INTEGER NOT NULL,
                version INTEGER NOT NULL,
                title TEXT NOT NULL,
                published_at TEXT NOT NULL,
                published_by TEXT NOT NULL,
                document_json TEXT NOT NULL,
                UNIQUE (strategy_id, year, version)))",
           // The files a version was published as ("html", "json", "xlsx";
           // "pdf" once the PDF renderer is merged), as base64 text.
           R"(CREATE TABLE published_report_files (
                report_id {{REF}} NOT NULL REFERENCES published_reports(id) ON DELETE CASCADE,
                format TEXT NOT NULL,
                content_type TEXT NOT NULL,
                content_base64 TEXT NOT NULL,
                PRIMARY KEY (report_id, format)))",
       }},
      // Issue 15, item 1 (engineer P2): news from a county's board and the
      // county's contact and intro on its portal.
      {28,
       "county news and the county portal's contact and intro (issue 15, item 1)",
       {
           // A news item of a county's board. `published_at` is set when it is
           // published (from the clock) and kept while it is published;
           // English title and body are optional ("" when not given).
           R"(CREATE TABLE news_items (
                id {{PK}},
                county_code TEXT NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                title_en TEXT NOT NULL,
                body_en TEXT NOT NULL,
                published INTEGER NOT NULL,
                published_at TEXT,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
           "CREATE INDEX news_items_county ON news_items (county_code, published, published_at)",
           // One row per county once its board has saved its contact; until
           // then the portal shows defaults from the reference data.
           R"(CREATE TABLE county_portal_settings (
                county_code TEXT NOT NULL PRIMARY KEY,
                board_name TEXT NOT NULL,
                email TEXT NOT NULL,
                phone TEXT NOT NULL,
                postal_address TEXT NOT NULL,
                visiting_address TEXT NOT NULL,
                intro TEXT NOT NULL,
                intro_en TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
       }},
      // The author's English of a strategy's title, vision and description
      // and of a goal node's title and description; "" = not given, and
      // English pages show the Swedish marked lang="sv" (docs/i18n.md).
      {29,
       "English content of strategies and goal nodes (issue 15, item 4)",
       {
           "ALTER TABLE strategies ADD COLUMN title_en TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE strategies ADD COLUMN vision_en TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE strategies ADD COLUMN description_en TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE goal_nodes ADD COLUMN title_en TEXT NOT NULL DEFAULT ''",
           "ALTER TABLE goal_nodes ADD COLUMN description_en TEXT NOT NULL DEFAULT ''",
       }},
      // Issue 16, item 4 (engineer H2): accounts and joining hardened.
      {30,
       "login failures per client address, idle sessions, expiring API tokens, join form tokens (issue 16)",
       {
           // The client address of a failed login ("" for callers without one).
           "ALTER TABLE login_failures ADD COLUMN address TEXT NOT NULL DEFAULT ''",
           "CREATE INDEX login_failures_by_address ON login_failures (address, at)",
           // When the session was last used (NULL: not since its creation).
           "ALTER TABLE sessions ADD COLUMN last_seen_at TEXT",
           // NULL: never expires / never used (tokens made before this version).
           "ALTER TABLE api_tokens ADD COLUMN expires_at TEXT",
           "ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT",
           // A token issued with the public join form: only its SHA-256 is
           // kept; `used_at` is set when an application consumes it.
           R"(CREATE TABLE join_form_tokens (
                token_hash TEXT PRIMARY KEY,
                county_code TEXT NOT NULL,
                issued_at TEXT NOT NULL,
                used_at TEXT))",
           "CREATE INDEX join_form_tokens_by_time ON join_form_tokens (issued_at)",
           // One row per accepted application from the public form, by the
           // SHA-256 of the client address (the address itself is not kept).
           R"(CREATE TABLE join_submissions (
                id {{PK}},
                address_hash TEXT NOT NULL,
                at TEXT NOT NULL))",
           "CREATE INDEX join_submissions_by_address ON join_submissions (address_hash, at)",
       }},
      // Issue 16, items 2 and 6 (engineer H4): scheduled work runs once per
      // due time however many servers share the database.
      {31,
       "runs of scheduled jobs, claimed once per due time (issue 16)",
       {
           // One row per job and due time ("2026-03-31T10:00:00Z", the start
           // of the job's interval): the server that inserted it runs the
           // job, the others see the row and leave it.
           R"(CREATE TABLE job_runs (
                job TEXT NOT NULL,
                due_at TEXT NOT NULL,
                server TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                outcome TEXT NOT NULL,
                message TEXT NOT NULL,
                PRIMARY KEY (job, due_at)))",
       }},
      {32,
       "statistics: a data version per measure for cached answers",
       {
           // Bumped in the same transaction as every write that changes what
           // readers see of a measure (a batch completed or rolled back, the
           // measure's details changed, a purge). No foreign key: the row
           // outlives a deleted measure, so a later measure with the same id
           // never meets an answer cached for the old one.
           R"(CREATE TABLE measure_data_versions (
                measure_id {{REF}} NOT NULL PRIMARY KEY,
                version BIGINT NOT NULL))",
       }},
      // A login being checked is stored before its password is verified, so
      // that parallel attempts count each other; `pending` tells it from a
      // settled failure, so that parallel correct logins (a course where
      // everyone signs in from one office address) are not taken for
      // guessing (service/account/auth_service.cpp).
      {33,
       "login attempts in progress told from failures",
       {
           "ALTER TABLE login_failures ADD COLUMN pending INTEGER NOT NULL DEFAULT 0",
       }},
      // A running job refreshes heartbeat_at, so that a run that outlasts
      // its interval is not overlapped by the next due time, and a claim
      // left `running` by a server that stopped is taken over once its
      // heartbeat is stale (service/background/scheduled_job.hpp). Rows from
      // before have "" and so count as stale.
      {34,
       "scheduled job runs keep a heartbeat",
       {
           "ALTER TABLE job_runs ADD COLUMN heartbeat_at TEXT NOT NULL DEFAULT ''",
       }},
  };
  return list;
}

std::string for_engine(std::string sql, Engine engine) {
  auto replace_all = [&](const std::string& token, const std::string& with) {
    for (auto pos = sql.find(token); pos != std::string::npos; pos = sql.find(token, pos + with.size()))
      sql.replace(pos, token.size(), with);
  };
  if (engine == Engine::sqlite) {
    replace_all("{{PK}}", "INTEGER PRIMARY KEY AUTOINCREMENT");
    replace_all("{{REF}}", "INTEGER");
    // The primary key is the table: one B-tree instead of two.
    replace_all("{{WITHOUT_ROWID}}", "WITHOUT ROWID");
  } else {
    replace_all("{{PK}}", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    replace_all("{{REF}}", "BIGINT");
    replace_all("{{WITHOUT_ROWID}}", "");
  }
  return sql;
}

}  // namespace

int latest_schema_version() { return migrations().back().version; }

bool is_jamt_schema_object(const std::string& name) {
  static const std::set<std::string> names = [] {
    std::set<std::string> out{"schema_migrations"};
    // The identifier after each of these words in any migration statement.
    static const char* const makers[] = {"CREATE TABLE ", "CREATE VIEW ", " RENAME TO "};
    for (const auto& m : migrations())
      for (const std::string statement : m.statements)
        for (const char* maker : makers)
          for (auto at = statement.find(maker); at != std::string::npos; at = statement.find(maker, at + 1)) {
            auto start = at + std::char_traits<char>::length(maker);
            auto end = start;
            while (end < statement.size() &&
                   (std::isalnum(static_cast<unsigned char>(statement[end])) || statement[end] == '_'))
              ++end;
            if (end > start) out.insert(statement.substr(start, end - start));
          }
    return out;
  }();
  return names.count(name) > 0;
}

Result<int> apply_migrations(soci::session& s, Engine engine, int up_to) {
  if (engine == Engine::postgresql) s << "SELECT pg_advisory_xact_lock(4711)";
  s << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
  int current = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MAX(version) FROM schema_migrations", soci::into(current, ind);
  if (ind == soci::i_null) current = 0;
  for (const auto& m : migrations()) {
    if (m.version <= current) continue;
    if (up_to > 0 && m.version > up_to) break;
    for (const char* stmt : m.statements) s << for_engine(stmt, engine);
    std::string name = m.name, at = clock_of(s).now_text();
    s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :a)",
        soci::use(m.version), soci::use(name), soci::use(at);
    current = m.version;
  }
  return current;
}

}  // namespace jamt::store
