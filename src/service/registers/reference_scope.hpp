#pragma once
// Checking a record's references against the caller's scope before anything
// about the referenced records is revealed (issue 9, items 5 and 14): a
// reference to a record the caller may not read is answered exactly like a
// reference to a record that does not exist.
#include <optional>
#include <vector>

#include "domain/account.hpp"
#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"

namespace soci {
class session;
}

namespace jamt::service {

// For every reference field of `record` (of `spec`) that is set and, on an
// update (`before` given), changed: a validation Error "<label>: finns inte"
// naming the field when the referenced record does not exist or `user` may
// not read it (may_reference). Each such field is emptied in `record`, so
// that later checks and derived values learn nothing from it. Returns the
// errors, empty when every reference is in scope. Throws soci errors.
std::vector<Error> check_references(soci::session& s, const registers::EntitySpec& spec, registers::Record& record,
                                    const registers::Record* before, const std::optional<User>& user);

// True when a reference field of `record` (as registers::check_record left
// it, of `spec`) holds something that is not an id: the later checks,
// derived values and scopes read references as ids, so such a record goes
// back with its errors before them. An empty reference is not malformed
// (a missing required one is reported with the other errors, after the
// authorisation checks).
bool malformed_reference(const registers::EntitySpec& spec, const registers::Record& record);

}  // namespace jamt::service
