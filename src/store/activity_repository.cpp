#include "store/activity_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

namespace {

using ll = long long;

void add_rows(soci::session& s, std::map<std::int64_t, StoredLinks>& out, std::optional<ll> only) {
  std::string where = only ? " WHERE activity_id = :a" : "";
  ll a = only.value_or(0);
  {
    ll activity = 0, organisation = 0;
    soci::statement st(s);
    st.exchange(soci::into(activity));
    st.exchange(soci::into(organisation));
    if (only) st.exchange(soci::use(a));
    st.alloc();
    st.prepare("SELECT activity_id, organisation_id FROM activity_co_organisers" + where +
               " ORDER BY activity_id, position");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out[activity].links.co_organiser_ids.push_back(organisation);
  }
  {
    ll activity = 0, strategy = 0;
    std::string code;
    soci::statement st(s);
    st.exchange(soci::into(activity));
    st.exchange(soci::into(strategy));
    st.exchange(soci::into(code));
    if (only) st.exchange(soci::use(a));
    st.alloc();
    st.prepare("SELECT activity_id, strategy_id, node_code FROM activity_goal_nodes" + where +
               " ORDER BY activity_id, position");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
      out[activity].links.goal_nodes.push_back(code);
      out[activity].strategy_id = strategy;
    }
  }
  {
    ll activity = 0;
    std::string goal;
    soci::statement st(s);
    st.exchange(soci::into(activity));
    st.exchange(soci::into(goal));
    if (only) st.exchange(soci::use(a));
    st.alloc();
    st.prepare("SELECT activity_id, national_goal FROM activity_national_goals" + where +
               " ORDER BY activity_id, position");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out[activity].links.national_goals.push_back(goal);
  }
  {  // Issue 12, part C: the action-plan targets the activity serves.
    ll activity = 0;
    std::string code;
    soci::statement st(s);
    st.exchange(soci::into(activity));
    st.exchange(soci::into(code));
    if (only) st.exchange(soci::use(a));
    st.alloc();
    st.prepare("SELECT activity_id, target_code FROM activity_plan_targets" + where + " ORDER BY activity_id, target_code");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out[activity].links.plan_targets.push_back(code);
  }
  {  // Issue 12 item 3 (engineer B): commitments the activity carries out.
    ll activity = 0, commitment = 0;
    soci::statement st(s);
    st.exchange(soci::into(activity));
    st.exchange(soci::into(commitment));
    if (only) st.exchange(soci::use(a));
    st.alloc();
    st.prepare("SELECT activity_id, commitment_id FROM activity_commitments" + where +
               " ORDER BY activity_id, commitment_id");
    st.define_and_bind();
    st.execute();
    while (st.fetch()) out[activity].links.commitment_ids.push_back(commitment);
  }
}

}  // namespace

StoredLinks load_activity_links(soci::session& s, std::int64_t id) {
  std::map<std::int64_t, StoredLinks> rows;
  add_rows(s, rows, id);
  auto it = rows.find(id);
  return it == rows.end() ? StoredLinks{} : it->second;
}

std::map<std::int64_t, StoredLinks> load_all_activity_links(soci::session& s) {
  std::map<std::int64_t, StoredLinks> rows;
  add_rows(s, rows, std::nullopt);
  return rows;
}

void delete_activity_links(soci::session& s, std::int64_t id) {
  ll a = id;
  s << "DELETE FROM activity_co_organisers WHERE activity_id = :a", soci::use(a);
  s << "DELETE FROM activity_goal_nodes WHERE activity_id = :a", soci::use(a);
  s << "DELETE FROM activity_national_goals WHERE activity_id = :a", soci::use(a);
  s << "DELETE FROM activity_plan_targets WHERE activity_id = :a", soci::use(a);  // issue 12 C
  s << "DELETE FROM activity_commitments WHERE activity_id = :a", soci::use(a);  // issue 12 item 3
}

void replace_activity_links(soci::session& s, std::int64_t id, const registers::ActivityLinks& links,
                            std::int64_t strategy_id) {
  replace_activity_links(s, id, links, strategy_id, {});
}

void replace_activity_links(soci::session& s, std::int64_t id, const registers::ActivityLinks& links,
                            std::int64_t strategy_id, const std::vector<std::int64_t>& node_ids) {
  delete_activity_links(s, id);
  ll a = id, strategy = strategy_id;
  int position = 0;
  for (std::int64_t org : links.co_organiser_ids) {
    ll o = org;
    s << "INSERT INTO activity_co_organisers (activity_id, position, organisation_id) VALUES (:a, :p, :o)",
        soci::use(a), soci::use(position), soci::use(o);
    ++position;
  }
  position = 0;
  for (const auto& code : links.goal_nodes) {
    // Issue 12, part A: the link follows the node's id (given, else the stored node with that code).
    ll node = 0;
    soci::indicator node_ind = soci::i_null;
    if (static_cast<std::size_t>(position) < node_ids.size() && node_ids[static_cast<std::size_t>(position)] > 0) {
      node = node_ids[static_cast<std::size_t>(position)];
      node_ind = soci::i_ok;
    } else {
      s << "SELECT MIN(id) FROM goal_nodes WHERE strategy_id = :s AND code = :c", soci::use(strategy),
          soci::use(code), soci::into(node, node_ind);
    }
    s << "INSERT INTO activity_goal_nodes (activity_id, position, strategy_id, node_code, node_id) "
         "VALUES (:a, :p, :s, :c, :n)",
        soci::use(a), soci::use(position), soci::use(strategy), soci::use(code), soci::use(node, node_ind);
    ++position;
  }
  position = 0;
  for (const auto& goal : links.national_goals) {
    s << "INSERT INTO activity_national_goals (activity_id, position, national_goal) VALUES (:a, :p, :g)",
        soci::use(a), soci::use(position), soci::use(goal);
    ++position;
  }
  for (std::int64_t commitment : links.commitment_ids) {  // issue 12 item 3 (engineer B)
    ll c = commitment;
    s << "INSERT INTO activity_commitments (activity_id, commitment_id) VALUES (:a, :c)", soci::use(a), soci::use(c);
  }
}

std::optional<std::int64_t> strategy_covering(soci::session& s, const std::string& county_code, int year) {
  ll id = 0;
  std::string status;
  int start = 0;
  std::optional<std::int64_t> best;
  int best_rank = 99, best_start = 0;
  soci::statement st = (s.prepare << "SELECT id, status, start_year FROM strategies "
                                     "WHERE county_code = :c AND start_year <= :y AND end_year >= :y2",
                        soci::into(id), soci::into(status), soci::into(start), soci::use(county_code), soci::use(year),
                        soci::use(year));
  st.execute();
  while (st.fetch()) {
    int rank = status == "adopted" ? 0 : status == "draft" ? 1 : 2;
    if (!best || rank < best_rank || (rank == best_rank && start > best_start)) {
      best = id;
      best_rank = rank;
      best_start = start;
    }
  }
  return best;
}

std::vector<std::pair<std::int64_t, std::string>> organisation_names(soci::session& s, const std::string& county_code) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  ll id = 0;
  std::string name;
  std::string county = county_code;
  soci::statement st = county.empty()
                           ? (s.prepare << "SELECT id, name FROM organisations ORDER BY name, id", soci::into(id),
                              soci::into(name))
                           : (s.prepare << "SELECT id, name FROM organisations WHERE county_code = :c ORDER BY name, id",
                              soci::into(id), soci::into(name), soci::use(county));
  st.execute();
  while (st.fetch()) out.emplace_back(id, name);
  return out;
}

std::optional<std::string> organisation_county(soci::session& s, std::int64_t id) {
  ll i = id;
  std::string county;
  s << "SELECT county_code FROM organisations WHERE id = :i", soci::use(i), soci::into(county);
  if (!s.got_data()) return std::nullopt;
  return county;
}

}  // namespace jamt::store
