#include "domain/strategy/strategy_diff.hpp"

#include <map>
#include <set>

namespace jamt {

namespace {

std::string period(int start, int end) { return std::to_string(start) + "–" + std::to_string(end); }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out.empty() ? "inga" : out;
}

// A node of a flattened tree with the code of its parent.
struct FlatNode {
  const GoalNode* node = nullptr;
  std::string parent_code;  // "" at the top
  std::int64_t parent_id = 0;
};

void flatten(const std::vector<GoalNode>& nodes, const GoalNode* parent, std::vector<FlatNode>& out) {
  for (const auto& n : nodes) {
    out.push_back({&n, parent ? parent->code : "", parent ? parent->id : 0});
    flatten(n.children, &n, out);
  }
}

struct FlatIndicator {
  const Indicator* indicator = nullptr;
  const GoalNode* node = nullptr;
};

void flatten_indicators(const std::vector<GoalNode>& nodes, std::vector<FlatIndicator>& out) {
  for (const auto& n : nodes) {
    for (const auto& i : n.indicators) out.push_back({&i, &n});
    flatten_indicators(n.children, out);
  }
}

std::string place(const std::string& parent_code) { return parent_code.empty() ? "översta nivån" : "under " + parent_code; }

std::string pv_text(const std::optional<PeriodValue>& pv) {
  if (!pv) return "inget";
  std::string v = std::to_string(pv->value);
  while (v.find('.') != std::string::npos && (v.back() == '0' || v.back() == '.')) {
    bool dot = v.back() == '.';
    v.pop_back();
    if (dot) break;
  }
  return v + " (" + pv->period + ")";
}

// The Swedish names of the indicator fields that differ.
std::vector<std::string> changed_definition(const Indicator& a, const Indicator& b) {
  std::vector<std::string> out;
  if (a.unit != b.unit) out.push_back("enhet");
  if (a.source != b.source) out.push_back("källa");
  if (a.periodicity != b.periodicity) out.push_back("periodicitet");
  if (a.disaggregation != b.disaggregation) out.push_back("uppdelning");
  if (a.direction != b.direction) out.push_back("riktning");
  if (a.baseline != b.baseline) out.push_back("utgångsvärde " + pv_text(a.baseline) + " → " + pv_text(b.baseline));
  if (a.target != b.target) out.push_back("målvärde " + pv_text(a.target) + " → " + pv_text(b.target));
  if (a.note != b.note) out.push_back("anmärkning");
  if (a.measure != b.measure) out.push_back("mått");
  return out;
}

class Differ {
 public:
  Differ(const Strategy& a, const Strategy& b) : a_(a), b_(b) {}

  std::vector<StrategyChange> run() {
    strategy_fields();
    nodes();
    indicators();
    action_plan();
    return std::move(out_);
  }

 private:
  void add(std::string kind, std::string code, std::string change, std::string before, std::string after,
           std::string text) {
    out_.push_back({std::move(kind), std::move(code), std::move(change), std::move(before), std::move(after),
                    std::move(text)});
  }

  void strategy_fields() {
    if (a_.title != b_.title)
      add("strategy", "", "title", a_.title, b_.title, "Titeln har ändrats: " + a_.title + " → " + b_.title);
    std::string pa = period(a_.start_year, a_.end_year), pb = period(b_.start_year, b_.end_year);
    if (pa != pb) add("strategy", "", "period", pa, pb, "Perioden har ändrats: " + pa + " → " + pb);
    if (a_.national_goal_version != b_.national_goal_version)
      add("strategy", "", "national_goal_version", a_.national_goal_version, b_.national_goal_version,
          "De nationella målen har bytts: " + a_.national_goal_version + " → " + b_.national_goal_version);
    if (a_.vision != b_.vision) add("strategy", "", "vision", a_.vision, b_.vision, "Visionen har ändrats");
    if (a_.description != b_.description)
      add("strategy", "", "description", a_.description, b_.description, "Beskrivningen har ändrats");
  }

  static std::string node_key(const FlatNode& f, bool by_id) {
    return by_id ? "#" + std::to_string(f.node->id) : f.parent_code + "/" + f.node->code;
  }

  void nodes() {
    std::vector<FlatNode> fa, fb;
    flatten(a_.goals, nullptr, fa);
    flatten(b_.goals, nullptr, fb);
    bool by_id = !fa.empty() && !fb.empty() && fa.front().node->id != 0 && fb.front().node->id != 0;
    std::map<std::string, const FlatNode*> before;
    for (const auto& f : fa) before[node_key(f, by_id)] = &f;
    std::set<std::string> seen;
    for (const auto& f : fb) {
      std::string key = node_key(f, by_id);
      seen.insert(key);
      const GoalNode& n = *f.node;
      auto it = before.find(key);
      if (it == before.end()) {
        add("node", n.code, "added", "", n.title, "Mål " + n.code + " har lagts till: " + n.title);
        continue;
      }
      node_changes(*it->second, f);
    }
    for (const auto& f : fa)
      if (!seen.count(node_key(f, by_id)))
        add("node", f.node->code, "removed", f.node->title, "",
            "Mål " + f.node->code + " har tagits bort: " + f.node->title);
  }

  void node_changes(const FlatNode& fa, const FlatNode& fb) {
    const GoalNode& a = *fa.node;
    const GoalNode& b = *fb.node;
    const std::string name = "Mål " + b.code;
    if (a.code != b.code) add("node", b.code, "code", a.code, b.code, "Mål " + a.code + " har fått ny kod: " + b.code);
    if (a.title != b.title)
      add("node", b.code, "title", a.title, b.title, name + " har fått ny rubrik: " + a.title + " → " + b.title);
    if (a.kind != b.kind) {
      std::string ka(swedish_name(a.kind)), kb(swedish_name(b.kind));
      add("node", b.code, "level", ka, kb, name + " har bytt nivå: " + ka + " → " + kb);
    }
    if (fa.parent_code != fb.parent_code)
      add("node", b.code, "moved", fa.parent_code, fb.parent_code,
          name + " har flyttats: " + place(fa.parent_code) + " → " + place(fb.parent_code));
    if (a.description != b.description)
      add("node", b.code, "description", a.description, b.description, name + " har fått ny beskrivning");
    if (a.national_goals != b.national_goals)
      add("node", b.code, "national_goals", joined(a.national_goals), joined(b.national_goals),
          name + " bidrar till andra nationella delmål: " + joined(a.national_goals) + " → " +
              joined(b.national_goals));
    commitments(a, b);
  }

  // The commitments under one node: matched by id when both carry one, else
  // by text.
  void commitments(const GoalNode& a, const GoalNode& b) {
    auto same = [](const Commitment& x, const Commitment& y) {
      return x.id != 0 && y.id != 0 ? x.id == y.id : x.text == y.text;
    };
    const std::string under = "Åtagande under mål " + b.code;
    std::vector<bool> matched(a.board_commitments.size(), false);
    for (const auto& c : b.board_commitments) {
      std::size_t i = 0;
      while (i < a.board_commitments.size() && (matched[i] || !same(a.board_commitments[i], c))) ++i;
      if (i == a.board_commitments.size()) {
        add("commitment", b.code, "added", "", c.text, under + " har lagts till: " + c.text);
        continue;
      }
      matched[i] = true;
      const Commitment& old = a.board_commitments[i];
      if (old.text != c.text)
        add("commitment", b.code, "text", old.text, c.text, under + " har ändrats: " + old.text + " → " + c.text);
      if (old.owner != c.owner || old.owner_organisation_id != c.owner_organisation_id)
        add("commitment", b.code, "owner", owner_name(old), owner_name(c),
            under + " har fått ny ansvarig: " + owner_name(old) + " → " + owner_name(c) + " (" + c.text + ")");
      if (old.targets != c.targets)
        add("commitment", b.code, "targets", joined(old.targets), joined(c.targets),
            under + " bidrar till andra målsättningar: " + joined(old.targets) + " → " + joined(c.targets) + " (" +
                c.text + ")");
    }
    for (std::size_t i = 0; i < a.board_commitments.size(); ++i)
      if (!matched[i])
        add("commitment", b.code, "removed", a.board_commitments[i].text, "",
            under + " har tagits bort: " + a.board_commitments[i].text);
  }

  static std::string owner_name(const Commitment& c) { return c.owner.empty() ? "Länsstyrelsen" : c.owner; }

  void indicators() {
    std::vector<FlatIndicator> fa, fb;
    flatten_indicators(a_.goals, fa);
    flatten_indicators(b_.goals, fb);
    bool by_id = !fa.empty() && !fb.empty() && fa.front().indicator->id != 0 && fb.front().indicator->id != 0;
    auto key = [by_id](const FlatIndicator& f) {
      return by_id ? "#" + std::to_string(f.indicator->id) : f.indicator->code;
    };
    std::map<std::string, const FlatIndicator*> before;
    for (const auto& f : fa) before[key(f)] = &f;
    std::set<std::string> seen;
    for (const auto& f : fb) {
      seen.insert(key(f));
      const Indicator& b = *f.indicator;
      auto it = before.find(key(f));
      if (it == before.end()) {
        add("indicator", b.code, "added", "", b.name, "Indikator " + b.code + " har lagts till: " + b.name);
        continue;
      }
      const Indicator& a = *it->second->indicator;
      if (a.code != b.code)
        add("indicator", b.code, "code", a.code, b.code, "Indikator " + a.code + " har fått ny kod: " + b.code);
      if (a.name != b.name)
        add("indicator", b.code, "name", a.name, b.name,
            "Indikator " + b.code + " har fått nytt namn: " + a.name + " → " + b.name);
      if (it->second->node->code != f.node->code)
        add("indicator", b.code, "moved", it->second->node->code, f.node->code,
            "Indikator " + b.code + " har flyttats: mål " + it->second->node->code + " → mål " + f.node->code);
      if (auto fields = changed_definition(a, b); !fields.empty())
        add("indicator", b.code, "definition", "", joined(fields),
            "Indikator " + b.code + " har fått ändrad definition: " + joined(fields));
    }
    for (const auto& f : fa)
      if (!seen.count(key(f)))
        add("indicator", f.indicator->code, "removed", f.indicator->name, "",
            "Indikator " + f.indicator->code + " har tagits bort: " + f.indicator->name);
  }

  void action_plan() {
    if (!a_.action_plan && !b_.action_plan) return;
    if (!a_.action_plan || !b_.action_plan) {
      bool added = b_.action_plan.has_value();
      const std::string& title = added ? b_.action_plan->title : a_.action_plan->title;
      add("action_plan", "", added ? "added" : "removed", added ? "" : title, added ? title : "",
          std::string("Handlingsplanen har ") + (added ? "lagts till: " : "tagits bort: ") + title);
      return;
    }
    const ActionPlan& a = *a_.action_plan;
    const ActionPlan& b = *b_.action_plan;
    if (a.title != b.title)
      add("action_plan", "", "title", a.title, b.title, "Handlingsplanens titel har ändrats: " + a.title + " → " + b.title);
    std::map<std::string, const ActionPlanObjective*> objectives;
    for (const auto& o : a.objectives) objectives[o.code] = &o;
    for (const auto& o : b.objectives) {
      auto it = objectives.find(o.code);
      if (it == objectives.end()) {
        add("objective", o.code, "added", "", o.title, "Handlingsplanens mål " + o.code + " har lagts till: " + o.title);
        continue;
      }
      if (it->second->title != o.title)
        add("objective", o.code, "title", it->second->title, o.title,
            "Handlingsplanens mål " + o.code + " har fått ny rubrik: " + it->second->title + " → " + o.title);
      targets(*it->second, o);
      objectives.erase(it);
    }
    for (const auto& o : a.objectives)
      if (objectives.count(o.code))
        add("objective", o.code, "removed", o.title, "", "Handlingsplanens mål " + o.code + " har tagits bort: " + o.title);
  }

  void targets(const ActionPlanObjective& a, const ActionPlanObjective& b) {
    std::map<std::string, const ActionPlanTarget*> before;
    for (const auto& t : a.targets) before[t.code] = &t;
    for (const auto& t : b.targets) {
      auto it = before.find(t.code);
      if (it == before.end()) {
        add("action_plan_target", t.code, "added", "", t.title, "Målsättning " + t.code + " har lagts till: " + t.title);
        continue;
      }
      if (it->second->title != t.title)
        add("action_plan_target", t.code, "title", it->second->title, t.title,
            "Målsättning " + t.code + " har fått ny rubrik: " + it->second->title + " → " + t.title);
      before.erase(it);
    }
    for (const auto& t : a.targets)
      if (before.count(t.code))
        add("action_plan_target", t.code, "removed", t.title, "", "Målsättning " + t.code + " har tagits bort: " + t.title);
  }

  const Strategy& a_;
  const Strategy& b_;
  std::vector<StrategyChange> out_;
};

}  // namespace

std::vector<StrategyChange> diff_strategies(const Strategy& before, const Strategy& after) {
  return Differ(before, after).run();
}

}  // namespace jamt
