#include "web/request_auth.hpp"

#include <httplib.h>

#include "web/session.hpp"

namespace jamt::web {

RequestAuth authenticate(const httplib::Request& req, store::Database& db) {
  RequestAuth out;
  if (auto session = current_session(req, db)) {
    out.user = session->user;
    out.csrf_token = session->csrf_token;
  }
  return out;
}

bool csrf_satisfied(const httplib::Request& req, const RequestAuth& auth) {
  if (!auth.user) return false;
  if (auth.via_api_token) return true;
  return csrf_ok(req, service::SessionInfo{*auth.user, auth.csrf_token});
}

}  // namespace jamt::web
