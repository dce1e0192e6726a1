#pragma once
// Reader of a list of people to invite to a survey, pasted or uploaded as
// CSV (docs/surveys.md, "Who answers"): a header row with the columns
// e-post and namn, any further column a profile key ("kön", "sektor",
// "roll", "år"), then one row per person. Bytes in, rows out; addresses
// are checked by the service, which names the row as this reader does.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace jamt::formats {

// One person of the list: `row` the 1-based line of the file it stands on
// (the header is row 1), `profile` the further columns' non-empty values by
// their header text (trimmed, in lower case: "kön" → "kvinna").
struct InvitationRow {
  std::size_t row = 0;
  std::string email{};
  std::string name{};
  std::map<std::string, std::string> profile{};
};

// Reads `bytes` (UTF-8, with or without a byte-order mark; separator ';' or
// ',', whichever the header has more of; RFC 4180 quoting). The header must
// have a column "e-post" (or "epost", "email", "e-mail"); "namn" (or
// "name") is optional; blank lines are skipped; cells are trimmed. All or
// nothing: the first problem is an Error "validation" whose message names
// the row and column in Swedish ("rad 4, kolumn e-post: saknas") and whose
// `field` is "csv". An empty list (only a header) is an error too.
// Thread-safe; keeps no state.
Result<std::vector<InvitationRow>> read_invitation_csv(std::string_view bytes);

}  // namespace jamt::formats
