#pragma once
// The board's queue of pending applications to join (status "ansokt") and
// clearing it in one step (issue 16, item 4): rejecting every pending
// application of a county received in a chosen period, or those chosen,
// with one reason, in one transaction.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "service/registers/register_service.hpp"

namespace jamt::service {

// The pending applications of `county_code`, oldest first, for one who may
// decide on them (the county's strategists, admins). Errors:
// "unauthorized", "forbidden", "not_found" for an unknown county.
Result<std::vector<registers::Record>> pending_applications(store::Database& db, const std::string& county_code,
                                                            const std::optional<User>& user);

// Which pending applications to reject.
struct BulkRejection {
  std::string county_code;
  // Received (applied_on) from `from` to `to`, both included, "YYYY-MM-DD";
  // "" leaves that end open. Used when `ids` is empty.
  std::string from{};
  std::string to{};
  // These applications (each must be pending in the county), if any.
  std::vector<std::int64_t> ids{};
  std::string reason{};  // required, at most 2000 characters
};

// Rejects the chosen pending applications in one transaction: each as
// reject_joining does (status "avslagen", decided today, the reason), each
// with its audit entry "reject". All or nothing. Returns how many.
// Errors: "validation" (fields from, to, reason; "ids" when a chosen id is
// not a pending application of the county; "selection" when nothing matches),
// "unauthorized", "forbidden", "not_found" for an unknown county.
Result<std::size_t> reject_pending_applications(store::Database& db, const BulkRejection& what,
                                                const std::optional<User>& user);

}  // namespace jamt::service
