#pragma once
// The settings of `jamt serve` (docs/operations.md): every key with its
// environment variable, command-line option and default, read from a
// configuration file (`--config FILE`, "key = value" lines), the environment
// (JAMT_*) and the command line. Precedence: command line > environment >
// file > default. Every value is checked here, and an error names where the
// bad value came from: "FILE:LINE", "$JAMT_…" or "--option".
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/operations/address_list.hpp"
#include "domain/result.hpp"

namespace jamt::service::operations {

// One setting: its key in the file, its environment variable, its option.
struct SettingKey {
  std::string_view key;          // "listen"
  std::string_view env;          // "JAMT_LISTEN"
  std::string_view option;       // "--listen"
  std::string_view fallback;     // the default, as text
  std::string_view description;  // one line for docs/operations.md and errors
};

// Every key `jamt serve` knows, in the order docs/operations.md lists them.
const std::vector<SettingKey>& serve_keys();

// Where a value came from.
enum class Source { fallback, file, environment, command_line };

// One value and its origin: `where` is "FILE:LINE", "$JAMT_…", "--option"
// or "default".
struct SettingValue {
  std::string value;
  Source source = Source::fallback;
  std::string where = "default";
};

// The raw settings, each from the strongest source that gave it.
class RawSettings {
 public:
  // Reads the file `config_path` (none when ""), then the environment
  // through `env` (a getenv; nullptr or "" counts as unset), then
  // `command_line` (key → value for the options the user gave). Error
  // "validation" or "io" with where = "FILE:LINE" (or just FILE when it
  // cannot be read) for a line that is not "key = value", an unknown key or
  // a key given twice. Values are not checked here (see resolve_serve_config).
  static Result<RawSettings> load(const std::string& config_path,
                                  const std::function<const char*(const char*)>& env,
                                  const std::map<std::string, std::string>& command_line);

  // The value of `key` (one of serve_keys(); its default when nobody set it).
  const SettingValue& get(std::string_view key) const;

 private:
  std::map<std::string, SettingValue, std::less<>> values_;
};

// How request logs are written.
enum class LogFormat { json, text };

// The checked, typed settings.
struct ServeConfig {
  std::string listen_host = "127.0.0.1";
  int listen_port = 8080;
  std::string data_dir = "var";
  std::string db_url;  // "" for SQLite in data_dir
  std::size_t db_pool_size = 8;
  bool demo = false;
  std::string public_url;
  std::string smtp_url;
  std::string mail_from = "jamt@localhost";
  std::string mail_outbox;
  int small_count_threshold = 5;
  std::string scb_api;
  std::string kolada_api;
  LogFormat log_format = LogFormat::json;
  std::string log_file;  // "" for standard error
  jamt::operations::AddressList trusted_proxies{};
  jamt::operations::AddressList metrics_allow{};
  // Sessions, API tokens and the public join form (domain/account_policy.hpp).
  int session_idle_minutes = 120;
  int session_max_hours = 12;
  int join_applications_per_hour = 5;
  int applicant_storage_mb = 20;
  int api_token_days = 90;
};

// Checks every value of `raw`. Error "validation" whose `where` is where the
// bad value came from, `field` the key, and `message` what is wrong and
// what was expected.
Result<ServeConfig> resolve_serve_config(const RawSettings& raw);

}  // namespace jamt::service::operations
