#include "store/indicators/indicator_value_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

namespace {

using ll = long long;

// A row being fetched, with the null indicators of its numbers.
struct Fetch {
  ll indicator_id = 0;
  IndicatorValueRow row{};
  double women = 0, men = 0, total = 0;
  soci::indicator wi = soci::i_null, mi = soci::i_null, ti = soci::i_null;
  IndicatorValueRow take() const {
    IndicatorValueRow r = row;
    if (wi == soci::i_ok) r.women = women;
    if (mi == soci::i_ok) r.men = men;
    if (ti == soci::i_ok) r.total = total;
    return r;
  }
};

const char* kColumns = "SELECT indicator_id, period, women, men, total, source, recorded_by, recorded_at FROM indicator_values ";

// Runs `sql` (with kColumns before it) bound to `id` and hands each row to `out`.
template <class F>
void fetch(soci::session& s, const std::string& sql, ll id, F&& out) {
  Fetch f;
  soci::statement st = (s.prepare << std::string(kColumns) + sql, soci::use(id), soci::into(f.indicator_id),
                        soci::into(f.row.period), soci::into(f.women, f.wi), soci::into(f.men, f.mi),
                        soci::into(f.total, f.ti), soci::into(f.row.source), soci::into(f.row.recorded_by),
                        soci::into(f.row.recorded_at));
  st.execute();
  while (st.fetch()) out(f.indicator_id, f.take());
}

}  // namespace

std::vector<IndicatorValueRow> list_indicator_values(soci::session& s, std::int64_t indicator_id) {
  std::vector<IndicatorValueRow> out;
  fetch(s, "WHERE indicator_id = :i ORDER BY period", indicator_id,
        [&](ll, IndicatorValueRow r) { out.push_back(std::move(r)); });
  return out;
}

std::optional<IndicatorValueRow> find_indicator_value(soci::session& s, std::int64_t indicator_id,
                                                      const std::string& period) {
  for (auto& r : list_indicator_values(s, indicator_id))
    if (r.period == period) return r;
  return std::nullopt;
}

void upsert_indicator_value(soci::session& s, std::int64_t indicator_id, const IndicatorValueRow& row) {
  ll id = indicator_id;
  double w = row.women.value_or(0), m = row.men.value_or(0), t = row.total.value_or(0);
  soci::indicator wi = row.women ? soci::i_ok : soci::i_null, mi = row.men ? soci::i_ok : soci::i_null,
                  ti = row.total ? soci::i_ok : soci::i_null;
  std::string at = clock_of(s).now_text();
  s << "INSERT INTO indicator_values (indicator_id, period, women, men, total, source, recorded_by, recorded_at) "
       "VALUES (:i, :p, :w, :m, :t, :s, :b, :a) ON CONFLICT (indicator_id, period) DO UPDATE SET "
       "women = excluded.women, men = excluded.men, total = excluded.total, source = excluded.source, "
       "recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
      soci::use(id), soci::use(row.period), soci::use(w, wi), soci::use(m, mi), soci::use(t, ti),
      soci::use(row.source), soci::use(row.recorded_by), soci::use(at);
}

}  // namespace jamt::store
