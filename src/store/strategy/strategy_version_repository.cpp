#include "store/strategy/strategy_version_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

using ll = long long;

std::vector<StrategyVersionRow> list_strategy_versions(soci::session& s, std::int64_t strategy_id) {
  ll id = strategy_id;
  std::vector<StrategyVersionRow> out;
  StrategyVersionRow row;
  soci::statement st = (s.prepare << "SELECT version, adopted_on, decision, recorded_by, recorded_at "
                                     "FROM strategy_versions WHERE strategy_id = :s ORDER BY version",
                        soci::use(id), soci::into(row.version), soci::into(row.adopted_on), soci::into(row.decision),
                        soci::into(row.recorded_by), soci::into(row.recorded_at));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

std::optional<std::string> load_strategy_version(soci::session& s, std::int64_t strategy_id, int version) {
  ll id = strategy_id;
  std::string document;
  s << "SELECT document FROM strategy_versions WHERE strategy_id = :s AND version = :v", soci::use(id),
      soci::use(version), soci::into(document);
  if (!s.got_data()) return std::nullopt;
  return document;
}

int latest_strategy_version(soci::session& s, std::int64_t strategy_id) {
  ll id = strategy_id;
  int latest = 0;
  soci::indicator ind = soci::i_ok;
  s << "SELECT MAX(version) FROM strategy_versions WHERE strategy_id = :s", soci::use(id), soci::into(latest, ind);
  return ind == soci::i_ok ? latest : 0;
}

void insert_strategy_version(soci::session& s, std::int64_t strategy_id, const StrategyVersionRow& row,
                             const std::string& document) {
  ll id = strategy_id;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO strategy_versions (strategy_id, version, adopted_on, decision, document, recorded_by, recorded_at) "
       "VALUES (:s, :v, :a, :d, :doc, :by, :at)",
      soci::use(id), soci::use(row.version), soci::use(row.adopted_on), soci::use(row.decision), soci::use(document),
      soci::use(row.recorded_by), soci::use(now);
}

}  // namespace jamt::store
