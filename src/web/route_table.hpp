#pragma once
// The one route table: every URL Jämt answers, with its method and handler,
// listed in web/route_table.cpp so that a newcomer finds any URL in one file.
// The order of the entries does not matter: the router picks the most
// specific matching pattern (see web/http/router.hpp).
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "web/http/http_types.hpp"

namespace jamt::store {
class Database;
}
namespace jamt::service {
struct MailSetup;
}

namespace jamt::web {

enum class Method { get, post, put, patch, del };

// "GET", "POST", "PUT", "PATCH", "DELETE".
const char* method_name(Method method);

// A handler answers one request; it may throw, and the server turns an
// escaped exception into a logged 500.
using Handler = std::function<void(const Request&, Response&)>;
// Decides from a request's headers alone (no body, no form fields) whether
// its body is worth reading: true to go on; false after filling the answer.
using Admission = std::function<bool(const Request&, Response&)>;

// The largest request body a route accepts unless it says otherwise: login,
// forms and JSON are small.
inline constexpr std::size_t kDefaultMaxBody = 64u << 10;  // 64 KiB
// A strategy sent whole as a document (JSON or a spreadsheet).
inline constexpr std::size_t kStrategyDocumentMaxBody = 1u << 20;  // 1 MiB
// Forms that carry a document (an action plan as PDF).
inline constexpr std::size_t kDocumentMaxBody = 20u << 20;  // 20 MiB
// Statistics files (PX, JSON-stat, CSV), streamed to disk as they arrive.
inline constexpr std::size_t kStatisticsMaxBody = 256u << 20;  // 256 MiB

// Whether a route's body is held in memory or streamed to a temporary file.
enum class BodyStore { memory, disk };

struct Route {
  Method method = Method::get;
  std::string pattern;  // ECMAScript regex matched against the whole path
  Handler handler{};
  // A longer body is refused with 413 before it is read.
  std::size_t max_body = kDefaultMaxBody;
  // BodyStore::disk: the body is written to a temporary file as it arrives
  // (Request::body_path) and its file parts are handed over as files
  // (FormPart::path), so a large upload never sits in memory.
  BodyStore body_store = BodyStore::memory;
  // For a BodyStore::disk route: asked on a worker before the body is read;
  // a request it refuses (someone not signed in, or not allowed) gets its
  // answer and the connection closes, so nothing is spooled for them.
  Admission admit{};
};

// Every route of the application, with handlers bound to `db` and, where
// they send mail, `mail`; both must outlive the routes.
std::vector<Route> route_table(store::Database& db, const service::MailSetup& mail);

}  // namespace jamt::web
