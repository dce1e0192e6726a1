#include "store/national/national_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

namespace {

using ll = long long;

std::optional<ll> plan_id(soci::session& s, const std::string& region_code) {
  ll id = 0;
  s << "SELECT id FROM national_plans WHERE region_code = :r", soci::use(region_code), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return id;
}

void insert_lines(soci::session& s, ll subgoal, const std::string& kind, const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    int position = static_cast<int>(i);
    s << "INSERT INTO national_plan_entries (subgoal_id, kind, position, text) VALUES (:g, :k, :p, :t)",
        soci::use(subgoal), soci::use(kind), soci::use(position), soci::use(lines[i]);
  }
}

const char* kExampleColumns =
    "SELECT e.activity_id, a.title, a.county_code, a.start_date, a.published, e.development_area, e.flagged_by, "
    "e.flagged_at FROM activity_examples e JOIN activities a ON a.id = e.activity_id ";

std::vector<ActivityExample> read_examples(soci::session& s, const std::string& where, ll activity_id) {
  std::vector<ActivityExample> out;
  ll id = 0;
  int published = 0;
  soci::indicator published_ind = soci::i_ok;
  std::string title, county, start, area, by, at;
  soci::statement st(s);
  st.exchange(soci::into(id));
  st.exchange(soci::into(title));
  st.exchange(soci::into(county));
  st.exchange(soci::into(start));
  st.exchange(soci::into(published, published_ind));
  st.exchange(soci::into(area));
  st.exchange(soci::into(by));
  st.exchange(soci::into(at));
  if (activity_id) st.exchange(soci::use(activity_id));
  st.alloc();
  st.prepare(std::string(kExampleColumns) + where + " ORDER BY a.county_code, a.start_date, e.activity_id");
  st.define_and_bind();
  st.execute();
  while (st.fetch())
    out.push_back({.activity_id = id,
                   .title = title,
                   .county_code = county,
                   .start_date = start,
                   .development_area = area,
                   .published = published_ind == soci::i_ok && published != 0,
                   .flagged_by = by,
                   .flagged_at = at});
  return out;
}

}  // namespace

std::optional<NationalPlan> load_national_plan(soci::session& s, const std::string& region_code) {
  NationalPlan plan;
  ll id = 0;
  s << "SELECT id, title, overall_goal, updated_by, updated_at FROM national_plans WHERE region_code = :r",
      soci::use(region_code), soci::into(id), soci::into(plan.title), soci::into(plan.overall_goal),
      soci::into(plan.updated_by), soci::into(plan.updated_at);
  if (!s.got_data()) return std::nullopt;
  plan.region_code = region_code;
  std::vector<ll> ids;
  {
    ll g = 0;
    std::string title;
    soci::statement st = (s.prepare << "SELECT id, title FROM national_plan_subgoals WHERE plan_id = :p "
                                       "ORDER BY position",
                          soci::use(id), soci::into(g), soci::into(title));
    st.execute();
    while (st.fetch()) {
      ids.push_back(g);
      plan.subgoals.push_back({.title = title, .insatser = {}, .expected_effects = {}});
    }
  }
  for (std::size_t i = 0; i < ids.size(); ++i) {
    std::string kind, text;
    soci::statement st = (s.prepare << "SELECT kind, text FROM national_plan_entries WHERE subgoal_id = :g "
                                       "ORDER BY kind, position",
                          soci::use(ids[i]), soci::into(kind), soci::into(text));
    st.execute();
    while (st.fetch()) (kind == "insats" ? plan.subgoals[i].insatser : plan.subgoals[i].expected_effects).push_back(text);
  }
  return plan;
}

void save_national_plan(soci::session& s, const NationalPlan& plan) {
  auto id = plan_id(s, plan.region_code);
  if (id) {
    s << "DELETE FROM national_plan_entries WHERE subgoal_id IN "
         "(SELECT id FROM national_plan_subgoals WHERE plan_id = :p)",
        soci::use(*id);
    s << "DELETE FROM national_plan_subgoals WHERE plan_id = :p", soci::use(*id);
    s << "UPDATE national_plans SET title = :t, overall_goal = :g, updated_by = :b, updated_at = :a WHERE id = :p",
        soci::use(plan.title), soci::use(plan.overall_goal), soci::use(plan.updated_by), soci::use(plan.updated_at),
        soci::use(*id);
  } else {
    s << "INSERT INTO national_plans (region_code, title, overall_goal, updated_by, updated_at) "
         "VALUES (:r, :t, :g, :b, :a)",
        soci::use(plan.region_code), soci::use(plan.title), soci::use(plan.overall_goal), soci::use(plan.updated_by),
        soci::use(plan.updated_at);
    id = plan_id(s, plan.region_code);
  }
  for (std::size_t i = 0; i < plan.subgoals.size(); ++i) {
    int position = static_cast<int>(i);
    s << "INSERT INTO national_plan_subgoals (plan_id, position, title) VALUES (:p, :n, :t)", soci::use(*id),
        soci::use(position), soci::use(plan.subgoals[i].title);
    ll g = 0;
    s << "SELECT id FROM national_plan_subgoals WHERE plan_id = :p AND position = :n", soci::use(*id),
        soci::use(position), soci::into(g);
    insert_lines(s, g, "insats", plan.subgoals[i].insatser);
    insert_lines(s, g, "effekt", plan.subgoals[i].expected_effects);
  }
}

std::optional<CountyResources> load_resources(soci::session& s, const std::string& county_code, int year) {
  CountyResources r{.county_code = county_code, .year = year};
  ll granted = 0, used = 0, carried = 0;
  s << "SELECT granted, used, carried_over, updated_by, updated_at FROM national_resources "
       "WHERE county_code = :c AND year = :y",
      soci::use(county_code), soci::use(year), soci::into(granted), soci::into(used), soci::into(carried),
      soci::into(r.updated_by), soci::into(r.updated_at);
  if (!s.got_data()) return std::nullopt;
  r.granted = granted;
  r.used = used;
  r.carried_over = carried;
  return r;
}

std::vector<CountyResources> resources_of_year(soci::session& s, int year) {
  std::vector<CountyResources> out;
  std::string county, by, at;
  ll granted = 0, used = 0, carried = 0;
  soci::statement st = (s.prepare << "SELECT county_code, granted, used, carried_over, updated_by, updated_at "
                                     "FROM national_resources WHERE year = :y ORDER BY county_code",
                        soci::use(year), soci::into(county), soci::into(granted), soci::into(used),
                        soci::into(carried), soci::into(by), soci::into(at));
  st.execute();
  while (st.fetch())
    out.push_back({.county_code = county,
                   .year = year,
                   .granted = granted,
                   .used = used,
                   .carried_over = carried,
                   .updated_by = by,
                   .updated_at = at});
  return out;
}

void save_resources(soci::session& s, const CountyResources& r) {
  ll granted = r.granted, used = r.used, carried = r.carried_over;
  s << "DELETE FROM national_resources WHERE county_code = :c AND year = :y", soci::use(r.county_code),
      soci::use(r.year);
  s << "INSERT INTO national_resources (county_code, year, granted, used, carried_over, updated_by, updated_at) "
       "VALUES (:c, :y, :g, :u, :o, :b, :a)",
      soci::use(r.county_code), soci::use(r.year), soci::use(granted), soci::use(used), soci::use(carried),
      soci::use(r.updated_by), soci::use(r.updated_at);
}

std::optional<std::string> activity_county(soci::session& s, std::int64_t activity_id) {
  ll id = activity_id;
  std::string county;
  s << "SELECT county_code FROM activities WHERE id = :a", soci::use(id), soci::into(county);
  if (!s.got_data()) return std::nullopt;
  return county;
}

std::optional<ActivityExample> load_example(soci::session& s, std::int64_t activity_id) {
  auto found = read_examples(s, "WHERE e.activity_id = :a", activity_id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

void save_example(soci::session& s, const ActivityExample& e) {
  ll id = e.activity_id;
  delete_example(s, e.activity_id);
  s << "INSERT INTO activity_examples (activity_id, development_area, flagged_by, flagged_at) "
       "VALUES (:a, :d, :b, :t)",
      soci::use(id), soci::use(e.development_area), soci::use(e.flagged_by), soci::use(e.flagged_at);
}

void delete_example(soci::session& s, std::int64_t activity_id) {
  ll id = activity_id;
  s << "DELETE FROM activity_examples WHERE activity_id = :a", soci::use(id);
}

std::vector<ActivityExample> list_examples(soci::session& s) { return read_examples(s, "", 0); }

}  // namespace jamt::store
