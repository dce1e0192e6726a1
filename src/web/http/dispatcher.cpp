#include "web/http/dispatcher.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <spdlog/spdlog.h>

#include <mutex>
#include <random>

#include "domain/i18n/language.hpp"
#include "domain/utc_time.hpp"
#include "domain/i18n/translate.hpp"
#include "service/disclosure/audience.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_context.hpp"
#include "web/http/page_language.hpp"
#include "web/http/page_viewer.hpp"
#include "web/http/session.hpp"
#include "web/http/request_decoding.hpp"
#include "web/http/security_headers.hpp"
#include "web/http/spooled_body.hpp"
#include "web/http/request_log.hpp"
#include "web/http/request_metrics.hpp"
#include "web/http/request_origin.hpp"

namespace jamt::web {

namespace {

bool is_api(const std::string& path) { return path.rfind("/api/", 0) == 0; }

// Answers with `message`: JSON on /api/ paths, an HTML page otherwise.
void send_message(const std::string& path, Response& res, const Message& message, const std::string& detail_en = {},
                  const std::string& detail_sv = {}) {
  res.status = message.status;
  if (is_api(path)) {
    send_json_error(res, message.status, std::string(message.code),
                    detail_en.empty() ? std::string(message.en) : detail_en);
  } else {
    const std::string sv = detail_sv.empty() ? i18n::tr(message.sv) : detail_sv;
    res.set_content(render_error_page(message.status, sv, sv), "text/html; charset=utf-8");
  }
}

// The 500 a client sees: nothing internal, only the request id to quote
// to support (the details are in the log under that id).
void send_internal(const Request& req, Response& res) {
  if (is_api(req.path)) return send_internal_error(res, req.request_id);
  const std::string sv = i18n::tr(messages::internal.sv) + " " + i18n::trf("(Felkod för supporten: {1})", {req.request_id});
  res.status = 500;
  res.set_content(render_error_page(500, sv, sv), "text/html; charset=utf-8");
}

// Runs `step` (a route's handler or admission) for `req`; an exception
// becomes the 500 in `res`, is logged under the request id with `doing`, and
// its text is returned ("" when nothing was thrown).
template <typename Step>
std::string run_guarded(const Request& req, Response& res, const char* doing, Step&& step) {
  std::string error;
  try {
    step();
    return error;
  } catch (const std::exception& e) {
    error = e.what();
  } catch (...) {
    error = "unknown exception";
  }
  spdlog::error("request {}: {} {}: {}{}", req.request_id, req.method, req.path, doing, error);
  res = Response{};
  send_internal(req, res);
  return error;
}

// A handler's error status without a body gets the page (or JSON error)
// users would otherwise miss.
void fill_empty_error(const Request& req, Response& res) {
  if (res.status < 400 || !res.body.empty()) return;
  if (res.status >= 500) return send_internal(req, res);
  const std::string& path = req.path;
  if (res.status == 404) return send_message(path, res, messages::no_such_page, "no such resource: " + path);
  Message failed = messages::request_failed;
  failed.status = res.status;
  send_message(path, res, failed);
}

std::string join_methods(const std::vector<Method>& methods) {
  std::string out;
  for (auto m : methods) out += (out.empty() ? "" : ", ") + std::string(method_name(m));
  return out;
}

std::string path_of(const std::string& target) {
  return percent_decode(std::string_view(target).substr(0, target.find('?')), false);
}

bool starts_with_ci(const std::string& text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

// Fills path, query, params and parts from the target and the body.
// Returns an error message for a multipart body that cannot be read.
std::optional<Error> decode(Request& req, const std::string& target) {
  auto q = target.find('?');
  req.path = path_of(target);
  if (q != std::string::npos) req.query = parse_query(std::string_view(target).substr(q + 1));
  req.params = req.query;
  const std::string type = req.get_header_value("Content-Type");
  if (!req.body_path.empty()) {
    // A body streamed to disk: its parts go to files beside it.
    if (starts_with_ci(type, "multipart/form-data")) {
      const std::string folder = req.body_path.substr(0, req.body_path.rfind('/'));
      auto parts = parse_multipart_file(req.body_path, header_parameter(type, "boundary"), folder);
      if (!parts) return parts.error();
      req.parts = std::move(*parts);
      return std::nullopt;
    }
    // Anything else on such a route is a plain form: small, read into memory.
    std::error_code ec;
    const auto size = std::filesystem::file_size(req.body_path, ec);
    if (ec || size > kDefaultMaxBody)
      return Error{ErrorKind::parse, "a body without files may have at most " + std::to_string(kDefaultMaxBody) + " bytes",
                   {}, {}};
    std::ifstream in(req.body_path, std::ios::binary);
    req.body.assign(static_cast<std::size_t>(size), '\0');
    in.read(req.body.data(), static_cast<std::streamsize>(req.body.size()));
  }
  if (starts_with_ci(type, "application/x-www-form-urlencoded")) {
    for (auto& [name, value] : parse_query(req.body)) req.params.emplace(name, value);
  } else if (starts_with_ci(type, "multipart/form-data")) {
    auto parts = parse_multipart(req.body, header_parameter(type, "boundary"));
    if (!parts) return parts.error();
    req.parts = std::move(*parts);
    req.body.clear();
  }
  return std::nullopt;
}

// A new request id: 16 random hexadecimal digits, so that ids from several
// servers behind one proxy do not collide.
std::string new_request_id() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  return fmt::format("{:016x}", random());
}

// The UTC time now with milliseconds, for log lines (when it happened, so
// the system's clock rather than the settable one).
std::string log_time() {
  const auto now = std::chrono::system_clock::now();
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::string seconds = utc_text(std::chrono::floor<std::chrono::seconds>(now));  // "…T10:00:00Z"
  return fmt::format("{}.{:03d}Z", seconds.substr(0, seconds.size() - 1), ms);
}

std::string trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

namespace {
std::mutex options_mutex;
DispatchOptions& process_options() {
  static DispatchOptions options;
  return options;
}
}  // namespace

void set_dispatch_options(const DispatchOptions& options) {
  std::lock_guard lock(options_mutex);
  process_options() = options;
}

DispatchOptions dispatch_options() {
  std::lock_guard lock(options_mutex);
  return process_options();
}

bool well_formed_request_id(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const operations::AddressList& trusted_proxies) {
  if (!trusted_proxies.contains(peer)) return peer;
  std::string client = peer;
  std::string_view rest = forwarded_for;
  while (!rest.empty()) {
    const auto comma = rest.rfind(',');
    const std::string entry = trim_spaces(comma == std::string_view::npos ? rest : rest.substr(comma + 1));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(0, comma);
    if (!operations::parse_address(entry)) break;  // not an address: believe nothing further left
    client = entry;
    if (!trusted_proxies.contains(entry)) break;
  }
  return client;
}

Dispatcher::Dispatcher(std::vector<Route> routes, ViewerOf viewer_of, DispatchOptions options)
    : router_(std::move(routes)), viewer_of_(std::move(viewer_of)), options_(std::move(options)) {}

void Dispatcher::identify(Request& req) const {
  RequestOrigin origin{.peer = req.remote_addr, .scheme = "http", .monitoring_allowed = false};
  const bool via_trusted_proxy = options_.trusted_proxies.contains(origin.peer);
  // Only a trusted proxy names the request (so its log and ours share the
  // id); a client could otherwise pass another request's id as its own.
  const std::string asked_id = via_trusted_proxy ? req.get_header_value("X-Request-Id") : std::string();
  req.request_id = well_formed_request_id(asked_id) ? asked_id : new_request_id();
  const std::string forwarded_for = req.get_header_value("X-Forwarded-For");
  req.remote_addr = client_address(origin.peer, forwarded_for, options_.trusted_proxies);
  if (via_trusted_proxy && req.get_header_value("X-Forwarded-Proto") == "https") origin.scheme = "https";
  // Behind a proxy that is not trusted every client would look like it.
  const bool forwarded_untrusted = !forwarded_for.empty() && !via_trusted_proxy;
  origin.monitoring_allowed = !forwarded_untrusted && (operations::is_loopback(req.remote_addr) ||
                                                       options_.metrics_allow.contains(req.remote_addr));
  set_request_origin(std::move(origin));
}

std::size_t Dispatcher::body_limit(const std::string& method, const std::string& target) const {
  auto m = parse_method(method);
  auto match = m ? router_.find(*m, path_of(target)) : std::nullopt;
  return match ? match->route->max_body : kDefaultMaxBody;
}

BodyStore Dispatcher::body_store(const std::string& method, const std::string& target) const {
  auto m = parse_method(method);
  auto match = m ? router_.find(*m, path_of(target)) : std::nullopt;
  return match ? match->route->body_store : BodyStore::memory;
}

std::function<RequestAuth()> Dispatcher::page_viewer_lookup(const Request& req) const {
  if (!viewer_of_) return {};
  return [this, &req] { return viewer_of_(req); };
}

Response Dispatcher::handle(Request req, const std::string& target) const {
  const Started started = std::chrono::steady_clock::now();
  reset_request_user();
  const PageViewerScope viewer_scope(page_viewer_lookup(req));
  identify(req);
  Response res;
  auto bad = decode(req, target);
  // ?lang= wins over the remembered choice, which wins over the browser's
  // header (docs/i18n.md); a valid ?lang= is remembered in a cookie.
  const std::string asked = req.query.count("lang") ? req.query.find("lang")->second : std::string();
  const auto language =
      i18n::negotiate(asked, cookie_value(req, kLanguageCookie), req.get_header_value("Accept-Language"));
  i18n::LanguageScope language_scope(language);
  PageAddressScope address_scope(req.path, req.query);
  if (i18n::parse_language(asked))
    res.set_header("Set-Cookie", std::string(kLanguageCookie) + "=" + std::string(i18n::code(language)) +
                                     "; Path=/; SameSite=Lax; Max-Age=31536000");
  if (bad) {
    send_message(req.path, res, messages::request_failed, bad->message,
                 i18n::trf("Formuläret kunde inte läsas: {1}.", {bad->message}));
    finish(req, res, {}, started);
    return res;
  }
  if (auto field = first_invalid_utf8(req)) {
    const Message invalid{.status = 400, .code = "invalid_utf8", .sv = "", .en = ""};
    send_message(req.path, res, invalid, "parameter \"" + *field + "\" is not valid UTF-8 text",
                 i18n::trf("Fältet ”{1}” innehåller tecken som inte är giltig UTF-8-text.", {*field}));
    finish(req, res, {}, started);
    return res;
  }
  auto method = parse_method(req.method);
  auto match = method ? router_.find(*method, req.path) : std::nullopt;
  std::string route;
  std::string error;
  if (!match) {
    auto allowed = router_.allowed_methods(req.path);
    if (allowed.empty()) {
      send_message(req.path, res, messages::no_such_page, "no such resource: " + req.path);
    } else {
      send_message(req.path, res, messages::method_not_allowed);
      res.set_header("Allow", join_methods(allowed));
    }
  } else {
    route = match->route->pattern;
    req.matches = std::move(match->captures);
    service::disclosure::AudienceScope audience([this, &req]() -> std::optional<User> {
      return viewer_of_ ? viewer_of_(req).user : std::nullopt;
    });
    error = run_guarded(req, res, "", [&] { match->route->handler(req, res); });
    fill_empty_error(req, res);
  }
  finish(req, res, route, started, error);
  return res;
}

std::optional<Response> Dispatcher::admit(Request req, const std::string& target) const {
  auto method = parse_method(req.method);
  auto match = method ? router_.find(*method, path_of(target)) : std::nullopt;
  if (!match || !match->route->admit) return std::nullopt;
  const Started started = std::chrono::steady_clock::now();
  reset_request_user();
  const PageViewerScope viewer_scope(page_viewer_lookup(req));
  identify(req);
  req.path = path_of(target);
  const auto q = target.find('?');
  if (q != std::string::npos) req.query = parse_query(std::string_view(target).substr(q + 1));
  req.matches = std::move(match->captures);
  i18n::LanguageScope language_scope(
      i18n::negotiate("", cookie_value(req, kLanguageCookie), req.get_header_value("Accept-Language")));
  PageAddressScope address_scope(req.path, req.query);
  Response res;
  bool go_on = false;
  const std::string error =
      run_guarded(req, res, "admitting the upload: ", [&] { go_on = match->route->admit(req, res); });
  if (go_on) return std::nullopt;
  fill_empty_error(req, res);
  finish(req, res, match->route->pattern, started, error);
  return res;
}

Response Dispatcher::refuse(const std::string& method, const std::string& target, const Message& message,
                            const std::string& detail_en) const {
  const Started started = std::chrono::steady_clock::now();
  Request req;
  req.method = method;
  req.path = path_of(target);
  req.request_id = new_request_id();
  Response res;
  send_message(req.path, res, message, detail_en);
  finish(req, res, {}, started);
  return res;
}

void Dispatcher::finish(const Request& req, Response& res, const std::string& route, Started started,
                        const std::string& error) const {
  res.set_header("X-Request-Id", req.request_id);
  add_security_headers(res);
  // Pages differ by the language chosen by cookie or header.
  if (!is_api(req.path)) res.set_header("Vary", "Accept-Language, Cookie");
  res.set_header("Cache-Control", cache_policy(req, res));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  request_metrics().record(req.method, route, res.status, seconds);
  log_request(RequestLogEntry{.time = log_time(),
                              .request_id = req.request_id,
                              .method = req.method,
                              .path = req.path,
                              .route = route,
                              .status = res.status,
                              .duration_ms = seconds * 1000.0,
                              .user_id = noted_request_user(),
                              .client = req.remote_addr,
                              .error = error});
}

}  // namespace jamt::web
