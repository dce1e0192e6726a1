#include "store/statistics_fetch/source_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"
#include "store/row_values.hpp"

namespace jamt::store {

namespace {

const char* kSourceColumns =
    "id, county_code, kind, address, base_url, table_id, selection, measure_code, schedule, created_by, "
    "created_at, last_fetched_at, last_result, last_ok, content_sha";

StatisticsSource source_from(const soci::row& r) {
  StatisticsSource src;
  src.id = integer(r, 0);
  src.county_code = r.get<std::string>(1);
  src.kind = r.get<std::string>(2);
  src.address = r.get<std::string>(3);
  src.base_url = r.get<std::string>(4);
  src.table_id = r.get<std::string>(5);
  src.selection = r.get<std::string>(6);
  src.measure_code = r.get<std::string>(7);
  src.schedule = r.get<std::string>(8);
  src.created_by = r.get<std::string>(9);
  src.created_at = r.get<std::string>(10);
  src.last_fetched_at = optional_text(r, 11);
  src.last_result = optional_text(r, 12);
  if (r.get_indicator(13) != soci::i_null) src.last_ok = integer(r, 13) != 0;
  src.content_sha = optional_text(r, 14);
  return src;
}

}  // namespace

std::int64_t insert_source(soci::session& s, const StatisticsSource& src) {
  long long id = 0;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO statistics_sources (county_code, kind, address, base_url, table_id, selection, measure_code, "
       "schedule, created_by, created_at) VALUES (:cc, :k, :a, :b, :t, :se, :m, :sc, :by, :at) RETURNING id",
      soci::use(src.county_code), soci::use(src.kind), soci::use(src.address), soci::use(src.base_url),
      soci::use(src.table_id), soci::use(src.selection), soci::use(src.measure_code), soci::use(src.schedule),
      soci::use(src.created_by), soci::use(now), soci::into(id);
  return id;
}

std::optional<StatisticsSource> find_source(soci::session& s, std::int64_t id) {
  long long key = id;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT " << kSourceColumns << " FROM statistics_sources WHERE id = :i", soci::use(key));
  for (const auto& r : rows) return source_from(r);
  return std::nullopt;
}

std::vector<StatisticsSource> list_sources(soci::session& s, const std::vector<std::string>& counties) {
  std::vector<StatisticsSource> out;
  soci::rowset<soci::row> rows = (s.prepare << "SELECT " << kSourceColumns << " FROM statistics_sources ORDER BY id");
  for (const auto& r : rows) {
    StatisticsSource src = source_from(r);
    bool visible = counties.empty();
    for (const auto& c : counties) visible = visible || c == src.county_code;
    if (visible) out.push_back(std::move(src));
  }
  return out;
}

std::int64_t record_fetch(soci::session& s, const SourceFetch& f, const std::optional<std::string>& content_sha) {
  long long id = 0, source = f.source_id, cells = f.cells, batch = f.batch_id.value_or(0);
  int ok = f.ok ? 1 : 0, calls = f.calls;
  soci::indicator batch_ind = f.batch_id ? soci::i_ok : soci::i_null;
  s << "INSERT INTO statistics_fetches (source_id, started_at, finished_at, fetched_by, ok, result, batch_id, calls, "
       "cells) VALUES (:s, :st, :fi, :by, :ok, :r, :b, :ca, :ce) RETURNING id",
      soci::use(source), soci::use(f.started_at), soci::use(f.finished_at), soci::use(f.fetched_by), soci::use(ok),
      soci::use(f.result), soci::use(batch, batch_ind), soci::use(calls), soci::use(cells), soci::into(id);
  s << "UPDATE statistics_sources SET last_fetched_at = :at, last_result = :r, last_ok = :ok WHERE id = :s",
      soci::use(f.finished_at), soci::use(f.result), soci::use(ok), soci::use(source);
  if (content_sha)
    s << "UPDATE statistics_sources SET content_sha = :h WHERE id = :s", soci::use(*content_sha), soci::use(source);
  return id;
}

std::vector<SourceFetch> list_fetches(soci::session& s, std::int64_t source_id, int limit) {
  long long key = source_id;
  std::vector<SourceFetch> out;
  soci::rowset<soci::row> rows =
      (s.prepare << "SELECT id, source_id, started_at, finished_at, fetched_by, ok, result, batch_id, calls, cells "
                    "FROM statistics_fetches WHERE source_id = :s ORDER BY id DESC",
       soci::use(key));
  for (const auto& r : rows) {
    if (static_cast<int>(out.size()) >= limit) break;
    SourceFetch f;
    f.id = integer(r, 0);
    f.source_id = integer(r, 1);
    f.started_at = r.get<std::string>(2);
    f.finished_at = r.get<std::string>(3);
    f.fetched_by = r.get<std::string>(4);
    f.ok = integer(r, 5) != 0;
    f.result = r.get<std::string>(6);
    if (r.get_indicator(7) != soci::i_null) f.batch_id = integer(r, 7);
    f.calls = static_cast<int>(integer(r, 8));
    f.cells = integer(r, 9);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace jamt::store
