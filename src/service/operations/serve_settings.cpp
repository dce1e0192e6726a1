#include "service/operations/serve_settings.hpp"

#include <fstream>
#include <optional>
#include <set>

#include "domain/disclosure/small_counts.hpp"
#include "service/mail/rfc5322.hpp"

namespace jamt::service::operations {

const std::vector<SettingKey>& serve_keys() {
  static const std::vector<SettingKey> keys{
      {"listen", "JAMT_LISTEN", "--listen", "127.0.0.1:8080", "HOST:PORT to listen on; port 0 picks a free port"},
      {"data", "JAMT_DATA", "--data", "var", "folder of the SQLite database (and of the mail outbox by default)"},
      {"db", "JAMT_DB", "--db", "", "database URL, postgresql://user@host/db; empty: SQLite in `data`"},
      {"db_pool_size", "JAMT_DB_POOL_SIZE", "--db-pool-size", "8",
       "database connections per server (1–256); as many threads run handlers"},
      {"demo", "JAMT_DEMO", "--demo", "false", "load the demo content when the database holds none (true/false)"},
      {"public_url", "JAMT_PUBLIC_URL", "--public-url", "",
       "the address users reach Jämt at, for links in mail; empty: http://<listen>"},
      {"smtp", "JAMT_SMTP_URL", "--smtp", "", "SMTP server, smtp://host:port or smtps://host:port; empty: outbox only"},
      {"mail_from", "JAMT_MAIL_FROM", "--mail-from", "jamt@localhost", "sender address of Jämt's mail"},
      {"mail_outbox", "JAMT_MAIL_OUTBOX", "--mail-outbox", "",
       "folder for mail as .eml files; empty: mail-outbox/ in `data` (required with `db`)"},
      {"small_count_threshold", "JAMT_SMALL_COUNT_THRESHOLD", "--small-count-threshold", "5",
       "counts of persons below this are shown to the public as .. (1–100)"},
      {"scb_api", "JAMT_SCB_API", "--scb-api", "https://api.scb.se/ov0104/v2beta/api/v2",
       "base address of SCB's PxWebApi 2"},
      {"kolada_api", "JAMT_KOLADA_API", "--kolada-api", "https://api.kolada.se/v3", "base address of Kolada's API"},
      {"log_format", "JAMT_LOG_FORMAT", "--log-format", "json", "request log lines: json (one object a line) or text"},
      {"log_file", "JAMT_LOG_FILE", "--log-file", "", "file the request log is appended to; empty: standard error"},
      {"trusted_proxies", "JAMT_TRUSTED_PROXIES", "--trusted-proxies", "",
       "addresses/networks of front proxies whose X-Forwarded-For and X-Forwarded-Proto are believed"},
      {"metrics_allow", "JAMT_METRICS_ALLOW", "--metrics-allow", "",
       "addresses/networks besides loopback that may read /metrics"},
      {"session_idle_minutes", "JAMT_SESSION_IDLE_MINUTES", "--session-idle-minutes", "120",
       "a session ends after this many minutes unused (1–43200)"},
      {"session_max_hours", "JAMT_SESSION_MAX_HOURS", "--session-max-hours", "12",
       "a session ends this many hours after the login at the latest (1–2160)"},
      {"join_applications_per_hour", "JAMT_JOIN_APPLICATIONS_PER_HOUR", "--join-applications-per-hour", "5",
       "applications one client address may send with the public join form per hour (1–10000)"},
      {"applicant_storage_mb", "JAMT_APPLICANT_STORAGE_MB", "--applicant-storage-mb", "20",
       "action plan files one organisation may store in all, in MB (1–10000)"},
      {"api_token_days", "JAMT_API_TOKEN_DAYS", "--api-token-days", "90",
       "days a new API token lasts unless its maker gives an expiry (1–366)"},
  };
  return keys;
}

namespace {

const SettingKey* find_key(std::string_view key) {
  for (const auto& k : serve_keys())
    if (k.key == key) return &k;
  return nullptr;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

std::string known_keys() {
  std::string out;
  for (const auto& k : serve_keys()) out += (out.empty() ? "" : ", ") + std::string(k.key);
  return out;
}

// `text` as a whole number from `low` to `high`, or nothing.
std::optional<int> whole_number(const std::string& text, int low, int high) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int n = std::stoi(text);
  if (n < low || n > high) return std::nullopt;
  return n;
}

bool is_http_url(const std::string& v) { return v.rfind("http://", 0) == 0 || v.rfind("https://", 0) == 0; }

}  // namespace

Result<RawSettings> RawSettings::load(const std::string& config_path,
                                      const std::function<const char*(const char*)>& env,
                                      const std::map<std::string, std::string>& command_line) {
  RawSettings s;
  for (const auto& k : serve_keys()) s.values_[std::string(k.key)] = SettingValue{.value = std::string(k.fallback)};
  if (!config_path.empty()) {
    std::ifstream in(config_path);
    if (!in) return Error{ErrorKind::io, "cannot read the configuration file", config_path, {}};
    std::map<std::string, int> seen;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      const std::string where = config_path + ":" + std::to_string(number);
      const std::string text = trim(line);
      if (text.empty() || text[0] == '#') continue;
      const auto eq = text.find('=');
      if (eq == std::string::npos)
        return validation_error("expected \"key = value\" (or a # comment), got \"" + text + "\"", where);
      const std::string key = trim(std::string_view(text).substr(0, eq));
      std::string value = trim(std::string_view(text).substr(eq + 1));
      if (!find_key(key))
        return validation_error("unknown key \"" + key + "\"; the keys are " + known_keys(), where, key);
      if (auto first = seen.find(key); first != seen.end())
        return validation_error("\"" + key + "\" is given twice (first on line " + std::to_string(first->second) + ")",
                                where, key);
      seen[key] = number;
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
      else if (!value.empty() && value.front() == '"')
        return validation_error("the value of \"" + key + "\" opens a quote it does not close", where, key);
      s.values_[key] = SettingValue{.value = value, .source = Source::file, .where = where};
    }
  }
  if (env)
    for (const auto& k : serve_keys()) {
      const std::string name(k.env);
      const char* v = env(name.c_str());
      if (v && *v) s.values_[std::string(k.key)] = SettingValue{.value = v, .source = Source::environment, .where = "$" + name};
    }
  for (const auto& [key, value] : command_line) {
    const SettingKey* k = find_key(key);
    if (!k) return validation_error("unknown setting \"" + key + "\"", "command line", key);
    s.values_[key] = SettingValue{.value = value, .source = Source::command_line, .where = std::string(k->option)};
  }
  return s;
}

const SettingValue& RawSettings::get(std::string_view key) const {
  static const SettingValue none{};
  auto it = values_.find(key);
  return it == values_.end() ? none : it->second;
}

Result<ServeConfig> resolve_serve_config(const RawSettings& raw) {
  ServeConfig c;
  auto bad = [&](std::string_view key, const std::string& message) -> Error {
    return validation_error(message, raw.get(key).where, std::string(key));
  };
  auto value = [&](std::string_view key) -> const std::string& { return raw.get(key).value; };

  {
    const std::string& listen = value("listen");
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0)
      return bad("listen", "expects HOST:PORT such as 127.0.0.1:8080, got \"" + listen + "\"");
    const std::string port = listen.substr(colon + 1);
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(port) > 65535)
      return bad("listen", "the port must be a number from 0 to 65535, got \"" + port + "\"");
    c.listen_host = listen.substr(0, colon);
    if (c.listen_host.size() > 2 && c.listen_host.front() == '[' && c.listen_host.back() == ']')
      c.listen_host = c.listen_host.substr(1, c.listen_host.size() - 2);
    c.listen_port = std::stoi(port);
  }
  c.data_dir = value("data");
  if (c.data_dir.empty()) return bad("data", "expects a folder, got nothing");
  c.db_url = value("db");
  if (!c.db_url.empty() && c.db_url.rfind("postgresql://", 0) != 0 && c.db_url.rfind("postgres://", 0) != 0 &&
      c.db_url.rfind("sqlite:", 0) != 0)
    return bad("db", "expects postgresql://user@host/db or sqlite:PATH, got \"" + c.db_url + "\"");
  {
    const std::string& n = value("db_pool_size");
    auto size = whole_number(n, 1, 256);
    if (!size) return bad("db_pool_size", "expects a whole number from 1 to 256, got \"" + n + "\"");
    c.db_pool_size = static_cast<std::size_t>(*size);
  }
  {
    const std::string& d = value("demo");
    if (d == "true" || d == "yes" || d == "1") c.demo = true;
    else if (d == "false" || d == "no" || d == "0" || d.empty()) c.demo = false;
    else return bad("demo", "expects true or false, got \"" + d + "\"");
  }
  c.public_url = value("public_url");
  if (!c.public_url.empty() && !is_http_url(c.public_url))
    return bad("public_url", "expects an address starting with https:// or http://, got \"" + c.public_url + "\"");
  c.smtp_url = value("smtp");
  if (!c.smtp_url.empty() && c.smtp_url.rfind("smtp://", 0) != 0 && c.smtp_url.rfind("smtps://", 0) != 0)
    return bad("smtp", "expects smtp://host:port or smtps://host:port, got \"" + c.smtp_url + "\"");
  c.mail_from = value("mail_from");
  if (!safe_address(address_of(c.mail_from)))
    return bad("mail_from", "expects an e-mail address such as jamt@lansstyrelsen.se, got \"" + c.mail_from + "\"");
  c.mail_outbox = value("mail_outbox");
  {
    auto threshold = jamt::disclosure::parse_threshold(value("small_count_threshold"), "small_count_threshold");
    if (!threshold) return bad("small_count_threshold", threshold.error().message);
    c.small_count_threshold = *threshold;
  }
  c.scb_api = value("scb_api");
  if (!is_http_url(c.scb_api)) return bad("scb_api", "expects an https:// address, got \"" + c.scb_api + "\"");
  c.kolada_api = value("kolada_api");
  if (!is_http_url(c.kolada_api))
    return bad("kolada_api", "expects an https:// address, got \"" + c.kolada_api + "\"");
  {
    const std::string& f = value("log_format");
    if (f == "json") c.log_format = LogFormat::json;
    else if (f == "text") c.log_format = LogFormat::text;
    else return bad("log_format", "expects json or text, got \"" + f + "\"");
  }
  c.log_file = value("log_file");
  for (std::string_view key : {"trusted_proxies", "metrics_allow"}) {
    auto list = jamt::operations::AddressList::parse(value(key));
    if (!list) return bad(key, list.error().message);
    (key == "trusted_proxies" ? c.trusted_proxies : c.metrics_allow) = std::move(*list);
  }
  struct Limit {
    std::string_view key;
    int low, high;
    int ServeConfig::*field;
  };
  for (const Limit& limit : {Limit{"session_idle_minutes", 1, 60 * 24 * 30, &ServeConfig::session_idle_minutes},
                             Limit{"session_max_hours", 1, 24 * 90, &ServeConfig::session_max_hours},
                             Limit{"join_applications_per_hour", 1, 10000, &ServeConfig::join_applications_per_hour},
                             Limit{"applicant_storage_mb", 1, 10000, &ServeConfig::applicant_storage_mb},
                             Limit{"api_token_days", 1, 366, &ServeConfig::api_token_days}}) {
    const std::string& text = value(limit.key);
    auto n = whole_number(text, limit.low, limit.high);
    if (!n)
      return bad(limit.key, "expects a whole number from " + std::to_string(limit.low) + " to " +
                                std::to_string(limit.high) + ", got \"" + text + "\"");
    c.*limit.field = *n;
  }
  return c;
}

}  // namespace jamt::service::operations
