#include "service/report_year/report_versions.hpp"

#include <nlohmann/json.hpp>

#include "domain/i18n/language.hpp"
#include "domain/i18n/translate.hpp"
#include "service/authorization.hpp"
#include "service/disclosure/audience.hpp"
#include "service/registers/register_service.hpp"
#include "service/report_year/yearly_report.hpp"
#include "store/audit_repository.hpp"
#include "store/strategy_repository.hpp"

namespace jamt::service {

namespace {

constexpr std::size_t kMaxText = 20000;

// The strategy's county and status, or the error to answer with.
struct StrategyFacts {
  std::string county_code;
  StrategyStatus status = StrategyStatus::draft;
  std::string title;
  int start_year = 0;
  int end_year = 0;
};

Result<StrategyFacts> strategy_facts(soci::session& s, std::int64_t id, const std::optional<User>& user) {
  auto strategy = store::load_strategy(s, id);
  if (!strategy || !may_read_strategy(user, strategy->county_code, strategy->status))
    return missing_record_error(user, "strategy");
  return StrategyFacts{.county_code = strategy->county_code,
                       .status = strategy->status,
                       .title = strategy->title,
                       .start_year = strategy->start_year,
                       .end_year = strategy->end_year};
}

Status may_write(store::Database& db, std::int64_t strategy_id, int year, const std::optional<User>& user) {
  return db.read([&](soci::session& s) -> Status {
    auto facts = strategy_facts(s, strategy_id, user);
    if (!facts) return facts.error();
    if (Status allowed = authorize(user, Action::update, Scope{.county_code = facts->county_code}); !allowed)
      return allowed;
    if (year < facts->start_year - 1 || year > facts->end_year + 1)
      return validation_error("Välj ett år inom strategins period " + std::to_string(facts->start_year) + "–" +
                                  std::to_string(facts->end_year) + " (ett år före eller efter går också).",
                              {}, "year");
    return {};
  });
}

bool safe_id(const std::string& id) {
  if (id.empty() || id.size() > 200) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return false;
  return true;
}

nlohmann::json text_json(const store::SectionText& t) {
  return {{"strategy_id", t.strategy_id}, {"year", t.year}, {"section_id", t.section_id}, {"text", t.text},
          {"done", t.done}};
}

// Whether a section with `id` is in `sections` or below.
bool has_section(const std::vector<report_doc::Section>& sections, const std::string& id) {
  for (const auto& s : sections)
    if (s.id == id || has_section(s.children, id)) return true;
  return false;
}

Result<ReportVersion> version_of(soci::session& s, std::int64_t report_id, const std::optional<User>& user) {
  auto report = store::load_published_report(s, report_id);
  if (!report) return missing_record_error(user, "report");
  auto facts = strategy_facts(s, report->strategy_id, user);
  if (!facts) return missing_record_error(user, "report");
  ReportVersion v{.report = *report,
                  .strategy_title = facts->title,
                  .county_code = facts->county_code,
                  .formats = store::published_formats(s, report_id),
                  .previous = std::nullopt,
                  .may_publish = may_write_report(user, facts->county_code)};
  if (report->version > 1)
    v.previous = store::find_published_report(s, report->strategy_id, report->year, report->version - 1);
  return v;
}

}  // namespace

bool may_write_report(const std::optional<User>& user, const std::string& county_code) {
  return authorize(user, Action::update, Scope{.county_code = county_code}).ok();
}

Result<store::SectionText> save_section_text(store::Database& db, std::int64_t strategy_id, int year,
                                             const SectionTextInput& input, const std::optional<User>& user) {
  if (Status allowed = may_write(db, strategy_id, year, user); !allowed) return allowed.error();
  if (!safe_id(input.section_id))
    return validation_error(i18n::tr("Avsnittet finns inte i rapporten (ett avsnitts id består av bokstäver, siffror, - och _)."),
                            {}, "section_id");
  if (input.text.size() > kMaxText)
    return validation_error(i18n::tr("Texten får vara högst 20 000 tecken lång."), {}, "text");
  auto live = yearly_report(db, strategy_id, year, user);
  if (!live) return live.error();
  if (!has_section(live->sections, input.section_id))
    return validation_error("Avsnittet \"" + input.section_id + "\" finns inte i rapporten för " +
                                std::to_string(year) + ".",
                            {}, "section_id");
  std::optional<store::SectionText> out;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto before = store::section_texts(s, strategy_id, year);
    auto old = before.find(input.section_id);
    out = store::save_section_text(s, store::SectionText{.id = 0,
                                                          .strategy_id = strategy_id,
                                                          .year = year,
                                                          .section_id = input.section_id,
                                                          .text = input.text,
                                                          .done = input.done,
                                                          .updated_by = actor_name(user),
                                                          .updated_at = db.clock().now_text()});
    store::append_audit(s, {.actor = actor_name(user),
                            .action = old == before.end() ? "create" : "update",
                            .entity = "report_section",
                            .entity_id = out->id,
                            .before_json = old == before.end() ? std::nullopt
                                                               : std::optional(text_json(old->second).dump()),
                            .after_json = text_json(*out).dump()});
    return {};
  });
  if (!st) return st.error();
  return *out;
}

Result<store::PublishedReport> publish_yearly_report(store::Database& db, std::int64_t strategy_id, int year,
                                                     const ReportRenderer& render, const std::optional<User>& user) {
  if (Status allowed = may_write(db, strategy_id, year, user); !allowed) return allowed.error();
  // A published version is the board's Swedish document, whatever language
  // the person publishing reads the pages in, and it is for the public: built
  // as the public sees it, small counts of persons as ".." (docs/small-numbers.md).
  i18n::LanguageScope swedish(i18n::Language::sv);
  auto document = [&] {
    disclosure::PublicAudience as_public;
    return yearly_report(db, strategy_id, year, user);
  }();
  if (!document) return document.error();
  auto rendered = render(*document);
  if (!rendered) return rendered.error();
  store::PublishedReport report{.id = 0,
                                .strategy_id = strategy_id,
                                .year = year,
                                .version = 0,
                                .title = document->title,
                                .published_at = document->generated_at,
                                .published_by = actor_name(user),
                                .document_json = std::move(rendered->document_json)};
  Status st = db.transaction([&](soci::session& s) -> Status {
    report.version = store::next_report_version(s, strategy_id, year);
    report.id = store::insert_published_report(s, report, rendered->files);
    nlohmann::json formats = nlohmann::json::array();
    for (const auto& f : rendered->files) formats.push_back(f.format);
    store::append_audit(s, {.actor = report.published_by,
                            .action = "create",
                            .entity = "published_report",
                            .entity_id = report.id,
                            .before_json = std::nullopt,
                            .after_json = nlohmann::json{{"strategy_id", strategy_id},
                                                         {"year", year},
                                                         {"version", report.version},
                                                         {"title", report.title},
                                                         {"published_at", report.published_at},
                                                         {"formats", formats}}
                                              .dump()});
    return {};
  });
  if (!st) return st.error();
  return report;
}

Result<LiveReport> live_yearly_report(store::Database& db, std::int64_t strategy_id, int year,
                                      const std::optional<User>& user) {
  auto document = yearly_report(db, strategy_id, year, user);
  if (!document) return document.error();
  LiveReport out{.document = std::move(*document), .county_code = {}, .may_write = false, .versions = {}};
  Status st = db.read([&](soci::session& s) -> Status {
    auto facts = strategy_facts(s, strategy_id, user);
    if (!facts) return facts.error();
    out.county_code = facts->county_code;
    out.may_write = may_write_report(user, facts->county_code);
    out.versions = store::list_published_reports(s, strategy_id, year);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<ReportVersion> published_report(store::Database& db, std::int64_t report_id, const std::optional<User>& user) {
  std::optional<ReportVersion> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto v = version_of(s, report_id, user);
    if (!v) return v.error();
    out = std::move(*v);
    return {};
  });
  if (!st) return st.error();
  return *out;
}

Result<std::vector<store::PublishedReport>> published_reports(store::Database& db, std::int64_t strategy_id, int year,
                                                              const std::optional<User>& user) {
  std::vector<store::PublishedReport> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto facts = strategy_facts(s, strategy_id, user);
    if (!facts) return facts.error();
    out = store::list_published_reports(s, strategy_id, year);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<store::PublishedFile> published_report_file(store::Database& db, std::int64_t report_id,
                                                   const std::string& format, const std::optional<User>& user) {
  std::optional<store::PublishedFile> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto v = version_of(s, report_id, user);
    if (!v) return v.error();
    out = store::load_published_file(s, report_id, format);
    if (!out) return not_found_error("this version was not published as " + format);
    return {};
  });
  if (!st) return st.error();
  return *out;
}

}  // namespace jamt::service
