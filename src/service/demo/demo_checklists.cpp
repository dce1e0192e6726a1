// Demo systematics checklists and steering documents for the demo
// organisations in Kalmar län (see demo_registers.cpp).

#include <stdexcept>

#include "domain/registers/checklist.hpp"
#include "service/checklists/checklist_register.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/checklists/steering_document_register.hpp"

namespace jamt::service {

namespace {

using registers::Record;

// Runs the register's derivations (county, title) on a demo record; a
// problem is a mistake in the demo data.
Record prepared(soci::session& s, const RegisterRules& rules, Record r) {
  auto errors = rules.prepare(s, r, nullptr);
  if (!errors.empty()) throw std::logic_error("demo " + rules.spec->entity + ": " + errors.front().to_string());
  return r;
}

struct DemoChecklist {
  int organisation;     // index into the demo organisations
  int year;
  const char* answers;  // ten letters: j = ja, d = delvis, n = nej
  const char* comments[registers::kChecklistPoints];
};

// Kalmar (0) has only 2025, so its contact can fill in 2026.
const DemoChecklist kChecklists[] = {
    {0, 2025, "jdddnjdnnd", {"Beslut i kommunfullmäktige 2016 i samband med CEMR.", "", "", "Budgeten saknar analys.", "", "", "", "", "", ""}},
    {1, 2025, "dnnddnnndn", {"", "", "", "", "", "", "", "", "", ""}},
    {1, 2026, "jdnddddndd", {"Beslut i kommunstyrelsen i mars.", "", "", "", "", "", "Ny mall för tjänsteskrivelser.", "", "", ""}},
    {2, 2025, "jjdjjddddj", {"", "", "", "", "", "", "", "", "", ""}},
    {2, 2026, "jjjjjjdjdj", {"", "", "Ny ledningsgrupp har utbildats.", "", "", "", "", "", "", ""}},
    {3, 2025, "nnjdjdnjdj", {"Föreningen har ingen politisk församling; styrelsen beslutar.", "", "", "", "", "", "", "", "", ""}},
    {3, 2026, "ddjjjjdjjj", {"", "", "", "", "", "", "", "", "", ""}},
};

struct DemoSteeringDocument {
  int organisation;
  const char* title;
  const char* type;
  int year;
  const char* url;
  const char* relevant;  // "1", "0" or "" (not assessed)
  const char* level;     // "allman", "konkret" or ""
  const char* comment;
};

const DemoSteeringDocument kSteeringDocuments[] = {
    {0, "Jämställdhetsplan 2024–2026", "plan", 2024, "https://kalmar.exempel.se/jamstalldhetsplan.pdf", "1", "konkret",
     "Mål och uppföljning per kön i varje förvaltning."},
    {0, "Budget och verksamhetsplan 2025", "budget", 2025, "https://kalmar.exempel.se/budget-2025.pdf", "1", "allman",
     "Jämställdhet nämns som princip men saknas i målen."},
    {0, "Policy för medarbetarskap", "policy", 2023, "", "0", "", ""},
    {0, "Översiktsplan 2040", "plan", 2025, "https://kalmar.exempel.se/op2040", "", "", ""},
    {1, "Strategi för trygghet och säkerhet", "strategi", 2024, "", "1", "konkret", ""},
    {1, "Riktlinje för arbetet mot våld i nära relationer", "riktlinje", 2023, "", "1", "konkret", ""},
    {1, "Kulturpolitiskt program", "program", 2022, "", "0", "", ""},
    {2, "Regional utvecklingsstrategi 2030", "strategi", 2022, "https://region.exempel.se/rus", "1", "allman", ""},
    {2, "Budget och verksamhetsplan 2026", "budget", 2026, "https://region.exempel.se/budget-2026", "1", "allman", ""},
    {2, "Plan för jämlik vård", "plan", 2025, "", "1", "konkret", "Könsuppdelade väntetider följs upp varje kvartal."},
    {2, "Digitaliseringsstrategi", "strategi", 2024, "", "", "", ""},
    {4, "Plan för lika villkor 2025–2027", "plan", 2025, "https://hogskolan.exempel.se/lika-villkor", "1", "konkret", ""},
    {4, "Riktlinje för rekrytering", "riktlinje", 2024, "", "0", "", ""},
    {3, "Verksamhetsplan 2026", "budget", 2026, "", "", "", ""},
};

std::string answer_of(char letter) { return letter == 'j' ? "ja" : letter == 'd' ? "delvis" : "nej"; }

}  // namespace

void load_demo_checklists(soci::session& s, const std::vector<std::int64_t>& organisation_ids) {
  for (const auto& c : kChecklists) {
    Record r{{"organisation_id", std::to_string(organisation_ids.at(c.organisation))}, {"year", std::to_string(c.year)}};
    for (int n = 1; n <= registers::kChecklistPoints; ++n) {
      r[registers::answer_field(n)] = answer_of(c.answers[n - 1]);
      r[registers::comment_field(n)] = c.comments[n - 1];
    }
    insert_checked(s, checklist_rules(), prepared(s, checklist_rules(), r), "system");
  }
}

void load_demo_steering_documents(soci::session& s, const std::vector<std::int64_t>& organisation_ids) {
  const auto& rules = steering_document_rules();
  for (const auto& d : kSteeringDocuments) {
    Record r{{"organisation_id", std::to_string(organisation_ids.at(d.organisation))},
             {"title", d.title},
             {"type", d.type},
             {"year", std::to_string(d.year)},
             {"url", d.url}};
    auto saved = insert_checked(s, rules, prepared(s, rules, r), "system");
    if (std::string(d.relevant).empty()) continue;
    apply_change(s, rules, std::stoll(saved["id"]),
                 {{"relevant", d.relevant}, {"level", d.level}, {"assessment_comment", d.comment},
                  {"assessed_on", "2026-10-15"}},
                 "system", "assess");
  }
}

}  // namespace jamt::service
