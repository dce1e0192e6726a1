#include "store/strategy_repository.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "store/database.hpp"
#include "store/indicators/indicator_binding_columns.hpp"

namespace jamt::store {

namespace {

using ll = long long;

// Lists are stored as JSON arrays in a TEXT column.
std::string to_json_text(const std::vector<std::string>& v) { return nlohmann::json(v).dump(); }
std::vector<std::string> from_json_text(const std::string& text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_array()) return {};
  return j.get<std::vector<std::string>>();
}

struct NullableText {
  std::string value;
  soci::indicator ind = soci::i_null;
  explicit NullableText(const std::optional<std::string>& v) {
    if (v) { value = *v; ind = soci::i_ok; }
  }
};

// Inserts the indicator under `node_id`, or with `existing_id` updates that
// row instead (moving it under `node_id`), so its id stays.
void write_indicator(soci::session& s, ll node_id, int position, const Indicator& i, ll existing_id = 0) {
  std::string bp, tp, dis = to_json_text(i.disaggregation);
  double bv = 0, tv = 0;
  soci::indicator bind = soci::i_null, tind = soci::i_null;
  if (i.baseline) { bp = i.baseline->period; bv = i.baseline->value; bind = soci::i_ok; }
  if (i.target) { tp = i.target->period; tv = i.target->value; tind = soci::i_ok; }
  soci::indicator bind2 = bind, tind2 = tind;
  std::string mcode, mfilter;
  soci::indicator mind = soci::i_null, find = soci::i_null;
  if (i.measure) {
    mcode = i.measure->code;
    mfilter = nlohmann::json(i.measure->filter).dump();
    mind = find = soci::i_ok;
  }
  if (existing_id != 0) {
    s << "UPDATE indicators SET node_id = :n, position = :p, code = :c, name = :na, unit = :u, source = :s, "
         "periodicity = :pe, disaggregation = :d, direction = :di, baseline_period = :bp, baseline_value = :bv, "
         "target_period = :tp, target_value = :tv, note = :no, measure_code = :mc, measure_filter = :mf WHERE id = :id",
        soci::use(node_id), soci::use(position), soci::use(i.code), soci::use(i.name), soci::use(i.unit),
        soci::use(i.source), soci::use(i.periodicity), soci::use(dis), soci::use(i.direction), soci::use(bp, bind),
        soci::use(bv, bind2), soci::use(tp, tind), soci::use(tv, tind2), soci::use(i.note), soci::use(mcode, mind),
        soci::use(mfilter, find), soci::use(existing_id);
    write_indicator_binding(s, existing_id, i);
    return;
  }
  ll id = 0;
  s << "INSERT INTO indicators (node_id, position, code, name, unit, source, periodicity, disaggregation, direction, "
       "baseline_period, baseline_value, target_period, target_value, note, measure_code, measure_filter) VALUES "
       "(:n, :p, :c, :na, :u, :s, :pe, :d, :di, :bp, :bv, :tp, :tv, :no, :mc, :mf) RETURNING id",
      soci::use(node_id), soci::use(position), soci::use(i.code), soci::use(i.name), soci::use(i.unit),
      soci::use(i.source), soci::use(i.periodicity), soci::use(dis), soci::use(i.direction), soci::use(bp, bind),
      soci::use(bv, bind2), soci::use(tp, tind), soci::use(tv, tind2), soci::use(i.note), soci::use(mcode, mind),
      soci::use(mfilter, find), soci::into(id);
  write_indicator_binding(s, id, i);
}

// The national goals and problem areas of node `id` (rows without an
// identity of their own).
void insert_node_details(soci::session& s, ll id, const GoalNode& n) {
  for (int g = 0; g < static_cast<int>(n.national_goals.size()); ++g)
    s << "INSERT INTO goal_node_national_goals (node_id, position, national_goal) VALUES (:n, :p, :g)",
        soci::use(id), soci::use(g), soci::use(n.national_goals[g]);
  for (int a = 0; a < static_cast<int>(n.problem_areas.size()); ++a) {
    const auto& pa = n.problem_areas[a];
    ll pa_id = 0;
    s << "INSERT INTO problem_areas (node_id, position, problem) VALUES (:n, :p, :t) RETURNING id", soci::use(id),
        soci::use(a), soci::use(pa.problem), soci::into(pa_id);
    for (int x = 0; x < static_cast<int>(pa.actions.size()); ++x) {
      std::string contributors = to_json_text(pa.actions[x].contributors);
      std::string subgoals = to_json_text(pa.actions[x].subgoals);
      s << "INSERT INTO suggested_actions (problem_area_id, position, action, contributors, subgoals) "
           "VALUES (:a, :p, :ac, :c, :s)",
          soci::use(pa_id), soci::use(x), soci::use(pa.actions[x].action), soci::use(contributors),
          soci::use(subgoals);
    }
  }
}

// Inserts the commitment under `node_id`, or with `existing_id` updates that
// row instead (moving it under `node_id`), so its id and statuses stay.
void write_commitment(soci::session& s, ll node_id, int position, const Commitment& c, ll existing_id = 0) {
  std::string targets = to_json_text(c.targets);
  ll org = c.owner_organisation_id.value_or(0);
  soci::indicator org_ind = c.owner_organisation_id ? soci::i_ok : soci::i_null;
  if (existing_id != 0) {
    s << "UPDATE board_commitments SET node_id = :n, position = :p, text = :t, owner = :o, "
         "owner_organisation_id = :org, targets = :tg WHERE id = :id",
        soci::use(node_id), soci::use(position), soci::use(c.text), soci::use(c.owner), soci::use(org, org_ind),
        soci::use(targets), soci::use(existing_id);
    return;
  }
  s << "INSERT INTO board_commitments (node_id, position, text, owner, owner_organisation_id, targets) "
       "VALUES (:n, :p, :t, :o, :org, :tg)",
      soci::use(node_id), soci::use(position), soci::use(c.text), soci::use(c.owner), soci::use(org, org_ind),
      soci::use(targets);
}

ll insert_node_row(soci::session& s, ll strategy_id, std::optional<ll> parent, int position, const GoalNode& n) {
  ll parent_value = parent.value_or(0);
  soci::indicator parent_ind = parent ? soci::i_ok : soci::i_null;
  std::string kind(to_string(n.kind));
  ll id = 0;
  s << "INSERT INTO goal_nodes (strategy_id, parent_id, position, code, kind, title, description, title_en, "
       "description_en) VALUES (:s, :p, :pos, :c, :k, :t, :d, :te, :de) RETURNING id",
      soci::use(strategy_id), soci::use(parent_value, parent_ind), soci::use(position), soci::use(n.code),
      soci::use(kind), soci::use(n.title), soci::use(n.description), soci::use(n.title_en),
      soci::use(n.description_en), soci::into(id);
  return id;
}

void insert_node(soci::session& s, ll strategy_id, std::optional<ll> parent, int position, const GoalNode& n) {
  ll id = insert_node_row(s, strategy_id, parent, position, n);
  insert_node_details(s, id, n);
  for (int i = 0; i < static_cast<int>(n.indicators.size()); ++i) write_indicator(s, id, i, n.indicators[i]);
  for (int c = 0; c < static_cast<int>(n.board_commitments.size()); ++c)
    write_commitment(s, id, c, n.board_commitments[c]);
  for (int c = 0; c < static_cast<int>(n.children.size()); ++c) insert_node(s, strategy_id, id, c, n.children[c]);
}

void insert_action_plan(soci::session& s, ll strategy_id, const Strategy& st);

void insert_tree(soci::session& s, ll strategy_id, const Strategy& st) {
  for (int i = 0; i < static_cast<int>(st.goals.size()); ++i) insert_node(s, strategy_id, std::nullopt, i, st.goals[i]);
  insert_action_plan(s, strategy_id, st);
}

// Writes a new tree over the stored one of a strategy so that every node and
// indicator that is still there keeps its row (and id): matched by its id
// when it carries one of this strategy, else by its code under the same
// parent (nodes) or node (indicators), by its text under the same node
// (commitments). Unmatched rows are deleted, new ones inserted.
struct TreeSync {
  soci::session& s;
  ll strategy_id;
  struct Row {
    ll parent = 0;
    std::string code;
    bool claimed = false;
  };
  std::map<ll, Row> nodes{};
  std::map<ll, Row> indicators{};  // parent = node id
  std::map<ll, Row> commitments{};  // parent = node id, code = text

  void load() {
    ll id = 0, parent = 0;
    std::string code;
    soci::indicator parent_ind;
    soci::statement st = (s.prepare << "SELECT id, parent_id, code FROM goal_nodes WHERE strategy_id = :s",
                          soci::use(strategy_id), soci::into(id), soci::into(parent, parent_ind), soci::into(code));
    st.execute();
    while (st.fetch()) nodes[id] = Row{parent_ind == soci::i_null ? 0 : parent, code};
    soci::statement st2 = (s.prepare << "SELECT i.id, i.node_id, i.code FROM indicators i JOIN goal_nodes n "
                                        "ON n.id = i.node_id WHERE n.strategy_id = :s",
                           soci::use(strategy_id), soci::into(id), soci::into(parent), soci::into(code));
    st2.execute();
    while (st2.fetch()) indicators[id] = Row{parent, code};
    soci::statement st3 = (s.prepare << "SELECT c.id, c.node_id, c.text FROM board_commitments c JOIN goal_nodes n "
                                        "ON n.id = c.node_id WHERE n.strategy_id = :s",
                           soci::use(strategy_id), soci::into(id), soci::into(parent), soci::into(code));
    st3.execute();
    while (st3.fetch()) commitments[id] = Row{parent, code};
  }

  static ll claim(std::map<ll, Row>& rows, ll wanted, ll parent, const std::string& code) {
    if (wanted != 0) {
      auto it = rows.find(wanted);
      if (it != rows.end() && !it->second.claimed) {
        it->second.claimed = true;
        return wanted;
      }
    }
    for (auto& [id, row] : rows)
      if (!row.claimed && row.parent == parent && row.code == code) {
        row.claimed = true;
        return id;
      }
    return 0;
  }

  void node(std::optional<ll> parent, int position, const GoalNode& n) {
    ll id = claim(nodes, n.id, parent.value_or(0), n.code);
    if (id == 0) {
      id = insert_node_row(s, strategy_id, parent, position, n);
    } else {
      ll parent_value = parent.value_or(0);
      soci::indicator parent_ind = parent ? soci::i_ok : soci::i_null;
      std::string kind(to_string(n.kind));
      s << "UPDATE goal_nodes SET parent_id = :p, position = :pos, code = :c, kind = :k, title = :t, "
           "description = :d, title_en = :te, description_en = :de WHERE id = :id",
          soci::use(parent_value, parent_ind), soci::use(position), soci::use(n.code), soci::use(kind),
          soci::use(n.title), soci::use(n.description), soci::use(n.title_en), soci::use(n.description_en),
          soci::use(id);
      s << "DELETE FROM goal_node_national_goals WHERE node_id = :id", soci::use(id);
      s << "DELETE FROM problem_areas WHERE node_id = :id", soci::use(id);
    }
    insert_node_details(s, id, n);
    for (int i = 0; i < static_cast<int>(n.indicators.size()); ++i) {
      const Indicator& ind = n.indicators[i];
      ll existing = claim(indicators, ind.id, id, ind.code);
      write_indicator(s, id, i, ind, existing);
    }
    for (int c = 0; c < static_cast<int>(n.board_commitments.size()); ++c) {
      const Commitment& cm = n.board_commitments[c];
      ll existing = claim(commitments, cm.id, id, cm.text);
      write_commitment(s, id, c, cm, existing);
    }
    for (int c = 0; c < static_cast<int>(n.children.size()); ++c) node(id, c, n.children[c]);
  }

  void run(const Strategy& st) {
    load();
    for (int i = 0; i < static_cast<int>(st.goals.size()); ++i) node(std::nullopt, i, st.goals[i]);
    for (const auto& [id, row] : indicators)
      if (!row.claimed) s << "DELETE FROM indicators WHERE id = :id", soci::use(id);
    for (const auto& [id, row] : commitments)
      if (!row.claimed) s << "DELETE FROM board_commitments WHERE id = :id", soci::use(id);
    for (const auto& [id, row] : nodes)
      if (!row.claimed) s << "DELETE FROM goal_nodes WHERE id = :id", soci::use(id);
  }
};

void insert_action_plan(soci::session& s, ll strategy_id, const Strategy& st) {
  if (!st.action_plan) return;
  const ActionPlan& p = *st.action_plan;
  ll plan_id = 0;
  s << "INSERT INTO action_plans (strategy_id, title, start_year, end_year, description) "
       "VALUES (:s, :t, :a, :b, :d) RETURNING id",
      soci::use(strategy_id), soci::use(p.title), soci::use(p.start_year), soci::use(p.end_year),
      soci::use(p.description), soci::into(plan_id);
  for (int o = 0; o < static_cast<int>(p.objectives.size()); ++o) {
    const auto& obj = p.objectives[o];
    ll obj_id = 0;
    s << "INSERT INTO action_plan_objectives (action_plan_id, position, code, title, description) "
         "VALUES (:p, :pos, :c, :t, :d) RETURNING id",
        soci::use(plan_id), soci::use(o), soci::use(obj.code), soci::use(obj.title), soci::use(obj.description),
        soci::into(obj_id);
    for (int t = 0; t < static_cast<int>(obj.targets.size()); ++t) {
      const auto& tg = obj.targets[t];
      std::string ex = to_json_text(tg.example_activities), fu = to_json_text(tg.follow_up_sources);
      s << "INSERT INTO action_plan_targets (objective_id, position, code, title, example_activities, "
           "follow_up_sources) VALUES (:o, :p, :c, :t, :e, :f)",
          soci::use(obj_id), soci::use(t), soci::use(tg.code), soci::use(tg.title), soci::use(ex), soci::use(fu);
    }
  }
}

// Loads the rows of one strategy's tree into nodes keyed by id.
struct TreeLoader {
  soci::session& s;
  ll strategy_id;
  std::map<ll, GoalNode> nodes;
  std::map<ll, std::vector<std::pair<int, ll>>> children;  // parent (0 = root) -> (position, id)

  void load_nodes() {
    ll id = 0, parent = 0;
    int position = 0;
    std::string code, kind, title, description, title_en, description_en;
    soci::indicator parent_ind;
    soci::statement st = (s.prepare << "SELECT id, parent_id, position, code, kind, title, description, title_en, "
                                       "description_en FROM goal_nodes WHERE strategy_id = :s",
                          soci::use(strategy_id), soci::into(id), soci::into(parent, parent_ind),
                          soci::into(position), soci::into(code), soci::into(kind), soci::into(title),
                          soci::into(description), soci::into(title_en), soci::into(description_en));
    st.execute();
    while (st.fetch()) {
      GoalNode n;
      n.id = id;
      n.code = code;
      n.kind = parse_node_kind(kind).value_or(NodeKind::target);
      n.title = title;
      n.description = description;
      n.title_en = title_en;
      n.description_en = description_en;
      nodes[id] = std::move(n);
      children[parent_ind == soci::i_null ? 0 : parent].emplace_back(position, id);
    }
  }

  void load_national_goals() {
    ll node = 0;
    std::string goal;
    soci::statement st = (s.prepare << "SELECT g.node_id, g.national_goal FROM goal_node_national_goals g "
                                       "JOIN goal_nodes n ON n.id = g.node_id WHERE n.strategy_id = :s "
                                       "ORDER BY g.node_id, g.position",
                          soci::use(strategy_id), soci::into(node), soci::into(goal));
    st.execute();
    while (st.fetch()) nodes[node].national_goals.push_back(goal);
  }

  void load_indicators() {
    ll id = 0, node = 0;
    std::string code, name, unit, source, periodicity, dis, direction, bp, tp, note, mcode, mfilter;
    double bv = 0, tv = 0;
    soci::indicator bpi, bvi, tpi, tvi, mci, mfi;
    soci::statement st =
        (s.prepare << "SELECT i.id, i.node_id, i.code, i.name, i.unit, i.source, i.periodicity, i.disaggregation, "
                      "i.direction, i.baseline_period, i.baseline_value, i.target_period, i.target_value, i.note, "
                      "i.measure_code, i.measure_filter "
                      "FROM indicators i JOIN goal_nodes n ON n.id = i.node_id WHERE n.strategy_id = :s "
                      "ORDER BY i.node_id, i.position",
         soci::use(strategy_id), soci::into(id), soci::into(node), soci::into(code), soci::into(name),
         soci::into(unit), soci::into(source), soci::into(periodicity), soci::into(dis), soci::into(direction),
         soci::into(bp, bpi), soci::into(bv, bvi), soci::into(tp, tpi), soci::into(tv, tvi), soci::into(note),
         soci::into(mcode, mci), soci::into(mfilter, mfi));
    st.execute();
    while (st.fetch()) {
      Indicator i;
      i.id = id;
      i.code = code;
      i.name = name;
      i.unit = unit;
      i.source = source;
      i.periodicity = periodicity;
      i.disaggregation = from_json_text(dis);
      i.direction = direction;
      if (bpi == soci::i_ok && bvi == soci::i_ok) i.baseline = PeriodValue{.period = bp, .value = bv};
      if (tpi == soci::i_ok && tvi == soci::i_ok) i.target = PeriodValue{.period = tp, .value = tv};
      i.note = note;
      if (mci == soci::i_ok) {
        MeasureLink link{.code = mcode, .filter = {}};
        auto f = nlohmann::json::parse(mfi == soci::i_ok ? mfilter : "{}", nullptr, false);
        if (f.is_object())
          for (const auto& [k, v] : f.items())
            if (v.is_string()) link.filter[k] = v.get<std::string>();
        i.measure = std::move(link);
      }
      nodes[node].indicators.push_back(std::move(i));
    }
  }

  void load_commitments() {
    ll id = 0, node = 0, org = 0;
    std::string text, owner, targets;
    soci::indicator org_ind;
    soci::statement st =
        (s.prepare << "SELECT c.id, c.node_id, c.text, c.owner, c.owner_organisation_id, c.targets "
                      "FROM board_commitments c JOIN goal_nodes n ON n.id = c.node_id WHERE n.strategy_id = :s "
                      "ORDER BY c.node_id, c.position",
         soci::use(strategy_id), soci::into(id), soci::into(node), soci::into(text), soci::into(owner),
         soci::into(org, org_ind), soci::into(targets));
    st.execute();
    while (st.fetch())
      nodes[node].board_commitments.push_back(
          Commitment{.id = id,
                     .text = text,
                     .owner = owner,
                     .owner_organisation_id = org_ind == soci::i_ok ? std::optional<std::int64_t>(org) : std::nullopt,
                     .targets = from_json_text(targets)});
  }

  void load_problem_areas() {
    ll node = 0, area = 0;
    std::string problem;
    std::map<ll, std::pair<ll, std::size_t>> where;  // area id -> (node id, index)
    soci::statement st = (s.prepare << "SELECT a.id, a.node_id, a.problem FROM problem_areas a JOIN goal_nodes n "
                                       "ON n.id = a.node_id WHERE n.strategy_id = :s ORDER BY a.node_id, a.position",
                          soci::use(strategy_id), soci::into(area), soci::into(node), soci::into(problem));
    st.execute();
    while (st.fetch()) {
      where[area] = {node, nodes[node].problem_areas.size()};
      nodes[node].problem_areas.push_back({problem, {}});
    }
    std::string action, contributors, subgoals;
    soci::statement st2 =
        (s.prepare << "SELECT x.problem_area_id, x.action, x.contributors, x.subgoals FROM suggested_actions x "
                      "JOIN problem_areas a ON a.id = x.problem_area_id JOIN goal_nodes n ON n.id = a.node_id "
                      "WHERE n.strategy_id = :s ORDER BY x.problem_area_id, x.position",
         soci::use(strategy_id), soci::into(area), soci::into(action), soci::into(contributors), soci::into(subgoals));
    st2.execute();
    while (st2.fetch()) {
      auto [n, idx] = where[area];
      nodes[n].problem_areas[idx].actions.push_back({action, from_json_text(contributors), from_json_text(subgoals)});
    }
  }

  std::vector<GoalNode> assemble(ll parent) {
    std::vector<GoalNode> out;
    auto it = children.find(parent);
    if (it == children.end()) return out;
    auto list = it->second;
    std::sort(list.begin(), list.end());
    for (auto [pos, id] : list) {
      GoalNode n = std::move(nodes[id]);
      n.children = assemble(id);
      out.push_back(std::move(n));
    }
    return out;
  }
};

std::optional<ActionPlan> load_action_plan(soci::session& s, ll strategy_id) {
  ActionPlan p;
  ll plan_id = 0;
  s << "SELECT id, title, start_year, end_year, description FROM action_plans WHERE strategy_id = :s",
      soci::use(strategy_id), soci::into(plan_id), soci::into(p.title), soci::into(p.start_year),
      soci::into(p.end_year), soci::into(p.description);
  if (!s.got_data()) return std::nullopt;
  ll obj_id = 0;
  ActionPlanObjective o;
  std::map<ll, std::size_t> index;
  soci::statement st = (s.prepare << "SELECT id, code, title, description FROM action_plan_objectives "
                                     "WHERE action_plan_id = :p ORDER BY position",
                        soci::use(plan_id), soci::into(obj_id), soci::into(o.code), soci::into(o.title),
                        soci::into(o.description));
  st.execute();
  while (st.fetch()) {
    index[obj_id] = p.objectives.size();
    p.objectives.push_back(o);
  }
  ActionPlanTarget t;
  std::string ex, fu;
  soci::statement st2 =
      (s.prepare << "SELECT t.objective_id, t.code, t.title, t.example_activities, t.follow_up_sources "
                    "FROM action_plan_targets t JOIN action_plan_objectives o ON o.id = t.objective_id "
                    "WHERE o.action_plan_id = :p ORDER BY t.objective_id, t.position",
       soci::use(plan_id), soci::into(obj_id), soci::into(t.code), soci::into(t.title), soci::into(ex), soci::into(fu));
  st2.execute();
  while (st2.fetch()) {
    t.example_activities = from_json_text(ex);
    t.follow_up_sources = from_json_text(fu);
    p.objectives[index[obj_id]].targets.push_back(t);
  }
  return p;
}

}  // namespace

std::int64_t insert_strategy(soci::session& s, const Strategy& st) {
  std::string status(to_string(st.status));
  NullableText adopted(st.adopted_on), decision(st.decision);
  int revision_open = st.revision_open ? 1 : 0;
  std::string now = clock_of(s).now_text();
  ll id = 0;
  s << "INSERT INTO strategies (county_code, title, start_year, end_year, status, adopted_on, decision, revision_open, "
       "national_goal_version, vision, description, source, title_en, vision_en, description_en, created_at, "
       "updated_at) VALUES (:c, :t, :a, :b, :st, :ad, :de, :ro, :v, :vi, :d, :so, :te, :ve, :dee, :cr, :up) "
       "RETURNING id",
      soci::use(st.county_code), soci::use(st.title), soci::use(st.start_year), soci::use(st.end_year),
      soci::use(status), soci::use(adopted.value, adopted.ind), soci::use(decision.value, decision.ind),
      soci::use(revision_open), soci::use(st.national_goal_version), soci::use(st.vision), soci::use(st.description),
      soci::use(st.source), soci::use(st.title_en), soci::use(st.vision_en), soci::use(st.description_en),
      soci::use(now), soci::use(now), soci::into(id);
  insert_tree(s, id, st);
  return id;
}

void replace_strategy(soci::session& s, std::int64_t id_in, const Strategy& st) {
  ll id = id_in;
  std::string status(to_string(st.status));
  NullableText adopted(st.adopted_on), decision(st.decision);
  int revision_open = st.revision_open ? 1 : 0;
  std::string now = clock_of(s).now_text();
  s << "UPDATE strategies SET county_code = :c, title = :t, start_year = :a, end_year = :b, status = :st, "
       "adopted_on = :ad, decision = :de, revision_open = :ro, national_goal_version = :v, vision = :vi, "
       "description = :d, source = :so, title_en = :te, vision_en = :ve, description_en = :dee, updated_at = :up "
       "WHERE id = :id",
      soci::use(st.county_code), soci::use(st.title), soci::use(st.start_year), soci::use(st.end_year),
      soci::use(status), soci::use(adopted.value, adopted.ind), soci::use(decision.value, decision.ind),
      soci::use(revision_open), soci::use(st.national_goal_version), soci::use(st.vision), soci::use(st.description),
      soci::use(st.source), soci::use(st.title_en), soci::use(st.vision_en), soci::use(st.description_en),
      soci::use(now), soci::use(id);
  TreeSync{s, id}.run(st);
  s << "DELETE FROM action_plans WHERE strategy_id = :id", soci::use(id);
  insert_action_plan(s, id, st);
}

std::optional<std::int64_t> find_strategy_id(soci::session& s, const std::string& county_code, int start_year,
                                             int end_year) {
  ll id = 0;
  s << "SELECT id FROM strategies WHERE county_code = :c AND start_year = :a AND end_year = :b",
      soci::use(county_code), soci::use(start_year), soci::use(end_year), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return id;
}

std::optional<Strategy> load_strategy(soci::session& s, std::int64_t id_in) {
  ll id = id_in;
  Strategy st;
  std::string status, adopted, decision;
  soci::indicator adopted_ind, decision_ind;
  int revision_open = 0;
  s << "SELECT id, county_code, title, start_year, end_year, status, adopted_on, decision, revision_open, "
       "national_goal_version, vision, description, source, title_en, vision_en, description_en FROM strategies "
       "WHERE id = :id",
      soci::use(id), soci::into(st.id), soci::into(st.county_code), soci::into(st.title), soci::into(st.start_year),
      soci::into(st.end_year), soci::into(status), soci::into(adopted, adopted_ind), soci::into(decision, decision_ind),
      soci::into(revision_open), soci::into(st.national_goal_version), soci::into(st.vision),
      soci::into(st.description), soci::into(st.source), soci::into(st.title_en), soci::into(st.vision_en),
      soci::into(st.description_en);
  if (!s.got_data()) return std::nullopt;
  st.status = parse_strategy_status(status).value_or(StrategyStatus::draft);
  if (adopted_ind == soci::i_ok) st.adopted_on = adopted;
  if (decision_ind == soci::i_ok) st.decision = decision;
  st.revision_open = revision_open != 0;
  TreeLoader loader{s, id, {}, {}};
  loader.load_nodes();
  loader.load_national_goals();
  loader.load_indicators();
  loader.load_commitments();
  loader.load_problem_areas();
  st.goals = loader.assemble(0);
  attach_indicator_bindings(s, st);
  st.action_plan = load_action_plan(s, id);
  return st;
}

std::vector<StrategySummary> list_strategies(soci::session& s) {
  std::vector<StrategySummary> out;
  StrategySummary row;
  std::string status;
  int revision_open = 0;
  soci::statement st = (s.prepare << "SELECT id, county_code, title, start_year, end_year, status, revision_open, "
                                     "title_en FROM strategies ORDER BY county_code, start_year, end_year",
                        soci::into(row.id), soci::into(row.county_code), soci::into(row.title),
                        soci::into(row.start_year), soci::into(row.end_year), soci::into(status),
                        soci::into(revision_open), soci::into(row.title_en));
  st.execute();
  while (st.fetch()) {
    row.status = parse_strategy_status(status).value_or(StrategyStatus::draft);
    row.revision_open = revision_open != 0;
    out.push_back(row);
  }
  return out;
}

std::vector<NodeServingGoal> list_nodes_serving(soci::session& s, const std::string& reference) {
  std::vector<NodeServingGoal> out;
  NodeServingGoal row;
  std::string kind, status;
  soci::statement st =
      (s.prepare << "SELECT st.id, st.county_code, st.title, st.status, st.start_year, st.end_year, n.code, n.kind, "
                    "n.title, st.title_en, n.title_en "
                    "FROM goal_node_national_goals g JOIN goal_nodes n ON n.id = g.node_id "
                    "JOIN strategies st ON st.id = n.strategy_id WHERE g.national_goal = :g "
                    "ORDER BY st.county_code, st.start_year, n.id",
       soci::use(reference), soci::into(row.strategy_id), soci::into(row.county_code), soci::into(row.strategy_title),
       soci::into(status), soci::into(row.start_year), soci::into(row.end_year), soci::into(row.code), soci::into(kind),
       soci::into(row.title), soci::into(row.strategy_title_en), soci::into(row.title_en));
  st.execute();
  while (st.fetch()) {
    row.kind = parse_node_kind(kind).value_or(NodeKind::target);
    row.strategy_status = parse_strategy_status(status).value_or(StrategyStatus::draft);
    out.push_back(row);
  }
  return out;
}

}  // namespace jamt::store
