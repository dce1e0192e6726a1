#pragma once
// The request log (docs/operations.md, "Logs"): one line per request — a
// JSON object by default — on standard error or appended to a file, with the
// request id that the answer's X-Request-Id also carries. The Dispatcher
// writes it; handlers only note who the user was.
#include <cstdint>
#include <string>

#include "domain/result.hpp"

namespace jamt::web {

// Where and how request lines go.
struct RequestLogOptions {
  bool json = true;   // false: one line of text "GET /path 200 1.2 ms id=… user=…"
  std::string file;   // "" for standard error; else appended to (created if missing)
};

// Makes `options` the request log of the process (default: JSON on standard
// error). Error "io" naming the file when it cannot be opened for appending.
// Thread-safe.
Status configure_request_log(const RequestLogOptions& options);

// What one request line says.
struct RequestLogEntry {
  std::string time;        // UTC, "2026-03-31T10:00:00.123Z" (the system clock: when it happened)
  std::string request_id;
  std::string method;
  std::string path;
  std::string route;       // the route table's pattern; "" when no route matched
  int status = 0;
  double duration_ms = 0;  // from the request read whole to the answer built
  std::int64_t user_id = 0;  // 0: nobody signed in (or the handler did not ask)
  std::string client;      // the client's address (after trusted proxies)
  std::string error;       // what went wrong for a 5xx, "" otherwise
};

// The line for `entry` without its newline: a JSON object with the keys
// time, level ("info", "warning" for 4xx, "error" for 5xx), request_id,
// method, path, route, status, duration_ms, client, and user_id and error
// when set; or the text form.
std::string request_log_line(const RequestLogEntry& entry, bool json);

// Writes `entry` to the request log as one line. Thread-safe.
void log_request(const RequestLogEntry& entry);

// Notes the signed-in user of the request this thread is handling (called
// where a session or API token is found), for its log line.
void note_request_user(std::int64_t user_id);
// The user noted since the last reset_request_user() on this thread (0: none).
std::int64_t noted_request_user();
// Forgets the noted user (at the start of each request).
void reset_request_user();

}  // namespace jamt::web
