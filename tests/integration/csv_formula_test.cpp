// Every CSV export neutralises formulas: a text cell typed as "=cmd…",
// "+…", "-…" or "@…" comes back as "'=cmd…", so a spreadsheet shows it and
// does not run it. One export per register, downloaded over HTTP as a user
// would, plus the public list of joined organisations.
#include <gtest/gtest.h>

#include "register_fixture.hpp"
#include "service/groups/group_register.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "service/organisations/person_register.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

namespace {

// The cells of a CSV export (BOM dropped; no cell here holds ; or quotes).
std::vector<std::string> cells_of(std::string body) {
  if (body.rfind("\xEF\xBB\xBF", 0) == 0) body.erase(0, 3);
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == ';' || body[i] == '\n') out.emplace_back();
    else if (body[i] != '\r') out.back() += body[i];
  }
  return out;
}

bool has_cell(const std::vector<std::string>& cells, const std::string& cell) {
  return std::find(cells.begin(), cells.end(), cell) != cells.end();
}

// A cell a spreadsheet would run as a formula, or "".
std::string formula_cell(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    if (!c.empty() && std::string("=+@").find(c[0]) != std::string::npos) return c;
    else if (c.size() > 1 && c[0] == '-' && c.find_first_not_of("-0123456789,") != std::string::npos) return c;
  return "";
}

}  // namespace

class CsvFormulas : public RegisterFixture {
 protected:
  void SetUp() override {
    name_a = "=cmd|calc";
    RegisterFixture::SetUp();
  }

  std::vector<std::string> download(const std::string& path, const TestLogin* login) {
    auto r = client->Get(path, headers_of(login));
    EXPECT_TRUE(r) << path;
    if (!r) return {};
    EXPECT_EQ(r->status, 200) << path << ": " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "text/csv; charset=utf-8") << path;
    return cells_of(r->body);
  }

  std::int64_t create(const service::RegisterRules& rules, const registers::Record& fields) {
    auto saved = service::create_record(*db, rules, fields, system_admin());
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().to_string());
    return saved.ok() ? std::stoll(saved->at("id")) : 0;
  }
};

TEST_F(CsvFormulas, OrganisationsExport) {
  auto cells = download("/organisationer/export.csv", &strategist_08());
  EXPECT_TRUE(has_cell(cells, "'=cmd|calc"));
  EXPECT_TRUE(has_cell(cells, "Kommun B"));
  EXPECT_EQ(formula_cell(cells), "");
}

TEST_F(CsvFormulas, PeopleExport) {
  create(service::person_rules(), {{"name", "@SUM(1+1)*cmd"}, {"organisation_id", std::to_string(org_a)},
                                   {"role", "kontaktperson"}, {"phone", "+46 480 123 45"}});
  auto cells = download("/personer/export.csv", &strategist_08());
  EXPECT_TRUE(has_cell(cells, "'@SUM(1+1)*cmd"));
  EXPECT_TRUE(has_cell(cells, "'+46 480 123 45"));
  EXPECT_TRUE(has_cell(cells, "'=cmd|calc")) << "the person's organisation, shown by name";
  EXPECT_EQ(formula_cell(cells), "");
}

TEST_F(CsvFormulas, GroupsExport) {
  create(service::group_rules(), {{"name", "-2+3*cmd"}, {"type", "natverk"}, {"county_code", "08"},
                                  {"description", "=HYPERLINK(1)"}});
  auto cells = download("/grupper/export.csv", &strategist_08());
  EXPECT_TRUE(has_cell(cells, "'-2+3*cmd"));
  EXPECT_TRUE(has_cell(cells, "'=HYPERLINK(1)"));
  EXPECT_EQ(formula_cell(cells), "");
}

TEST_F(CsvFormulas, JoiningsExportAndThePublicListOfJoinedOrganisations) {
  auto id = create(service::joining_rules(), {{"organisation_id", std::to_string(org_a)},
                                              {"decision_date", "2024-01-10"},
                                              {"action_plan_url", "https://kommun-a.example/plan"},
                                              {"publish_consent", "1"}});
  auto approved = service::approve_joining(*db, id, "2024-02-01", system_admin());
  ASSERT_TRUE(approved.ok()) << approved.error().to_string();

  auto joinings = download("/anslutningar/export.csv", &strategist_08());
  EXPECT_TRUE(has_cell(joinings, "'=cmd|calc"));
  EXPECT_EQ(formula_cell(joinings), "");

  auto joined = download("/anslutna/08.csv", nullptr);  // public
  EXPECT_TRUE(has_cell(joined, "'=cmd|calc"));
  EXPECT_TRUE(has_cell(joined, "2024-02-01")) << "dates are left as they are";
  EXPECT_EQ(formula_cell(joined), "");
}

TEST_F(CsvFormulas, ChecklistsExport) {
  json answers = json::array();
  for (int i = 0; i < 10; ++i) answers.push_back({{"answer", "ja"}});
  answers[0]["comment"] = "@cmd kommentar";
  auto made = post_json(*client, "/api/v1/checklists", {{"organisation_id", org_a}, {"year", 2026}, {"answers", answers}},
                        contact_a().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  auto cells = download("/checklistor/export.csv", &strategist_08());
  EXPECT_TRUE(has_cell(cells, "'@cmd kommentar"));
  EXPECT_TRUE(has_cell(cells, "2026")) << "numbers stay numbers";
  EXPECT_EQ(formula_cell(cells), "");
}
