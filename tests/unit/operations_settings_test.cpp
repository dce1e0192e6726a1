// The settings of `jamt serve` (service/operations/serve_settings.hpp) and
// the address lists behind /metrics and trusted proxies
// (domain/operations/address_list.hpp): precedence, and errors that name
// file, line and key.
#include "service/operations/serve_settings.hpp"

#include "domain/account_policy.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_paths.hpp"  // JAMT_SOURCE_DIR

namespace jamt::service::operations {
namespace {

namespace fs = std::filesystem;

// A configuration file with `text`, removed at the end of the test.
struct ConfigFile {
  explicit ConfigFile(const std::string& text)
      : path(fs::temp_directory_path() / ("jamt-config-" + std::to_string(::getpid()) + ".conf")) {
    std::ofstream(path) << text;
  }
  ~ConfigFile() { fs::remove(path); }
  fs::path path;
};

// An environment holding only `vars`.
std::function<const char*(const char*)> env_of(const std::map<std::string, std::string>& vars) {
  return [vars](const char* name) -> const char* {
    auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  };
}

TEST(ServeSettings, DefaultsWhenNothingIsGiven) {
  auto raw = RawSettings::load("", env_of({}), {});
  ASSERT_TRUE(raw.ok());
  auto c = resolve_serve_config(*raw);
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->listen_host, "127.0.0.1");
  EXPECT_EQ(c->listen_port, 8080);
  EXPECT_EQ(c->data_dir, "var");
  EXPECT_EQ(c->db_pool_size, 8u);
  EXPECT_EQ(c->small_count_threshold, 5);
  EXPECT_EQ(c->log_format, LogFormat::json);
  EXPECT_FALSE(c->demo);
  EXPECT_EQ(raw->get("listen").where, "default");
}

TEST(ServeSettings, CommandLineBeatsEnvironmentBeatsFileBeatsDefault) {
  ConfigFile file(
      "# Jämt\n"
      "listen = 0.0.0.0:9000\n"
      "public_url = \"https://jamt.example.se\"\n"
      "small_count_threshold = 3\n"
      "db_pool_size = 16\n");
  auto raw = RawSettings::load(file.path.string(),
                               env_of({{"JAMT_LISTEN", "127.0.0.1:9100"}, {"JAMT_SMALL_COUNT_THRESHOLD", "4"},
                                       {"JAMT_UNRELATED", "x"}}),
                               {{"listen", "127.0.0.1:9200"}});
  ASSERT_TRUE(raw.ok()) << raw.error().to_string();
  auto c = resolve_serve_config(*raw);
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->listen_port, 9200);                    // command line
  EXPECT_EQ(c->small_count_threshold, 4);             // environment over file
  EXPECT_EQ(c->public_url, "https://jamt.example.se");  // file, quotes removed
  EXPECT_EQ(c->db_pool_size, 16u);                    // file
  EXPECT_EQ(c->mail_from, "jamt@localhost");          // default
  EXPECT_EQ(raw->get("listen").where, "--listen");
  EXPECT_EQ(raw->get("small_count_threshold").where, "$JAMT_SMALL_COUNT_THRESHOLD");
  EXPECT_EQ(raw->get("public_url").where, file.path.string() + ":3");
}

TEST(ServeSettings, AnUnknownKeyNamesFileLineAndKey) {
  ConfigFile file("listen = 127.0.0.1:8080\n\nlisten_port = 80\n");
  auto raw = RawSettings::load(file.path.string(), env_of({}), {});
  ASSERT_FALSE(raw.ok());
  EXPECT_EQ(raw.error().where, file.path.string() + ":3");
  EXPECT_EQ(raw.error().field, "listen_port");
  EXPECT_NE(raw.error().message.find("unknown key \"listen_port\""), std::string::npos) << raw.error().message;
}

TEST(ServeSettings, ALineWithoutEqualsAndAKeyGivenTwiceAreRefused) {
  {
    ConfigFile file("listen 127.0.0.1:8080\n");
    auto raw = RawSettings::load(file.path.string(), env_of({}), {});
    ASSERT_FALSE(raw.ok());
    EXPECT_EQ(raw.error().where, file.path.string() + ":1");
  }
  {
    ConfigFile file("demo = true\ndemo = false\n");
    auto raw = RawSettings::load(file.path.string(), env_of({}), {});
    ASSERT_FALSE(raw.ok());
    EXPECT_EQ(raw.error().where, file.path.string() + ":2");
    EXPECT_NE(raw.error().message.find("first on line 1"), std::string::npos) << raw.error().message;
  }
}

TEST(ServeSettings, AMissingFileIsAnIoError) {
  auto raw = RawSettings::load("/nonexistent/jamt.conf", env_of({}), {});
  ASSERT_FALSE(raw.ok());
  EXPECT_EQ(raw.error().code, ErrorKind::io);
  EXPECT_EQ(raw.error().where, "/nonexistent/jamt.conf");
}

TEST(ServeSettings, ABadValueNamesWhereItCameFrom) {
  ConfigFile file("db_pool_size = 0\n");
  auto raw = RawSettings::load(file.path.string(), env_of({{"JAMT_LOG_FORMAT", "xml"}}), {});
  ASSERT_TRUE(raw.ok());
  auto c = resolve_serve_config(*raw);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().where, file.path.string() + ":1");
  EXPECT_EQ(c.error().field, "db_pool_size");

  auto from_env = RawSettings::load("", env_of({{"JAMT_LOG_FORMAT", "xml"}}), {});
  auto c2 = resolve_serve_config(*from_env);
  ASSERT_FALSE(c2.ok());
  EXPECT_EQ(c2.error().where, "$JAMT_LOG_FORMAT");
  EXPECT_EQ(c2.error().field, "log_format");

  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{{"listen", "8080"},
                                                                     {"listen", "127.0.0.1:70000"},
                                                                     {"public_url", "jamt.example.se"},
                                                                     {"smtp", "mail.example.se:25"},
                                                                     {"mail_from", "not an address"},
                                                                     {"small_count_threshold", "0"},
                                                                     {"demo", "maybe"},
                                                                     {"db", "mysql://x"},
                                                                     {"trusted_proxies", "10.0.0.0/33"},
                                                                     {"metrics_allow", "intranet"}}) {
    auto r = RawSettings::load("", env_of({}), {{key, value}});
    ASSERT_TRUE(r.ok()) << key;
    auto bad = resolve_serve_config(*r);
    ASSERT_FALSE(bad.ok()) << key << " = " << value;
    EXPECT_EQ(bad.error().field, key);
    EXPECT_FALSE(bad.error().where.empty());
  }
}

TEST(ServeSettings, AccountLimitsComeFromTheFileAndAreCheckedWithTheirSource) {
  // The defaults are the account policy's own.
  auto none = RawSettings::load("", env_of({}), {});
  auto d = resolve_serve_config(*none);
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  const AccountPolicy policy{};
  EXPECT_EQ(std::chrono::minutes{d->session_idle_minutes}, policy.session_idle);
  EXPECT_EQ(std::chrono::hours{d->session_max_hours}, policy.session_absolute);
  EXPECT_EQ(d->join_applications_per_hour, policy.join_applications_per_hour);
  EXPECT_EQ(static_cast<std::size_t>(d->applicant_storage_mb) * 1024u * 1024u, policy.applicant_storage_bytes);
  EXPECT_EQ(std::chrono::days{d->api_token_days}, policy.api_token_lifetime);

  ConfigFile file(
      "session_idle_minutes = 30\n"
      "session_max_hours = 8\n"
      "join_applications_per_hour = 20\n"
      "applicant_storage_mb = 50\n");
  auto raw = RawSettings::load(file.path.string(), env_of({{"JAMT_API_TOKEN_DAYS", "30"}}), {});
  ASSERT_TRUE(raw.ok()) << raw.error().to_string();
  auto c = resolve_serve_config(*raw);
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->session_idle_minutes, 30);
  EXPECT_EQ(c->session_max_hours, 8);
  EXPECT_EQ(c->join_applications_per_hour, 20);
  EXPECT_EQ(c->applicant_storage_mb, 50);
  EXPECT_EQ(c->api_token_days, 30);

  ConfigFile bad_file("# limits\nsession_idle_minutes = 0\n");
  auto bad_raw = RawSettings::load(bad_file.path.string(), env_of({}), {});
  auto bad = resolve_serve_config(*bad_raw);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, bad_file.path.string() + ":2");
  EXPECT_EQ(bad.error().field, "session_idle_minutes");
  EXPECT_NE(bad.error().message.find("from 1 to 43200"), std::string::npos) << bad.error().message;
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"session_max_hours", "2161"}, {"join_applications_per_hour", "many"},
           {"applicant_storage_mb", "-1"}, {"api_token_days", "367"}, {"session_idle_minutes", ""}}) {
    auto r = RawSettings::load("", env_of({}), {{key, value}});
    auto refused = resolve_serve_config(*r);
    ASSERT_FALSE(refused.ok()) << key << " = " << value;
    EXPECT_EQ(refused.error().field, key);
    EXPECT_NE(refused.error().where.find("--"), std::string::npos) << refused.error().where;
  }
}

TEST(ServeSettings, EveryKeyHasAnEnvironmentVariableAndAnOption) {
  for (const auto& k : serve_keys()) {
    EXPECT_EQ(k.env.substr(0, 5), "JAMT_") << k.key;
    EXPECT_EQ(k.option.substr(0, 2), "--") << k.key;
    EXPECT_FALSE(k.description.empty()) << k.key;
  }
}

TEST(ServeSettings, EveryKeyIsDocumented) {
  std::ifstream in(std::string(JAMT_SOURCE_DIR) + "/docs/operations.md");
  ASSERT_TRUE(in) << "docs/operations.md";
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  for (const auto& k : serve_keys()) {
    const std::string fallback = k.fallback.empty() ? "(empty)" : "`" + std::string(k.fallback) + "`";
    const std::string row = "| `" + std::string(k.key) + "` | `" + std::string(k.env) + "` | `" +
                            std::string(k.option) + "` | " + fallback + " |";
    EXPECT_NE(doc.find(row), std::string::npos) << "docs/operations.md lacks the row starting " << row;
  }
}

TEST(AddressList, MatchesAddressesAndNetworksOfBothFamilies) {
  auto list = jamt::operations::AddressList::parse("10.0.0.0/8, 192.168.1.7 fd00::/8");
  ASSERT_TRUE(list.ok()) << list.error().to_string();
  EXPECT_TRUE(list->contains("10.200.3.4"));
  EXPECT_TRUE(list->contains("::ffff:10.1.1.1"));
  EXPECT_TRUE(list->contains("192.168.1.7"));
  EXPECT_FALSE(list->contains("192.168.1.8"));
  EXPECT_TRUE(list->contains("fd12::1"));
  EXPECT_FALSE(list->contains("fe80::1"));
  EXPECT_FALSE(list->contains("11.0.0.1"));
  EXPECT_FALSE(list->contains("not an address"));
  EXPECT_TRUE(jamt::operations::AddressList::parse("").ok());
  EXPECT_FALSE(jamt::operations::AddressList::parse("10.0.0.0/33").ok());
  EXPECT_FALSE(jamt::operations::AddressList::parse("10.0.0/8").ok());
}

TEST(AddressList, FailedLoginsFromIpv6CountByTheirSlash64) {
  using jamt::operations::throttle_key;
  EXPECT_EQ(throttle_key("2001:db8:0:1:aaaa:bbbb:cccc:dddd"), "2001:db8:0:1::/64");
  EXPECT_EQ(throttle_key("2001:db8:0:1::7"), throttle_key("2001:db8:0:1:ffff::1"));
  EXPECT_NE(throttle_key("2001:db8:0:1::7"), throttle_key("2001:db8:0:2::7"));
  EXPECT_EQ(throttle_key("203.0.113.66"), "203.0.113.66");
  EXPECT_EQ(throttle_key("::ffff:203.0.113.66"), "::ffff:203.0.113.66");
  EXPECT_EQ(throttle_key(""), "");
}

TEST(AddressList, KnowsLoopback) {
  EXPECT_TRUE(jamt::operations::is_loopback("127.0.0.1"));
  EXPECT_TRUE(jamt::operations::is_loopback("127.8.9.10"));
  EXPECT_TRUE(jamt::operations::is_loopback("::1"));
  EXPECT_TRUE(jamt::operations::is_loopback("::ffff:127.0.0.1"));
  EXPECT_FALSE(jamt::operations::is_loopback("10.0.0.1"));
  EXPECT_FALSE(jamt::operations::is_loopback("::2"));
  EXPECT_FALSE(jamt::operations::is_loopback(""));
}

}  // namespace
}  // namespace jamt::service::operations
