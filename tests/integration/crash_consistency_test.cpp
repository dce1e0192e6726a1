// Crash consistency (issue 16, item 5): the real `jamt serve` on SQLite,
// statistics imports (the upload form), survey answers (the open link) and
// yearly-report publishing going on over HTTP, killed with SIGKILL at random moments (seeded; the seed is
// printed, JAMT_CRASH_SEED repeats a run), then checked: PRAGMA
// integrity_check and foreign_key_check, every visible import batch has all
// its observations, every submitted survey response has all its answers,
// every published report has the files it was published as, and the audit log matches the data both ways. JAMT_CRASH_KILLS sets
// the number of kills (3 here; scripts/bench runs 20).
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <set>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sstream>
#include <thread>

#include "jamt_process.hpp"
#include "test_paths.hpp"  // JAMT_SOURCE_DIR

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Login {
  std::string cookie;
  std::string csrf;
};

// Logs in over the API; an empty cookie when it failed.
Login api_login(httplib::Client& client, const std::string& email, const std::string& password) {
  auto r = client.Post("/api/v1/auth/login", json{{"email", email}, {"password", password}}.dump(), "application/json");
  if (!r || r->status != 200) return {};
  std::string cookie = r->get_header_value("Set-Cookie");
  return {cookie.substr(0, cookie.find(';')), json::parse(r->body).value("csrf_token", "")};
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What the checks found, for the closing line.
struct Tally {
  long long complete_batches = 0;
  long long unfinished_batches = 0;
  long long reports = 0;
  long long responses = 0;
};

// The checks on the database file of a killed server.
Tally check_database(const fs::path& file, const std::string& when, long long survey) {
  SCOPED_TRACE(when);
  Tally tally;
  soci::session s(soci::sqlite3, "db=\"" + file.string() + "\" timeout=30");
  {
    // SQLite 3.40.1 (Debian 12) says "NULL value in T.C" of WITHOUT ROWID
    // tables whose rows all have a value (a two-row table shows it); such a
    // line counts only when the column really holds a NULL.
    soci::rowset<std::string> lines = (s.prepare << "PRAGMA integrity_check");
    std::regex null_value(R"(NULL value in (\w+)\.(\w+))");
    for (const auto& line : lines) {
      std::smatch m;
      if (std::regex_match(line, m, null_value)) {
        long long nulls = 0;
        s << "SELECT COUNT(*) FROM " + m[1].str() + " WHERE " + m[2].str() + " IS NULL", soci::into(nulls);
        EXPECT_EQ(nulls, 0) << line;
        continue;
      }
      EXPECT_EQ(line, "ok");
    }
  }
  {
    soci::rowset<soci::row> rows = (s.prepare << "PRAGMA foreign_key_check");
    int violations = 0;
    for (auto it = rows.begin(); it != rows.end(); ++it) ++violations;
    EXPECT_EQ(violations, 0) << "foreign key violations";
  }
  // Import batches: a visible one has every observation it counts; one left
  // loading is invisible; the audit log names exactly the completed ones.
  std::set<long long> complete;
  {
    long long id = 0, counted = 0, stored = 0;
    std::string status;
    soci::statement st = (s.prepare << "SELECT b.id, b.status, b.observations, (SELECT COUNT(*) FROM observations o "
                                       "WHERE o.batch_id = b.id) FROM import_batches b WHERE b.rolled_back_at IS NULL",
                          soci::into(id), soci::into(status), soci::into(counted), soci::into(stored));
    st.execute();
    while (st.fetch()) {
      if (status == "complete") {
        complete.insert(id);
        EXPECT_EQ(stored, counted) << "batch " << id << " is visible with " << stored << " of its " << counted
                                   << " observations";
      } else {
        ++tally.unfinished_batches;
      }
    }
  }
  tally.complete_batches = static_cast<long long>(complete.size());
  std::set<long long> audited;
  {
    long long id = 0;
    soci::statement st = (s.prepare << "SELECT entity_id FROM audit_log WHERE entity = 'import_batch' AND action = "
                                       "'create'",
                          soci::into(id));
    st.execute();
    while (st.fetch()) EXPECT_TRUE(audited.insert(id).second) << "batch " << id << " audited twice";
  }
  EXPECT_EQ(audited, complete) << "the audit log's completed imports differ from the visible batches";
  long long visible_unfinished = 0;
  s << "SELECT COUNT(*) FROM current_observations c JOIN import_batches b ON b.id = c.batch_id WHERE b.status <> "
       "'complete'",
      soci::into(visible_unfinished);
  EXPECT_EQ(visible_unfinished, 0) << "observations of an unfinished batch are visible";

  // Published reports: the files the audit entry lists, and an entry each.
  std::map<long long, std::set<std::string>> files, listed;
  {
    long long id = 0;
    std::string format;
    soci::indicator has_file = soci::i_ok;
    soci::statement st = (s.prepare << "SELECT r.id, f.format FROM published_reports r LEFT JOIN "
                                       "published_report_files f ON f.report_id = r.id",
                          soci::into(id), soci::into(format, has_file));
    st.execute();
    while (st.fetch()) {
      files[id];
      if (has_file == soci::i_ok) files[id].insert(format);
    }
  }
  {
    long long id = 0;
    std::string after;
    soci::statement st = (s.prepare << "SELECT entity_id, after_json FROM audit_log WHERE entity = "
                                       "'published_report' AND action = 'create'",
                          soci::into(id), soci::into(after));
    st.execute();
    while (st.fetch()) {
      auto& formats = listed[id];
      for (const auto& f : json::parse(after).value("formats", json::array())) formats.insert(f.get<std::string>());
    }
  }
  EXPECT_EQ(files, listed) << "published reports and their files differ from what the audit log says";
  for (const auto& [id, formats] : files) EXPECT_FALSE(formats.empty()) << "report " << id << " has no files";
  tally.reports = static_cast<long long>(files.size());

  // Responses of the test's survey (a response row is written only when it
  // is submitted; an anonymous survey keeps no date on it): each has all
  // four answers (B1–B4), in one piece, and the audit log has one entry per
  // response.
  {
    std::string id;
    long long answers = 0;
    soci::statement st = (s.prepare << "SELECT r.id, (SELECT COUNT(*) FROM survey_answers a WHERE a.response_id = "
                                       "r.id) FROM survey_responses r WHERE r.survey_id = :s",
                          soci::use(survey), soci::into(id), soci::into(answers));
    st.execute();
    while (st.fetch()) {
      ++tally.responses;
      EXPECT_EQ(answers, 4) << "response " << id << " was submitted with " << answers << " of its 4 answers";
    }
    long long audited_responses = 0;
    s << "SELECT COUNT(*) FROM audit_log WHERE (action = 'anonymous_response' AND entity = 'survey' AND entity_id = :s) "
         "OR (action = 'submit' AND entity = 'survey_respondent' AND entity_id IN (SELECT id FROM survey_respondents "
         "WHERE survey_id = :s2))",
        soci::use(survey), soci::use(survey), soci::into(audited_responses);
    EXPECT_EQ(audited_responses, tally.responses) << "the audit log's survey responses differ from the stored ones";
  }
  return tally;
}

}  // namespace

TEST(CrashConsistency, SigkillLeavesNothingHalfWritten) {
  if (std::getenv("JAMT_TEST_DB")) GTEST_SKIP() << "a crash of the server on its SQLite file";
  int kills = 3;
  if (const char* k = std::getenv("JAMT_CRASH_KILLS"); k && *k) kills = std::atoi(k);
  unsigned seed = static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count() % 1000000007);
  if (const char* given = std::getenv("JAMT_CRASH_SEED"); given && *given) seed = static_cast<unsigned>(std::atoll(given));
  std::cout << "[ crash    ] seed " << seed << " (JAMT_CRASH_SEED=" << seed << " repeats it), " << kills << " kills"
            << std::endl;
  RecordProperty("seed", std::to_string(seed));
  std::mt19937 random(seed);

  fs::path dir = fs::temp_directory_path() / ("jamt-crash-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string global = "--data " + jamt::testing::shell_quote((dir / "var").string());
  const std::string serve_options = "--demo --fixed-time 2026-03-31T10:00:00Z";
  const std::string px = read_text(fs::path(JAMT_SOURCE_DIR) / "data" / "statistics" / "BE0101A1-folkmangd.px");
  ASSERT_FALSE(px.empty());

  // The first start loads the demo and prints its logins.
  std::map<std::string, std::string> passwords;
  auto server = std::make_unique<jamt::testing::ServeProcess>(global, serve_options);
  ASSERT_GT(server->port(), 0) << server->output();
  {
    std::regex login_line(R"(Demo login \((\w+)\): (\S+) / (\S+))");
    std::istringstream out(server->output());
    for (std::string line; std::getline(out, line);) {
      std::smatch m;
      if (std::regex_search(line, m, login_line)) passwords[m[2]] = m[3];
    }
  }
  ASSERT_TRUE(passwords.count("admin@jamt.local")) << server->output();
  ASSERT_TRUE(passwords.count("strateg.kalmar@jamt.local")) << server->output();

  // The Kalmar strategy and a year it reports on.
  long long strategy = 0;
  int year = 0;
  {
    httplib::Client client("127.0.0.1", server->port());
    auto list = json::parse(client.Get("/api/v1/strategies")->body);
    for (const auto& s : list)
      if (s.value("county_code", "") == "08") {
        strategy = s.value("id", 0LL);
        year = std::min(s.value("end_year", 2025), 2025);
      }
  }
  ASSERT_GT(strategy, 0);
  // A survey of Kalmar's with an open link, answered in a loop below.
  long long survey = 0;
  std::string open_link;
  {
    httplib::Client client("127.0.0.1", server->port());
    Login strategist = api_login(client, "strateg.kalmar@jamt.local", passwords["strateg.kalmar@jamt.local"]);
    httplib::Headers h{{"Cookie", strategist.cookie}, {"X-CSRF-Token", strategist.csrf}};
    auto made = client.Post("/api/v1/surveys", h, json{{"template", "brukarundersokning"}, {"round", "2025"}}.dump(),
                            "application/json");
    ASSERT_TRUE(made);
    ASSERT_EQ(made->status, 201) << made->body;
    survey = json::parse(made->body).value("id", 0LL);
    std::string path = "/api/v1/surveys/" + std::to_string(survey);
    auto opened = client.Post(path + "/open", h, "{}", "application/json");
    ASSERT_EQ(opened->status, 200) << opened->body;
    auto link = client.Post(path + "/open-link", h, json{{"enabled", true}}.dump(), "application/json");
    ASSERT_EQ(link->status, 200) << link->body;
    open_link = "/enkat/oppen/" + json::parse(link->body).value("token", "");
  }
  Tally last;
  std::atomic<long long> imports_done{0}, reports_done{0}, answers_done{0};
  int iteration = 0;
  for (int kill = 0; kill < kills; ++kill) {
    httplib::Client client("127.0.0.1", server->port());
    client.set_read_timeout(std::chrono::seconds(60));
    Login admin = api_login(client, "admin@jamt.local", passwords["admin@jamt.local"]);
    Login strategist = api_login(client, "strateg.kalmar@jamt.local", passwords["strateg.kalmar@jamt.local"]);
    ASSERT_FALSE(admin.cookie.empty());
    ASSERT_FALSE(strategist.cookie.empty());
    std::atomic<bool> stop{false};
    int port = server->port();
    // Imports: the population table, its title changed each time so that it
    // is a new file (a new batch of all its cells).
    std::thread importer([&, port] {
      httplib::Client c("127.0.0.1", port);
      c.set_read_timeout(std::chrono::seconds(60));
      while (!stop) {
        std::string file = px;
        std::string title = "TITLE=\"Population by region, marital status, age, sex and period";
        file.replace(file.find(title), title.size(), title + " (" + std::to_string(++iteration) + ")");
        httplib::MultipartFormDataItems items{{"file", file, "folkmangd.px", "application/octet-stream"},
                                              {"format", "", "", ""},
                                              {"measure", "", "", ""},
                                              {"csrf_token", admin.csrf, "", ""}};
        auto r = c.Post("/statistik/importera", httplib::Headers{{"Cookie", admin.cookie}}, items);
        if (!r) return;  // killed
        // 409: the restarted server's cleaner declared the batch abandoned
        // (its heartbeat carries the fixed clock's time); refused, not half-done.
        EXPECT_TRUE(r->status < 400 || r->status == 409) << r->status << ": " << r->body.substr(0, 2000);
        if (r->status < 400) ++imports_done;
      }
    });
    // Publishing the yearly report again and again.
    std::thread publisher([&, port] {
      httplib::Client c("127.0.0.1", port);
      c.set_read_timeout(std::chrono::seconds(60));
      std::string path = "/api/v1/reports/strategies/" + std::to_string(strategy) + "/" + std::to_string(year) + "/publish";
      while (!stop) {
        auto r = c.Post(path, httplib::Headers{{"Cookie", strategist.cookie}, {"X-CSRF-Token", strategist.csrf}}, "{}",
                        "application/json");
        if (!r) return;
        EXPECT_EQ(r->status, 201) << r->body.substr(0, 2000);
        if (r->status == 201) ++reports_done;
      }
    });
    // Answers: a new respondent through the open link each time.
    std::thread respondent([&, port] {
      httplib::Client c("127.0.0.1", port);
      c.set_read_timeout(std::chrono::seconds(60));
      const json answers{{"answers", {{"B1", "helt"}, {"B2", "helt"}, {"B3", "delvis"}, {"B4", "inte"}}}, {"submit", true}};
      while (!stop) {
        auto visit = c.Get(open_link);
        if (!visit) return;
        if (visit->status != 303) {  // the link's limit (30 an hour per address): wait a little
          std::this_thread::sleep_for(std::chrono::milliseconds(50));
          continue;
        }
        std::string token = visit->get_header_value("Location").substr(std::string("/enkat/").size());
        auto r = c.Put("/api/v1/responses/" + token, answers.dump(), "application/json");
        if (!r) return;
        EXPECT_EQ(r->status, 200) << r->body.substr(0, 2000);
        if (r->status == 200) ++answers_done;
      }
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(500, 8000)(random)));
    // A publication takes a few seconds on a busy machine: before the last
    // kill, let one finish (up to a minute) so the test sees one.
    if (kill + 1 == kills)
      for (int waited = 0; reports_done.load() == 0 && waited < 600; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    server->stop(SIGKILL);
    stop = true;
    importer.join();
    publisher.join();
    respondent.join();
    last = check_database(dir / "var" / "jamt.db", "after kill " + std::to_string(kill + 1), survey);
    if (::testing::Test::HasFailure()) break;
    server = std::make_unique<jamt::testing::ServeProcess>(global, serve_options);
    ASSERT_GT(server->port(), 0) << "restart after kill " << kill + 1 << ": " << server->output();
  }
  server->stop(SIGTERM);
  std::cout << "[ crash    ] " << kills << " kills; " << imports_done << " imports, " << answers_done
            << " survey answers and " << reports_done << " publications answered; at the end "
            << last.complete_batches << " visible batches, " << last.unfinished_batches << " unfinished, "
            << last.responses << " submitted responses, " << last.reports << " published reports" << std::endl;
  // The work got done between the kills: the test saw what it checks.
  EXPECT_GT(imports_done.load(), 0);
  EXPECT_GT(reports_done.load(), 0);
  EXPECT_GT(answers_done.load(), 0);
  fs::remove_all(dir);
}
