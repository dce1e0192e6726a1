#pragma once
// Storage of statistics sources (an official table or KPI that Jämt fetches
// and keeps current, docs/statistics-fetch.md) and of the history of their
// fetches. Functions take a session leased by Database::transaction or ::read
// and throw soci errors, which those turn into Errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// One source as stored.
struct StatisticsSource {
  std::int64_t id = 0;
  std::string county_code{};   // whose figures: "" national, else a county code
  std::string kind{};          // "scb" or "kolada"
  std::string address{};       // as pasted
  std::string base_url{};      // "https://api.scb.se/ov0104/v2beta/api/v2", "https://api.kolada.se/v3"
  std::string table_id{};      // SCB table ("TAB638") or Kolada KPI ("N00945")
  std::string selection{};     // "var=c1,c2;var2=c3"; empty: everything
  std::string measure_code{};  // the measure the values go to
  std::string schedule{};      // "manual", "weekly", "monthly"
  std::string created_by{};
  std::string created_at{};
  std::optional<std::string> last_fetched_at{};
  std::optional<std::string> last_result{};  // the sentence the last fetch ended with
  std::optional<bool> last_ok{};
  std::optional<std::string> content_sha{};  // of the data last fetched
};

// One fetch of a source: when, by whom, what came of it.
struct SourceFetch {
  std::int64_t id = 0;
  std::int64_t source_id = 0;
  std::string started_at{};
  std::string finished_at{};
  std::string fetched_by{};
  bool ok = false;
  std::string result{};
  std::optional<std::int64_t> batch_id{};  // the import batch written, if any
  int calls = 0;                          // HTTP requests made
  std::int64_t cells = 0;                 // cells received
};

// Inserts `source` (id and created_at ignored; created_at is now) and
// returns its id.
std::int64_t insert_source(soci::session& s, const StatisticsSource& source);
std::optional<StatisticsSource> find_source(soci::session& s, std::int64_t id);
// Sources ordered by id; with `counties` non-empty only those owned by one of
// them ("" names the national ones).
std::vector<StatisticsSource> list_sources(soci::session& s, const std::vector<std::string>& counties = {});
// Records a finished fetch and sets the source's last_* fields (and its
// content_sha when `content_sha` is given). Returns the fetch's id.
std::int64_t record_fetch(soci::session& s, const SourceFetch& fetch, const std::optional<std::string>& content_sha);
// The fetches of a source, newest first, at most `limit`.
std::vector<SourceFetch> list_fetches(soci::session& s, std::int64_t source_id, int limit = 50);

}  // namespace jamt::store
