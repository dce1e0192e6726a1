#pragma once
// Queries of the county portal (/lan/{code}, issue 15 item 1) that no other
// repository has: the latest published follow-up report of a county.
#include <cstdint>
#include <optional>
#include <string>

#include <soci/soci.h>

namespace jamt::store {

// A published follow-up report as the portal links to it.
struct PortalReport {
  std::int64_t id = 0;
  std::int64_t strategy_id = 0;
  int year = 0;
  int version = 0;
  std::string title{};
  std::string published_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
};

// The newest published report (highest year, then version, then id) of a
// strategy of `county_code` that the public may read (adopted or archived),
// or nullopt when there is none. Throws soci::soci_error on a database
// failure (the caller's transaction turns it into an Error).
std::optional<PortalReport> latest_public_report(soci::session& s, const std::string& county_code);

}  // namespace jamt::store
