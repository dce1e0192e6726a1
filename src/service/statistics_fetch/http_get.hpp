#pragma once
// A plain HTTP(S) GET through libcurl, for fetching official statistics.
// No retries and no pacing here (see scb_client.hpp); thread-safe (each call
// has its own handle).
#include <chrono>
#include <string>

#include "domain/result.hpp"

namespace jamt::service {

// What a server answered.
struct HttpAnswer {
  int status = 0;           // HTTP status code
  std::string body;         // the body as received
  std::string retry_after;  // the Retry-After header, or empty
};

// GETs `url` (http or https only; redirects are not followed). Any HTTP
// status is an answer; Error "io" (Swedish message naming `url` and curl's
// reason) when no answer came: refused, timed out after `timeout`, bad
// address.
Result<HttpAnswer> http_get(const std::string& url, std::chrono::seconds timeout = std::chrono::seconds(120));

}  // namespace jamt::service
