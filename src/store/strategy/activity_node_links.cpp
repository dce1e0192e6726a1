#include "store/strategy/activity_node_links.hpp"

#include <soci/soci.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace jamt::store {

void sync_activity_node_codes(soci::session& s, std::int64_t strategy_id) {
  long long id = strategy_id;
  long long activity = 0, node = 0;
  std::string code;
  std::vector<std::tuple<long long, long long, std::string>> rows;
  {
    soci::statement st = (s.prepare << "SELECT l.activity_id, l.node_id, n.code FROM activity_goal_nodes l "
                                       "JOIN goal_nodes n ON n.id = l.node_id "
                                       "WHERE l.strategy_id = :s AND n.strategy_id = :s2 AND n.code <> l.node_code",
                          soci::into(activity), soci::into(node), soci::into(code), soci::use(id), soci::use(id));
    st.execute();
    while (st.fetch()) rows.emplace_back(activity, node, code);
  }
  for (auto& [a, n, c] : rows) {
    // A code another link of the same activity already holds would break the
    // key (activity, code): that link keeps its old code.
    int taken = 0;
    s << "SELECT COUNT(*) FROM activity_goal_nodes WHERE activity_id = :a AND node_code = :c", soci::use(a),
        soci::use(c), soci::into(taken);
    if (taken == 0)
      s << "UPDATE activity_goal_nodes SET node_code = :c WHERE activity_id = :a AND node_id = :n", soci::use(c),
          soci::use(a), soci::use(n);
  }
}

std::int64_t count_activities_linking(soci::session& s, const std::vector<std::int64_t>& node_ids) {
  std::set<long long> activities;
  for (auto n : node_ids) {
    long long node = n, activity = 0;
    soci::statement st = (s.prepare << "SELECT activity_id FROM activity_goal_nodes WHERE node_id = :n",
                          soci::into(activity), soci::use(node));
    st.execute();
    while (st.fetch()) activities.insert(activity);
  }
  return static_cast<std::int64_t>(activities.size());
}

}  // namespace jamt::store
