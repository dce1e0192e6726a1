#pragma once
// The strategist's work on the yearly report (issue 14, item 1): her text
// and sign-off per section, publishing a frozen version, and reading the
// published versions. Every change is audited ("report_section",
// "published_report"). docs/report-year.md.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/report/report_document.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "store/database.hpp"
#include "store/report_year/report_year_repository.hpp"

namespace jamt::service {

// A published version (without its files), and one of its files, as the
// store keeps them.
using PublishedReport = store::PublishedReport;
using PublishedFile = store::PublishedFile;

// What the strategist sends for one section.
struct SectionTextInput {
  std::string section_id{};  // a section id of the report (letters, digits, '-', '_')
  std::string text{};        // at most 20 000 characters; may be empty
  bool done = false;
};

// Saves the text and done flag of one section of strategy `strategy_id`'s
// report for `year`, audited as "report_section" with before and after.
// Who may: the strategists of the strategy's county and admins. Errors
// "unauthorized", "forbidden", "not_found" (no strategy, or one the user may
// not read), "validation" (field "section_id", "text" or "year").
Result<store::SectionText> save_section_text(store::Database& db, std::int64_t strategy_id, int year,
                                             const SectionTextInput& input, const std::optional<User>& user);

// The frozen data and files of a document being published: the report
// document as report_doc JSON and the files (html, json, xlsx; pdf once the
// PDF renderer is merged). Made by the caller from report/document/, which
// this layer may not use.
struct RenderedReport {
  std::string document_json{};
  std::vector<store::PublishedFile> files{};
};
// Fails only when a renderer fails (XLSX); the error is returned as is.
using ReportRenderer = std::function<Result<RenderedReport>(const report_doc::Document&)>;

// Builds the live report (yearly_report), renders it with `render` and
// stores it as the next version of (strategy_id, year), published now by
// `user`; audited as "published_report". Who may: as save_section_text.
// Errors as yearly_report and save_section_text.
Result<store::PublishedReport> publish_yearly_report(store::Database& db, std::int64_t strategy_id, int year,
                                                     const ReportRenderer& render, const std::optional<User>& user);

// A published version with what a page about it needs.
struct ReportVersion {
  store::PublishedReport report{};
  std::string strategy_title{};
  std::string county_code{};
  std::vector<std::string> formats{};              // the files it was published as
  std::optional<store::PublishedReport> previous{};  // the version before it, with its document
  bool may_publish = false;                        // the user may publish a new version
};

// Version `report_id`. Who may: anyone, the public included, when the
// strategy is adopted or archived; the readers of a draft otherwise
// (may_read_strategy). Error "not_found" (also for a version the user may
// not read, "unauthorized" for the public then).
Result<ReportVersion> published_report(store::Database& db, std::int64_t report_id, const std::optional<User>& user);

// The versions of (strategy_id, year), newest first (without documents).
// Who may: as published_report. Errors "not_found"/"unauthorized".
Result<std::vector<store::PublishedReport>> published_reports(store::Database& db, std::int64_t strategy_id, int year,
                                                              const std::optional<User>& user);

// The file of version `report_id` in `format`. Errors as published_report,
// and "not_found" when it was not published in that format.
Result<store::PublishedFile> published_report_file(store::Database& db, std::int64_t report_id,
                                                   const std::string& format, const std::optional<User>& user);

// The live report with what its page needs besides the document.
struct LiveReport {
  report_doc::Document document{};
  std::string county_code{};
  bool may_write = false;  // the user may write texts and publish
  std::vector<store::PublishedReport> versions{};  // of this year, newest first
};

// The live report of (strategy_id, year) for its page. Errors as
// yearly_report.
Result<LiveReport> live_yearly_report(store::Database& db, std::int64_t strategy_id, int year,
                                      const std::optional<User>& user);

// Whether `user` may write and publish the reports of a strategy of
// `county_code`: the county's strategists and admins.
bool may_write_report(const std::optional<User>& user, const std::string& county_code);

}  // namespace jamt::service
