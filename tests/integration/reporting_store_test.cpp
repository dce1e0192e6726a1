// Reporting repositories on SQLite and PostgreSQL alike: a definition with
// categories and every kind of rule reads back as written, each version
// keeps its own elements, values keep their text and number, a stale row
// version writes nothing, and the history is kept in order.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "domain/reporting/validation.hpp"
#include "store/reporting/form_repository.hpp"
#include "store/reporting/submission_repository.hpp"
#include "test_accounts.hpp"
#include "test_database.hpp"

using namespace jamt;
using namespace jamt::reporting;

namespace {

Cell cell(const std::string& element, Sex sex, const std::string& category = "") {
  return Cell{.element = element, .sex = sex, .category = category};
}

FormDefinition definition() {
  FormDefinition f{.code = "STOD", .title = "Stödinsatser", .description = "Per kvartal.",
                   .periodicity = Periodicity::quarterly, .due_days = 45, .closes_after_days = 90, .elements = {},
                   .rules = {}};
  f.elements.push_back({.code = "E1", .name = "Barn i stödsamtal", .help_text = "Räkna varje barn en gång.",
                        .value_type = ValueType::integer, .unit = "antal",
                        .disaggregation = {Sex::women, Sex::men, Sex::total},
                        .categories = CategorySet{.code = "alder", .name = "Ålder",
                                                  .categories = {{.code = "u13", .name = "0–12 år"},
                                                                 {.code = "u18", .name = "13–17 år"}}}});
  f.elements.push_back({.code = "E2", .name = "Rutin finns", .help_text = {}, .value_type = ValueType::yes_no,
                        .unit = {}, .disaggregation = {Sex::total}, .categories = {}});
  f.rules = {total_is_sum("R1", cell("E1", Sex::total, "u13"), {cell("E1", Sex::women, "u13"), cell("E1", Sex::men, "u13")},
                          "Barn 0–12 år"),
             required("R2", {cell("E2", Sex::total)}, "Rutin"),
             at_most("R3", cell("E1", Sex::total, "u18"), 500, "Barn 13–17 år"),
             outlier_warning("R4", cell("E1", Sex::total, "u13"), "Barn 0–12 år")};
  return f;
}

std::vector<std::string> rule_texts(const FormDefinition& f) {
  std::vector<std::string> out;
  for (const auto& r : f.rules)
    out.push_back(r.id + " " + std::string(to_string(r.kind)) + " " + to_string(r.left) +
                  (r.kind == RuleKind::comparison ? " " + std::string(to_string(r.op)) + " " + to_string(r.right) : "") +
                  " " + std::string(to_string(r.importance)) + " " + r.message);
  return out;
}

class ReportingStore : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
    org = jamt::testing::add_organisation(*db, 1, "Kommun A", "08", "0880");
  }
  std::unique_ptr<store::Database> db;
  std::int64_t org = 0;
};

TEST_F(ReportingStore, ADefinitionReadsBackAsWrittenAndEachVersionKeepsItsOwn) {
  Status st = db->transaction([&](soci::session& s) -> Status {
    auto id = store::insert_form(s, definition(), "08", "strateg@kalmar.example");
    auto v1 = store::find_form(s, id);
    EXPECT_TRUE(v1.has_value());
    if (!v1) return {};
    EXPECT_EQ(v1->version, 1);
    const auto& d = v1->definition;
    EXPECT_EQ(d.code, "STOD");
    EXPECT_EQ(d.due_days, 45);
    EXPECT_EQ(d.closes_after_days, 90);
    EXPECT_EQ(d.elements.size(), 2u);
    EXPECT_EQ(d.elements[0].categories->categories[1].name, "13–17 år");
    EXPECT_EQ(d.elements[0].disaggregation, (std::vector<Sex>{Sex::women, Sex::men, Sex::total}));
    EXPECT_EQ(d.elements[1].value_type, ValueType::yes_no);
    EXPECT_EQ(rule_texts(d), rule_texts(definition()));

    // Version 2 drops E2; version 1 still has it.
    auto changed = definition();
    changed.elements.pop_back();
    changed.rules = {changed.rules[0]};
    store::insert_form_version(s, id, 2, changed, "strateg@kalmar.example");
    auto v2 = store::find_form(s, id);
    EXPECT_EQ(v2->version, 2);
    EXPECT_EQ(v2->definition.elements.size(), 1u);
    EXPECT_EQ(store::form_version(s, v1->version_id)->elements.size(), 2u);
    EXPECT_EQ(store::version_number(s, v1->version_id), 1);

    // A label edit rewrites the current version only.
    changed.elements[0].name = "Barn och unga i stödsamtal";
    store::update_form_labels(s, *v2, changed);
    EXPECT_EQ(store::find_form(s, id)->definition.elements[0].name, "Barn och unga i stödsamtal");
    EXPECT_EQ(store::form_version(s, v1->version_id)->elements[0].name, "Barn i stödsamtal");
    return {};
  });
  ASSERT_TRUE(st.ok()) << st.error().to_string();
}

TEST_F(ReportingStore, ValuesKeepTextAndNumberAndAStaleRowVersionWritesNothing) {
  Status st = db->transaction([&](soci::session& s) -> Status {
    auto form = store::find_form(s, store::insert_form(s, definition(), "08", "admin@example.se"));
    store::replace_assignments(s, form->id, {{.organisation_id = org, .organisation_type = {}, .county_code = {}}});
    EXPECT_TRUE(store::is_assigned(s, form->id, org));
    store::StoredSubmission sub{.id = 0, .form_id = form->id, .version_id = form->version_id, .organisation_id = org,
                                .period = "2025Q4", .status = "draft", .row_version = 1, .comment = {},
                                .submitted_at = {}, .submitted_by = {}, .approved_at = {}, .approved_by = {}};
    sub.id = store::insert_submission(s, sub);
    Values values{{cell("E1", Sex::women, "u13"), {.text = "3", .number = 3.0}},
                  {cell("E1", Sex::total, "u13"), {.text = "tre", .number = std::nullopt}},
                  {cell("E2", Sex::total), {.text = "ja", .number = 1.0}}};
    store::replace_values(s, sub.id, values);
    auto back = store::values_of(s, sub.id);
    EXPECT_EQ(back.size(), 3u);
    EXPECT_EQ(back[cell("E1", Sex::total, "u13")].text, "tre");
    EXPECT_FALSE(back[cell("E1", Sex::total, "u13")].number.has_value());
    EXPECT_EQ(back[cell("E2", Sex::total)].number, 1.0);

    auto next = sub;
    next.status = "submitted";
    next.submitted_at = "2026-01-12T09:00:00Z";
    next.submitted_by = "kontakt.a@example.se";
    EXPECT_TRUE(store::update_submission(s, next));
    EXPECT_FALSE(store::update_submission(s, next));  // row version 1 is gone
    auto stored = store::find_submission(s, form->id, org, "2025Q4");
    EXPECT_EQ(stored->row_version, 2);
    EXPECT_EQ(stored->status, "submitted");
    EXPECT_EQ(stored->approved_at, "");

    store::append_event(s, sub.id, {.at = {}, .actor = "a@example.se", .action = "save", .comment = ""});
    store::append_event(s, sub.id, {.at = {}, .actor = "a@example.se", .action = "submit", .comment = "Klart."});
    auto events = store::events_of(s, sub.id);
    EXPECT_EQ(events.size(), 2u);
    EXPECT_EQ(events.back().comment, "Klart.");
    // Submitted periods before 2026Q1 are the history of the next one.
    auto history = store::history_before(s, form->id, org, "2026Q1");
    EXPECT_EQ(history[cell("E1", Sex::women, "u13")], (std::vector<double>{3}));
    EXPECT_EQ(history.count(cell("E1", Sex::total, "u13")), 0u);
    EXPECT_TRUE(store::history_before(s, form->id, org, "2025Q4").empty());
    return {};
  });
  ASSERT_TRUE(st.ok()) << st.error().to_string();
}

}  // namespace
