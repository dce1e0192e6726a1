#pragma once
// Reader of Kolada data responses (api.kolada.se, v2 and v3): key figures
// ("KPI") per municipality or organisational unit, period and gender. What is
// read, and every error message: docs/formats/kolada.md. Bytes in,
// stats::Dataset out; following next-page links is the caller's business.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"

namespace jamt::formats {

// Whether a response is about municipalities (and their groups) or about
// organisational units ("ou", schools, care homes, …).
enum class KoladaUnitKind { municipality, ou };

// One value of a response: a KPI for one unit, period and gender.
struct KoladaObservation {
  std::string kpi;              // "N00945"
  std::string unit;             // municipality id ("0180", "G123") or OU id
  std::string period;           // "2020" (v3 sends a number, v2 a string)
  std::string gender;           // "K" (kvinnor), "M" (män) or "T" (totalt)
  std::optional<double> value;  // nullopt for null
  std::string status;           // "" when none was given
  std::string where;            // JSON path of the value in its page, for messages
};

// One page of a data response.
struct KoladaPage {
  std::string file_name;                      // as given to read_kolada
  KoladaUnitKind unit_kind = KoladaUnitKind::municipality;
  std::vector<KoladaObservation> observations;  // in response order; entries marked deleted are left out
  stats::Dataset dataset;                     // the observations as a cube (see read_kolada)
  std::string next_page;                      // URL of the next page ("next_page" v2, "next_url" v3); empty on the last
  std::string previous_page;                  // likewise ("previous_page" / "previous_url")
  std::optional<std::int64_t> count;          // the envelope's "count", as given (not checked)
};

// Reads one page of a Kolada data response `text` (UTF-8 JSON):
// {"values": [{"kpi", "municipality" | "ou", "period", "values": [{"gender",
// "value", "status", "count", "is_deleted"}]}], "count", "next_page" |
// "next_url", …}. The dataset has the dimensions kpi, municipality (role geo;
// "ou" for OU data), period (role time) and gender (K, M, T in that order,
// those present); categories in order of first appearance, periods sorted.
// A null value becomes status "..", or the entry's own status when it has
// one; a combination without a value gets ".." too (one warning). Entries
// with is_deleted set are left out (one warning). Its id is the stem of
// `file_name`.
//
// On failure the Error's `where` is the JSON path ("$.values[3].values[0].gender")
// and its message says what is wrong, e.g. "gender \"F\" is not a Kolada
// gender code (K, M or T)" or a duplicate naming both places. Invalid JSON
// and arrays or objects nested more than kJsonFileDepthLimit (128) levels
// are refused as parse_json_limited does (where "$", the line and column in
// the message). Thread-safe.
Result<KoladaPage> read_kolada(std::string_view text, const std::string& file_name);

// The observations of all `pages` (of one query, in any order) as one
// dataset, built as read_kolada builds a page's; its id is the first page's.
// Fails when pages mix municipality and OU data or when two pages hold a
// value for the same KPI, unit, period and gender (the Error names both, as
// "file.json $.values[…]"). Warnings of the pages are not repeated.
Result<stats::Dataset> merge_kolada_pages(const std::vector<KoladaPage>& pages);

}  // namespace jamt::formats
