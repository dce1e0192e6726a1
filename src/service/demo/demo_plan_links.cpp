// The demo organisations' own plans tied to Kalmar's action plan, demo
// activities serving its targets, and the Region's two follow-ups with the
// dialogue per commitment (issue 12, part C). Dates are relative to today,
// as the demo joinings' are.

#include "domain/registers/follow_up_schedule.hpp"
#include "domain/registers/joining.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/joining/joining_register.hpp"
#include "service/organisation_plan/organisation_plan.hpp"
#include "store/activity_repository.hpp"
#include "store/organisation_plan/organisation_plan_repository.hpp"
#include "store/register_repository.hpp"
#include "store/strategy_repository.hpp"

namespace jamt::service {

namespace {

using registers::value_of;

struct DemoLink {
  int organisation;  // 0 Kalmar, 2 Region, 3 Kvinnojouren
  const char* target_code;
  const char* note;
};

const DemoLink kLinks[] = {
    {0, "1.1", "Verksamhetsplanen: alla skolor ska använda en universell våldsförebyggande metod till 2027."},
    {0, "1.3", "Socialnämndens plan: ett systematiskt våldsförebyggande arbete med årlig uppföljning."},
    {0, "2.1", "Personal inom socialtjänst och skola ska kunna fråga om våld."},
    {2, "2.2", "Regionens handlingsplan: rutiner för barn som bevittnat våld i hälso- och sjukvården."},
    {2, "4.4", "Fördjupningsutbildning för regionens personal."},
    {3, "2.1", "Föreningens verksamhetsplan: stödsamtal och information."},
    {3, "2.4", "Synliggöra hedersrelaterat våld och förtryck."},
};

struct DemoActivityTargets {
  const char* title;  // a demo activity
  std::vector<std::string> targets;
};

const DemoActivityTargets kActivityTargets[] = {
    {"Grundutbildning om mäns våld mot kvinnor för socialtjänsten", {"2.1", "4.4"}},
    {"Kampanj: Våga fråga om våld", {"2.1", "2.4"}},
    {"Nätverksträff om våldsprevention bland unga", {"1.1", "1.3"}},
};

// The Region's approved joining and its recorded follow-up, if any.
std::optional<registers::Record> joining_of(soci::session& s, std::int64_t organisation_id) {
  store::RecordFilter filter;
  filter.equals = {{"organisation_id", std::to_string(organisation_id)}, {"status", registers::kJoiningApproved}};
  auto found = store::find_records(s, registers::joining_spec(), filter);
  if (found.empty()) return std::nullopt;
  return found.front();
}

CommitmentDialogue dialogue(const char* commitment, CommitmentAssessment status, const char* note) {
  return {.commitment = commitment, .status = status, .note = note};
}

}  // namespace

void load_demo_plan_links(soci::session& s, const std::vector<std::int64_t>& organisation_ids) {
  const std::string today = store::clock_of(s).today_text();
  auto strategy_id = store::strategy_covering(s, "08", std::stoi(today.substr(0, 4)));
  if (!strategy_id) return;
  const std::string now = store::clock_of(s).now_text();
  for (std::size_t org = 0; org < organisation_ids.size(); ++org) {
    std::vector<PlanLink> links;
    for (const auto& l : kLinks)
      if (static_cast<std::size_t>(l.organisation) == org)
        links.push_back({.strategy_id = *strategy_id, .target_code = l.target_code, .node_id = 0, .note = l.note,
                         .declared_by = "system", .declared_at = now});
    if (!links.empty()) store::replace_plan_links(s, organisation_ids[org], "08", *strategy_id, links);
  }
  for (const auto& a : kActivityTargets)
    if (auto id = store::activity_with_title(s, a.title))
      store::replace_activity_plan_targets(s, id, *strategy_id, a.targets);

  // The Region (joined five years ago, followed up two years ago): a first
  // dialogue on the day it joined, and the substance of the later one.
  auto joining = joining_of(s, organisation_ids.at(2));
  if (!joining) return;
  store::RecordFilter filter;
  filter.equals = {{"joining_id", value_of(*joining, "id")}};
  auto recorded = store::find_records(s, registers::joining_follow_up_spec(), filter);
  if (recorded.size() != 1) return;
  const std::string joined = value_of(*joining, "joined_on");
  auto first = insert_checked(s, joining_follow_up_rules(),
                              {{"joining_id", value_of(*joining, "id")},
                               {"county_code", "08"},
                               {"held_on", joined},
                               {"note", "Startdialog vid anslutningen."}},
                              "system");
  using A = CommitmentAssessment;
  store::insert_follow_up_substance(
      s, std::stoll(value_of(first, "id")),
      {dialogue("commitment_decision", A::fulfilled, "Regionfullmäktiges beslut finns."),
       dialogue("commitment_plan", A::partly, "Handlingsplanen tas fram under året."),
       dialogue("commitment_contact", A::fulfilled, ""),
       dialogue("commitment_dialogue", A::not_assessed, ""),
       dialogue("commitment_follow_up", A::not_assessed, "")},
      contribution_snapshot(s, organisation_ids.at(2), "08", joined));
  const std::string later = value_of(recorded.front(), "held_on");
  store::insert_follow_up_substance(
      s, std::stoll(value_of(recorded.front(), "id")),
      {dialogue("commitment_decision", A::fulfilled, ""),
       dialogue("commitment_plan", A::fulfilled, "Handlingsplanen reviderad och kopplad till länets mål 2.2 och 4.4."),
       dialogue("commitment_contact", A::fulfilled, "Ny kontaktperson sedan i våras."),
       dialogue("commitment_dialogue", A::partly, "Resultaten redovisas ännu inte för ledningen."),
       dialogue("commitment_follow_up", A::fulfilled, "")},
      contribution_snapshot(s, organisation_ids.at(2), "08", later));
}

}  // namespace jamt::service
