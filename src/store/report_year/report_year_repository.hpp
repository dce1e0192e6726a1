#pragma once
// Storage of the yearly follow-up (migration 27): the strategist's text and
// sign-off per section, and the published versions with their files.
// Functions work on a leased session, inside the caller's transaction, and
// throw soci errors.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// The strategist's text and done flag of one section of one year's report.
struct SectionText {
  std::int64_t id = 0;  // 0 before it is stored
  std::int64_t strategy_id = 0;
  int year = 0;
  std::string section_id{};
  std::string text{};
  bool done = false;
  std::string updated_by{};
  std::string updated_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
};

// Every section text of `strategy_id` in `year`, by section id.
std::map<std::string, SectionText> section_texts(soci::session& s, std::int64_t strategy_id, int year);

// Inserts or replaces the text of (t.strategy_id, t.year, t.section_id);
// returns it as stored (with its id).
SectionText save_section_text(soci::session& s, const SectionText& t);

// One file a version was published as.
struct PublishedFile {
  std::string format{};        // "html", "json", "xlsx" (later "pdf")
  std::string content_type{};  // e.g. "text/html; charset=utf-8"
  std::string content{};       // the bytes
};

// A published version of a strategy's yearly report (without its files).
struct PublishedReport {
  std::int64_t id = 0;  // 0 before it is stored
  std::int64_t strategy_id = 0;
  int year = 0;
  int version = 0;  // 1, 2, … per strategy and year
  std::string title{};
  std::string published_at{};  // UTC "YYYY-MM-DDTHH:MM:SSZ"
  std::string published_by{};
  std::string document_json{};  // the frozen data: report_doc JSON
};

// The next version number of (strategy_id, year): 1 when none is published.
int next_report_version(soci::session& s, std::int64_t strategy_id, int year);

// Stores `report` (its version as given) and its files; returns its id.
std::int64_t insert_published_report(soci::session& s, const PublishedReport& report,
                                     const std::vector<PublishedFile>& files);

// The version with id `id`, or nullopt when there is none.
std::optional<PublishedReport> load_published_report(soci::session& s, std::int64_t id);

// The versions of (strategy_id, year), newest first, without document_json.
std::vector<PublishedReport> list_published_reports(soci::session& s, std::int64_t strategy_id, int year);

// The version of (strategy_id, year) numbered `version`, or nullopt.
std::optional<PublishedReport> find_published_report(soci::session& s, std::int64_t strategy_id, int year,
                                                     int version);

// The file of version `report_id` in `format`, or nullopt when it has none.
std::optional<PublishedFile> load_published_file(soci::session& s, std::int64_t report_id, const std::string& format);

// The formats version `report_id` has files in, in alphabetical order.
std::vector<std::string> published_formats(soci::session& s, std::int64_t report_id);

}  // namespace jamt::store
