#include "service/activities/activity_register.hpp"

#include "domain/i18n/translate.hpp"

#include "service/organisation_plan/organisation_plan.hpp"  // issue 12 C
#include "store/organisation_plan/organisation_plan_repository.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "domain/national_goals.hpp"
#include "domain/regions.hpp"
#include "domain/strategy.hpp"
#include "service/activities/activity_json.hpp"
#include "service/registers/reference_scope.hpp"
#include "service/registers/save_refusal.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "store/activity_repository.hpp"
#include "store/audit_repository.hpp"
#include "store/commitments/commitment_repository.hpp"  // issue 12 item 3
#include "store/register_repository.hpp"
#include "store/strategy_repository.hpp"

namespace jamt::service {

namespace {

using registers::Activity;
using registers::ActivityLinks;
using registers::Record;
using registers::value_of;

const registers::EntitySpec& spec() { return registers::activity_spec(); }

Error unauthorized() { return Error{ErrorKind::unauthorized, "log in to do this", {}, {}}; }

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Trimmed, without empty entries and duplicates, in the order given.
std::vector<std::string> cleaned(const std::vector<std::string>& raw) {
  std::vector<std::string> out;
  for (const auto& item : raw) {
    std::string t = trim(item);
    if (!t.empty() && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
  return out;
}

std::vector<std::string> as_text(const std::vector<std::int64_t>& ids) {
  std::vector<std::string> out;
  for (auto id : ids) out.push_back(std::to_string(id));
  return out;
}

int year_of(const std::string& iso_date) { return std::stoi(iso_date.substr(0, 4)); }

std::vector<Error> prepare(soci::session& s, Record& r, const Record*) {
  std::vector<Error> errors;
  const auto& organiser = value_of(r, "organiser_id");
  if (!organiser.empty()) {
    auto county = store::organisation_county(s, std::stoll(organiser));
    if (!county) errors.push_back(validation_error(i18n::tr("Arrangör: finns inte"), {}, "organiser_id"));
    else r["county_code"] = *county;
  }
  const auto& start = value_of(r, "start_date");
  const auto& end = value_of(r, "end_date");
  if (is_iso_date(start) && is_iso_date(end) && end < start)
    errors.push_back(validation_error(i18n::tr("Slutdatum: får inte vara före startdatum"), {}, "end_date"));
  return errors;
}

// The scope of an activity whose co-organisers are `co_organisers`: the
// organiser's contacts may change it, the co-organisers' contacts read it.
Scope scope_with(const Record& r, const std::vector<std::int64_t>& co_organisers) {
  Scope scope{.county_code = value_of(r, "county_code"), .published = registers::is_public(r), .reader_organisations = co_organisers};
  if (!value_of(r, "organiser_id").empty()) scope.organisation_id = std::stoll(value_of(r, "organiser_id"));
  return scope;
}

Scope scope_of(soci::session& s, const Record& r) {
  const auto& id = value_of(r, "id");
  if (id.empty()) return scope_with(r, {});
  return scope_with(r, store::load_activity_links(s, std::stoll(id)).links.co_organiser_ids);
}

// Co-organisers may be any organisation in the register, in any county
// (cooperation across county lines): organisation names are shown on the
// public activity pages, so only existence is checked here.
std::vector<std::int64_t> check_co_organisers(soci::session& s, const std::vector<std::string>& raw,
                                              const std::string& organiser, std::vector<Error>& errors) {
  std::vector<std::int64_t> out;
  for (const auto& text : cleaned(raw)) {
    bool digits = text.size() <= 12 && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
    if (!digits || !store::organisation_county(s, std::stoll(text))) {
      errors.push_back(validation_error(i18n::trf("Medarrangörer: organisation {1} finns inte", {text}), {}, "co_organiser_ids"));
      continue;
    }
    if (text == organiser) {
      errors.push_back(
          validation_error(i18n::tr("Medarrangörer: arrangören kan inte också vara medarrangör"), {}, "co_organiser_ids"));
      continue;
    }
    out.push_back(std::stoll(text));
  }
  return out;
}

std::vector<std::string> check_national_goals(const std::vector<std::string>& raw, std::vector<Error>& errors) {
  std::vector<std::string> out;
  for (const auto& ref : cleaned(raw)) {
    if (find_national_subgoal(ref)) out.push_back(ref);
    else
      errors.push_back(validation_error(i18n::trf("Nationella delmål: \"{1}\" är inget delmål (skriv till exempel 2017:6)", {ref}),
                                        {}, "national_goals"));
  }
  return out;
}

void collect_codes(const std::vector<GoalNode>& nodes, std::set<std::string>& out) {
  for (const auto& n : nodes) {
    out.insert(n.code);
    collect_codes(n.children, out);
  }
}

// Issue 12, part A: the ids of the nodes with `codes` in strategy
// `strategy_id` as the public reads it (its adopted version while a revision
// is open), 0 for a code it lacks; links are stored by these ids.
void first_ids(const std::vector<GoalNode>& nodes, std::map<std::string, std::int64_t>& out) {
  for (const auto& n : nodes) {
    out.emplace(n.code, n.id);
    first_ids(n.children, out);
  }
}

std::vector<std::int64_t> node_ids_of(soci::session& s, std::int64_t strategy_id, const std::vector<std::string>& codes) {
  std::vector<std::int64_t> out;
  if (strategy_id == 0 || codes.empty()) return out;
  auto strategy = store::load_strategy(s, strategy_id);
  if (!strategy) return out;
  std::map<std::string, std::int64_t> ids;
  first_ids(published_view(s, *strategy).goals, ids);
  for (const auto& c : codes) out.push_back(ids.count(c) ? ids[c] : 0);
  return out;
}

// The goal nodes checked against the strategy of the record's county for
// its start year; sets `strategy_id` (0 when there are none).
std::vector<std::string> check_goal_nodes(soci::session& s, const Record& r, const std::vector<std::string>& raw,
                                          std::int64_t& strategy_id, std::vector<Error>& errors) {
  strategy_id = 0;
  auto codes = cleaned(raw);
  if (codes.empty()) return codes;
  const auto& start = value_of(r, "start_date");
  const auto& county = value_of(r, "county_code");
  if (!is_iso_date(start) || county.empty()) return {};  // reported elsewhere
  auto id = store::strategy_covering(s, county, year_of(start));
  if (!id) {
    const auto* region = RegionCatalogue::instance().find(county);
    errors.push_back(validation_error(i18n::trf("Mål i strategin: {1} har ingen strategi för {2}",
                                                    {region ? region->name : county, start.substr(0, 4)}),
                                      {}, "goal_nodes"));
    return {};
  }
  auto strategy = store::load_strategy(s, *id);
  if (strategy) strategy = published_view(s, *strategy);  // issue 12, part A: the adopted version, not the draft revision
  std::set<std::string> known;
  if (strategy) collect_codes(strategy->goals, known);
  std::vector<std::string> out;
  for (const auto& code : codes) {
    if (known.count(code)) out.push_back(code);
    else
      errors.push_back(validation_error(i18n::trf("Mål i strategin: \"{1}\" finns inte i strategin för {2}", {code, start.substr(0, 4)}),
                                        {}, "goal_nodes"));
  }
  strategy_id = out.empty() ? 0 : *id;
  return out;
}

// --- Issue 12 item 3 (engineer B): the commitments an activity carries out ---
// Each must be a commitment of the strategy of the record's county for its
// start year; ascending, without duplicates. Problems name
// "commitment_ids".
std::vector<std::int64_t> check_commitments(soci::session& s, const Record& r, const std::vector<std::string>& raw,
                                            std::vector<Error>& errors) {
  std::vector<std::int64_t> out;
  auto ids = cleaned(raw);
  if (ids.empty()) return out;
  const auto& start = value_of(r, "start_date");
  const auto& county = value_of(r, "county_code");
  if (!is_iso_date(start) || county.empty()) return out;  // reported elsewhere
  auto strategy = store::strategy_covering(s, county, year_of(start));
  for (const auto& text : ids) {
    bool digits = text.size() <= 15 && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
    auto of = digits ? store::strategy_of_commitment(s, std::stoll(text)) : std::nullopt;
    if (!strategy || !of || *of != *strategy) {
      errors.push_back(validation_error(i18n::trf("Åtaganden: {1} är inget åtagande i länets strategi för {2}", {text, start.substr(0, 4)}),
                                        {}, "commitment_ids"));
      continue;
    }
    out.push_back(std::stoll(text));
  }
  std::sort(out.begin(), out.end());
  return out;
}
// --- end of engineer B's block ---

// Checks every list against the (merged) record.
ActivityLinks check_links(soci::session& s, const Record& r, const std::vector<std::string>& co_organisers,
                          const std::vector<std::string>& goal_nodes, const std::vector<std::string>& national_goals,
                          std::int64_t& strategy_id, std::vector<Error>& errors) {
  ActivityLinks links;
  links.co_organiser_ids = check_co_organisers(s, co_organisers, value_of(r, "organiser_id"), errors);
  links.goal_nodes = check_goal_nodes(s, r, goal_nodes, strategy_id, errors);
  links.national_goals = check_national_goals(national_goals, errors);
  return links;
}

// Takes "published" out of `fields` (it is a system field for check_record).
std::optional<std::string> take_published(Record& fields) {
  auto it = fields.find("published");
  if (it == fields.end()) return std::nullopt;
  std::string v = registers::fold_case(trim(it->second));
  fields.erase(it);
  if (v == "1" || v == "true" || v == "ja" || v == "on") return "1";
  if (v == "0" || v == "false" || v == "nej" || v == "off" || v.empty()) return "0";
  return "?";
}

// Applies a publishing request to `r`. Returns an error to answer at once
// (forbidden); validation problems go to `errors`.
Status apply_publishing(const std::optional<std::string>& requested, Record& r, const std::string& current,
                        const std::optional<User>& user, soci::session& s, std::vector<Error>& errors) {
  bool completed = value_of(r, "status") == "genomford";
  if (!requested) {
    r["published"] = completed ? current : "0";
    return {};
  }
  if (*requested == "?") {
    errors.push_back(validation_error(i18n::tr("Publicerad: ska vara ja eller nej"), {}, "published"));
    return {};
  }
  if (*requested != current) {
    Record unpublished = r;
    unpublished["published"] = "0";
    if (auto a = authorize(user, Action::decide, scope_of(s, unpublished)); !a) return a.error();
  }
  if (*requested == "1" && !completed) {
    errors.push_back(validation_error(i18n::tr("Publicerad: bara genomförda insatser kan publiceras"), {}, "published"));
    return {};
  }
  r["published"] = *requested;
  return {};
}

Error first_or_report(std::vector<Error> errors, std::vector<Error>* problems) {
  Error first = errors.front();
  if (problems) *problems = std::move(errors);
  return first;
}

Activity load(soci::session& s, std::int64_t id, Record record) {
  auto stored = store::load_activity_links(s, id);
  return Activity{std::move(record), stored.links, stored.strategy_id};
}

void audit(soci::session& s, const std::string& actor, const std::string& action, std::int64_t id,
           const Activity* before, const Activity* after) {
  store::append_audit(
      s, {.actor = actor,
          .action = action,
          .entity = spec().entity,
          .entity_id = id,
          .before_json = before ? std::optional<std::string>(activity_audit_json(*before).dump()) : std::nullopt,
          .after_json = after ? std::optional<std::string>(activity_audit_json(*after).dump()) : std::nullopt});
}

bool matches_search(const Record& r, const std::string& folded) {
  if (folded.empty()) return true;
  for (const auto& name : spec().search_fields)
    if (registers::fold_case(value_of(r, name)).find(folded) != std::string::npos) return true;
  return false;
}

bool contains(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

Status check_filter(const ActivityFilter& f) {
  auto choice_ok = [](const std::string& field, const std::string& v) {
    if (v.empty()) return true;
    for (const auto& c : spec().field(field)->choices)
      if (c.code == v) return true;
    return false;
  };
  if (!choice_ok("type", f.type)) return validation_error(i18n::trf("okänd typ av insats \"{1}\"", {f.type}), {}, "type");
  if (!choice_ok("status", f.status)) return validation_error(i18n::trf("okänd status \"{1}\"", {f.status}), {}, "status");
  if (!f.county_code.empty() && !RegionCatalogue::instance().find_county(f.county_code))
    return validation_error(i18n::trf("okänt län \"{1}\"", {f.county_code}), {}, "county");
  if (!f.national_goal.empty() && !find_national_subgoal(f.national_goal))
    return validation_error(i18n::trf("okänt nationellt delmål \"{1}\"", {f.national_goal}), {}, "national_goal");
  if (f.year && (*f.year < 1900 || *f.year > 2100))
    return validation_error(i18n::tr("året ska vara mellan 1900 och 2100"), {}, "year");
  return {};
}

}  // namespace

const RegisterRules& activity_rules() {
  static const RegisterRules rules{
      .spec = &registers::activity_spec(),
      .scope_of = scope_of,
      .prepare = prepare,
      .public_list = true,
      .contacts_may_delete = true,
      .remove = delete_activity,
  };
  return rules;
}

bool may_create_activities(const std::optional<User>& user) {
  return may_create_records(user);
}

bool may_publish(store::Database& db, const Record& activity, const std::optional<User>& user) {
  Record r = activity;
  r["published"] = "0";
  return allowed(db, activity_rules(), Action::decide, r, user);
}

Result<Activity> create_activity(store::Database& db, const ActivityInput& input, const std::optional<User>& user,
                                 std::vector<Error>* problems) {
  if (!user) return unauthorized();
  Record fields = input.fields;
  auto published = take_published(fields);
  auto checked = registers::check_record(spec(), fields, false);
  std::vector<Error> errors = checked.errors;
  if (malformed_reference(spec(), checked.record)) return first_or_report(errors, problems);
  Activity saved;
  Status st = db.transaction([&](soci::session& s) -> Status {
    Record& r = checked.record;
    // The organiser is checked against the user's scope before anything
    // about it is used (issue 9, item 14).
    auto refused = check_references(s, spec(), r, nullptr, user);
    errors.insert(errors.end(), refused.begin(), refused.end());
    auto more = prepare(s, r, nullptr);
    if (refused.empty()) errors.insert(errors.end(), more.begin(), more.end());
    std::int64_t strategy_id = 0;
    ActivityLinks links = check_links(s, r, input.co_organiser_ids.value_or(std::vector<std::string>{}),
                                      input.goal_nodes.value_or(std::vector<std::string>{}),
                                      input.national_goals.value_or(std::vector<std::string>{}), strategy_id, errors);
    // Issue 12, part C: the action-plan targets it serves.
    links.plan_targets = input.plan_targets.value_or(std::vector<std::string>{});
    std::int64_t plan_strategy =
        check_plan_targets(s, value_of(r, "county_code"), value_of(r, "start_date"), links.plan_targets, errors);
    links.commitment_ids =  // issue 12 item 3 (engineer B)
        check_commitments(s, r, input.commitment_ids.value_or(std::vector<std::string>{}), errors);
    if (auto p = apply_publishing(published, r, "0", user, s, errors); !p) return p.error();
    if (!errors.empty()) return first_or_report(errors, problems);
    if (auto a = authorize(user, Action::create, scope_of(s, r)); !a) return a.error();
    std::int64_t id = 0;
    try {
      id = store::insert_record(s, spec(), r);
    } catch (const std::exception& e) {
      if (auto refused = save_refusal(spec(), e)) return *refused;
      throw;
    }
    store::replace_activity_links(s, id, links, strategy_id, node_ids_of(s, strategy_id, links.goal_nodes));
    store::replace_activity_plan_targets(s, id, plan_strategy, links.plan_targets);  // issue 12 C
    auto record = store::find_record(s, spec(), id).value_or(r);
    saved = load(s, id, record);
    audit(s, actor_name(user), "create", id, nullptr, &saved);
    return {};
  });
  st = explain_refusal(db, spec(), checked.record, std::move(st));
  if (!st) return st.error();
  return saved;
}

Activity insert_activity_checked(soci::session& s, Record record, const ActivityLinks& links, const std::string& actor) {
  std::int64_t strategy_id = 0;
  ActivityLinks kept = links;
  const auto& start = value_of(record, "start_date");
  auto strategy = is_iso_date(start) ? store::strategy_covering(s, value_of(record, "county_code"), year_of(start))
                                     : std::nullopt;
  if (strategy && !kept.goal_nodes.empty()) strategy_id = *strategy;
  else kept.goal_nodes.clear();
  std::int64_t id = store::insert_record(s, spec(), record);
  store::replace_activity_links(s, id, kept, strategy_id, node_ids_of(s, strategy_id, kept.goal_nodes));
  Activity saved = load(s, id, store::find_record(s, spec(), id).value_or(record));
  audit(s, actor, "create", id, nullptr, &saved);
  return saved;
}

Result<Activity> get_activity(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  std::optional<Activity> found;
  Status st = db.read([&](soci::session& s) -> Status {
    auto record = store::find_record(s, spec(), id);
    if (!record) return missing_record_error(user, spec().label_sv);
    if (auto a = authorize_stored(user, Action::read, scope_of(s, *record), spec().label_sv); !a) return a.error();
    found = load(s, id, *record);
    return {};
  });
  if (!st) return st.error();
  return *found;
}

Result<Activity> update_activity(store::Database& db, std::int64_t id, const ActivityInput& input,
                                 const std::optional<User>& user, std::vector<Error>* problems) {
  if (!user) return unauthorized();
  Record fields = input.fields;
  auto published = take_published(fields);
  auto checked = registers::check_record(spec(), fields, true);
  std::vector<Error> errors = checked.errors;
  if (malformed_reference(spec(), checked.record)) return first_or_report(errors, problems);
  Activity after;
  Record merged_input;  // the record as it was to be saved
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto stored = store::find_record(s, spec(), id);
    if (!stored) return missing_record_error(user, spec().label_sv);
    if (auto a = authorize_stored(user, Action::update, scope_of(s, *stored), spec().label_sv); !a) return a.error();
    Activity before = load(s, id, *stored);
    Record merged = *stored;
    for (const auto& [k, v] : checked.record) merged[k] = v;
    merged_input = merged;
    auto refused = check_references(s, spec(), merged, &*stored, user);
    errors.insert(errors.end(), refused.begin(), refused.end());
    auto more = prepare(s, merged, &*stored);
    if (refused.empty()) errors.insert(errors.end(), more.begin(), more.end());
    std::int64_t strategy_id = 0;
    ActivityLinks links =
        check_links(s, merged, input.co_organiser_ids.value_or(as_text(before.links.co_organiser_ids)),
                    input.goal_nodes.value_or(before.links.goal_nodes),
                    input.national_goals.value_or(before.links.national_goals), strategy_id, errors);
    // Issue 12, part C: the action-plan targets it serves.
    links.plan_targets = input.plan_targets.value_or(before.links.plan_targets);
    std::int64_t plan_strategy =
        check_plan_targets(s, value_of(merged, "county_code"), value_of(merged, "start_date"), links.plan_targets, errors);
    links.commitment_ids =  // issue 12 item 3 (engineer B)
        check_commitments(s, merged, input.commitment_ids.value_or(as_text(before.links.commitment_ids)), errors);
    std::string current = value_of(*stored, "published") == "1" ? "1" : "0";
    if (auto p = apply_publishing(published, merged, current, user, s, errors); !p) return p.error();
    if (!errors.empty()) return first_or_report(errors, problems);
    if (auto a = authorize(user, Action::update, scope_of(s, merged)); !a) return a.error();
    Record diff;
    for (const auto& f : spec().fields)
      if (value_of(merged, f.name) != value_of(*stored, f.name)) diff[f.name] = value_of(merged, f.name);
    bool links_changed = links != before.links || strategy_id != before.strategy_id;
    if (diff.empty() && !links_changed) {
      after = before;
      return {};
    }
    try {
      if (!diff.empty()) store::update_record(s, spec(), id, diff);
    } catch (const std::exception& e) {
      if (auto refused = save_refusal(spec(), e)) return *refused;
      throw;
    }
    if (links_changed) {
      store::replace_activity_links(s, id, links, strategy_id, node_ids_of(s, strategy_id, links.goal_nodes));
      store::replace_activity_plan_targets(s, id, plan_strategy, links.plan_targets);  // issue 12 C
    }
    after = load(s, id, store::find_record(s, spec(), id).value_or(merged));
    audit(s, actor_name(user), "update", id, &before, &after);
    return {};
  });
  st = explain_refusal(db, spec(), merged_input, std::move(st));
  if (!st) return st.error();
  return after;
}

Status delete_activity(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  return db.transaction([&](soci::session& s) -> Status {
    auto stored = store::find_record(s, spec(), id);
    if (!stored) return missing_record_error(user, spec().label_sv);
    if (auto a = authorize_stored(user, Action::remove, scope_of(s, *stored), spec().label_sv); !a) return a.error();
    Activity before = load(s, id, *stored);
    store::delete_activity_links(s, id);
    store::delete_record(s, spec(), id);
    audit(s, actor_name(user), "delete", id, &before, nullptr);
    return {};
  });
}

Result<std::vector<Activity>> list_activities(store::Database& db, const ActivityFilter& filter,
                                              const std::optional<User>& user) {
  if (auto ok = check_filter(filter); !ok) return ok.error();
  store::RecordFilter query;
  if (!filter.county_code.empty()) query.equals.emplace_back("county_code", filter.county_code);
  if (!filter.type.empty()) query.equals.emplace_back("type", filter.type);
  if (!filter.status.empty()) query.equals.emplace_back("status", filter.status);
  query.order_by = "start_date";
  query.descending = true;
  std::string folded = registers::fold_case(filter.search);
  std::vector<Activity> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto links = store::load_all_activity_links(s);
    for (auto& r : store::find_records(s, spec(), query)) {
      if (filter.year && !registers::in_year(r, *filter.year)) continue;
      if (!matches_search(r, folded)) continue;
      std::int64_t id = std::stoll(value_of(r, "id"));
      auto it = links.find(id);
      if (!authorize(user, Action::read, scope_with(r, it == links.end() ? std::vector<std::int64_t>{}
                                                                          : it->second.links.co_organiser_ids)))
        continue;
      Activity a{std::move(r), it == links.end() ? ActivityLinks{} : it->second.links,
                 it == links.end() ? 0 : it->second.strategy_id};
      if (filter.organiser_id && value_of(a.record, "organiser_id") != std::to_string(*filter.organiser_id) &&
          std::find(a.links.co_organiser_ids.begin(), a.links.co_organiser_ids.end(), *filter.organiser_id) ==
              a.links.co_organiser_ids.end())
        continue;
      if (!filter.national_goal.empty() && !contains(a.links.national_goals, filter.national_goal)) continue;
      if (!filter.goal_node.empty() && !contains(a.links.goal_nodes, filter.goal_node)) continue;
      out.push_back(std::move(a));
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

}  // namespace jamt::service
