#include "service/demo/demo_reporting.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "service/demo/demo_clock.hpp"
#include "domain/reporting/period.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/registers/register_service.hpp"
#include "service/reporting/form_service.hpp"
#include "service/reporting/submission_service.hpp"
#include "store/reporting/reporting_lookup.hpp"

namespace jamt::service {

namespace {

using namespace std::chrono;
using json = nlohmann::json;

struct DemoMunicipality {
  const char* code;
  const char* name;
};

// Kalmar län's twelve municipalities (ref/municipalities.csv).
const DemoMunicipality kMunicipalities[] = {
    {"0880", "Kalmar"},   {"0883", "Västervik"},  {"0821", "Högsby"},  {"0834", "Torsås"},
    {"0840", "Mörbylånga"}, {"0860", "Hultsfred"}, {"0861", "Mönsterås"}, {"0862", "Emmaboda"},
    {"0881", "Nybro"},    {"0882", "Oskarshamn"}, {"0884", "Vimmerby"}, {"0885", "Borgholm"},
};

// The nine fictitious data elements over the three target groups.
struct DemoElement {
  const char* code;
  const char* title;
  const char* help;
  const char* unit;
};
// Appended to every element title of the demo forms.
constexpr const char* kInventedMark = " (påhittade demosiffror)";

const DemoElement kElements[] = {
    {"E1", "Våldsutsatta vuxna som fått stöd av socialtjänsten", "Personer 18 år och äldre, utsatta för våld i nära relationer, med beviljat stöd under kvartalet.", "personer"},
    {"E2", "Stödsamtal med våldsutsatta vuxna", "Genomförda stödsamtal under kvartalet.", "samtal"},
    {"E3", "Våldsutsatta vuxna i skyddat boende", "Personer placerade i skyddat boende någon gång under kvartalet.", "personer"},
    {"E4", "Barn som upplevt våld och fått stöd", "Barn under 18 år som bevittnat eller upplevt våld i nära relationer. Kvinnor = flickor, män = pojkar.", "barn"},
    {"E5", "Barn i stödgrupp", "Barn som deltagit i stödgruppsverksamhet under kvartalet. Kvinnor = flickor, män = pojkar.", "barn"},
    {"E6", "Orosanmälningar om barn som upplevt våld", "Orosanmälningar om barn där våld i nära relation nämns. Kön avser barnet.", "anmälningar"},
    {"E7", "Personer som utövat våld i behandlingsprogram", "Personer som utövat våld i nära relation och deltagit i behandling under kvartalet.", "personer"},
    {"E8", "Behandlingssamtal med personer som utövat våld", "Genomförda behandlingssamtal under kvartalet.", "samtal"},
    {"E9", "Avbrutna behandlingar", "Personer som avbrutit behandlingsprogrammet under kvartalet.", "personer"},
};

// The form's definition as the API reads it: every element by women, men,
// unknown and total, with "totalt = summan av delarna" and non-negative
// cells as error rules.
json form_body(const std::string& code, const std::string& title, const std::string& periodicity,
               const json& assignments) {
  json elements = json::array(), rules = json::array();
  for (const auto& e : kElements) {
    // The figures are invented: the title says so wherever it shows, on the
    // form and on the statistics pages its approved values feed (issue 13:
    // no invented figure is presented as official).
    elements.push_back({{"code", e.code}, {"title", std::string(e.title) + kInventedMark}, {"help_text", e.help}, {"value_type", "integer"},
                        {"unit", e.unit}, {"disaggregation", {"women", "men", "unknown", "total"}}});
    const std::string c = e.code;
    rules.push_back({{"left", c + ".total"}, {"operator", "=="}, {"right", c + ".women + " + c + ".men + " + c + ".unknown"},
                     {"importance", "error"}, {"message", "Totalt ska vara summan av kvinnor, män och annat/okänt."}});
    for (const char* sex : {"women", "men", "unknown", "total"})
      rules.push_back({{"left", c + "." + sex}, {"operator", ">="}, {"right", "0"}, {"importance", "error"},
                       {"message", "Antalet kan inte vara negativt."}});
  }
  return {{"code", code},
          {"title", title},
          {"description", "Fiktivt demoformulär efter Västmanlands modell: nio uppgifter om våldsutsatta vuxna, barn "
                          "som upplevt våld och personer som utövat våld. Alla siffror är påhittade."},
          {"periodicity", periodicity},
          {"due_days", 30},
          {"county_code", "08"},
          {"elements", elements},
          {"rules", rules},
          {"assignments", assignments}};
}

// Fictitious values, different per organisation and period, that pass every rule.
json demo_values(int organisation, int period) {
  json values = json::object();
  int k = 0;
  for (const auto& e : kElements) {
    int women = (organisation * 7 + period * 3 + k * 5) % 23 + 2;
    int men = (organisation * 3 + period * 5 + k * 2) % 9 + (k >= 6 ? 6 : 0);
    int unknown = (organisation + period + k) % 4 == 0 ? 1 : 0;
    values[e.code] = {{"women", women}, {"men", men}, {"unknown", unknown}, {"total", women + men + unknown}};
    ++k;
  }
  return values;
}

// The id of the organisation of `type` in Kalmar län with `municipality`
// (or named `name`), adding it when missing.
std::int64_t find_or_add_organisation(soci::session& s, const std::string& type, const std::string& municipality,
                                      const std::string& name, int number) {
  if (auto id = store::find_organisation_by(s, type, "08", municipality, name)) return *id;
  registers::Record r{{"name", name},       {"org_number", demo_org_number(number)}, {"type", type},
                      {"county_code", "08"}, {"municipality_code", municipality},   {"website", ""},
                      {"cemr_signed", ""}};
  return std::stoll(insert_checked(s, organisation_rules(), r, "system")["id"]);
}

// What happens to one organisation's report for one period.
enum class Fate { approved_on_time, late, late_waiting, returned, draft, missing };

// The demo's plan: in the last quarter (ago 1) Kalmar's report is returned,
// Västervik's a draft, one came in late and waits for the board, two are
// missing; earlier quarters mostly approved, one late (approved) and one
// missing now and then.
Fate fate_of(int organisation, int ago) {
  if (ago == 1) {
    if (organisation == 0) return Fate::returned;
    if (organisation == 1) return Fate::draft;
    if (organisation == 9) return Fate::late_waiting;
    if (organisation >= 10) return Fate::missing;
    return Fate::approved_on_time;
  }
  if (organisation == 8 && ago == 2) return Fate::late;
  if (organisation == 5 && ago == 3) return Fate::late;
  if (organisation == 11 && ago == 4) return Fate::missing;
  return Fate::approved_on_time;
}

sys_seconds at_ten(sys_days day) { return sys_seconds{day} + hours{10}; }

}  // namespace

Result<int> load_demo_reporting(store::Database& db) {
  bool exists = false;
  Status st = db.read([&](soci::session& s) -> Status {
    exists = store::form_code_exists(s, kDemoQuarterlyForm);
    return {};
  });
  if (!st) return st.error();
  if (exists) return 0;

  std::vector<std::int64_t> municipalities;
  std::int64_t region = 0, police = 0;
  st = db.transaction([&](soci::session& s) -> Status {
    int n = 100;
    for (const auto& m : kMunicipalities)
      municipalities.push_back(
          find_or_add_organisation(s, "kommun", m.code, std::string("Exempelkommunen ") + m.name + " (demo)", ++n));
    region = find_or_add_organisation(s, "region", "", "Region Exempel (demo)", ++n);
    police = find_or_add_organisation(s, "statlig_myndighet", "", "Polisregion Exempel (demo)", ++n);
    return {};
  });
  if (!st) return st.error();

  const User strategist{.id = 0, .email = "strateg.kalmar@jamt.local", .role = Role::strategist, .county_code = "08",
                        .organisation_id = std::nullopt, .disabled = false};
  auto contact_of = [&](std::size_t i) -> User {
    const char* emails[] = {"kontakt.kalmar@jamt.local", "kontakt.vastervik@jamt.local"};
    if (i > 1) return strategist;
    return User{.id = 0, .email = emails[i], .role = Role::org_contact, .county_code = "08",
                .organisation_id = municipalities[i], .disabled = false};
  };

  // Everything below happens "then": the clock is moved to each step's day.
  DemoClock clock{db};
  FixedClock& then = clock.then();
  const auto today = clock.today();
  const sys_days now_day{today};

  auto quarterly = form_body(kDemoQuarterlyForm, "Våld i nära relationer – kvartalsstatistik", "quarterly",
                             json::array({{{"organisation_type", "kommun"}, {"county_code", "08"}}}));
  auto yearly = form_body(kDemoYearlyForm, "Våld i nära relationer – årsstatistik", "yearly",
                          json::array({{{"organisation_id", region}}, {{"organisation_id", police}}}));
  yearly["description"] = "Fiktivt demoformulär: samma nio uppgifter per år, för regionen och polisen.";
  yearly["due_days"] = 60;
  // The four quarters before the current one, oldest first.
  reporting::Period q{.periodicity = reporting::Periodicity::quarterly, .year = static_cast<int>(today.year()) - 1,
                      .index = 1};
  std::vector<reporting::Period> quarters;
  for (; sys_days{reporting::end_date(q)} < now_day; q = reporting::next_period(q)) quarters.push_back(q);
  if (quarters.size() > 4) quarters.erase(quarters.begin(), quarters.end() - 4);
  // The forms are made two days after the first of those quarters ended:
  // their pages list periods from the one before they were made, so they
  // start with that quarter, and every period shown has its reports.
  then.set(at_ten(std::min(sys_days{reporting::end_date(quarters.front())} + days{2}, now_day)));
  std::int64_t form_ids[2] = {0, 0};
  for (int f = 0; f < 2; ++f) {
    auto input = form_input_from_json(f == 0 ? quarterly : yearly);
    if (!input) return input.error();
    auto made = create_reporting_form(db, *input, strategist);
    if (!made) return made.error();
    form_ids[f] = made->form.id;
  }

  int made = 0;
  auto report = [&](std::int64_t form, std::int64_t org, const User& who, const reporting::Period& period, Fate fate,
                    const json& values, int organisation_index) -> Status {
    if (fate == Fate::missing) return {};
    const std::string p = reporting::to_string(period);
    const sys_days end{reporting::end_date(period)};
    const sys_days due{reporting::due_date(period, form == form_ids[0] ? 30 : 60)};
    sys_days submit_day = end + days{3 + organisation_index * 2};
    if (fate == Fate::late || fate == Fate::late_waiting) submit_day = std::min(due + days{12}, now_day - days{1});
    if (submit_day >= now_day) submit_day = now_day - days{1};
    then.set(at_ten(submit_day - days{1}));
    SubmissionKey key{.form_id = form, .organisation_id = org, .period = p, .if_match = std::nullopt};
    auto saved = save_submission(db, key, values, "", who);
    if (!saved) return saved.error();
    ++made;
    if (fate == Fate::draft) return {};
    then.set(at_ten(submit_day));
    if (auto sent = submit_submission(db, key, std::nullopt, who); !sent) return sent.error();
    if (fate == Fate::late_waiting) return {};
    then.set(at_ten(std::min(submit_day + days{2}, now_day)));
    if (fate == Fate::returned) {
      auto back = return_submission(db, key,
                                    "Antalet stödsamtal (E2) ser lågt ut jämfört med tidigare kvartal – stämmer "
                                    "det? Rätta eller förklara i kommentaren och skicka in igen.",
                                    strategist);
      return back ? Status{} : Status{back.error()};
    }
    auto approved = approve_submission(db, key, strategist);
    return approved ? Status{} : Status{approved.error()};
  };

  for (std::size_t qi = 0; qi < quarters.size(); ++qi) {
    const int ago = static_cast<int>(quarters.size() - qi);
    for (std::size_t i = 0; i < municipalities.size(); ++i) {
      const int index = static_cast<int>(i);
      if (auto ok = report(form_ids[0], municipalities[i], contact_of(i), quarters[qi], fate_of(index, ago),
                           demo_values(index, quarters[qi].index + quarters[qi].year), index);
          !ok)
        return ok.error();
    }
  }
  // Last year's yearly report: the region's approved, the police's late.
  const reporting::Period last_year{.periodicity = reporting::Periodicity::yearly,
                                    .year = static_cast<int>(today.year()) - 1, .index = 1};
  if (auto ok = report(form_ids[1], region, strategist, last_year, Fate::approved_on_time, demo_values(20, 1), 5); !ok)
    return ok.error();
  if (auto ok = report(form_ids[1], police, strategist, last_year, Fate::late, demo_values(21, 1), 0); !ok)
    return ok.error();
  return made;
}

}  // namespace jamt::service
