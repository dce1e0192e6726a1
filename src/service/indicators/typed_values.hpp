#pragma once
// Values typed in for an indicator that no register or statistics source
// computes (issue 13, engineer IA): per period women, men and total (any may
// be empty), the source always named, who and when from the Clock.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One period's values as typed in a form or sent by the API: numbers as
// text, Swedish ("12 345,6") or plain ("12345.6"); "" for none.
struct TypedValueInput {
  std::string period{};  // a year, "2018"
  std::string women{};
  std::string men{};
  std::string total{};
  std::string source{};
};

// Every problem of `input`, each an Error "validation" whose field is
// "period", "women", "men", "total" or "source" and whose message is Swedish
// and meant to stand beside that field; empty when it can be saved.
std::vector<Error> check_typed_value(const TypedValueInput& input);

// Saves the values of input.period for indicator `indicator_id`, all or
// nothing, replacing those typed in before for that period, with an audit
// entry (entity "indicator", action "values", before and after). Refuses:
// "not_found" (no indicator the user may see), "unauthorized"/"forbidden"
// (only admins and the strategists of the strategy's county), "validation"
// (the first of check_typed_value's errors, or an indicator bound to a
// source: field "period").
Status save_typed_value(store::Database& db, std::int64_t indicator_id, const TypedValueInput& input,
                        const std::optional<User>& user);

// A number as typed: optional minus, digits with spaces (also no-break) as
// thousands separators, a decimal comma or point. nullopt for anything else.
std::optional<double> parse_typed_number(const std::string& text);

}  // namespace jamt::service
