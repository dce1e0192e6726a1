#include "service/indicator_counts/register_counts.hpp"

#include <algorithm>
#include <cctype>
#include <functional>

#include "domain/national_goals.hpp"
#include "domain/regions.hpp"
#include "domain/registers/activity.hpp"
#include "domain/registers/checklist.hpp"
#include "domain/registers/checklist_summary.hpp"
#include "domain/registers/group_member.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/organisation.hpp"
#include "domain/registers/person.hpp"
#include "domain/registers/steering_document.hpp"
#include "domain/registers/steering_summary.hpp"
#include "service/indicator_counts/year_counts.hpp"
#include "store/activity_repository.hpp"
#include "store/database.hpp"
#include "store/indicator_counts/count_sources.hpp"
#include "store/register_repository.hpp"

namespace jamt::indicator_counts {

namespace {

using registers::Record;
using registers::value_of;

const std::vector<std::string> kActivityParams{"national_goal", "node"};

const RegisterCountDefinition* find_definition(const std::string& name) {
  for (const auto& d : register_count_definitions())
    if (d.name == name) return &d;
  return nullptr;
}

std::string param(const RegisterCountSpec& spec, const std::string& name) {
  auto it = spec.params.find(name);
  return it == spec.params.end() ? "" : it->second;
}

std::vector<Record> county_records(soci::session& s, const registers::EntitySpec& spec, const std::string& county,
                                   std::vector<std::pair<std::string, std::string>> more = {}) {
  more.emplace_back("county_code", county);
  return store::find_records(s, spec, {.equals = more, .order_by = "", .descending = false, .limit = 1000000});
}

double as_number(const std::string& text) {
  if (text.empty()) return 0;
  try {
    return std::stod(text);
  } catch (const std::exception&) {
    return 0;
  }
}

// The stock count of `count` on each year end, from `on_day(day)`.
std::vector<YearValue> per_year_end(int from, int to, const std::function<double(const std::string&)>& on_day) {
  std::vector<YearValue> out;
  for (int y = from; y <= to; ++y) out.push_back({.year = y, .value = {.women = {}, .men = {}, .total = on_day(year_end(y))}});
  return out;
}

// A completed activity, as the activity counts read it.
struct CompletedActivity {
  int year = 0;
  bool joint = false;
  double women = 0, men = 0, other = 0;
};

std::vector<CompletedActivity> completed_activities(soci::session& s, const std::string& county,
                                                    const RegisterCountSpec& spec) {
  auto records = county_records(s, registers::activity_spec(), county, {{"status", "genomford"}});
  auto links = store::load_all_activity_links(s);
  const std::string goal = param(spec, "national_goal"), node = param(spec, "node");
  std::vector<CompletedActivity> out;
  for (const auto& a : records) {
    auto year = completion_year(a);
    if (!year) continue;
    registers::ActivityLinks l;
    if (auto it = links.find(std::stoll(value_of(a, "id"))); it != links.end()) l = it->second.links;
    auto has = [](const std::vector<std::string>& list, const std::string& v) {
      return std::find(list.begin(), list.end(), v) != list.end();
    };
    if (!goal.empty() && !has(l.national_goals, goal)) continue;
    if (!node.empty() && !has(l.goal_nodes, node)) continue;
    out.push_back({.year = *year,
                   .joint = !l.co_organiser_ids.empty(),
                   .women = as_number(value_of(a, "participants_women")),
                   .men = as_number(value_of(a, "participants_men")),
                   .other = as_number(value_of(a, "participants_other"))});
  }
  return out;
}

std::vector<YearValue> activity_years(const std::vector<CompletedActivity>& activities, const std::string& count,
                                      int from, int to) {
  std::vector<YearValue> out;
  for (int y = from; y <= to; ++y) {
    CountValue v{.women = {}, .men = {}, .total = 0.0};
    if (count == "activity_participants") v.women = v.men = 0.0;
    for (const auto& a : activities) {
      if (a.year != y) continue;
      if (count == "activities_completed") *v.total += 1;
      else if (count == "joint_activities") *v.total += a.joint ? 1 : 0;
      else {
        *v.women += a.women;
        *v.men += a.men;
        *v.total += a.women + a.men + a.other;
      }
    }
    out.push_back({.year = y, .value = v});
  }
  return out;
}

// The date the joining's organisation had an action plan by: the upload of
// its file, or — a link has no date of its own — the joining date; "" without one.
std::string plan_since(const Record& joining, const std::map<std::int64_t, std::string>& file_dates) {
  std::string since;
  if (!value_of(joining, "action_plan_url").empty()) since = value_of(joining, "joined_on");
  if (auto it = file_dates.find(std::stoll(value_of(joining, "id"))); it != file_dates.end())
    if (since.empty() || it->second < since) since = it->second;
  return since;
}

Result<std::vector<YearValue>> count_in_session(soci::session& s, const std::string& county,
                                                const RegisterCountSpec& spec, int from, int to) {
  const std::string& name = spec.count;
  if (name == "joined_organisations") {
    auto joinings = county_records(s, registers::joining_spec(), county);
    const std::string type = param(spec, "organisation_type");
    return per_year_end(from, to, [&](const std::string& day) {
      return count_joined(joinings, day, [&](const Record& j) { return type.empty() || value_of(j, "organisation_type") == type; });
    });
  }
  if (name == "organisations_with_action_plan") {
    auto joinings = county_records(s, registers::joining_spec(), county);
    auto files = store::action_plan_file_dates(s, county);
    return per_year_end(from, to, [&](const std::string& day) {
      return count_joined(joinings, day, [&](const Record& j) { return set_by(plan_since(j, files), day); });
    });
  }
  if (name == "municipalities_joined_share") {
    auto joinings = county_records(s, registers::joining_spec(), county);
    std::size_t municipalities = 0;
    for (const auto& r : RegionCatalogue::instance().at_level(RegionLevel::municipality))
      if (r.parent == county) ++municipalities;
    return per_year_end(from, to, [&](const std::string& day) {
      return municipalities == 0 ? 0.0 : 100.0 * joined_municipalities(joinings, day).size() / municipalities;
    });
  }
  if (name == "activities_completed" || name == "joint_activities" || name == "activity_participants")
    return activity_years(completed_activities(s, county, spec), name, from, to);
  if (name == "cemr_signatories") {
    auto organisations = county_records(s, registers::organisation_spec(), county);
    return per_year_end(from, to, [&](const std::string& day) {
      return static_cast<double>(std::count_if(organisations.begin(), organisations.end(), [&](const Record& o) {
        return set_by(value_of(o, "cemr_signed"), day);
      }));
    });
  }
  if (name == "steering_documents_relevant" || name == "steering_documents_concrete") {
    auto documents = county_records(s, registers::steering_document_spec(), county);
    std::vector<YearValue> out;
    for (int y = from; y <= to; ++y) {
      auto c = registers::count_steering_documents(documents, y);
      out.push_back({.year = y,
                     .value = {.women = {}, .men = {},
                               .total = name == "steering_documents_relevant" ? c.relevant : c.concrete}});
    }
    return out;
  }
  if (name == "group_representatives") {
    const std::string group = param(spec, "group");
    auto members = county_records(s, registers::group_member_spec(), county);
    if (!group.empty())
      std::erase_if(members, [&](const Record& m) { return value_of(m, "group_id") != group; });
    std::map<std::string, std::string> sex_of;  // representative id → "kvinna", "man" or ""
    for (const auto& m : members) {
      const auto& id = value_of(m, "representative_id");
      if (id.empty() || sex_of.count(id)) continue;
      auto person = store::find_record(s, registers::person_spec(), std::stoll(id));
      sex_of[id] = person ? value_of(*person, "sex") : "";
    }
    std::vector<YearValue> out;
    for (int y = from; y <= to; ++y) {
      CountValue v{.women = 0.0, .men = 0.0, .total = 0.0};
      for (const auto& m : members) {
        if (!represented_on_day(m, year_end(y))) continue;
        const auto& sex = sex_of[value_of(m, "representative_id")];
        *v.total += 1;
        if (sex == "kvinna") *v.women += 1;
        if (sex == "man") *v.men += 1;
      }
      out.push_back({.year = y, .value = v});
    }
    return out;
  }
  if (name == "checklist_points_yes") {
    auto checklists = county_records(s, registers::checklist_spec(), county);
    std::vector<YearValue> out;
    for (int y = from; y <= to; ++y) {
      double yes = 0;
      for (const auto& c : checklists)
        if (value_of(c, "year") == std::to_string(y)) yes += registers::count_answers(c).ja;
      out.push_back({.year = y, .value = {.women = {}, .men = {}, .total = yes}});
    }
    return out;
  }
  return Error{ErrorKind::internal, "count " + name + " has a definition but no counting", {}, {}};
}

}  // namespace

const std::vector<RegisterCountDefinition>& register_count_definitions() {
  static const std::vector<RegisterCountDefinition> list{
      {.name = "joined_organisations", .label_sv = "Anslutna verksamheter", .kind = CountKind::stock,
       .params = {"organisation_type"}, .by_sex = false},
      {.name = "organisations_with_action_plan", .label_sv = "Anslutna verksamheter med handlingsplan",
       .kind = CountKind::stock, .params = {}, .by_sex = false},
      {.name = "municipalities_joined_share", .label_sv = "Andel av länets kommuner som har anslutit sig (%)",
       .kind = CountKind::stock, .params = {}, .by_sex = false},
      {.name = "activities_completed", .label_sv = "Genomförda insatser", .kind = CountKind::flow,
       .params = kActivityParams, .by_sex = false},
      {.name = "joint_activities", .label_sv = "Genomförda gemensamma insatser", .kind = CountKind::flow,
       .params = kActivityParams, .by_sex = false},
      {.name = "activity_participants", .label_sv = "Deltagare i genomförda insatser", .kind = CountKind::flow,
       .params = kActivityParams, .by_sex = true},
      {.name = "cemr_signatories", .label_sv = "Organisationer som har undertecknat CEMR-deklarationen",
       .kind = CountKind::stock, .params = {}, .by_sex = false},
      {.name = "steering_documents_relevant", .label_sv = "Styrdokument bedömda som jämställdhetsintegrerade",
       .kind = CountKind::flow, .params = {}, .by_sex = false},
      {.name = "steering_documents_concrete", .label_sv = "Styrdokument jämställdhetsintegrerade konkret",
       .kind = CountKind::flow, .params = {}, .by_sex = false},
      {.name = "group_representatives", .label_sv = "Representanter i länets grupper", .kind = CountKind::stock,
       .params = {"group"}, .by_sex = true},
      {.name = "checklist_points_yes", .label_sv = "Checklistpunkter besvarade med ja", .kind = CountKind::flow,
       .params = {}, .by_sex = false},
  };
  return list;
}

Status validate(const RegisterCountSpec& spec) {
  const auto* def = find_definition(spec.count);
  if (!def) {
    std::string names;
    for (const auto& d : register_count_definitions()) names += (names.empty() ? "" : ", ") + d.name;
    return validation_error(spec.count.empty() ? "Registerräkning: ange vad som ska räknas (" + names + ")."
                                               : "Registerräkning: ”" + spec.count + "” finns inte. Välj en av " +
                                                     names + ".",
                            {}, "register.count");
  }
  for (const auto& [key, value] : spec.params) {
    const std::string field = "register." + key;
    if (std::find(def->params.begin(), def->params.end(), key) == def->params.end()) {
      std::string accepted;
      for (const auto& p : def->params) accepted += (accepted.empty() ? "" : ", ") + p;
      return validation_error("Registerräkning: ”" + spec.count + "” tar inte parametern ”" + key + "”" +
                                  (accepted.empty() ? " (den tar inga parametrar)." : " (bara " + accepted + ")."),
                              {}, field);
    }
    if (value.empty()) return validation_error("Registerräkning: parametern ”" + key + "” är tom.", {}, field);
    if (key == "organisation_type") {
      const auto& choices = registers::organisation_spec().field("type")->choices;
      if (std::none_of(choices.begin(), choices.end(), [&](const auto& c) { return c.code == value; }))
        return validation_error("Registerräkning: organisationstypen ”" + value + "” finns inte i registret.", {},
                                field);
    } else if (key == "national_goal") {
      if (!find_national_subgoal(value))
        return validation_error("Registerräkning: ”" + value +
                                    "” är inget nationellt delmål (skriv version:nummer, t.ex. 2017:2).",
                                {}, field);
    } else if (key == "group") {
      if (value.size() > 18 || !std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); }))
        return validation_error("Registerräkning: gruppen anges med sitt id, ett heltal (inte ”" + value + "”).", {},
                                field);
    } else if (key == "node" && value.size() > 40) {
      return validation_error("Registerräkning: målnodens kod är för lång (högst 40 tecken).", {}, field);
    }
  }
  return {};
}

Result<std::vector<YearValue>> count_years(store::Database& db, const std::string& county_code,
                                           const RegisterCountSpec& spec, int from_year, int to_year) {
  if (auto st = validate(spec); !st) return st.error();
  if (auto st = check_county(county_code); !st) return st.error();
  if (auto st = check_year_range(from_year, to_year); !st) return st.error();
  std::optional<Result<std::vector<YearValue>>> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out.emplace(count_in_session(s, county_code, spec, from_year, to_year));
    return {};
  });
  if (!st) return st.error();
  return std::move(*out);
}

}  // namespace jamt::indicator_counts
