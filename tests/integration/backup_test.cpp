// Backup and restore (docs/backup.md): the full demo round-trips exactly on
// the engine under test, in both formats; restore refuses a newer schema, a
// database with data (without --force) and a damaged file, and then changes
// nothing; id counters go on after the highest id; and a county moves from
// SQLite to the engine under test with the real `jamt backup` and `jamt
// restore`, after which a server on the copy serves the demo and its logins
// work.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <sstream>

#include "full_demo.hpp"
#include "jamt_process.hpp"
#include "service/backup/backup_service.hpp"
#include "store/audit_repository.hpp"
#include "store/backup/table_catalog.hpp"
#include "store/migrations.hpp"
#include "test_database.hpp"

namespace fs = std::filesystem;
using namespace jamt;
using jamt::testing::fresh_database;

namespace {

using Dump = std::map<std::string, std::string>;

Dump dump_of(store::Database& db) {
  Dump out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::canonical_dump(s, db.engine());
    return {};
  });
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
  return out;
}

std::size_t lines_of(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

// Expects `after` to equal `before` table by table, but for the one
// "restore" entry a restore appends to the audit log.
void expect_same_but_the_restore_entry(const Dump& before, const Dump& after) {
  ASSERT_EQ(before.size(), after.size());
  for (const auto& [table, text] : before) {
    ASSERT_TRUE(after.count(table)) << table;
    if (table != "audit_log") {
      EXPECT_TRUE(after.at(table) == text) << "table " << table << " differs (" << lines_of(text) << " rows before, "
                                           << lines_of(after.at(table)) << " after)";
      continue;
    }
    const std::string& a = after.at(table);
    ASSERT_EQ(lines_of(a), lines_of(text) + 1) << "the audit log has one entry more: the restore";
    ASSERT_NE(a.find("\"restore\"\t\"database\"\t0\t"), std::string::npos) << "the restore is in the audit log";
    // Every entry of before is still there, unchanged.
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) EXPECT_NE(a.find(line + "\n"), std::string::npos) << line;
  }
}

std::int64_t total_rows(const Dump& d) {
  std::int64_t n = 0;
  for (const auto& [t, text] : d) n += static_cast<std::int64_t>(lines_of(text)) - 1;
  return n;
}

class Backup : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("jamt-backup-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

service::RestoreOptions restore_options(bool force) { return {.force = force, .actor = {"cli:test"}}; }

}  // namespace

TEST_F(Backup, FullDemoRoundTripsExactlyInBothFormats) {
  auto db = fresh_database();
  ASSERT_NE(db, nullptr);
  auto logins = jamt::testing::load_full_demo(*db);
  ASSERT_FALSE(logins.empty());
  Dump before = dump_of(*db);
  // Every kind of content is there: the round trip covers the schema.
  for (const char* filled : {"strategies", "observations", "users", "organisations", "reporting_forms",
                             "survey_responses", "audit_log", "news_items", "schema_migrations"}) {
    ASSERT_TRUE(before.count(filled)) << filled;
    EXPECT_GT(lines_of(before.at(filled)), 1u) << filled << " is empty in the demo";
  }
  std::string file = (dir / "demo.jamt").string();
  auto started = std::chrono::steady_clock::now();
  auto made = service::backup_database(*db, file, service::BackupFormat::jamt);
  ASSERT_TRUE(made.ok()) << made.error().to_string();
  auto ms = [](auto since) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count();
  };
  std::cout << "[ backup   ] " << jamt::testing::engine_name() << ": the demo, " << made->rows << " rows in "
            << made->tables << " tables, backup file " << fs::file_size(file) / 1024 << " KiB in " << ms(started)
            << " ms" << std::endl;
  EXPECT_EQ(made->rows, total_rows(before));
  EXPECT_EQ(made->tables, static_cast<std::int64_t>(before.size()));
  EXPECT_EQ(made->schema_version, store::latest_schema_version());
  std::string sqlite_file = (dir / "demo.db").string();
  if (db->engine() == store::Engine::sqlite) {
    auto copied = service::backup_database(*db, sqlite_file, service::BackupFormat::sqlite);
    ASSERT_TRUE(copied.ok()) << copied.error().to_string();
    EXPECT_EQ(copied->rows, total_rows(before));
    EXPECT_EQ(copied->warning, "") << "PRAGMA integrity_check on the copy";
  } else {
    auto refused = service::backup_database(*db, sqlite_file, service::BackupFormat::sqlite);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorKind::validation);
  }
  std::int64_t highest_audit = 0;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  long long n = 0;
                  s << "SELECT MAX(id) FROM audit_log", soci::into(n);
                  highest_audit = n;
                  return {};
                }).ok());
  db.reset();

  // Into a fresh database (on PostgreSQL the same one, its schema dropped).
  auto restored = fresh_database();
  ASSERT_NE(restored, nullptr);
  started = std::chrono::steady_clock::now();
  auto loaded = service::restore_database(*restored, file, restore_options(false));
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  std::cout << "[ backup   ] restored in " << ms(started) << " ms" << std::endl;
  EXPECT_EQ(loaded->rows, total_rows(before));
  expect_same_but_the_restore_entry(before, dump_of(*restored));

  // Ids go on after the highest: the restore's entry took the next one, and
  // a new one takes the one after.
  ASSERT_TRUE(restored->transaction([&](soci::session& s) -> Status {
                          store::append_audit(s, store::AuditEntry{.id = 0, .at = "", .actor = "test",
                                                                   .action = "update", .entity = "strategy",
                                                                   .entity_id = 1, .before_json = std::nullopt,
                                                                   .after_json = std::nullopt});
                          long long n = 0;
                          s << "SELECT MAX(id) FROM audit_log", soci::into(n);
                          EXPECT_EQ(n, highest_audit + 2);
                          return {};
                        }).ok());

  if (restored->engine() == store::Engine::sqlite) {
    auto again = fresh_database();
    ASSERT_NE(again, nullptr);
    auto from_sqlite = service::restore_database(*again, sqlite_file, restore_options(false));
    ASSERT_TRUE(from_sqlite.ok()) << from_sqlite.error().to_string();
    EXPECT_EQ(from_sqlite->format, "sqlite");
    expect_same_but_the_restore_entry(before, dump_of(*again));
  }
}

TEST_F(Backup, RestoreRefusesWhatItShouldAndThenChangesNothing) {
  auto db = fresh_database();
  ASSERT_NE(db, nullptr);
  ASSERT_TRUE(service::load_demo_strategies(*db).ok());
  std::string file = (dir / "strategies.jamt").string();
  ASSERT_TRUE(service::backup_database(*db, file, service::BackupFormat::jamt).ok());
  std::vector<std::string> lines;
  {
    std::ifstream in(file);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
  }
  ASSERT_GT(lines.size(), 10u);
  auto write = [&](const std::string& name, const std::vector<std::string>& content) {
    std::string path = (dir / name).string();
    std::ofstream out(path);
    for (const auto& l : content) out << l << "\n";
    return path;
  };
  // A database with data, and its content as it stands.
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  s << "UPDATE strategies SET title = 'Ändrad efter säkerhetskopian' WHERE id = 1";
                  return {};
                }).ok());
  Dump before = dump_of(*db);

  auto no_force = service::restore_database(*db, file, restore_options(false));
  ASSERT_FALSE(no_force.ok());
  EXPECT_EQ(no_force.error().code, ErrorKind::conflict);
  EXPECT_NE(no_force.error().message.find("strategies"), std::string::npos) << no_force.error().message;
  EXPECT_NE(no_force.error().message.find("--force"), std::string::npos) << no_force.error().message;
  EXPECT_TRUE(dump_of(*db) == before);

  // A table left out of the file: refused, not left empty.
  {
    std::vector<std::string> without;
    bool skipping = false;
    std::int64_t dropped = 0;
    for (const auto& l : lines) {
      if (l.rfind("{\"table\":\"news_items\"", 0) == 0) skipping = true;
      if (!skipping) without.push_back(l);
      if (skipping && l.rfind("{\"end_table\":\"news_items\"", 0) == 0) {
        skipping = false;
        dropped = nlohmann::json::parse(l).value("rows", 0);
      }
    }
    ASSERT_LT(without.size(), lines.size()) << "news_items is in the backup";
    auto closing = nlohmann::ordered_json::parse(without.back());
    for (auto& [key, value] : closing.items())
      if (key == "tables") value = value.get<int>() - 1;
      else if (key == "rows") value = value.get<std::int64_t>() - dropped;
    without.back() = closing.dump();
    auto missing = service::restore_database(*db, write("missing.jamt", without), restore_options(true));
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("news_items"), std::string::npos) << missing.error().message;
    EXPECT_TRUE(dump_of(*db) == before);
  }

  // Backing an SQLite database up onto its own file is refused.
  if (db->engine() == store::Engine::sqlite) {
    auto onto_itself = service::backup_database(*db, db->config().target, service::BackupFormat::jamt);
    ASSERT_FALSE(onto_itself.ok());
    EXPECT_NE(onto_itself.error().message.find("the database itself"), std::string::npos)
        << onto_itself.error().message;
    EXPECT_TRUE(dump_of(*db) == before);
  }

  // From a newer schema.
  auto newer = lines;
  auto header = nlohmann::ordered_json::parse(newer[0]);  // keeps the magic first
  header["schema_version"] = store::latest_schema_version() + 1;
  newer[0] = header.dump();
  auto refused = service::restore_database(*db, write("newer.jamt", newer), restore_options(true));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorKind::conflict);
  EXPECT_NE(refused.error().message.find("newer"), std::string::npos) << refused.error().message;
  EXPECT_TRUE(dump_of(*db) == before);

  // Cut short: the closing line is missing.
  auto cut = lines;
  cut.pop_back();
  auto truncated = service::restore_database(*db, write("cut.jamt", cut), restore_options(true));
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().code, ErrorKind::parse);
  EXPECT_NE(truncated.error().message.find("incomplete"), std::string::npos) << truncated.error().message;
  EXPECT_TRUE(dump_of(*db) == before);

  // A row the database refuses, late in the file: what came before it is
  // rolled back too.
  auto bad = lines;
  std::size_t last_row = 0;
  for (std::size_t i = 0; i < bad.size(); ++i)
    if (bad[i].rfind("{\"table\":\"strategies\"", 0) == 0 && i + 1 < bad.size() && bad[i + 1][0] == '[') last_row = i + 1;
  ASSERT_GT(last_row, 0u);
  bad.insert(bad.begin() + static_cast<long>(last_row) + 1, bad[last_row]);  // the same id twice
  for (auto& l : bad)
    if (l.rfind("{\"end_table\":\"strategies\"", 0) == 0) {
      auto j = nlohmann::json::parse(l);
      j["rows"] = j["rows"].get<int>() + 1;
      l = j.dump();
    }
  {
    auto j = nlohmann::json::parse(bad.back());
    j["rows"] = j["rows"].get<int>() + 1;
    bad.back() = j.dump();
  }
  auto duplicate = service::restore_database(*db, write("duplicate.jamt", bad), restore_options(true));
  ASSERT_FALSE(duplicate.ok());
  EXPECT_NE(duplicate.error().message.find("strategies"), std::string::npos) << duplicate.error().message;
  EXPECT_TRUE(dump_of(*db) == before);

  // Not a backup at all.
  auto garbage = service::restore_database(*db, write("notes.txt", {"hello"}), restore_options(true));
  ASSERT_FALSE(garbage.ok());
  EXPECT_NE(garbage.error().message.find("not a Jämt backup"), std::string::npos) << garbage.error().message;
  EXPECT_TRUE(dump_of(*db) == before);

  // Another application's table in the same schema is neither Jämt's data
  // nor replaced by a restore.
  ASSERT_TRUE(db->transaction([&](soci::session& s) -> Status {
                  s << "CREATE TABLE other_app_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL)";
                  s << "INSERT INTO other_app_notes (id, note) VALUES (1, 'not Jämt''s')";
                  return {};
                }).ok());

  // With --force it replaces the data: the title is the backup's again.
  auto forced = service::restore_database(*db, file, restore_options(true));
  ASSERT_TRUE(forced.ok()) << forced.error().to_string();
  Dump after = dump_of(*db);
  EXPECT_EQ(after.count("other_app_notes"), 0u) << "backups hold Jämt's tables only";
  std::string other_note;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  s << "SELECT note FROM other_app_notes WHERE id = 1", soci::into(other_note);
                  return {};
                }).ok());
  EXPECT_EQ(other_note, "not Jämt's") << "restore --force left the other application's table alone";
  EXPECT_EQ(after.at("strategies").find("Ändrad efter säkerhetskopian"), std::string::npos);
  EXPECT_EQ(after.at("strategies"), [&] {
    Dump original;
    auto fresh = fresh_database();
    EXPECT_TRUE(service::restore_database(*fresh, file, restore_options(false)).ok());
    return dump_of(*fresh).at("strategies");
  }());
}

// Moving up: the real `jamt backup` on an SQLite county, the real `jamt
// restore` into the engine under test (PostgreSQL when $JAMT_TEST_DB names
// one), every table compared, then `jamt serve` on the copy.
TEST_F(Backup, CountyMovesFromSqliteWithTheCommandLine) {
  // The county on SQLite, with the whole demo.
  fs::path county = dir / "county";
  Dump source;
  std::vector<service::DemoLogin> logins;
  {
    auto db = store::Database::open(store::DatabaseConfig::from_url((county / "jamt.db").string()));
    ASSERT_TRUE(db.ok()) << db.error().to_string();
    ASSERT_TRUE((*db)->migrate().ok());
    logins = jamt::testing::load_full_demo(**db);
    ASSERT_FALSE(logins.empty());
    source = dump_of(**db);
  }
  std::string jamt = JAMT_BINARY;
  std::string file = (dir / "county.db").string();
  auto backup = jamt::testing::run_command(jamt + " --data " + jamt::testing::shell_quote(county.string()) +
                                           " backup " + jamt::testing::shell_quote(file));
  ASSERT_EQ(backup.exit_code, 0) << backup.out;
  EXPECT_NE(backup.out.find("SQLite file"), std::string::npos) << backup.out;

  // The target: the test database, emptied.
  std::string target_url;
  {
    auto target = fresh_database();
    ASSERT_NE(target, nullptr);
    target_url = target->engine() == store::Engine::sqlite ? "sqlite:" + target->config().target : target->config().target;
  }
  std::string on_target = jamt + " --db " + jamt::testing::shell_quote(target_url);
  auto restore = jamt::testing::run_command(on_target + " restore " + jamt::testing::shell_quote(file));
  ASSERT_EQ(restore.exit_code, 0) << restore.out;
  {
    auto target = store::Database::open(store::DatabaseConfig::from_url(target_url));
    ASSERT_TRUE(target.ok());
    expect_same_but_the_restore_entry(source, dump_of(**target));
  }
  // A second restore without --force is refused: the target holds data.
  auto again = jamt::testing::run_command(on_target + " restore " + jamt::testing::shell_quote(file));
  EXPECT_EQ(again.exit_code, 1) << again.out;
  EXPECT_NE(again.out.find("--force"), std::string::npos) << again.out;
  // `migrate-to` copies the live county the same way.
  auto moved = jamt::testing::run_command(jamt + " --data " + jamt::testing::shell_quote(county.string()) +
                                          " migrate-to " + jamt::testing::shell_quote(target_url) + " --force");
  ASSERT_EQ(moved.exit_code, 0) << moved.out;
  {
    auto target = store::Database::open(store::DatabaseConfig::from_url(target_url));
    ASSERT_TRUE(target.ok());
    expect_same_but_the_restore_entry(source, dump_of(**target));
  }

  // A server on the copy serves the demo, and the demo logins still work
  // (the password hashes came along).
  fs::create_directories(dir / "outbox");
  jamt::testing::ServeProcess server("--db " + jamt::testing::shell_quote(target_url),
                                     "--mail-outbox " + jamt::testing::shell_quote((dir / "outbox").string()));
  ASSERT_GT(server.port(), 0) << server.output();
  httplib::Client client("127.0.0.1", server.port());
  client.set_read_timeout(std::chrono::seconds(60));
  for (const char* page : {"/", "/strategier/1", "/statistik", "/lan/08", "/api/v1/strategies"}) {
    auto r = client.Get(page);
    ASSERT_TRUE(r) << page;
    EXPECT_EQ(r->status, 200) << page;
  }
  auto strategies = nlohmann::json::parse(client.Get("/api/v1/strategies")->body, nullptr, false);
  EXPECT_GE(strategies.size(), 2u) << strategies.dump();
  int logged_in = 0;
  for (const auto& login : logins) {
    auto r = client.Post("/api/v1/auth/login", nlohmann::json{{"email", login.email}, {"password", login.password}}.dump(),
                         "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << login.email << ": " << r->body;
    logged_in += r->status == 200;
    if (logged_in == 3) break;  // Argon2 is slow on purpose
  }
  EXPECT_EQ(logged_in, std::min<int>(3, static_cast<int>(logins.size())));
}

// Moving up through the services (what `jamt backup` and `jamt restore` call):
// the demo on SQLite, its SQLite backup restored into the engine under test,
// every table compared; then copy_database (`migrate-to`) over it with force.
TEST_F(Backup, DemoOnSqliteMovesToTheEngineUnderTest) {
  auto county = store::Database::open(store::DatabaseConfig::from_url((dir / "county" / "jamt.db").string()));
  ASSERT_TRUE(county.ok()) << county.error().to_string();
  ASSERT_TRUE((*county)->migrate().ok());
  ASSERT_FALSE(jamt::testing::load_full_demo(**county).empty());
  Dump source = dump_of(**county);
  std::string file = (dir / "county.db").string();
  auto made = service::backup_database(**county, file, service::BackupFormat::automatic);
  ASSERT_TRUE(made.ok()) << made.error().to_string();
  EXPECT_EQ(made->format, "sqlite");
  // The copy was made the night before (an SQLite file tells only by its time).
  using namespace std::chrono;
  fs::last_write_time(file, file_clock::from_sys(sys_seconds{sys_days{year{2026} / 3 / 30} + hours{22}}));
  auto target = fresh_database();
  ASSERT_NE(target, nullptr);
  auto moved = service::restore_database(*target, file, restore_options(false));
  ASSERT_TRUE(moved.ok()) << moved.error().to_string();
  expect_same_but_the_restore_entry(source, dump_of(*target));
  std::string restore_entry;
  ASSERT_TRUE(target->read([&](soci::session& s) -> Status {
                    s << "SELECT after_json FROM audit_log WHERE action = 'restore'", soci::into(restore_entry);
                    return {};
                  }).ok());
  EXPECT_EQ(nlohmann::json::parse(restore_entry).value("backup_created_at", ""), "2026-03-30T22:00:00Z")
      << restore_entry;
  auto copied = service::copy_database(**county, *target, restore_options(true));
  ASSERT_TRUE(copied.ok()) << copied.error().to_string();
  expect_same_but_the_restore_entry(source, dump_of(*target));
}
