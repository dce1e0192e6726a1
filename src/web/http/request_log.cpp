#include "web/http/request_log.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <nlohmann/json.hpp>

namespace jamt::web {

namespace {

struct Log {
  std::mutex mutex;
  RequestLogOptions options{};
  std::FILE* out = nullptr;  // nullptr: stderr
};

Log& the_log() {
  static Log log;
  return log;
}

thread_local std::int64_t request_user = 0;

}  // namespace

Status configure_request_log(const RequestLogOptions& options) {
  std::FILE* file = nullptr;
  if (!options.file.empty()) {
    file = std::fopen(options.file.c_str(), "a");
    if (!file) return Error{ErrorKind::io, "cannot open the log file for appending", options.file, "log_file"};
  }
  Log& log = the_log();
  std::lock_guard lock(log.mutex);
  if (log.out) std::fclose(log.out);
  log.out = file;
  log.options = options;
  return {};
}

namespace {

// `text` with spaces, control characters and '%' as %XX, so that a decoded
// path cannot end a line or forge the fields after it.
std::string one_field(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c <= 0x20 || c == 0x7f || c == '%') out += fmt::format("%{:02X}", c);
    else out += static_cast<char>(c);
  }
  return out;
}

}  // namespace

std::string request_log_line(const RequestLogEntry& e, bool json) {
  const char* level = e.status >= 500 ? "error" : e.status >= 400 ? "warning" : "info";
  if (!json) {
    std::string line = fmt::format("{} {} {} {} {} {:.3f} ms id={}", e.time, level, one_field(e.method),
                                   one_field(e.path), e.status, e.duration_ms, one_field(e.request_id));
    if (e.user_id) line += fmt::format(" user={}", e.user_id);
    if (!e.error.empty()) line += " error=" + nlohmann::json(e.error).dump();
    return line;
  }
  nlohmann::ordered_json j;
  j["time"] = e.time;
  j["level"] = level;
  j["request_id"] = e.request_id;
  j["method"] = e.method;
  j["path"] = e.path;
  j["route"] = e.route.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(e.route);
  j["status"] = e.status;
  j["duration_ms"] = std::round(e.duration_ms * 1000.0) / 1000.0;
  j["client"] = e.client;
  if (e.user_id) j["user_id"] = e.user_id;
  if (!e.error.empty()) j["error"] = e.error;
  // Invalid UTF-8 in a path is replaced rather than thrown over.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void log_request(const RequestLogEntry& entry) {
  Log& log = the_log();
  std::lock_guard lock(log.mutex);
  std::string line = request_log_line(entry, log.options.json);
  line += '\n';
  std::FILE* out = log.out ? log.out : stderr;
  std::fwrite(line.data(), 1, line.size(), out);
  std::fflush(out);
}

void note_request_user(std::int64_t user_id) { request_user = user_id; }
std::int64_t noted_request_user() { return request_user; }
void reset_request_user() { request_user = 0; }

}  // namespace jamt::web
