// Forms, their rules and what evaluating them says about reported values.
#include <gtest/gtest.h>

#include "domain/reporting/form.hpp"
#include "domain/reporting/validation.hpp"

using namespace jamt;
using namespace jamt::reporting;

namespace {

const std::vector<Sex> kAllSexes{Sex::women, Sex::men, Sex::unknown, Sex::total};

Cell cell(const std::string& element, Sex sex, const std::string& category = "") {
  return Cell{.element = element, .sex = sex, .category = category};
}

// Two counts of a violence-prevention form: E1 women exposed to violence
// (every sex), E2 of whom with children (every sex); and one yes/no.
FormDefinition violence_form() {
  FormDefinition f{.code = "VALD", .title = "Våld i nära relationer", .description = {},
                   .periodicity = Periodicity::quarterly, .due_days = 30, .closes_after_days = {}, .elements = {},
                   .rules = {}};
  f.elements.push_back({.code = "E1", .name = "Utsatta för våld", .help_text = "Antal personer.",
                        .value_type = ValueType::integer, .unit = "antal", .disaggregation = kAllSexes,
                        .categories = {}});
  f.elements.push_back({.code = "E2", .name = "Varav med barn", .help_text = {}, .value_type = ValueType::integer,
                        .unit = "antal", .disaggregation = kAllSexes, .categories = {}});
  f.elements.push_back({.code = "E3", .name = "Rutin finns", .help_text = {}, .value_type = ValueType::yes_no,
                        .unit = {}, .disaggregation = {Sex::total}, .categories = {}});
  f.rules.push_back(total_is_sum("R1", cell("E1", Sex::total),
                                 {cell("E1", Sex::women), cell("E1", Sex::men), cell("E1", Sex::unknown)},
                                 "Utsatta för våld"));
  f.rules.push_back(non_negative("R2", cell("E1", Sex::women), "Utsatta för våld, kvinnor"));
  f.rules.push_back(compare("R3", cell("E2", Sex::total), Operator::le, cell("E1", Sex::total), Importance::error,
                            "Varav med barn kan inte vara fler än utsatta för våld."));
  f.rules.push_back(required("R4", {cell("E1", Sex::total)}, "Utsatta för våld, totalt"));
  f.rules.push_back(outlier_warning("R5", cell("E1", Sex::total), "Utsatta för våld, totalt"));
  return f;
}

Values values(std::initializer_list<std::pair<Cell, std::string>> typed, const FormDefinition& f) {
  Values out;
  for (const auto& [c, text] : typed) {
    const auto* e = f.element(c.element);
    out[c] = {.text = text, .number = e ? number_of(e->value_type, text) : std::nullopt};
  }
  return out;
}

std::vector<std::string> fields(const std::vector<Problem>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems) out.push_back(p.field + " " + (p.rule_id.empty() ? "type" : p.rule_id));
  return out;
}

}  // namespace

TEST(ReportingForm, AcceptsAValidForm) {
  auto ok = validate_form(violence_form());
  EXPECT_TRUE(ok.ok()) << ok.error().field << ": " << ok.error().message;
}

TEST(ReportingForm, NamesTheFieldOfAnInvalidDefinition) {
  auto f = violence_form();
  f.elements[1].code = "E1";
  EXPECT_EQ(validate_form(f).error().field, "elements[1].code");
  f = violence_form();
  f.elements[0].disaggregation.clear();
  EXPECT_EQ(validate_form(f).error().field, "elements[0].disaggregation");
  f = violence_form();
  f.rules[2].right = *parse_operand("E9.total", "rules[2].right");
  EXPECT_EQ(validate_form(f).error().field, "rules[2].right");
  EXPECT_NE(validate_form(f).error().message.find("E9.total"), std::string::npos);
  f = violence_form();
  f.code = "2VALD";
  EXPECT_EQ(validate_form(f).error().field, "code");
}

TEST(ReportingRules, ReadAndWriteSidesAsTheApiDoes) {
  auto sum = parse_operand("E1.women+E1.men + E1.unknown", "right");
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(to_string(*sum), "E1.women + E1.men + E1.unknown");
  EXPECT_EQ(to_string(*parse_operand(" 0 ", "right")), "0");
  EXPECT_EQ(to_string(*parse_operand("2.5", "right")), "2.5");
  EXPECT_EQ(to_string(*parse_operand("E1.u18.total", "left")), "E1.u18.total");
  auto bad = parse_operand("E1.both", "rules[0].left");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "rules[0].left");
  EXPECT_FALSE(parse_operand("E1.total +", "left").ok());
  EXPECT_EQ(parse_operator("<="), Operator::le);
  EXPECT_FALSE(parse_operator("=>").has_value());
}

TEST(ReportingRules, AConsistentReportHasNoProblems) {
  auto f = violence_form();
  auto v = values({{cell("E1", Sex::women), "4"}, {cell("E1", Sex::men), "1"}, {cell("E1", Sex::unknown), "0"},
                   {cell("E1", Sex::total), "5"}, {cell("E2", Sex::total), "3"}, {cell("E3", Sex::total), "ja"}},
                  f);
  EXPECT_TRUE(evaluate(f, v).empty());
}

TEST(ReportingRules, ATotalThatIsNotTheSumNamesTheTotalCell) {
  auto f = violence_form();
  auto v = values({{cell("E1", Sex::women), "4"}, {cell("E1", Sex::men), "1"}, {cell("E1", Sex::unknown), "0"},
                   {cell("E1", Sex::total), "6"}},
                  f);
  auto problems = evaluate(f, v);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "values.E1.total");
  EXPECT_EQ(problems[0].importance, Importance::error);
  EXPECT_EQ(problems[0].message, "Utsatta för våld: totalt ska vara summan av kvinnor, män och annat/okänt.");
}

TEST(ReportingRules, ChecksNegativesComparisonsRequiredAndTypes) {
  auto f = violence_form();
  auto v = values({{cell("E1", Sex::women), "-1"}, {cell("E1", Sex::men), "x"}, {cell("E2", Sex::total), "9"},
                   {cell("E3", Sex::total), "kanske"}},
                  f);
  // E1.total missing: R1 and R3 cannot be judged, R4 says it is required.
  EXPECT_EQ(fields(evaluate(f, v)), (std::vector<std::string>{"values.E1.men type", "values.E3.total type",
                                                              "values.E1.women R2", "values.E1.total R4"}));
  v = values({{cell("E1", Sex::total), "5"}, {cell("E2", Sex::total), "9"}}, f);
  EXPECT_EQ(fields(evaluate(f, v)), (std::vector<std::string>{"values.E2.total R3"}));
}

TEST(ReportingRules, RefusesCellsTheFormDoesNotHave) {
  auto f = violence_form();
  auto v = values({{cell("E3", Sex::women), "ja"}, {cell("E9", Sex::total), "1"}, {cell("E1", Sex::total), "1"}}, f);
  auto problems = evaluate(f, v);
  EXPECT_EQ(fields(problems), (std::vector<std::string>{"values.E3.women type", "values.E9.total type"}));
  EXPECT_EQ(problems[0].message, "Fältet finns inte i formuläret.");
}

TEST(ReportingRules, WarnsOfAnOutlierAgainstEarlierQuarters) {
  auto f = violence_form();
  auto v = values({{cell("E1", Sex::women), "12"}, {cell("E1", Sex::men), "2"}, {cell("E1", Sex::unknown), "0"},
                   {cell("E1", Sex::total), "14"}},
                  f);
  History h{{cell("E1", Sex::total), {0, 1, 0, 2, 1, 0, 3, 1}}};
  auto problems = evaluate(f, v, h);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].field, "values.E1.total");
  EXPECT_EQ(problems[0].importance, Importance::warning);
  EXPECT_FALSE(has_error(problems));
  EXPECT_TRUE(has_warning(problems));
  // With three earlier quarters nothing is judged.
  EXPECT_TRUE(evaluate(f, v, {{cell("E1", Sex::total), {0, 1, 0}}}).empty());
}

TEST(ReportingRules, ReadsValuesByTheirType) {
  EXPECT_EQ(number_of(ValueType::integer, "12"), 12.0);
  EXPECT_FALSE(number_of(ValueType::integer, "12.5").has_value());
  EXPECT_EQ(number_of(ValueType::decimal, "12,5"), 12.5);
  EXPECT_EQ(number_of(ValueType::yes_no, "nej"), 0.0);
  EXPECT_FALSE(number_of(ValueType::text, "12").has_value());
  EXPECT_FALSE(number_of(ValueType::integer, "").has_value());
}

TEST(ReportingVersions, ALabelOrRuleChangeIsAnEditAStructuralChangeANewVersion) {
  auto before = violence_form();
  auto after = before;
  after.title = "Våld i nära relationer (ny rubrik)";
  after.elements[0].name = "Personer utsatta för våld";
  after.elements[0].help_text = "Räkna varje person en gång.";
  after.rules.pop_back();
  EXPECT_FALSE(needs_new_version(before, after));
  std::swap(after.elements[0], after.elements[1]);  // order only
  EXPECT_FALSE(needs_new_version(before, after));

  after = before;
  after.elements.push_back({.code = "E4", .name = "Nytt", .help_text = {}, .value_type = ValueType::integer,
                            .unit = {}, .disaggregation = {Sex::total}, .categories = {}});
  EXPECT_TRUE(needs_new_version(before, after));
  after = before;
  after.elements.pop_back();
  EXPECT_TRUE(needs_new_version(before, after));
  after = before;
  after.elements[1].value_type = ValueType::decimal;
  EXPECT_TRUE(needs_new_version(before, after));
  after = before;
  after.elements[1].disaggregation = {Sex::total};
  EXPECT_TRUE(needs_new_version(before, after));
  after = before;
  after.elements[0].categories = CategorySet{.code = "alder", .name = "Ålder",
                                             .categories = {{.code = "u18", .name = "under 18"}}};
  EXPECT_TRUE(needs_new_version(before, after));
}
