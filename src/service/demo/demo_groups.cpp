// The demo länsgrupp in Kalmar län: members with representatives and
// substitutes (one organisation with an earlier period), meetings in 2025
// and 2026 with varied attendance, and a pending change of representative.

#include "service/demo/demo_registers.hpp"
#include "service/groups/group_register.hpp"
#include "service/groups/meeting_register.hpp"
#include "service/organisations/person_register.hpp"
#include "service/groups/representative_change_register.hpp"

namespace jamt::service {

namespace {

using registers::Record;

struct DemoMembership {
  int organisation;    // index into the demo organisations
  int representative;  // index into the demo people, -1 for none
  int substitute;
  const char* from;
  const char* to;
};

// Region Exempel had Filip Prov as representative until August 2025.
const DemoMembership kMemberships[] = {
    {0, 0, 1, "2024-01-01", ""},           {1, 2, 3, "2024-01-01", ""},
    {2, 5, -1, "2024-01-01", "2025-08-31"}, {2, 4, 5, "2025-09-01", ""},
    {3, 6, -1, "2024-01-01", ""},          {4, 7, -1, "2025-06-01", ""},
};

struct DemoMeeting {
  const char* date;
  const char* days;
  const char* title;
  const char* place;
  // Per member organisation 0–4: 1 present, 0 absent, -1 not recorded.
  int present[5];
  int attended_by[5];  // index into the demo people, -1 for not given
};

const DemoMeeting kMeetings[] = {
    {"2025-03-13", "1", "Vårmöte", "Länsstyrelsen, Kalmar", {1, 1, 1, 0, -1}, {0, 2, 5, -1, -1}},
    {"2025-05-20", "2", "Våldsförebyggande arbete i länet", "Västervik", {1, 0, 1, 1, -1}, {1, -1, 5, 6, -1}},
    {"2025-10-09", "1", "Höstmöte", "Länsstyrelsen, Kalmar", {1, 1, 1, 0, 1}, {0, 3, 4, -1, 7}},
    {"2026-02-12", "1", "Planering av året", "Digitalt", {1, 0, 1, 1, 0}, {0, -1, 4, -1, -1}},
    {"2026-04-23", "2", "Länskonferens mot mäns våld mot kvinnor", "Kalmar", {0, 1, 1, 1, 1}, {-1, 2, 5, 6, 7}},
};

std::string id_at(const std::vector<std::int64_t>& ids, int index) {
  return index < 0 ? "" : std::to_string(ids.at(static_cast<std::size_t>(index)));
}

}  // namespace

void load_demo_groups(soci::session& s, const std::vector<std::int64_t>& organisations,
                      const std::vector<std::int64_t>& people) {
  const std::string actor = "system";
  auto group = insert_checked(
      s, group_rules(),
      {{"name", "Länsgrupp mot mäns våld mot kvinnor (demo)"},
       {"type", "lansgrupp"},
       {"county_code", "08"},
       {"description",
        "Länsgruppen samlar kommuner, region, myndigheter, lärosäten och ideella organisationer i länet för att "
        "förebygga och bekämpa mäns våld mot kvinnor och våld i nära relationer. Gruppen träffas ungefär fyra "
        "heldagar om året. (Fiktivt exempel.)"},
       {"active_from", "2024-01-01"}},
      actor);
  const std::string group_id = group["id"];
  for (const auto& m : kMemberships)
    insert_checked(s, group_member_rules(),
                   {{"group_id", group_id},
                    {"organisation_id", id_at(organisations, m.organisation)},
                    {"representative_id", id_at(people, m.representative)},
                    {"substitute_id", id_at(people, m.substitute)},
                    {"member_from", m.from},
                    {"member_to", m.to},
                    {"county_code", "08"}},
                   actor);
  for (const auto& meeting : kMeetings) {
    auto saved = insert_checked(s, meeting_rules(),
                                {{"group_id", group_id},
                                 {"meeting_date", meeting.date},
                                 {"days", meeting.days},
                                 {"title", meeting.title},
                                 {"place", meeting.place},
                                 {"county_code", "08"}},
                                actor);
    for (int k = 0; k < 5; ++k) {
      if (meeting.present[k] < 0) continue;
      insert_checked(s, attendance_rules(),
                     {{"meeting_id", saved["id"]},
                      {"organisation_id", id_at(organisations, k)},
                      {"present", meeting.present[k] ? "1" : "0"},
                      {"attended_by", meeting.present[k] ? id_at(people, meeting.attended_by[k]) : ""},
                      {"county_code", "08"}},
                     actor);
    }
  }
  auto newcomer = insert_checked(s, person_rules(),
                                 {{"name", "Ida Exempelsson"},
                                  {"email", "ida.exempelsson@exempel.se"},
                                  {"organisation_id", id_at(organisations, 0)},
                                  {"role", "representant"},
                                  {"county_code", "08"}},
                                 "kontakt.kalmar@jamt.local");
  insert_checked(s, representative_change_rules(),
                 {{"group_id", group_id},
                  {"organisation_id", id_at(organisations, 0)},
                  {"representative_id", newcomer["id"]},
                  {"effective_from", "2027-01-01"},
                  {"message", "Anna Exempelsson går i pension vid årsskiftet. Ida Exempelsson tar över som representant."},
                  {"status", "vantar"},
                  {"filed_by", "kontakt.kalmar@jamt.local"},
                  {"county_code", "08"}},
                 "kontakt.kalmar@jamt.local");
}

}  // namespace jamt::service
