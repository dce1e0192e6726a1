#include "store/observation_repository.hpp"

#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <stdexcept>

#include "store/database.hpp"

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
  s << "SELECT id, file_name, sha256, format, imported_at, imported_by, observations, regions, periods, warnings, "
       "rolled_back_at, rolled_back_by FROM import_batches WHERE id = :id",
      soci::use(id), soci::into(b.id), soci::into(b.file_name), soci::into(b.sha256), soci::into(b.format),
      soci::into(b.imported_at), soci::into(b.imported_by), soci::into(b.observations), soci::into(b.regions),
      soci::into(b.periods), soci::into(warnings), soci::into(rb_at, at_ind), soci::into(rb_by, by_ind);
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

constexpr std::size_t kChunk = 20000;

}  // namespace

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
  soci::statement st = (s.prepare << "SELECT id, code, title, unit, source, decimals, additive FROM measures "
                                     "ORDER BY code",
                        soci::into(id), soci::into(code), soci::into(title), soci::into(unit), soci::into(source),
                        soci::into(decimals), soci::into(additive));
  st.execute();
  while (st.fetch()) out.push_back(read_measure_row(id, code, title, unit, source, decimals, additive));
  return out;
}

std::optional<ImportBatch> find_active_batch_by_sha256(soci::session& s, const std::string& sha256) {
  ll id = 0;
  s << "SELECT id FROM import_batches WHERE sha256 = :h AND rolled_back_at IS NULL ORDER BY id DESC LIMIT 1",
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

std::vector<ImportBatch> list_batches(soci::session& s) {
  std::vector<ll> ids;
  ll id = 0;
  soci::statement st = (s.prepare << "SELECT id FROM import_batches ORDER BY id DESC", soci::into(id));
  st.execute();
  while (st.fetch()) ids.push_back(id);
  std::vector<ImportBatch> out;
  for (ll i : ids) out.push_back(read_batch(s, i));
  return out;
}

std::int64_t insert_batch(soci::session& s, const ImportBatch& b) {
  std::string now = clock_of(s).now_text();
  std::string warnings = nlohmann::json(b.warnings).dump();
  ll observations = b.observations, id = 0;
  s << "INSERT INTO import_batches (file_name, sha256, format, imported_at, imported_by, observations, regions, "
       "periods, warnings) VALUES (:f, :h, :fo, :at, :by, :o, :r, :p, :w) RETURNING id",
      soci::use(b.file_name), soci::use(b.sha256), soci::use(b.format), soci::use(now), soci::use(b.imported_by),
      soci::use(observations), soci::use(b.regions), soci::use(b.periods), soci::use(warnings), soci::into(id);
  return id;
}

void link_batch_measure(soci::session& s, std::int64_t batch_id, std::int64_t measure_id) {
  ll b = batch_id, m = measure_id;
  s << "INSERT INTO batch_measures (batch_id, measure_id) VALUES (:b, :m)", soci::use(b), soci::use(m);
}

void finish_batch(soci::session& s, std::int64_t batch_id, std::int64_t observations, int regions, int periods) {
  ll id = batch_id, obs = observations;
  s << "UPDATE import_batches SET observations = :o, regions = :r, periods = :p WHERE id = :id", soci::use(obs),
      soci::use(regions), soci::use(periods), soci::use(id);
}

// --- bulk writer ---

struct ObservationWriter::Impl {
  soci::session& s;
  ll batch_id;
  std::map<ll, bool> measure_had_rows;  // measure id -> rows existed before this batch
  bool staging_created = false;
  // Column buffers for the current chunk, per target (direct or staging).
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
  } direct, staged;

  // SQLite: the same INSERT, bound through SQLite's own API without copying
  // the strings (SOCI copies every field of every row), which makes large
  // imports about twice as fast.
  void insert_sqlite(Buffer& b, const std::string& table) {
    using namespace sqlite_api;  // SOCI's wrapping of <sqlite3.h>
    auto* backend = static_cast<soci::sqlite3_session_backend*>(s.get_backend());
    sqlite3* conn = backend->conn_;
    std::string sql = "INSERT INTO " + table +
                      " (measure_id, region_code, period, sex, dims, value, status, batch_id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(conn, sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("preparing insert: ") + sqlite3_errmsg(conn));
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> st(raw, &sqlite3_finalize);
    auto text = [&](int i, const std::string& v) {
      sqlite3_bind_text(raw, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    };
    for (std::size_t i = 0; i < b.size(); ++i) {
      sqlite3_bind_int64(raw, 1, b.measure[i]);
      text(2, b.region[i]);
      text(3, b.period[i]);
      text(4, b.sex[i]);
      text(5, b.dims[i]);
      if (b.value_ind[i] == soci::i_ok) sqlite3_bind_double(raw, 6, b.value[i]);
      else sqlite3_bind_null(raw, 6);
      text(7, b.status[i]);
      sqlite3_bind_int64(raw, 8, batch_id);
      if (sqlite3_step(raw) != SQLITE_DONE)
        throw std::runtime_error(std::string("inserting observations: ") + sqlite3_errmsg(conn));
      sqlite3_reset(raw);
    }
    b.clear();
  }

  void insert(Buffer& b, const std::string& table) {
    if (b.size() == 0) return;
    if (s.get_backend_name() == "sqlite3") return insert_sqlite(b, table);
    std::vector<ll> batch(b.size(), batch_id);
    s << "INSERT INTO " + table +
             " (measure_id, region_code, period, sex, dims, value, status, batch_id) "
             "VALUES (:m, :r, :p, :s, :d, :v, :st, :b)",
        soci::use(b.measure), soci::use(b.region), soci::use(b.period), soci::use(b.sex), soci::use(b.dims),
        soci::use(b.value, b.value_ind), soci::use(b.status), soci::use(batch);
    b.clear();
  }

  void flush_staged() {
    if (staged.size() == 0) return;
    if (!staging_created) {
      s << "CREATE TEMPORARY TABLE staging_observations (measure_id BIGINT NOT NULL, region_code TEXT NOT NULL, "
           "period TEXT NOT NULL, sex TEXT NOT NULL, dims TEXT NOT NULL, value DOUBLE PRECISION, status TEXT NOT "
           "NULL, batch_id BIGINT NOT NULL)";
      staging_created = true;
    }
    insert(staged, "staging_observations");
    const char* same =
        "o.measure_id = t.measure_id AND o.region_code = t.region_code AND o.period = t.period AND o.sex = t.sex "
        "AND o.dims = t.dims";
    s << std::string("INSERT INTO superseded_observations (batch_id, measure_id, region_code, period, sex, dims, "
                     "value, status, old_batch_id) SELECT :b, o.measure_id, o.region_code, o.period, o.sex, o.dims, "
                     "o.value, o.status, o.batch_id FROM observations o JOIN staging_observations t ON ") +
             same,
        soci::use(batch_id);
    s << std::string("DELETE FROM observations WHERE EXISTS (SELECT 1 FROM staging_observations t WHERE ") +
             "observations.measure_id = t.measure_id AND observations.region_code = t.region_code AND "
             "observations.period = t.period AND observations.sex = t.sex AND observations.dims = t.dims)";
    s << "INSERT INTO observations (measure_id, region_code, period, sex, dims, value, status, batch_id) "
         "SELECT measure_id, region_code, period, sex, dims, value, status, batch_id FROM staging_observations";
    s << "DELETE FROM staging_observations";
  }
};

ObservationWriter::ObservationWriter(soci::session& s, std::int64_t batch_id)
    : impl_(std::make_unique<Impl>(Impl{s, batch_id, {}, false, {}, {}})) {}

ObservationWriter::~ObservationWriter() = default;

void ObservationWriter::add(std::int64_t measure_id, const stats::Observation& o) {
  auto& m = *impl_;
  auto known = m.measure_had_rows.find(measure_id);
  if (known == m.measure_had_rows.end()) {
    ll id = measure_id, n = 0;
    m.s << "SELECT COUNT(*) FROM (SELECT 1 FROM observations WHERE measure_id = :m LIMIT 1) AS any_rows",
        soci::use(id), soci::into(n);
    known = m.measure_had_rows.emplace(measure_id, n > 0).first;
  }
  Impl::Buffer& b = known->second ? m.staged : m.direct;
  b.measure.push_back(measure_id);
  b.region.push_back(o.region_code);
  b.period.push_back(o.period);
  b.sex.push_back(sex_text(o.sex));
  b.dims.push_back(o.dims);
  b.value.push_back(o.value.value_or(0));
  b.value_ind.push_back(o.value ? soci::i_ok : soci::i_null);
  b.status.push_back(o.status);
  if (m.direct.size() >= kChunk) m.insert(m.direct, "observations");
  if (m.staged.size() >= kChunk) m.flush_staged();
}

void ObservationWriter::finish() {
  impl_->insert(impl_->direct, "observations");
  impl_->flush_staged();
  if (impl_->staging_created) {
    impl_->s << "DROP TABLE staging_observations";
    impl_->staging_created = false;
  }
}

std::optional<std::string> rollback_blocker(soci::session& s, std::int64_t batch_id) {
  auto b = find_batch(s, batch_id);
  if (!b) return "no import batch " + std::to_string(batch_id);
  if (b->rolled_back_at) return "batch " + std::to_string(batch_id) + " was already rolled back " + *b->rolled_back_at;
  ll id = batch_id, later = 0;
  soci::indicator ind;
  s << "SELECT MIN(b.id) FROM import_batches b JOIN batch_measures bm ON bm.batch_id = b.id "
       "WHERE b.id > :b AND b.rolled_back_at IS NULL AND bm.measure_id IN "
       "(SELECT measure_id FROM batch_measures WHERE batch_id = :b2)",
      soci::use(id), soci::use(id), soci::into(later, ind);
  if (ind == soci::i_ok)
    return "batch " + std::to_string(later) + " was imported later for the same measures; roll it back first";
  return std::nullopt;
}

void rollback_batch(soci::session& s, std::int64_t batch_id, const std::string& actor) {
  ll id = batch_id;
  std::string now = clock_of(s).now_text();
  s << "DELETE FROM observations WHERE batch_id = :b", soci::use(id);
  s << "INSERT INTO observations (measure_id, region_code, period, sex, dims, value, status, batch_id) "
       "SELECT measure_id, region_code, period, sex, dims, value, status, old_batch_id FROM superseded_observations "
       "WHERE batch_id = :b",
      soci::use(id);
  s << "DELETE FROM superseded_observations WHERE batch_id = :b", soci::use(id);
  s << "UPDATE import_batches SET rolled_back_at = :at, rolled_back_by = :by WHERE id = :b", soci::use(now),
      soci::use(actor), soci::use(id);
}

std::vector<StoredObservation> query_observations(soci::session& s, const ObservationQuery& q) {
  ll measure = q.measure_id;
  std::string sql =
      "SELECT region_code, period, sex, dims, value, status FROM observations WHERE measure_id = :m";
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
  s << "SELECT region_code, period FROM observations WHERE measure_id = :m LIMIT 1", soci::use(id),
      soci::into(region), soci::into(period);
  std::vector<std::string> out;
  if (!s.got_data()) return out;
  std::string dims;
  soci::statement st = (s.prepare << "SELECT DISTINCT dims FROM observations WHERE measure_id = :m AND "
                                     "region_code = :r AND period = :p ORDER BY dims",
                        soci::use(id), soci::use(region), soci::use(period), soci::into(dims));
  st.execute();
  while (st.fetch()) out.push_back(dims);
  return out;
}

std::int64_t count_observations(soci::session& s, std::int64_t measure_id) {
  ll id = measure_id, n = 0;
  s << "SELECT COUNT(*) FROM observations WHERE measure_id = :m", soci::use(id), soci::into(n);
  return n;
}

}  // namespace jamt::store
