#include "store/strategy_year/year_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

std::vector<NodeYearActivity> node_activities_in_year(soci::session& s, std::int64_t strategy_id, int year) {
  long long strategy = strategy_id;
  std::string first = std::to_string(year) + "-01-01", last = std::to_string(year) + "-12-31";
  long long node = 0, activity = 0, organiser = 0, co = 0;
  std::string title, status, start, end, organiser_name;
  std::vector<NodeYearActivity> out;
  soci::statement st =
      (s.prepare << "SELECT l.node_id, a.id, a.title, a.status, a.start_date, COALESCE(a.end_date, ''), "
                    "a.organiser_id, o.name, "
                    "(SELECT COUNT(*) FROM activity_co_organisers c WHERE c.activity_id = a.id) "
                    "FROM activity_goal_nodes l JOIN activities a ON a.id = l.activity_id "
                    "JOIN organisations o ON o.id = a.organiser_id "
                    "WHERE l.strategy_id = :s AND l.node_id IS NOT NULL AND a.start_date <= :last "
                    "AND COALESCE(a.end_date, a.start_date) >= :first ORDER BY a.start_date, a.id",
       soci::into(node), soci::into(activity), soci::into(title), soci::into(status), soci::into(start),
       soci::into(end), soci::into(organiser), soci::into(organiser_name), soci::into(co), soci::use(strategy),
       soci::use(last), soci::use(first));
  st.execute();
  while (st.fetch())
    out.push_back({.node_id = node,
                   .activity_id = activity,
                   .title = title,
                   .status = status,
                   .start_date = start,
                   .end_date = end,
                   .organiser_id = organiser,
                   .organiser_name = organiser_name,
                   .joint = co > 0});
  for (auto& a : out) {
    if (!a.joint) continue;
    long long activity_id = a.activity_id, org = 0;
    std::string name;
    soci::statement co_st = (s.prepare << "SELECT c.organisation_id, o.name FROM activity_co_organisers c "
                                          "JOIN organisations o ON o.id = c.organisation_id "
                                          "WHERE c.activity_id = :a ORDER BY c.position",
                             soci::into(org), soci::into(name), soci::use(activity_id));
    co_st.execute();
    while (co_st.fetch()) a.co_organisers.emplace_back(org, name);
  }
  return out;
}

std::map<std::int64_t, std::string> organisation_names(soci::session& s, const std::set<std::int64_t>& ids) {
  std::map<std::int64_t, std::string> out;
  for (auto id : ids) {
    long long i = id;
    std::string name;
    soci::indicator ind = soci::i_null;
    s << "SELECT name FROM organisations WHERE id = :i", soci::use(i), soci::into(name, ind);
    if (s.got_data() && ind == soci::i_ok) out[id] = name;
  }
  return out;
}

}  // namespace jamt::store
