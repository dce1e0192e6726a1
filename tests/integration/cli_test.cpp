// The real `jamt` binary on the command line: strategy import/export with
// their exit codes and messages, against the test database (SQLite folder or
// the PostgreSQL server in $JAMT_TEST_DB).
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sys/wait.h>
#include <unistd.h>

#include "service/account/api_token_service.hpp"
#include "test_database.hpp"

namespace fs = std::filesystem;

namespace {

struct CliRun {
  int exit_code = -1;
  std::string out;  // stdout and (unless left out) stderr together
};

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    db = jamt::testing::fresh_database();  // empties PostgreSQL; SQLite gets its own folder below
    ASSERT_NE(db, nullptr);
    db.reset();
    dir = fs::temp_directory_path() / ("jamt-cli-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
    const char* pg = std::getenv("JAMT_TEST_DB");
    target = pg ? std::string("--db '") + pg + "'" : "--data '" + (dir / "var").string() + "'";
  }
  void TearDown() override { fs::remove_all(dir); }

  // Runs the binary with `args`; the output holds stderr too unless
  // `with_stderr` is false.
  CliRun jamt(const std::string& args, bool with_stderr = true) {
    std::string cmd =
        std::string(JAMT_BINARY) + " " + target + " " + args + (with_stderr ? " 2>&1" : " 2>/dev/null");
    CliRun r;
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf{};
    while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
    int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
  }
  std::string write(const std::string& name, const std::string& content) {
    fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  std::unique_ptr<jamt::store::Database> db;
  fs::path dir;
  std::string target;
};

std::string demo_path(const std::string& name) {
  return (fs::path(JAMT_SOURCE_DIR) / "data" / "strategies" / name).string();
}

}  // namespace

TEST_F(Cli, ImportExportImportExportIsExact) {
  CliRun imported = jamt("strategy import " + demo_path("kalmar-2024-2027.json"));
  ASSERT_EQ(imported.exit_code, 0) << imported.out;
  EXPECT_NE(imported.out.find("Imported strategy 1"), std::string::npos) << imported.out;

  std::string first = dir / "first.json", second = dir / "second.json";
  ASSERT_EQ(jamt("strategy export 1 -o " + first).exit_code, 0);
  CliRun replaced = jamt("strategy import --replace " + first);
  ASSERT_EQ(replaced.exit_code, 0) << replaced.out;
  EXPECT_NE(replaced.out.find("Replaced strategy 1"), std::string::npos);
  ASSERT_EQ(jamt("strategy export 1 -o " + second).exit_code, 0);
  std::ifstream a(first), b(second);
  std::string da((std::istreambuf_iterator<char>(a)), {}), db_((std::istreambuf_iterator<char>(b)), {});
  EXPECT_GT(da.size(), 10000u);
  EXPECT_EQ(da, db_);
}

TEST_F(Cli, BrokenFileIsRefusedWithItsJsonPathAndChangesNothing) {
  ASSERT_EQ(jamt("strategy import " + demo_path("stockholm-2014-2018.json")).exit_code, 0);
  CliRun before = jamt("strategy export 1");
  std::string broken = write("broken.json",
                             R"({"format":"jamt-strategy/1","county_code":"01","title":"X","start_year":2014,)"
                             R"("end_year":2018,"goals":[{"code":"0","kind":"overall","title":"O","children":[)"
                             R"({"code":"1","kind":"subgoal"}]}]})");
  CliRun refused = jamt("strategy import --replace " + broken);
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_EQ(refused.out, broken + ": $.goals[0].children[0].title: missing required field \"title\"\n");
  EXPECT_EQ(jamt("strategy export 1").out, before.out);
}

TEST_F(Cli, SameCountyAndPeriodNeedsReplace) {
  ASSERT_EQ(jamt("strategy import " + demo_path("sodermanland-2014-2016.json")).exit_code, 0);
  CliRun again = jamt("strategy import " + demo_path("sodermanland-2014-2016.json"));
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.out.find("already exists"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("--replace"), std::string::npos);
}

TEST_F(Cli, MissingFileUnknownIdAndBadUsageAreReported) {
  CliRun missing = jamt("strategy import " + (dir / "nope.json").string());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.out.find("cannot read"), std::string::npos);
  CliRun unknown = jamt("strategy export 77");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.out.find("no strategy with id 77"), std::string::npos);
  EXPECT_EQ(jamt("serve --listen nowhere").exit_code, 2);
  EXPECT_EQ(jamt("frobnicate").exit_code, 2);
}

TEST_F(Cli, ConvertsPxToJsonStatAndCsvWithoutADatabase) {
  std::string px = std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px";
  std::string out = (dir / "births.json").string();
  CliRun r = jamt("convert " + px + " --to jsonstat -o " + out);
  ASSERT_EQ(r.exit_code, 0) << r.out;
  std::ifstream in(out);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_NE(text.find("\"size\": [312, 37, 2, 2]"), std::string::npos);
  CliRun csv = jamt("convert " + out + " --to csv");
  EXPECT_EQ(csv.exit_code, 0);
  EXPECT_EQ(csv.out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.out.find("0880 Kalmar;total;2003;women;304\r\n"), std::string::npos);
  CliRun bad = jamt("convert " + write("broken.px", "CHARSET=\"ANSI\";\nMATRIX=\"X\";\nDATA=\n1 2;\n") + " --to csv");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find("broken.px"), std::string::npos) << bad.out;
  EXPECT_EQ(jamt("convert " + out + " --to xlsx").exit_code, 2);
  EXPECT_FALSE(fs::exists(dir / "var")) << "convert touches no database";
}

TEST_F(Cli, ImportsARealFileOnceAndRollsItBack) {
  std::string px = std::string(JAMT_SOURCE_DIR) + "/data/statistics/BE0101D1-levande-fodda.px";
  CliRun first = jamt("import " + px);
  ASSERT_EQ(first.exit_code, 0) << first.out;
  EXPECT_NE(first.out.find("46176 observations, 312 regions, 2 periods"), std::string::npos) << first.out;
  CliRun again = jamt("import " + px);
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("was already imported as batch 1; nothing changed"), std::string::npos) << again.out;
  CliRun rollback = jamt("batch rollback 1");
  EXPECT_EQ(rollback.exit_code, 0) << rollback.out;
  EXPECT_NE(jamt("batch list").out.find("rolled back"), std::string::npos);
}

TEST_F(Cli, AnEmptyStatisticsFileIsSaidToBeEmpty) {
  std::string empty = write("tom.px", "");
  CliRun r = jamt("import " + empty);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "tom.px: the file is empty\n");
  EXPECT_EQ(jamt("convert " + write("tom.csv", "\xEF\xBB\xBF\r\n") + " --to jsonstat").out, "tom.csv: the file is empty\n");
}

TEST_F(Cli, UserTokenPrintsANewTokenOnceAndRevokesItByName) {
  std::string password = write("password.txt", "ett långt lösenord\n");
  CliRun added = jamt("user add --email skript@example.se --role admin --password-stdin < " + password);
  ASSERT_EQ(added.exit_code, 0) << added.out;

  CliRun created = jamt("user token --email skript@example.se --name nattkörning", false);
  ASSERT_EQ(created.exit_code, 0) << created.out;
  EXPECT_TRUE(std::regex_match(created.out, std::regex("jamt_[0-9a-f]{64}\n"))) << "only the token on stdout: "
                                                                                  << created.out;
  std::string token = created.out.substr(0, created.out.size() - 1);
  CliRun twice = jamt("user token --email skript@example.se --name nattkörning");
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.out.find("already has a token named"), std::string::npos) << twice.out;

  const char* pg = std::getenv("JAMT_TEST_DB");
  auto opened = jamt::store::Database::open(
      jamt::store::DatabaseConfig::from_url(pg ? std::string(pg) : (dir / "var" / "jamt.db").string()));
  ASSERT_TRUE(opened.ok()) << opened.error().to_string();
  auto user = jamt::service::find_api_token_user(**opened, token);
  ASSERT_TRUE(user.ok() && user->has_value());
  EXPECT_EQ((*user)->email, "skript@example.se");

  CliRun revoked = jamt("user token --email skript@example.se --revoke nattkörning");
  ASSERT_EQ(revoked.exit_code, 0) << revoked.out;
  EXPECT_EQ(revoked.out, "Revoked 1 API token named \"nattkörning\" of skript@example.se\n");
  EXPECT_FALSE(jamt::service::find_api_token_user(**opened, token)->has_value());
  EXPECT_EQ(jamt("user token --email skript@example.se --revoke nattkörning").exit_code, 1);
  EXPECT_EQ(jamt("user token --email ingen@example.se").exit_code, 1);
}
