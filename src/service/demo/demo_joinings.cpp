// The demo joinings: Kalmar's example organisations at every stage of the
// joining workflow, with dates relative to today so that exactly one
// follow-up is overdue whenever the demo is started.

#include "domain/registers/follow_up_schedule.hpp"
#include "domain/registers/joining.hpp"
#include "domain/registers/organisation.hpp"
#include "domain/registers/person.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/joining/joining_register.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

struct DemoJoining {
  int organisation;          // index into the demo organisations
  const char* status;        // registers::kJoining…
  int years_ago;             // applied (and joined) this many years ago
  int follow_up_years_ago;   // a recorded follow-up, or -1
  const char* action_plan_url;
  bool consent;
  const char* note;          // rejection reason, or the action plan commitment's comment
};

const DemoJoining kJoinings[] = {
    // Joined four years ago and never followed up: overdue by a year.
    {0, "godkand", 4, -1, "https://kalmar.exempel.se/jamstalldhet/handlingsplan", true, ""},
    // Joined last year, no action plan yet.
    {1, "godkand", 1, -1, "", true, "Planen tas fram under året."},
    // Joined five years ago, followed up two years ago.
    {2, "godkand", 5, 2, "https://region.exempel.se/jamstalldhetsplan", true, ""},
    // Joined, but does not want its name published.
    {3, "godkand", 2, -1, "https://kvinnojouren.exempel.se/plan", false, ""},
    {4, "ansokt", 0, -1, "", true, ""},
    {5, "avslagen", 1, -1, "", true,
     "Ansökan saknade ett ledningsbeslut. Välkommen att ansöka igen när beslutet är fattat."},
};

std::string first_person_of(soci::session& s, std::int64_t organisation_id) {
  store::RecordFilter filter;
  filter.equals = {{"organisation_id", std::to_string(organisation_id)}};
  filter.limit = 1;
  auto people = store::find_records(s, registers::person_spec(), filter);
  return people.empty() ? "" : value_of(people.front(), "id");
}

}  // namespace

void load_demo_joinings(soci::session& s, const std::vector<std::int64_t>& organisation_ids) {
  const std::string today = store::clock_of(s).today_text();
  for (const auto& d : kJoinings) {
    std::int64_t org_id = organisation_ids.at(static_cast<std::size_t>(d.organisation));
    auto org = store::find_record(s, registers::organisation_spec(), org_id);
    if (!org) continue;
    const std::string applied = registers::add_years(today, -d.years_ago);
    const std::string status = d.status;
    Record r{{"organisation_name", value_of(*org, "name")},
             {"org_number", value_of(*org, "org_number")},
             {"organisation_type", value_of(*org, "type")},
             {"municipality_code", value_of(*org, "municipality_code")},
             {"county_code", value_of(*org, "county_code")},
             {"organisation_id", std::to_string(org_id)},
             {"contact_person_id", first_person_of(s, org_id)},
             {"decision_date", applied},
             {"action_plan_url", d.action_plan_url},
             {"publish_consent", d.consent ? "1" : "0"},
             {"status", status},
             {"applied_on", applied}};
    if (status == registers::kJoiningRejected) {
      r["decided_on"] = applied;
      r["rejection_reason"] = d.note;
    }
    std::string last_follow_up =
        d.follow_up_years_ago >= 0 ? registers::add_years(today, -d.follow_up_years_ago) : "";
    if (status == registers::kJoiningApproved) {
      r["decided_on"] = applied;
      r["joined_on"] = applied;
      r["last_follow_up"] = last_follow_up;
      r["next_follow_up"] = registers::next_follow_up_due(applied, last_follow_up);
      bool plan = d.action_plan_url[0] != '\0';
      r["commitment_decision"] = registers::kCommitmentDone;
      r["commitment_plan"] = plan ? registers::kCommitmentDone : registers::kCommitmentOngoing;
      if (!plan) r["commitment_plan_note"] = d.note;
      r["commitment_contact"] = registers::kCommitmentDone;
      r["commitment_dialogue"] = d.years_ago >= 2 ? registers::kCommitmentOngoing : registers::kCommitmentNotStarted;
      r["commitment_follow_up"] = last_follow_up.empty() ? registers::kCommitmentNotStarted : registers::kCommitmentDone;
    }
    auto saved = insert_checked(s, joining_rules(), r, "system");
    if (!last_follow_up.empty())
      insert_checked(s, joining_follow_up_rules(),
                     {{"joining_id", value_of(saved, "id")},
                      {"county_code", value_of(saved, "county_code")},
                      {"held_on", last_follow_up},
                      {"note", "Uppföljningsdialog med ledningen. Handlingsplanen reviderad."}},
                     "system");
  }
}

}  // namespace jamt::service
