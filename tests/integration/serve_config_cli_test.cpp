// `jamt serve` configured by file, environment and command line
// (docs/operations.md, "Configuration"): the real binary refuses a bad
// setting with its file and line (or variable, or option) and key, and the
// stronger source wins. Independent of the engine: runs on SQLite only.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_paths.hpp"  // JAMT_BINARY

namespace {

namespace fs = std::filesystem;

struct ServeRun {
  int exit_code = -1;
  std::string out;
};

class ServeConfig : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::getenv("JAMT_TEST_DB")) GTEST_SKIP() << "about the settings, not the engine";
    dir = fs::temp_directory_path() /
          ("jamt-serve-config-" + std::to_string(::getpid()) + "-" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }

  std::string write(const std::string& name, const std::string& content) {
    std::ofstream(dir / name) << content;
    return (dir / name).string();
  }

  // Runs `env … jamt serve ARGS` and waits for it to exit (a bad setting) or
  // for it to say where it listens (then it is stopped): "listening on PORT"
  // is appended to the output.
  ServeRun serve(const std::string& env, const std::string& args) {
    std::string command = "echo $$; exec env -u JAMT_DB " + env + " '" + JAMT_BINARY + "' serve " + args + " 2>&1";
    FILE* p = popen(command.c_str(), "r");
    ServeRun r;
    std::array<char, 1024> line{};
    if (!fgets(line.data(), line.size(), p)) return r;
    const int pid = std::atoi(line.data());
    while (fgets(line.data(), line.size(), p)) {
      std::string l = line.data();
      r.out += l;
      if (auto at = l.find("on http://127.0.0.1:"); at != std::string::npos) {
        r.out += "listening on " + std::to_string(std::atoi(l.c_str() + at + 20)) + "\n";
        ::kill(pid, SIGTERM);
      }
    }
    const int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
  }

  fs::path dir;
};

TEST_F(ServeConfig, AnUnknownKeyStopsTheServerNamingFileLineAndKey) {
  const std::string file = write("jamt.conf", "# Jämt\nlisten = 127.0.0.1:0\nlisten_port = 8080\n");
  ServeRun r = serve("", "--config '" + file + "'");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("jamt: " + file + ":3: unknown key \"listen_port\""), std::string::npos) << r.out;
}

TEST_F(ServeConfig, ABadValueNamesItsVariableOrOptionAndKey) {
  const std::string file = write("jamt.conf", "data = " + (dir / "var").string() + "\nlisten = 127.0.0.1:0\n");
  ServeRun env = serve("JAMT_DB_POOL_SIZE=0", "--config '" + file + "'");
  EXPECT_EQ(env.exit_code, 2) << env.out;
  EXPECT_NE(env.out.find("jamt: $JAMT_DB_POOL_SIZE: db_pool_size: expects a whole number from 1 to 256"),
            std::string::npos)
      << env.out;
  ServeRun option = serve("", "--config '" + file + "' --metrics-allow intranet");
  EXPECT_EQ(option.exit_code, 2) << option.out;
  EXPECT_NE(option.out.find("jamt: --metrics-allow: metrics_allow: \"intranet\" is not an IP address"),
            std::string::npos)
      << option.out;
}

TEST_F(ServeConfig, CommandLineBeatsEnvironmentBeatsFile) {
  // The file's listen is wrong, the environment's too; the command line's wins.
  const std::string file =
      write("jamt.conf", "data = " + (dir / "var").string() + "\nlisten = not-an-address\nlog_format = text\n");
  ServeRun r = serve("JAMT_LISTEN=also-not-an-address", "--config '" + file + "' --listen 127.0.0.1:0");
  EXPECT_NE(r.out.find("listening on "), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(dir / "var" / "jamt.db")) << "the file's data folder was not used";
  // Without the option the environment's value is the one refused.
  ServeRun env = serve("JAMT_LISTEN=also-not-an-address", "--config '" + file + "'");
  EXPECT_EQ(env.exit_code, 2);
  EXPECT_NE(env.out.find("jamt: $JAMT_LISTEN: listen: expects HOST:PORT"), std::string::npos) << env.out;
  // Without either, the file's, with its line.
  ServeRun from_file = serve("", "--config '" + file + "'");
  EXPECT_EQ(from_file.exit_code, 2);
  EXPECT_NE(from_file.out.find("jamt: " + file + ":2: listen: expects HOST:PORT"), std::string::npos)
      << from_file.out;
}

}  // namespace
