// Issue 14, item 7: the Kalmar demo's yearly follow-up as PDF (read back
// with pdftotext from poppler-utils) and XLSX (read back from the workbook's
// sheets) shows every goal node, with numbers equal to the indicator values
// the API gives; and `jamt report` writes the same on the command line.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_BINARY

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "domain/utc_time.hpp"
#include "report/document/cell_text.hpp"
#include "report/document/document_pdf.hpp"
#include "report/document/document_xlsx.hpp"
#include "service/demo/demo_statistics.hpp"
#include "service/indicators/indicator_values.hpp"
#include "service/report_year/yearly_report.hpp"
#include "service/strategy/strategy_service.hpp"
#include "test_database.hpp"
#include "unit/unzip_member.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {

constexpr int kYear = 2025;

std::string run(const std::string& command, int* exit_code = nullptr) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buf{};
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) out.append(buf.data(), n);
  int status = ::pclose(pipe);
  if (exit_code) *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

// `text` with no-break and thin spaces as spaces and every run of white
// space as one space: a PDF's line breaks fall where the page ends a line.
std::string flattened(const std::string& text) {
  std::string spaced = std::regex_replace(text, std::regex("\xC2\xA0|\xE2\x80\xAF"), " ");
  return std::regex_replace(spaced, std::regex("\\s+"), " ");
}

// The text of the PDF file at `path`, flattened.
std::string pdf_text(const fs::path& path) { return flattened(run("pdftotext '" + path.string() + "' - 2>&1")); }

// Every section with its tables' place among the workbook's sheets: the
// renderer writes a sheet per table in document order (a section's tables,
// then its children's).
void walk(const std::vector<report_doc::Section>& sections, std::vector<const report_doc::Section*>& out) {
  for (const auto& s : sections) {
    out.push_back(&s);
    walk(s.children, out);
  }
}

// The number cells of a worksheet's XML by reference ("B3" → 38).
std::map<std::string, double> number_cells(const std::string& sheet_xml) {
  std::map<std::string, double> out;
  std::regex cell(R"re(<c r="([A-Z]+[0-9]+)"(?: s="[0-9]+")?><v>([^<]*)</v></c>)re");
  for (auto it = std::sregex_iterator(sheet_xml.begin(), sheet_xml.end(), cell); it != std::sregex_iterator(); ++it)
    out[(*it)[1]] = std::stod((*it)[2]);
  return out;
}

std::string column_letter(std::size_t c) { return std::string(1, static_cast<char>('A' + c)); }

void collect_nodes(const std::vector<GoalNode>& nodes, std::vector<const GoalNode*>& out) {
  for (const auto& n : nodes) {
    out.push_back(&n);
    collect_nodes(n.children, out);
  }
}

class DemoYearlyReport : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();
    ASSERT_NE(db, nullptr);
    db->use_clock(clock);
    ASSERT_TRUE(service::load_demo_strategies(*db).ok());
    auto real = service::load_demo_real_statistics(*db);
    ASSERT_TRUE(real.ok()) << real.error().to_string();
    auto strategies = service::list_strategies(*db);
    ASSERT_TRUE(strategies.ok());
    for (const auto& s : *strategies)
      if (s.county_code == "08") strategy_id = s.id;
    ASSERT_NE(strategy_id, 0);
    auto strategy = service::get_strategy(*db, strategy_id);
    ASSERT_TRUE(strategy.ok());
    kalmar = *strategy;
    dir = fs::temp_directory_path() / ("jamt-report-demo-" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  FixedClock clock{*parse_utc_text("2026-03-31T10:00:00Z")};
  std::unique_ptr<store::Database> db;
  std::int64_t strategy_id = 0;
  Strategy kalmar;
  fs::path dir;
  std::optional<User> admin = User{.id = 1, .email = "admin@jamt.local", .role = Role::admin, .county_code = {},
                                   .organisation_id = std::nullopt, .disabled = false};
};

}  // namespace

TEST_F(DemoYearlyReport, ThePdfAndTheWorkbookShowEveryGoalWithTheIndicatorValues) {
  auto doc = service::yearly_report(*db, strategy_id, kYear, admin);
  ASSERT_TRUE(doc.ok()) << doc.error().to_string();
  std::vector<const report_doc::Section*> sections;
  walk(doc->sections, sections);

  // Every indicator section's table holds the indicator API's values up to the year.
  int compared = 0;
  std::vector<const GoalNode*> nodes;
  collect_nodes(kalmar.goals, nodes);
  std::map<const report_doc::Section*, bool> indicator_sections;
  for (const GoalNode* node : nodes)
    for (const auto& indicator : node->indicators) {
      auto item = service::get_indicator(*db, indicator.id, admin);
      ASSERT_TRUE(item.ok()) << indicator.code;
      auto api = service::indicator_values(*db, *item, {.from = std::nullopt, .to = kYear});
      ASSERT_TRUE(api.ok()) << indicator.code << ": " << api.error().to_string();
      const std::string heading = "Indikator " + indicator.code + ": ";
      const report_doc::Section* found = nullptr;
      for (const auto* s : sections)
        if (s->heading.rfind(heading, 0) == 0) found = s;
      ASSERT_NE(found, nullptr) << heading;
      indicator_sections[found] = true;
      if (api->rows.empty()) continue;
      ASSERT_EQ(found->tables.size(), 1u) << heading;
      const auto& rows = found->tables[0].rows;
      ASSERT_EQ(rows.size(), api->rows.size()) << heading;
      for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& a = api->rows[r].analysis;
        EXPECT_EQ(rows[r][0].text, api->rows[r].period);
        EXPECT_EQ(rows[r][1].number, a.women) << heading << api->rows[r].period;
        EXPECT_EQ(rows[r][2].number, a.men) << heading << api->rows[r].period;
        EXPECT_EQ(rows[r][3].number, a.total) << heading << api->rows[r].period;
        EXPECT_EQ(rows[r][4].number, a.women_share) << heading << api->rows[r].period;
        ++compared;
      }
    }
  EXPECT_GE(compared, 30) << "the demo binds Kalmar's indicators to real tables; rows compared";

  // The PDF: every goal node's heading, and each indicator table's rows as
  // they are shown, in order after the indicator's heading.
  auto pdf = report::to_pdf(*doc, {});
  ASSERT_TRUE(pdf.ok()) << pdf.error().to_string();
  { std::ofstream(dir / "kalmar.pdf", std::ios::binary) << *pdf; }
  const std::string text = pdf_text(dir / "kalmar.pdf");
  EXPECT_NE(text.find(flattened(doc->title)), std::string::npos) << text.substr(0, 400);
  for (const GoalNode* node : nodes)
    EXPECT_NE(text.find(flattened(node->code + " " + node->title)), std::string::npos) << node->code;
  for (const auto& [section, _] : indicator_sections) {
    auto at = text.find(flattened(section->heading), text.find("Innehåll") + 1 + flattened(doc->title).size());
    // The heading is in the contents and again before its table.
    at = text.find(flattened(section->heading), at == std::string::npos ? 0 : at + 1);
    ASSERT_NE(at, std::string::npos) << section->heading;
    if (section->tables.empty()) continue;
    for (const auto& row : section->tables[0].rows) {
      std::string shown = row[0].text;
      for (std::size_t c = 1; c < 4 && c < row.size(); ++c) shown += " " + report::cell_text_sv(row[c]);
      auto found = text.find(flattened(shown), at);
      EXPECT_NE(found, std::string::npos) << section->heading << ": " << shown;
      if (found != std::string::npos) at = found;
    }
  }

  // The workbook: a sheet per table, the numbers as numeric cells equal to the document's.
  auto xlsx = report::to_xlsx(*doc);
  ASSERT_TRUE(xlsx.ok()) << xlsx.error().to_string();
  std::size_t sheet = 0;
  int numbers = 0;
  for (const auto* s : sections)
    for (const auto& table : s->tables) {
      ++sheet;
      if (!indicator_sections.contains(s)) continue;
      auto cells = number_cells(jamt::testing::unzip_member(*xlsx, "xl/worksheets/sheet" + std::to_string(sheet) + ".xml"));
      for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 1; c < table.rows[r].size(); ++c) {
          const auto& cell = table.rows[r][c];
          const std::string ref = column_letter(c) + std::to_string(r + 2);
          if (!cell.number) {
            EXPECT_FALSE(cells.contains(ref)) << s->heading << " " << ref;
            continue;
          }
          ASSERT_TRUE(cells.contains(ref)) << s->heading << " " << ref;
          EXPECT_NEAR(cells[ref], *cell.number, 1e-9 * std::max(1.0, std::abs(*cell.number))) << s->heading << " " << ref;
          ++numbers;
        }
    }
  EXPECT_GE(numbers, 60);  // the demo binds 9 indicators to real tables: 84 numbers in 2025
}

TEST_F(DemoYearlyReport, JamtReportWritesTheReportOnTheCommandLine) {
  // The command reads the same database the test filled (SQLite file or PostgreSQL).
  const std::string jamt = std::string(JAMT_BINARY) + " --db '" + db->config().target + "' report ";
  const std::string id = std::to_string(strategy_id);
  int code = -1;
  std::string out = run(jamt + "--strategy " + id + " --year 2025 --format pdf -o '" + (dir / "r.pdf").string() + "' 2>&1", &code);
  ASSERT_EQ(code, 0) << out;
  const std::string text = pdf_text(dir / "r.pdf");
  EXPECT_NE(text.find("Sida 1 av"), std::string::npos);
  for (const auto& node : kalmar.goals) EXPECT_NE(text.find(flattened(node.code + " " + node.title)), std::string::npos);
  out = run(jamt + "--strategy " + id + " --year 2025 --format xlsx -o '" + (dir / "r.xlsx").string() + "' 2>&1", &code);
  ASSERT_EQ(code, 0) << out;
  std::ifstream in(dir / "r.xlsx", std::ios::binary);
  std::string magic(2, '\0');
  in.read(magic.data(), 2);
  EXPECT_EQ(magic, "PK");
  out = run(jamt + "--strategy " + id + " --year 2025 --format json 2>&1", &code);
  ASSERT_EQ(code, 0) << out;
  EXPECT_NE(out.find("\"title\": \"Uppföljning 2025"), std::string::npos) << out.substr(0, 300);
  out = run(jamt + "--follow-up --county 08 --year 2025 --format html 2>&1", &code);
  EXPECT_EQ(code, 0) << out.substr(0, 300);
  EXPECT_NE(out.find("<h1>Treårsuppföljning 2025</h1>"), std::string::npos) << out.substr(0, 300);
  out = run(jamt + "--national --year 2025 --format json 2>&1", &code);
  EXPECT_EQ(code, 0) << out.substr(0, 300);

  // Usage errors say what is wrong and exit 2.
  out = run(jamt + "--year 2025 2>&1", &code);
  EXPECT_EQ(code, 2);
  EXPECT_NE(out.find("choose exactly one of --strategy ID, --national and --follow-up"), std::string::npos) << out;
  out = run(jamt + "--strategy " + id + " --year 2025 --format docx 2>&1", &code);
  EXPECT_EQ(code, 2);
  EXPECT_NE(out.find("unknown --format \"docx\""), std::string::npos) << out;
  out = run(jamt + "--strategy 999999 --year 2025 2>&1", &code);
  EXPECT_EQ(code, 1);
}
