// The three-year follow-up of joined organisations (issue 14, item 2;
// docs/follow-up-round.md) on SQLite and PostgreSQL at fixed dates: who is
// due follows the joining register's own rule and agrees with the overdue
// follow-ups list; an organisation's section shows its commitments per
// year, a checklist, an activity, a late report, and survey answers only
// where the survey is not anonymous.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "follow_up_round_fixture.hpp"
#include "service/checklists/checklist_register.hpp"
#include "service/follow_up_round/due_follow_ups.hpp"
#include "service/follow_up_round/follow_up_round.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

namespace {

// The section with `id` in `sections` or below, or nullptr.
const report_doc::Section* find_section(const std::vector<report_doc::Section>& sections, const std::string& id) {
  for (const auto& s : sections) {
    if (s.id == id) return &s;
    if (const auto* found = find_section(s.children, id)) return found;
  }
  return nullptr;
}

// A cell as a reader sees it: its text, its number, or "..".
std::string shown(const report_doc::Cell& c) {
  if (c.number) return std::to_string(static_cast<long long>(*c.number));
  return c.text.empty() ? ".." : c.text;
}

// Every row of `table` as shown, each cell joined with " | ".
std::vector<std::string> rows_of(const report_doc::Table& table) {
  std::vector<std::string> out;
  for (const auto& row : table.rows) {
    std::string line;
    for (const auto& c : row) line += (line.empty() ? "" : " | ") + shown(c);
    out.push_back(line);
  }
  return out;
}

// Everything the section and its children say, as one text.
std::string text_of(const report_doc::Section& s) {
  std::string out = s.heading + "\n";
  for (const auto& p : s.paragraphs) out += p + "\n";
  for (const auto& t : s.tables) {
    out += t.caption + "\n";
    for (const auto& r : rows_of(t)) out += r + "\n";
  }
  for (const auto& c : s.children) out += text_of(c);
  return out;
}

}  // namespace

class FollowUpRound : public FollowUpRoundFixture {};

TEST_F(FollowUpRound, AnOrganisationJoinedInMarch2021IsDueIn2024NotIn2023AndAgreesWithTheOverdueList) {
  const auto joining_a = join(org_a, "2021-03-01");
  join(org_b, "2023-02-01");
  set_clock("2024-05-15T09:00:00Z");
  const User strategist = strategist_of("08");

  auto in_2023 = service::due_follow_ups(*db, "08", 2023, strategist);
  ASSERT_TRUE(in_2023.ok()) << in_2023.error().to_string();
  EXPECT_TRUE(in_2023->empty()) << "joined 2021-03-01: not due before 2024";

  auto in_2024 = service::due_follow_ups(*db, "08", 2024, strategist);
  ASSERT_TRUE(in_2024.ok()) << in_2024.error().to_string();
  ASSERT_EQ(in_2024->size(), 1u) << "B joined 2023 and is due in 2026";
  EXPECT_EQ(in_2024->at(0).organisation_name, "Kommun A");
  EXPECT_EQ(in_2024->at(0).due, "2024-03-01");
  EXPECT_TRUE(in_2024->at(0).overdue);

  // The joining register's overdue list says the same.
  auto overdue = get(*client, "/api/v1/joinings/overdue?county=08", &strategist_08());
  ASSERT_EQ(overdue.status, 200) << overdue.body;
  ASSERT_EQ(overdue.json["count"], 1);
  EXPECT_EQ(overdue.json["items"][0]["id"], joining_a);
  EXPECT_EQ(overdue.json["items"][0]["due"], in_2024->at(0).due);
  EXPECT_EQ(service::due_follow_ups(*db, "08", 2026, strategist)->size(), 2u) << "A still owed, B due";

  // The round as a document: the table of who is due.
  auto round = service::follow_up_round(*db, "08", 2024, strategist);
  ASSERT_TRUE(round.ok()) << round.error().to_string();
  EXPECT_EQ(round->generated_at, "2024-05-15T09:00:00Z");
  const auto* due = find_section(round->sections, "att-folja-upp");
  ASSERT_NE(due, nullptr);
  ASSERT_EQ(due->tables.size(), 1u);
  EXPECT_EQ(rows_of(due->tables[0]),
            std::vector<std::string>{"Kommun A | Kommun | 2021-03-01 | .. | 2024-03-01 (försenad) | .."});
  EXPECT_NE(find_section(round->sections, "organisation-" + std::to_string(org_a)), nullptr);
  EXPECT_EQ(find_section(round->sections, "organisation-" + std::to_string(org_b)), nullptr);

  // Once held, A stays in 2024's round (held on …) and is next due in 2027.
  ASSERT_TRUE(service::record_follow_up(*db, joining_a, "2024-05-14", "Dialog med kommunledningen", system_admin()).ok());
  in_2024 = service::due_follow_ups(*db, "08", 2024, strategist);
  ASSERT_EQ(in_2024->size(), 1u);
  EXPECT_EQ(in_2024->at(0).held_on, "2024-05-14");
  EXPECT_FALSE(in_2024->at(0).overdue);
  EXPECT_TRUE(service::due_follow_ups(*db, "08", 2025, strategist)->empty());
  auto in_2027 = service::due_follow_ups(*db, "08", 2027, strategist);
  ASSERT_EQ(in_2027->size(), 2u) << "B, still owed since 2026, then A";
  EXPECT_EQ(in_2027->at(0).organisation_name, "Kommun B");
  EXPECT_EQ(in_2027->at(1).due, "2027-05-14");
  EXPECT_EQ(get(*client, "/api/v1/joinings/" + std::to_string(joining_a), &strategist_08()).json["next_follow_up"],
            "2027-05-14");
}

TEST_F(FollowUpRound, TheSectionShowsCommitmentsPerYearAChecklistAnActivityALateReportAndNoAnonymousAnswers) {
  ASSERT_TRUE(sink.ready());
  join(org_a, "2021-03-01");
  set_clock("2024-05-15T09:00:00Z");
  add_person(org_a, "Anna Andersson", "anna@kommuna.example.se");

  // A commitment of Kalmar's strategy owned by A, with a status in 2023 and 2024, adopted.
  std::int64_t kalmar = 0;
  for (const auto& s : get(*client, "/api/v1/strategies", nullptr).json)
    if (s["county_code"] == "08" && s["start_year"] == 2024) kalmar = s["id"].get<std::int64_t>();
  ASSERT_NE(kalmar, 0);
  const std::string strategy = "/api/v1/strategies/" + std::to_string(kalmar);
  const auto overall = get(*client, strategy, nullptr).json["goals"][0]["id"].get<std::int64_t>();
  auto made = post_json(*client, strategy + "/commitments",
                        {{"node_id", overall}, {"text", "Kommun A utbildar sina chefer"},
                         {"owner_organisation_id", org_a}},
                        strategist_08().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string status = strategy + "/commitments/" + std::to_string(made.json["id"].get<std::int64_t>()) + "/status/";
  for (auto [year, value] : {std::pair{"2023", "planned"}, std::pair{"2024", "ongoing"}}) {
    auto set = answer_of(client->Put(status + year, strategist_08().headers(), json{{"status", value}}.dump(),
                                     "application/json"));
    ASSERT_EQ(set.status, 200) << set.body;
  }
  ASSERT_EQ(post_json(*client, strategy + "/adopt", {{"adopted_on", "2024-05-15"}, {"decision", "Dnr 2024-1"}},
                      strategist_08().headers())
                .status,
            200);

  // A checklist for 2023: six ja, three delvis, one nej.
  registers::Record checklist{{"organisation_id", std::to_string(org_a)}, {"year", "2023"}};
  for (int p = 1; p <= 10; ++p) checklist["answer_" + std::to_string(p)] = p <= 6 ? "ja" : p <= 9 ? "delvis" : "nej";
  auto saved = service::create_checklist(*db, checklist, system_admin());
  ASSERT_TRUE(saved.ok()) << saved.error().to_string();

  // An activity of A in 2023 and one from 2019, before the follow-up's years.
  for (auto [title, start] : {std::pair{"Chefsutbildning i jämställdhetsintegrering", "2023-09-12"},
                              std::pair{"Gammal föreläsning", "2019-04-02"}}) {
    auto activity = post_json(*client, "/api/v1/activities",
                              {{"title", title}, {"type", "utbildning"}, {"status", "genomford"},
                               {"start_date", start}, {"organiser_id", org_a}},
                              contact_a().headers());
    ASSERT_EQ(activity.status, 201) << activity.body;
  }

  // 2024Q1 was due on 2024-04-30; A submits it on 2024-05-15: late.
  const auto form = define_form();
  const std::string report = "/api/v1/forms/" + std::to_string(form) + "/submissions/" + std::to_string(org_a) + "/2024Q1";
  ASSERT_EQ(answer_of(client->Put(report, contact_a().headers(), json{{"values", {{"E1", {{"total", 3}}}}}}.dump(),
                                  "application/json"))
                .status,
            200);
  auto submitted = post_json(*client, report + "/submit", json::object(), contact_a().headers());
  ASSERT_EQ(submitted.status, 200) << submitted.body;

  // Anna answers a survey that is not anonymous and one that is.
  answered_survey("Kartläggning 2024", false, "anna@kommuna.example.se", "Vi behöver stöd med budgeten.");
  answered_survey("Brukarundersökning 2024", true, "anna@kommuna.example.se", "Hemlig synpunkt om chefen.");

  auto doc = service::organisation_follow_up(*db, org_a, 2024, strategist_of("08"));
  ASSERT_TRUE(doc.ok()) << doc.error().to_string();
  const std::string id = "organisation-" + std::to_string(org_a);
  const auto* section = find_section(doc->sections, id);
  ASSERT_NE(section, nullptr);
  EXPECT_EQ(section->heading, "Kommun A");

  const auto* commitments = find_section(doc->sections, id + "-ataganden");
  ASSERT_NE(commitments, nullptr);
  ASSERT_EQ(commitments->tables.size(), 2u);
  EXPECT_EQ(commitments->tables[1].columns,
            (std::vector<std::string>{"Åtagande", "Mål", "2021", "2022", "2023", "2024"}));
  EXPECT_EQ(rows_of(commitments->tables[1]),
            std::vector<std::string>{"Kommun A utbildar sina chefer | 0 | .. | .. | Planerat | Pågår"});

  const auto* checklists = find_section(doc->sections, id + "-checklistor");
  ASSERT_NE(checklists, nullptr);
  ASSERT_EQ(checklists->tables.size(), 1u);
  EXPECT_EQ(rows_of(checklists->tables[0]), std::vector<std::string>{"2023 | 6 | 3 | 1 | 0 | .."});

  const auto* activities = find_section(doc->sections, id + "-insatser");
  ASSERT_NE(activities, nullptr);
  ASSERT_EQ(activities->tables.size(), 1u);
  EXPECT_EQ(rows_of(activities->tables[0]),
            std::vector<std::string>{"Chefsutbildning i jämställdhetsintegrering | Utbildning | Genomförd | 2023-09-12 | .."});

  const auto* reporting = find_section(doc->sections, id + "-rapportering");
  ASSERT_NE(reporting, nullptr);
  EXPECT_EQ(reporting->paragraphs.at(0), "1 perioder inskickade, varav 1 för sent; 0 saknas efter sista dag.");
  ASSERT_EQ(reporting->tables.size(), 1u);
  bool late_row = false;
  for (const auto& r : rows_of(reporting->tables[0]))
    late_row = late_row || r == "Våld i nära relationer | 2024Q1 | Inskickad | 2024-04-30 | 2024-05-15 | Nej, försenad";
  EXPECT_TRUE(late_row) << text_of(*reporting);

  const auto* surveys = find_section(doc->sections, id + "-enkater");
  ASSERT_NE(surveys, nullptr);
  const std::string said = text_of(*surveys);
  EXPECT_NE(said.find("Vi behöver stöd med budgeten."), std::string::npos) << said;
  EXPECT_NE(said.find("«Brukarundersökning 2024» (2024) är anonym"), std::string::npos) << said;
  EXPECT_EQ(text_of(*section).find("Hemlig synpunkt"), std::string::npos) << "an anonymous answer per organisation";

  // The coordinator reads the follow-up but is not a survey's owner: no answers one by one.
  User coordinator;
  coordinator.email = "samordnare@example.se";
  coordinator.role = Role::coordinator;
  auto seen_by_coordinator = service::organisation_follow_up(*db, org_a, 2024, coordinator);
  ASSERT_TRUE(seen_by_coordinator.ok()) << seen_by_coordinator.error().to_string();
  const std::string coordinator_text = text_of(seen_by_coordinator->sections.at(0));
  EXPECT_EQ(coordinator_text.find("Vi behöver stöd med budgeten."), std::string::npos);
  EXPECT_NE(coordinator_text.find("visas bara för enkätens ägare"), std::string::npos);
}

TEST_F(FollowUpRound, OnlyTheCountysBoardReadsTheRoundAndOnlyItsOwnContactAnOrganisationsFollowUp) {
  join(org_a, "2021-03-01");
  set_clock("2024-05-15T09:00:00Z");
  User contact;
  contact.email = "kontakt.a@example.se";
  contact.role = Role::org_contact;
  contact.organisation_id = org_a;
  User other_contact = contact;
  other_contact.organisation_id = org_b;

  EXPECT_EQ(service::follow_up_round(*db, "08", 2024, std::nullopt).error().code, ErrorKind::unauthorized);
  EXPECT_EQ(service::follow_up_round(*db, "08", 2024, strategist_of("01")).error().code, ErrorKind::forbidden);
  EXPECT_EQ(service::follow_up_round(*db, "08", 2024, contact).error().code, ErrorKind::forbidden);
  EXPECT_EQ(service::follow_up_round(*db, "99", 2024, strategist_of("08")).error().field, "county");
  EXPECT_EQ(service::follow_up_round(*db, "08", 1850, strategist_of("08")).error().field, "year");

  EXPECT_TRUE(service::organisation_follow_up(*db, org_a, 2024, contact).ok());
  EXPECT_EQ(service::organisation_follow_up(*db, org_a, 2024, other_contact).error().code, ErrorKind::not_found);
  EXPECT_EQ(service::organisation_follow_up(*db, org_a, 2024, strategist_of("01")).error().code, ErrorKind::not_found);
  EXPECT_EQ(service::organisation_follow_up(*db, org_a, 2024, std::nullopt).error().code, ErrorKind::unauthorized);
  EXPECT_EQ(service::organisation_follow_up(*db, org_b, 2024, strategist_of("08")).error().code, ErrorKind::not_found)
      << "B has not joined";
}

TEST_F(FollowUpRound, TheRoundIsAPageLinkingEachOrganisationAndComesAsPrintJsonAndXlsx) {
  join(org_a, "2021-03-01");
  set_clock("2024-05-15T09:00:00Z");
  const std::string round = "/uppfoljning/08/2024";
  const std::string own = round + "/organisationer/" + std::to_string(org_a);

  auto page = client->Get(round, strategist_08().headers());
  ASSERT_TRUE(page);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_NE(page->body.find("Treårsuppföljning 2024"), std::string::npos);
  EXPECT_NE(page->body.find("2024-03-01 (försenad)"), std::string::npos);
  EXPECT_NE(page->body.find("href=\"" + own + "\""), std::string::npos) << "a link to A's own page";

  // The overdue follow-ups page links this year's round.
  auto overdue = client->Get("/anslutningar/forsenade-uppfoljningar", strategist_08().headers());
  ASSERT_TRUE(overdue && overdue->status == 200);
  EXPECT_NE(overdue->body.find("href=\"" + round + "\""), std::string::npos);

  auto print = client->Get(round + "?format=print", strategist_08().headers());
  ASSERT_TRUE(print && print->status == 200);
  EXPECT_NE(print->body.find("Sida"), std::string::npos);
  EXPECT_NE(print->body.find("Kommun A"), std::string::npos);

  auto as_json = get(*client, own + "?format=json", &contact_a());
  ASSERT_EQ(as_json.status, 200) << as_json.body;
  EXPECT_EQ(as_json.json["title"], "Treårsuppföljning 2024: Kommun A");
  EXPECT_EQ(as_json.json["generated_at"], "2024-05-15T09:00:00Z");

  auto xlsx = client->Get(round + "?format=xlsx", strategist_08().headers());
  ASSERT_TRUE(xlsx && xlsx->status == 200);
  EXPECT_EQ(xlsx->body.substr(0, 2), "PK") << "an XLSX (zip) file";
  EXPECT_NE(xlsx->get_header_value("Content-Disposition").find("uppfoljning-08-2024.xlsx"), std::string::npos);

  EXPECT_EQ(client->Get(round + "?format=doc", strategist_08().headers())->status, 400);
  EXPECT_EQ(client->Get(round, strategist_01().headers())->status, 403);
  EXPECT_EQ(client->Get(own, contact_b().headers())->status, 404);
  EXPECT_EQ(client->Get("/uppfoljning/01/2024/organisationer/" + std::to_string(org_a), strategist_08().headers())->status,
            404)
      << "A is not in Stockholms län";
  auto public_view = client->Get(round);
  ASSERT_TRUE(public_view);
  EXPECT_EQ(public_view->status, 303);
  EXPECT_NE(public_view->get_header_value("Location").find("/logga-in"), std::string::npos);
}
