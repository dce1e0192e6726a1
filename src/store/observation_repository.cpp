#include "store/observation_repository.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>

#include "domain/regions.hpp"
#include "store/database.hpp"
#include "store/reporting/statistics_batch_repository.hpp"
#include "store/statistics_version/measure_data_version.hpp"

namespace jamt::store {

namespace {

using ll = long long;

std::string sex_text(stats::Sex s) { return std::string(stats::to_string(s)); }
stats::Sex sex_from(const std::string& t) {
  return t == "women" ? stats::Sex::women : t == "men" ? stats::Sex::men : stats::Sex::total;
}

stats::Measure read_measure_row(ll id, const std::string& code, const std::string& title, const std::string& unit,
                                const std::string& source, int decimals, int additive) {
  return stats::Measure{id, code, title, unit, source, decimals, additive != 0};
}

std::optional<stats::Measure> find_measure_where(soci::session& s, const std::string& where_sql, auto&& key) {
  ll id = 0;
  std::string code, title, unit, source;
  int decimals = 0, additive = 0;
  s << "SELECT id, code, title, unit, source, decimals, additive FROM measures WHERE " + where_sql, soci::use(key),
      soci::into(id), soci::into(code), soci::into(title), soci::into(unit), soci::into(source), soci::into(decimals),
      soci::into(additive);
  if (!s.got_data()) return std::nullopt;
  return read_measure_row(id, code, title, unit, source, decimals, additive);
}

ImportBatch read_batch(soci::session& s, ll id) {
  ImportBatch b;
  std::string warnings, rb_at, rb_by;
  soci::indicator at_ind, by_ind;
  std::string status;
  s << "SELECT id, file_name, sha256, format, imported_at, imported_by, observations, regions, periods, warnings, "
       "rolled_back_at, rolled_back_by, status, county_code FROM import_batches WHERE id = :id",
      soci::use(id), soci::into(b.id), soci::into(b.file_name), soci::into(b.sha256), soci::into(b.format),
      soci::into(b.imported_at), soci::into(b.imported_by), soci::into(b.observations), soci::into(b.regions),
      soci::into(b.periods), soci::into(warnings), soci::into(rb_at, at_ind), soci::into(rb_by, by_ind),
      soci::into(status), soci::into(b.county_code);
  b.status = status == "complete" ? BatchStatus::complete
             : status == "failed" ? BatchStatus::failed
                                  : BatchStatus::loading;
  auto j = nlohmann::json::parse(warnings, nullptr, false);
  if (j.is_array()) b.warnings = j.get<std::vector<std::string>>();
  if (at_ind == soci::i_ok) b.rolled_back_at = rb_at;
  if (by_ind == soci::i_ok) b.rolled_back_by = rb_by;
  std::string code;
  soci::statement st = (s.prepare << "SELECT m.code FROM batch_measures bm JOIN measures m ON m.id = bm.measure_id "
                                     "WHERE bm.batch_id = :b ORDER BY m.code",
                        soci::use(id), soci::into(code));
  st.execute();
  while (st.fetch()) b.measure_codes.push_back(code);
  return b;
}

std::vector<ll> ids_of(soci::session& s, const std::string& sql, const std::string& param = "") {
  std::vector<ll> out;
  ll id = 0;
  soci::statement st(s);
  st.exchange(soci::into(id));
  if (!param.empty()) st.exchange(soci::use(param));
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.push_back(id);
  return out;
}

}  // namespace

std::string_view to_string(BatchStatus status) {
  switch (status) {
    case BatchStatus::loading:
      return "loading";
    case BatchStatus::complete:
      return "complete";
    case BatchStatus::failed:
      return "failed";
  }
  return "loading";
}

std::int64_t ensure_measure(soci::session& s, const stats::Measure& m, const std::string& county_code) {
  if (auto existing = find_measure_by_code(s, m.code)) return existing->id;
  std::string now = clock_of(s).now_text();
  int additive = m.additive ? 1 : 0;
  ll id = 0;
  s << "INSERT INTO measures (code, title, unit, source, decimals, additive, created_at, updated_at, county_code) "
       "VALUES (:c, :t, :u, :s, :d, :a, :n, :n2, :cc) RETURNING id",
      soci::use(m.code), soci::use(m.title), soci::use(m.unit), soci::use(m.source), soci::use(m.decimals),
      soci::use(additive), soci::use(now), soci::use(now), soci::use(county_code), soci::into(id);
  return id;
}

std::optional<std::string> measure_county(soci::session& s, std::int64_t measure_id) {
  ll id = measure_id;
  std::string county;
  s << "SELECT county_code FROM measures WHERE id = :id", soci::use(id), soci::into(county);
  if (!s.got_data()) return std::nullopt;
  return county;
}

std::int64_t save_measure(soci::session& s, const stats::Measure& m) {
  std::string now = clock_of(s).now_text();
  int additive = m.additive ? 1 : 0;
  auto existing = find_measure_by_code(s, m.code);
  if (existing) {
    ll id = existing->id;
    s << "UPDATE measures SET title = :t, unit = :u, source = :s, decimals = :d, additive = :a, updated_at = :n "
         "WHERE id = :id",
        soci::use(m.title), soci::use(m.unit), soci::use(m.source), soci::use(m.decimals), soci::use(additive),
        soci::use(now), soci::use(id);
    bump_measure_data_version(s, id);
    return id;
  }
  ll id = 0;
  s << "INSERT INTO measures (code, title, unit, source, decimals, additive, created_at, updated_at) "
       "VALUES (:c, :t, :u, :s, :d, :a, :n, :n2) RETURNING id",
      soci::use(m.code), soci::use(m.title), soci::use(m.unit), soci::use(m.source), soci::use(m.decimals),
      soci::use(additive), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

std::optional<stats::Measure> find_measure(soci::session& s, std::int64_t id) {
  ll key = id;
  return find_measure_where(s, "id = :k", key);
}

std::optional<stats::Measure> find_measure_by_code(soci::session& s, const std::string& code) {
  return find_measure_where(s, "code = :k", code);
}

std::vector<stats::Measure> list_measures(soci::session& s) {
  std::vector<stats::Measure> out;
  ll id = 0;
  std::string code, title, unit, source;
  int decimals = 0, additive = 0;
  soci::statement st = (s.prepare << "SELECT id, code, title, unit, source, decimals, additive FROM measures m "
                                     "WHERE EXISTS (SELECT 1 FROM batch_measures bm JOIN import_batches b ON "
                                     "b.id = bm.batch_id WHERE bm.measure_id = m.id AND b.status = 'complete') "
                                     "ORDER BY code",
                        soci::into(id), soci::into(code), soci::into(title), soci::into(unit), soci::into(source),
                        soci::into(decimals), soci::into(additive));
  st.execute();
  while (st.fetch()) out.push_back(read_measure_row(id, code, title, unit, source, decimals, additive));
  return out;
}

std::optional<ImportBatch> find_active_batch_by_sha256(soci::session& s, const std::string& sha256) {
  ll id = 0;
  s << "SELECT id FROM import_batches WHERE sha256 = :h AND status = 'complete' AND rolled_back_at IS NULL "
       "ORDER BY id DESC LIMIT 1",
      soci::use(sha256), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return read_batch(s, id);
}

std::optional<ImportBatch> find_batch(soci::session& s, std::int64_t id_in) {
  ll id = id_in, found = 0;
  s << "SELECT id FROM import_batches WHERE id = :id", soci::use(id), soci::into(found);
  if (!s.got_data()) return std::nullopt;
  return read_batch(s, id);
}

std::vector<ImportBatch> list_batches(soci::session& s, const std::vector<std::string>& counties) {
  std::vector<ll> ids = ids_of(s, "SELECT id FROM import_batches ORDER BY id DESC");
  std::vector<ImportBatch> out;
  for (ll i : ids) {
    ImportBatch b = read_batch(s, i);
    if (counties.empty() || std::find(counties.begin(), counties.end(), b.county_code) != counties.end())
      out.push_back(std::move(b));
  }
  return out;
}

std::int64_t insert_batch(soci::session& s, const ImportBatch& b) {
  std::string now = clock_of(s).now_text();
  std::string warnings = nlohmann::json(b.warnings).dump();
  ll observations = b.observations, id = 0;
  s << "INSERT INTO import_batches (file_name, sha256, format, imported_at, imported_by, observations, regions, "
       "periods, warnings, status, county_code, heartbeat_at) "
       "VALUES (:f, :h, :fo, :at, :by, :o, :r, :p, :w, 'loading', :cc, :hb) RETURNING id",
      soci::use(b.file_name), soci::use(b.sha256), soci::use(b.format), soci::use(now), soci::use(b.imported_by),
      soci::use(observations), soci::use(b.regions), soci::use(b.periods), soci::use(warnings),
      soci::use(b.county_code), soci::use(now), soci::into(id);
  return id;
}

void link_batch_measure(soci::session& s, std::int64_t batch_id, std::int64_t measure_id) {
  ll b = batch_id, m = measure_id;
  s << "INSERT INTO batch_measures (batch_id, measure_id) VALUES (:b, :m)", soci::use(b), soci::use(m);
}

bool complete_batch(soci::session& s, std::int64_t batch_id, std::int64_t observations, int regions, int periods) {
  ll id = batch_id, obs = observations;
  soci::statement st = (s.prepare << "UPDATE import_batches SET observations = :o, regions = :r, periods = :p, "
                                     "status = 'complete' WHERE id = :id AND status = 'loading'",
                        soci::use(obs), soci::use(regions), soci::use(periods), soci::use(id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  bump_batch_data_versions(s, batch_id);
  return true;
}

bool fail_batch(soci::session& s, std::int64_t batch_id) {
  ll id = batch_id;
  soci::statement st = (s.prepare << "UPDATE import_batches SET status = 'failed' WHERE id = :id AND "
                                     "status = 'loading'",
                        soci::use(id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<std::int64_t> stale_loading_batches(soci::session& s, const std::string& cutoff) {
  auto ids = ids_of(s,
                    "SELECT id FROM import_batches WHERE status = 'loading' AND "
                    "(heartbeat_at IS NULL OR heartbeat_at < :c) ORDER BY id",
                    cutoff);
  return {ids.begin(), ids.end()};
}

std::vector<std::int64_t> unpurged_batches(soci::session& s) {
  auto ids = ids_of(s,
                    "SELECT id FROM import_batches WHERE purged_at IS NULL AND "
                    "(status = 'failed' OR rolled_back_at IS NOT NULL) ORDER BY id");
  return {ids.begin(), ids.end()};
}

// --- bulk writer ---

namespace {

// Column buffers of one step's observations.
struct Buffer {
  std::vector<ll> measure;
  std::vector<std::string> region, period, sex, dims, status;
  std::vector<double> value;
  std::vector<soci::indicator> value_ind;
  std::size_t size() const { return measure.size(); }
  void clear() {
    measure.clear(); region.clear(); period.clear(); sex.clear(); dims.clear(); status.clear();
    value.clear(); value_ind.clear();
  }
};

// SQLite: the INSERT bound through SQLite's own API without copying the
// strings (SOCI copies every field of every row), about twice as fast, and
// kMultiRow rows per statement (fewer statement steps; the rest one by one).
constexpr std::size_t kMultiRow = 32;

sqlite_api::sqlite3_stmt* prepare_insert(sqlite_api::sqlite3* conn, std::size_t rows) {
  using namespace sqlite_api;
  std::string sql = "INSERT INTO observations (measure_id, region_code, period, sex, dims, value, status, batch_id) VALUES ";
  for (std::size_t i = 0; i < rows; ++i) sql += i ? ",(?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?)";
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(conn, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string("preparing insert: ") + sqlite3_errmsg(conn));
  return raw;
}

// Foreign-key checks off on a SQLite connection until destroyed. Unlike the
// pragma (a no-op inside a transaction) the connection setting applies at
// once, to statements prepared from then on.
class ForeignKeysOff {
 public:
  // The third argument receives the setting after the call: -1 reads it.
  explicit ForeignKeysOff(sqlite_api::sqlite3* conn) : conn_(conn) {
    sqlite_api::sqlite3_db_config(conn_, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &was_on_);
    int now = 0;
    if (was_on_) sqlite_api::sqlite3_db_config(conn_, SQLITE_DBCONFIG_ENABLE_FKEY, 0, &now);
  }
  ~ForeignKeysOff() {
    int now = 0;
    if (was_on_) sqlite_api::sqlite3_db_config(conn_, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &now);
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

 private:
  sqlite_api::sqlite3* conn_;
  int was_on_ = 1;
};

void insert_sqlite(soci::session& s, const Buffer& b, ll batch_id) {
  using namespace sqlite_api;  // SOCI's wrapping of <sqlite3.h>
  auto* backend = static_cast<soci::sqlite3_session_backend*>(s.get_backend());
  sqlite3* conn = backend->conn_;
  // The rows' references hold by construction: the batch was inserted before
  // its rows and is never deleted, and its measures are linked to it, so no
  // purge deletes them while it loads. Checking them costs two index lookups
  // per row; the rows' own primary key is still checked.
  ForeignKeysOff unchecked(conn);
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> many(prepare_insert(conn, kMultiRow), &sqlite3_finalize);
  std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> one(prepare_insert(conn, 1), &sqlite3_finalize);
  // Binds row i at the statement's row slot `slot`.
  auto bind = [&](sqlite3_stmt* st, int slot, std::size_t i) {
    const int at = slot * 8;
    auto text = [&](int k, const std::string& v) {
      sqlite3_bind_text(st, at + k, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    };
    sqlite3_bind_int64(st, at + 1, b.measure[i]);
    text(2, b.region[i]);
    text(3, b.period[i]);
    text(4, b.sex[i]);
    text(5, b.dims[i]);
    if (b.value_ind[i] == soci::i_ok) sqlite3_bind_double(st, at + 6, b.value[i]);
    else sqlite3_bind_null(st, at + 6);
    text(7, b.status[i]);
    sqlite3_bind_int64(st, at + 8, batch_id);
  };
  auto step = [&](sqlite3_stmt* st) {
    if (sqlite3_step(st) != SQLITE_DONE)
      throw std::runtime_error(std::string("inserting observations: ") + sqlite3_errmsg(conn));
    sqlite3_reset(st);
  };
  std::size_t i = 0;
  for (; i + kMultiRow <= b.size(); i += kMultiRow) {
    for (std::size_t r = 0; r < kMultiRow; ++r) bind(many.get(), static_cast<int>(r), i + r);
    step(many.get());
  }
  for (; i < b.size(); ++i) {
    bind(one.get(), 0, i);
    step(one.get());
  }
}

void insert_rows(soci::session& s, Buffer& b, ll batch_id) {
  if (b.size() == 0) return;
  if (s.get_backend_name() == "sqlite3") {
    insert_sqlite(s, b, batch_id);
  } else {
    std::vector<ll> batch(b.size(), batch_id);
    s << "INSERT INTO observations (measure_id, region_code, period, sex, dims, value, status, batch_id) "
         "VALUES (:m, :r, :p, :s, :d, :v, :st, :b)",
        soci::use(b.measure), soci::use(b.region), soci::use(b.period), soci::use(b.sex), soci::use(b.dims),
        soci::use(b.value, b.value_ind), soci::use(b.status), soci::use(batch);
  }
  std::string now = clock_of(s).now_text();
  s << "UPDATE import_batches SET heartbeat_at = :n WHERE id = :b", soci::use(now), soci::use(batch_id);
}

}  // namespace

struct ObservationWriter::Impl {
  Database& db;
  ll batch_id;
  std::size_t rows_per_step;
  Buffer buffer;

  Status commit_step() {
    if (buffer.size() == 0) return {};
    Status st = db.transaction([&](soci::session& s) -> Status {
      insert_rows(s, buffer, batch_id);
      return {};
    });
    buffer.clear();
    return st;
  }
};

ObservationWriter::ObservationWriter(Database& db, std::int64_t batch_id, std::size_t rows_per_step)
    : impl_(std::make_unique<Impl>(Impl{db, batch_id, rows_per_step == 0 ? kRowsPerStep : rows_per_step, {}})) {}

ObservationWriter::~ObservationWriter() = default;

Status ObservationWriter::add(std::int64_t measure_id, const stats::Observation& o) {
  Buffer& b = impl_->buffer;
  b.measure.push_back(measure_id);
  b.region.push_back(o.region_code);
  b.period.push_back(o.period);
  b.sex.push_back(sex_text(o.sex));
  b.dims.push_back(o.dims);
  b.value.push_back(o.value.value_or(0));
  b.value_ind.push_back(o.value ? soci::i_ok : soci::i_null);
  b.status.push_back(o.status);
  if (b.size() >= impl_->rows_per_step) return impl_->commit_step();
  return {};
}

Status ObservationWriter::finish() { return impl_->commit_step(); }

Status purge_batch(Database& db, std::int64_t batch_id) {
  ll id = batch_id;
  std::vector<ll> measures;
  bool failed = false;
  Status st = db.read([&](soci::session& s) -> Status {
    ll m = 0;
    soci::statement q = (s.prepare << "SELECT measure_id FROM batch_measures WHERE batch_id = :b ORDER BY measure_id",
                         soci::use(id), soci::into(m));
    q.execute();
    while (q.fetch()) measures.push_back(m);
    std::string status;
    s << "SELECT status FROM import_batches WHERE id = :b", soci::use(id), soci::into(status);
    failed = status == "failed";
    return {};
  });
  if (!st) return st;
  // One short transaction per measure and region: the primary key leads with
  // them, so each step reads one region's rows, however large the table.
  for (ll m : measures) {
    for (const auto& region : RegionCatalogue::instance().all()) {
      st = db.transaction([&](soci::session& s) -> Status {
        s << "DELETE FROM observations WHERE measure_id = :m AND region_code = :r AND batch_id = :b", soci::use(m),
            soci::use(region.code), soci::use(id);
        return {};
      });
      if (!st) return st;
    }
  }
  return db.transaction([&](soci::session& s) -> Status {
    for (ll m : measures) bump_measure_data_version(s, m);
    if (failed) {
      s << "DELETE FROM batch_measures WHERE batch_id = :b", soci::use(id);
      for (ll m : measures) {
        ll links = 0;
        s << "SELECT COUNT(*) FROM batch_measures WHERE measure_id = :m", soci::use(m), soci::into(links);
        if (links == 0) s << "DELETE FROM measures WHERE id = :m", soci::use(m);
      }
    }
    std::string now = clock_of(s).now_text();
    s << "UPDATE import_batches SET purged_at = :n WHERE id = :b", soci::use(now), soci::use(id);
    return {};
  });
}

std::optional<std::string> rollback_blocker(soci::session& s, std::int64_t batch_id) {
  auto b = find_batch(s, batch_id);
  if (!b) return "no import batch " + std::to_string(batch_id);
  if (b->rolled_back_at) return "batch " + std::to_string(batch_id) + " was already rolled back " + *b->rolled_back_at;
  if (b->status != BatchStatus::complete)
    return "batch " + std::to_string(batch_id) + " is " + std::string(to_string(b->status)) + ", not complete";
  // An approved report's values leave the statistics only when it is reopened.
  if (is_reporting_batch(s, batch_id))
    return "batch " + std::to_string(batch_id) + " holds an approved report; reopen the report instead";
  ll id = batch_id, later = 0;
  soci::indicator ind;
  s << "SELECT MIN(b.id) FROM import_batches b JOIN batch_measures bm ON bm.batch_id = b.id "
       "WHERE b.id > :b AND b.status = 'complete' AND b.rolled_back_at IS NULL AND bm.measure_id IN "
       "(SELECT measure_id FROM batch_measures WHERE batch_id = :b2)",
      soci::use(id), soci::use(id), soci::into(later, ind);
  if (ind == soci::i_ok)
    return "batch " + std::to_string(later) + " was imported later for the same measures; roll it back first";
  return std::nullopt;
}

void rollback_batch(soci::session& s, std::int64_t batch_id, const std::string& actor) {
  ll id = batch_id;
  std::string now = clock_of(s).now_text();
  s << "UPDATE import_batches SET rolled_back_at = :at, rolled_back_by = :by WHERE id = :b", soci::use(now),
      soci::use(actor), soci::use(id);
  bump_batch_data_versions(s, batch_id);
}

std::vector<StoredObservation> query_observations(soci::session& s, const ObservationQuery& q) {
  ll measure = q.measure_id;
  std::string sql =
      "SELECT region_code, period, sex, dims, value, status FROM current_observations WHERE measure_id = :m";
  std::vector<std::string> params;
  auto in_list = [&](const std::string& column, const std::vector<std::string>& values) {
    sql += " AND " + column + " IN (";
    for (std::size_t i = 0; i < values.size(); ++i) {
      sql += (i ? ", :" : ":") + column + std::to_string(i);
      params.push_back(values[i]);
    }
    sql += ")";
  };
  if (!q.regions.empty()) in_list("region_code", q.regions);
  if (!q.periods.empty()) {
    in_list("period", q.periods);
  } else {
    if (!q.from.empty()) {
      sql += " AND period >= :pfrom";
      params.push_back(q.from);
    }
    if (!q.to.empty()) {
      sql += " AND substr(period, 1, " + std::to_string(q.to.size()) + ") <= :pto";
      params.push_back(q.to);
    }
  }
  sql += " ORDER BY region_code, period, sex, dims";
  std::vector<StoredObservation> out;
  StoredObservation row;
  std::string sex;
  double value = 0;
  soci::indicator value_ind = soci::i_ok;
  soci::statement st(s);
  st.exchange(soci::into(row.region_code));
  st.exchange(soci::into(row.period));
  st.exchange(soci::into(sex));
  st.exchange(soci::into(row.dims));
  st.exchange(soci::into(value, value_ind));
  st.exchange(soci::into(row.status));
  st.exchange(soci::use(measure));
  for (auto& p : params) st.exchange(soci::use(p));
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    row.sex = sex_from(sex);
    row.value = value_ind == soci::i_ok ? std::optional<double>(value) : std::nullopt;
    out.push_back(row);
  }
  return out;
}

std::vector<std::string> distinct_dims(soci::session& s, std::int64_t measure_id) {
  ll id = measure_id;
  std::string region, period;
  s << "SELECT region_code, period FROM current_observations WHERE measure_id = :m LIMIT 1", soci::use(id),
      soci::into(region), soci::into(period);
  std::vector<std::string> out;
  if (!s.got_data()) return out;
  std::string dims;
  soci::statement st = (s.prepare << "SELECT DISTINCT dims FROM current_observations WHERE measure_id = :m AND "
                                     "region_code = :r AND period = :p ORDER BY dims",
                        soci::use(id), soci::use(region), soci::use(period), soci::into(dims));
  st.execute();
  while (st.fetch()) out.push_back(dims);
  return out;
}

std::optional<std::string> region_with_values(soci::session& s, std::int64_t measure_id) {
  ll id = measure_id;
  std::string region;
  s << "SELECT region_code FROM current_observations WHERE measure_id = :m AND region_code = '00' LIMIT 1",
      soci::use(id), soci::into(region);
  if (s.got_data()) return region;
  s << "SELECT region_code FROM current_observations WHERE measure_id = :m LIMIT 1", soci::use(id),
      soci::into(region);
  if (!s.got_data()) return std::nullopt;
  return region.substr(0, 2);
}

std::int64_t count_observations(soci::session& s, std::int64_t measure_id) {
  ll id = measure_id, n = 0;
  s << "SELECT COUNT(*) FROM current_observations WHERE measure_id = :m", soci::use(id), soci::into(n);
  return n;
}

}  // namespace jamt::store
