// The demo activities: twelve fictitious activities in Kalmar län 2025–2026
// by the demo organisations, linked to Kalmar's strategy and the national
// sub-goals, some of them joint, most with participants by sex.

#include "service/activities/activity_register.hpp"
#include "service/demo/demo_registers.hpp"

namespace jamt::service {

namespace {

struct DemoActivity {
  const char* title;
  const char* type;
  const char* status;
  const char* start;
  const char* end;
  int organiser;                  // index into the demo organisations
  std::vector<int> co_organisers;  // indices too
  std::vector<std::string> goal_nodes;
  std::vector<std::string> national_goals;
  const char* target_groups;
  const char* women;
  const char* men;
  const char* other;
  bool published;
  const char* description;
};

// Organisations: 0 Kalmar, 1 Västervik, 2 Region, 3 Kvinnojouren,
// 4 Exempelhögskolan, 5 Exempelbolaget, 6 Myndigheten för exempel.
const DemoActivity kActivities[] = {
    {"Grundutbildning om mäns våld mot kvinnor för socialtjänsten", "utbildning", "genomford", "2025-03-12", "", 0,
     {3}, {"FO5", "FO5.1"}, {"2017:6"}, "Personal inom socialtjänsten", "34", "9", "1", true,
     "En heldag om våldets mekanismer, att fråga om våld och samverkan med kvinnojouren."},
    {"Regional konferens: Ett jämställt Kalmar län", "konferens", "genomford", "2025-05-20", "", 2, {0, 1, 4},
     {"1", "7"}, {"2017:1", "2017:2"}, "Chefer och förtroendevalda", "88", "41", "3", true,
     "Länets årliga konferens om strategin, med workshoppar om jämställdhetsintegrering."},
    {"Nätverksträff för kontaktpersoner i anslutna verksamheter", "natverkstraff", "genomford", "2025-09-18", "", 1,
     {}, {"7"}, {"2017:1"}, "Kontaktpersoner", "14", "5", "", false,
     "Erfarenhetsutbyte om ledningsbeslut och insatsplaner."},
    {"Kartläggning av utrikesfödda kvinnors väg till arbete", "kartlaggning", "genomford", "2025-02-01", "2025-11-30", 4,
     {0}, {"FO3", "FO3.5"}, {"2017:2"}, "Handläggare inom arbetsmarknad och etablering", "", "", "", false,
     "Intervjuer och registerdata om hinder och vägar till arbete."},
    {"Metodstöd: könskonsekvensanalys i civil beredskap", "metodstod", "genomford", "2025-10-06", "2026-03-31", 6, {2},
     {"FO2", "FO2.4"}, {}, "Beredskapssamordnare", "11", "13", "", false,
     "Fyra träffar med handledning i att göra könskonsekvensanalyser."},
    {"Kampanj: Våga fråga om våld", "kampanj", "genomford", "2026-02-01", "2026-03-08", 3, {0, 1}, {"FO5.2"},
     {"2017:6"}, "Allmänheten", "", "", "", true, "Affischer, sociala medier och informationsbord på vårdcentraler."},
    {"Processtöd för jämställd arbetsmarknad i näringslivet", "processtod", "pagar", "2026-01-15", "2026-12-15", 5, {},
     {"FO1.3"}, {"2017:2"}, "Ledningsgrupper i företag", "6", "9", "", false,
     "Stöd till tre företag att ta fram jämställdhetsplaner."},
    {"Utbildning i jämställd hälsa för vårdpersonal", "utbildning", "genomford", "2026-04-22", "", 2, {}, {"FO4.1"},
     {"2017:5"}, "Personal inom hälso- och sjukvården", "41", "12", "2", true,
     "Halvdag om bemötande och ohälsoskillnader mellan kvinnor och män."},
    {"Information om jämställd föräldraledighet", "information", "genomford", "2026-06-01", "2026-09-30", 1, {},
     {"4"}, {"2017:4", "2017:2"}, "Blivande föräldrar", "", "", "", false,
     "Informationsmaterial på mödra- och barnavårdscentraler."},
    {"Statsbidrag för utrikesfödda kvinnors etablering", "statsbidrag", "pagar", "2026-03-01", "2026-12-31", 0, {},
     {"FO3.6"}, {"2017:2"}, "Utrikesfödda kvinnor", "", "", "", false,
     "Kommunen prövar nya former av samverkan med arbetsförmedlingen."},
    {"Nätverksträff om våldsprevention bland unga", "natverkstraff", "planerad", "2026-12-03", "", 0, {3}, {"FO5.2"},
     {"2017:6", "2017:3"}, "Skolpersonal och fritidsledare", "", "", "", false, "Planerad träff om genusförändrande arbete."},
    {"Konferens om jämställd utbildning", "konferens", "installd", "2026-10-14", "", 4, {}, {"3"}, {"2017:3"},
     "Lärare och studie- och yrkesvägledare", "", "", "", false, "Inställd; flyttas till våren."},
};

}  // namespace

void add_demo_activities(soci::session& s, const std::vector<std::int64_t>& organisation_ids) {
  for (const auto& a : kActivities) {
    registers::Record r{{"title", a.title},
                        {"type", a.type},
                        {"status", a.status},
                        {"start_date", a.start},
                        {"end_date", a.end},
                        {"organiser_id", std::to_string(organisation_ids.at(a.organiser))},
                        {"county_code", "08"},
                        {"target_groups", a.target_groups},
                        {"participants_women", a.women},
                        {"participants_men", a.men},
                        {"participants_other", a.other},
                        {"description", a.description},
                        {"published", a.published ? "1" : "0"}};
    registers::ActivityLinks links;
    for (int i : a.co_organisers) links.co_organiser_ids.push_back(organisation_ids.at(i));
    links.goal_nodes = a.goal_nodes;
    links.national_goals = a.national_goals;
    insert_activity_checked(s, r, links, "system");
  }
}

}  // namespace jamt::service
