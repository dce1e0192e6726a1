#pragma once
// Understanding what a user pastes as a statistics source: the address of a
// table in Statistics Sweden's PxWebApi 2 (its data or metadata address, or
// the table's own), a Kolada v3 data address, or a bare Kolada KPI id; and a
// selection of value codes per variable. Pure functions, no network.
#include <string>
#include <utility>
#include <vector>

#include "domain/result.hpp"
#include "service/statistics_fetch/fetch_settings.hpp"

namespace jamt::service {

// Value codes chosen per variable, in the order given; a variable not named
// is taken whole.
using Selection = std::vector<std::pair<std::string, std::vector<std::string>>>;

// What an address names.
struct SourceAddress {
  std::string kind;       // "scb" or "kolada"
  std::string base_url;   // the configured endpoint it starts with
  std::string table_id;   // "TAB638" or "N00945"
  Selection selection{};  // from the address's valueCodes[…] or path segments
};

// Parses `address`, which must start with one of `endpoints` (so the server
// only ever fetches from the configured services):
//  - SCB: BASE/tables/ID[/data|/metadata][?…valueCodes[VAR]=c1,c2…];
//  - Kolada: BASE/data/kpi/ID[/municipality/IDS][/year/YEARS], or just the
//    KPI id ("N00945", a letter and five digits).
// Error "validation" with field "address" and a Swedish message naming what
// is wrong and which addresses are accepted.
Result<SourceAddress> parse_source_address(const std::string& address, const FetchEndpoints& endpoints);

// Parses a selection typed as "VAR=c1,c2" entries separated by ";" or new
// lines (blanks around names and codes ignored). Error "validation" with
// field "selection" naming the entry that lacks "=" or codes, or a variable
// given twice.
Result<Selection> parse_selection(const std::string& text);

// The selection written back as "VAR=c1,c2;VAR2=c3" (empty for none).
std::string selection_text(const Selection& selection);

// `extra` over `base`: a variable in both takes `extra`'s codes.
Selection merge_selection(Selection base, const Selection& extra);

}  // namespace jamt::service
