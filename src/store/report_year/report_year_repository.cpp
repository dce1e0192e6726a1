#include "store/report_year/report_year_repository.hpp"

#include <soci/soci.h>

#include "store/base64.hpp"
#include "store/row_values.hpp"

namespace jamt::store {

namespace {

using ll = long long;

const char* kReportColumns = "SELECT id, strategy_id, year, version, title, published_at, published_by";

PublishedReport report_of(const soci::row& r) {
  return PublishedReport{.id = integer(r, 0),
                         .strategy_id = integer(r, 1),
                         .year = static_cast<int>(integer(r, 2)),
                         .version = static_cast<int>(integer(r, 3)),
                         .title = r.get<std::string>(4),
                         .published_at = r.get<std::string>(5),
                         .published_by = r.get<std::string>(6),
                         .document_json = {}};
}

void read_document(soci::session& s, PublishedReport& report) {
  ll id = report.id;
  s << "SELECT document_json FROM published_reports WHERE id = :i", soci::use(id), soci::into(report.document_json);
}

}  // namespace

std::map<std::string, SectionText> section_texts(soci::session& s, std::int64_t strategy_id, int year) {
  ll sid = strategy_id;
  std::map<std::string, SectionText> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, section_id, text, done, updated_by, updated_at FROM report_section_texts "
                    "WHERE strategy_id = :s AND year = :y",
       soci::use(sid), soci::use(year));
  for (const auto& r : rows) {
    SectionText t{.id = integer(r, 0),
                  .strategy_id = strategy_id,
                  .year = year,
                  .section_id = r.get<std::string>(1),
                  .text = r.get<std::string>(2),
                  .done = static_cast<int>(integer(r, 3)) != 0,
                  .updated_by = r.get<std::string>(4),
                  .updated_at = r.get<std::string>(5)};
    out.emplace(t.section_id, std::move(t));
  }
  return out;
}

SectionText save_section_text(soci::session& s, const SectionText& t) {
  ll sid = t.strategy_id;
  int year = t.year, done = t.done ? 1 : 0;
  ll id = 0;
  soci::indicator found = soci::i_null;
  s << "SELECT id FROM report_section_texts WHERE strategy_id = :s AND year = :y AND section_id = :c", soci::use(sid),
      soci::use(year), soci::use(t.section_id), soci::into(id, found);
  if (s.got_data() && found == soci::i_ok) {
    s << "UPDATE report_section_texts SET text = :t, done = :d, updated_by = :b, updated_at = :a WHERE id = :i",
        soci::use(t.text), soci::use(done), soci::use(t.updated_by), soci::use(t.updated_at), soci::use(id);
  } else {
    s << "INSERT INTO report_section_texts (strategy_id, year, section_id, text, done, updated_by, updated_at) "
         "VALUES (:s, :y, :c, :t, :d, :b, :a)",
        soci::use(sid), soci::use(year), soci::use(t.section_id), soci::use(t.text), soci::use(done),
        soci::use(t.updated_by), soci::use(t.updated_at);
    s << "SELECT id FROM report_section_texts WHERE strategy_id = :s AND year = :y AND section_id = :c",
        soci::use(sid), soci::use(year), soci::use(t.section_id), soci::into(id);
  }
  SectionText out = t;
  out.id = id;
  return out;
}

int next_report_version(soci::session& s, std::int64_t strategy_id, int year) {
  ll sid = strategy_id;
  int latest = 0;
  soci::indicator ind = soci::i_null;
  s << "SELECT MAX(version) FROM published_reports WHERE strategy_id = :s AND year = :y", soci::use(sid),
      soci::use(year), soci::into(latest, ind);
  return ind == soci::i_ok ? latest + 1 : 1;
}

std::int64_t insert_published_report(soci::session& s, const PublishedReport& report,
                                     const std::vector<PublishedFile>& files) {
  ll sid = report.strategy_id;
  int year = report.year, version = report.version;
  s << "INSERT INTO published_reports (strategy_id, year, version, title, published_at, published_by, document_json) "
       "VALUES (:s, :y, :v, :t, :a, :b, :d)",
      soci::use(sid), soci::use(year), soci::use(version), soci::use(report.title), soci::use(report.published_at),
      soci::use(report.published_by), soci::use(report.document_json);
  ll id = 0;
  s << "SELECT id FROM published_reports WHERE strategy_id = :s AND year = :y AND version = :v", soci::use(sid),
      soci::use(year), soci::use(version), soci::into(id);
  for (const auto& f : files) {
    std::string encoded = to_base64(f.content);
    s << "INSERT INTO published_report_files (report_id, format, content_type, content_base64) "
         "VALUES (:r, :f, :c, :b)",
        soci::use(id), soci::use(f.format), soci::use(f.content_type), soci::use(encoded);
  }
  return id;
}

std::optional<PublishedReport> load_published_report(soci::session& s, std::int64_t id) {
  ll rid = id;
  soci::rowset<soci::row> rows = (s.prepare << std::string(kReportColumns) + " FROM published_reports WHERE id = :i",
                                  soci::use(rid));
  for (const auto& r : rows) {
    PublishedReport out = report_of(r);
    read_document(s, out);
    return out;
  }
  return std::nullopt;
}

std::vector<PublishedReport> list_published_reports(soci::session& s, std::int64_t strategy_id, int year) {
  ll sid = strategy_id;
  std::vector<PublishedReport> out;
  soci::rowset<soci::row> rows =
      (s.prepare << std::string(kReportColumns) +
                        " FROM published_reports WHERE strategy_id = :s AND year = :y ORDER BY version DESC",
       soci::use(sid), soci::use(year));
  for (const auto& r : rows) out.push_back(report_of(r));
  return out;
}

std::optional<PublishedReport> find_published_report(soci::session& s, std::int64_t strategy_id, int year,
                                                     int version) {
  ll sid = strategy_id, id = 0;
  soci::indicator ind = soci::i_null;
  s << "SELECT id FROM published_reports WHERE strategy_id = :s AND year = :y AND version = :v", soci::use(sid),
      soci::use(year), soci::use(version), soci::into(id, ind);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  return load_published_report(s, id);
}

std::optional<PublishedFile> load_published_file(soci::session& s, std::int64_t report_id, const std::string& format) {
  ll rid = report_id;
  PublishedFile f{.format = format, .content_type = {}, .content = {}};
  std::string encoded;
  soci::indicator ind = soci::i_null;
  s << "SELECT content_type, content_base64 FROM published_report_files WHERE report_id = :r AND format = :f",
      soci::use(rid), soci::use(format), soci::into(f.content_type, ind), soci::into(encoded);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  f.content = from_base64(encoded);
  return f;
}

std::vector<std::string> published_formats(soci::session& s, std::int64_t report_id) {
  ll rid = report_id;
  std::vector<std::string> out;
  soci::rowset<std::string> rows =
      (s.prepare << "SELECT format FROM published_report_files WHERE report_id = :r ORDER BY format", soci::use(rid));
  for (const auto& f : rows) out.push_back(f);
  return out;
}

}  // namespace jamt::store
