#pragma once
// JSON and form requests as a signed-in (or anonymous) client sends them,
// for the register HTTP tests.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "test_accounts.hpp"

namespace jamt::testing {

// An HTTP answer reduced to what tests look at.
struct Answer {
  int status = 0;
  nlohmann::json json;  // parsed body, or discarded when it is not JSON
  std::string body;
  std::string location;
};

inline Answer answer_of(const httplib::Result& r) {
  if (!r) {
    ADD_FAILURE() << "no HTTP response";
    return {};
  }
  return {r->status, nlohmann::json::parse(r->body, nullptr, false), r->body, r->get_header_value("Location")};
}

// The headers of `login` (cookie and CSRF token), or none for the public.
inline httplib::Headers headers_of(const TestLogin* login) { return login ? login->headers() : httplib::Headers{}; }

inline Answer get(httplib::Client& c, const std::string& path, const TestLogin* login) {
  return answer_of(c.Get(path, headers_of(login)));
}

inline Answer post_json(httplib::Client& c, const std::string& path, const nlohmann::json& body,
                        const httplib::Headers& headers) {
  return answer_of(c.Post(path, headers, body.dump(), "application/json"));
}

inline Answer patch_json(httplib::Client& c, const std::string& path, const nlohmann::json& body,
                         const httplib::Headers& headers) {
  return answer_of(c.Patch(path, headers, body.dump(), "application/json"));
}

// A form POST with the login's cookie and, unless `with_token` is false, its
// CSRF token as the form field.
inline Answer post_form(httplib::Client& c, const std::string& path, httplib::Params params, const TestLogin& login,
                        bool with_token = true) {
  if (with_token) params.emplace("csrf_token", login.csrf_token);
  return answer_of(c.Post(path, login.cookie_only(), params));
}

// The "field" of an error answer, or "".
inline std::string error_field(const Answer& a) {
  if (!a.json.is_object() || !a.json.contains("error") || !a.json["error"].contains("field")) return "";
  return a.json["error"]["field"].get<std::string>();
}

}  // namespace jamt::testing
