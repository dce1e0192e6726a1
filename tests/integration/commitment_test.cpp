// Strategy commitments followed up (issue 12, item 3), on SQLite and
// PostgreSQL alike, at the fixture's fixed date (2026-03-31): a status is
// set per year and read back per year; the contact of the owner
// organisation may set it, another organisation's contact may not, the
// public reads it; a commitment keeps its id and its statuses through a
// revision that rewrites its text, and the comparison of the versions names
// the change; the page lists commitments by goal and sets a status by form.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include "register_fixture.hpp"

using namespace jamt;
using namespace jamt::testing;
using nlohmann::json;

namespace {

// The commitment with `id` in a GET …/commitments answer, or null.
json find_commitment(const json& list, std::int64_t id) {
  for (const auto& c : list)
    if (c["id"] == id) return c;
  return nullptr;
}

}  // namespace

class Commitments : public RegisterFixture {
 protected:
  void SetUp() override {
    RegisterFixture::SetUp();
    auto list = get(*client, "/api/v1/strategies", nullptr);
    for (const auto& s : list.json)
      if (s["county_code"] == "08") kalmar = s["id"].get<std::int64_t>();
    ASSERT_NE(kalmar, 0);
  }

  std::string path(const std::string& rest = "") { return "/api/v1/strategies/" + std::to_string(kalmar) + rest; }

  Answer put(const std::string& p, const json& body, const TestLogin* who) {
    return answer_of(client->Put(p, headers_of(who), body.dump(), "application/json"));
  }

  // The first commitment of the Kalmar strategy (one of the board's, under the overall goal "0").
  json first_commitment() {
    auto list = get(*client, path("/commitments"), nullptr);
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(list.json.is_array() && !list.json.empty());
    return list.json.empty() ? json() : list.json[0];
  }

  std::string status_path(std::int64_t cid, int year) {
    return path("/commitments/" + std::to_string(cid) + "/status/" + std::to_string(year));
  }

  std::int64_t kalmar = 0;
};

TEST_F(Commitments, AStatusIsSetPerYearAndReadBackPerYear) {
  json first = first_commitment();
  ASSERT_TRUE(first.is_object());
  EXPECT_EQ(first["node_code"], "0");
  EXPECT_EQ(first["owner_name"], "Länsstyrelsen");
  EXPECT_EQ(first["statuses"], json::array());
  const std::int64_t cid = first["id"].get<std::int64_t>();

  auto y2024 = put(status_path(cid, 2024), {{"status", "ongoing"}, {"comment", "Processtöd till tre kommuner"}},
                   &strategist_08());
  ASSERT_EQ(y2024.status, 200) << y2024.body;
  EXPECT_EQ(y2024.json["status_label"], "Pågår");
  EXPECT_EQ(y2024.json["set_by"], "strateg@kalmar.example");
  ASSERT_EQ(put(status_path(cid, 2025), {{"status", "done"}}, &strategist_08()).status, 200);
  // Setting a year again replaces that year only.
  ASSERT_EQ(put(status_path(cid, 2024), {{"status", "done"}, {"comment", "Klart i december"}}, &strategist_08()).status,
            200);

  json read = find_commitment(get(*client, path("/commitments"), nullptr).json, cid);
  ASSERT_EQ(read["statuses"].size(), 2u);
  EXPECT_EQ(read["statuses"][0]["year"], 2024);
  EXPECT_EQ(read["statuses"][0]["status"], "done");
  EXPECT_EQ(read["statuses"][0]["comment"], "Klart i december");
  EXPECT_EQ(read["statuses"][1]["year"], 2025);
  EXPECT_EQ(read["statuses"][1]["status"], "done");
  EXPECT_EQ(read["statuses"][1]["comment"], "");

  // Bad input is refused naming the field: a year outside 2023–2028, an unknown status.
  auto far = put(status_path(cid, 2030), {{"status", "done"}}, &strategist_08());
  EXPECT_EQ(far.status, 400);
  EXPECT_EQ(error_field(far), "year");
  auto unknown = put(status_path(cid, 2026), {{"status", "klar"}}, &strategist_08());
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(error_field(unknown), "status");
  auto missing = put(status_path(cid, 2026), {{"comment", "x"}}, &strategist_08());
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(error_field(missing), "status");

  // Each status set is audited.
  int audited = 0;
  ASSERT_TRUE(db->read([&](soci::session& s) -> Status {
                  long long id = cid;
                  s << "SELECT COUNT(*) FROM audit_log WHERE entity = 'commitment' AND entity_id = :c "
                       "AND action = 'set_status'",
                      soci::use(id), soci::into(audited);
                  return {};
                }).ok());
  EXPECT_EQ(audited, 3);
}

TEST_F(Commitments, TheOwnerOrganisationsContactSetsItsStatusAnotherContactMayNotThePublicReads) {
  const std::int64_t overall = get(*client, path(), nullptr).json["goals"][0]["id"].get<std::int64_t>();
  auto made = post_json(*client, path("/commitments"),
                        {{"node_id", overall}, {"text", "Kommun A utbildar sina chefer"},
                         {"owner_organisation_id", org_a}, {"targets", {"1.1"}}},
                        strategist_08().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::int64_t cid = made.json["id"].get<std::int64_t>();
  EXPECT_GT(cid, 0);
  EXPECT_EQ(made.json["owner"], name_a);
  EXPECT_EQ(made.json["targets"], json::array({"1.1"}));

  EXPECT_EQ(put(status_path(cid, 2026), {{"status", "ongoing"}}, &contact_a()).status, 200);
  EXPECT_EQ(put(status_path(cid, 2026), {{"status", "done"}}, &contact_b()).status, 403);
  EXPECT_EQ(put(status_path(cid, 2026), {{"status", "done"}}, &coordinator()).status, 403);
  EXPECT_EQ(put(status_path(cid, 2026), {{"status", "done"}}, &strategist_01()).status, 403);
  EXPECT_EQ(put(status_path(cid, 2026), {{"status", "done"}}, nullptr).status, 401);
  // The board's own commitments are not the contact's to mark.
  EXPECT_EQ(put(status_path(first_commitment()["id"].get<std::int64_t>(), 2026), {{"status", "done"}}, &contact_a()).status, 403);

  // The new commitment is in the draft revision, which the strategist reads;
  // the public reads the adopted version, where it is not yet.
  auto seen = get(*client, path("/commitments"), &strategist_08());
  json mine = find_commitment(seen.json, cid);
  ASSERT_TRUE(mine.is_object());
  EXPECT_EQ(mine["statuses"][0]["status"], "ongoing");
  EXPECT_EQ(mine["statuses"][0]["set_by"], "kontakt.a@example.se");
  EXPECT_TRUE(find_commitment(get(*client, path("/commitments"), nullptr).json, cid).is_null());

  // Once adopted, the public reads the commitment with its status.
  ASSERT_EQ(post_json(*client, path("/adopt"), {{"adopted_on", "2026-03-31"}, {"decision", "Dnr 1"}},
                      strategist_08().headers())
                .status,
            200);
  json public_view = find_commitment(get(*client, path("/commitments"), nullptr).json, cid);
  ASSERT_TRUE(public_view.is_object());
  EXPECT_EQ(public_view["owner_name"], name_a);
  EXPECT_EQ(public_view["statuses"][0]["year"], 2026);
  EXPECT_EQ(public_view["statuses"][0]["status"], "ongoing");
  EXPECT_EQ(public_view["may_set_status"], false);

  // A target not in the action plan is refused naming the field.
  auto bad = post_json(*client, path("/commitments"), {{"node_id", overall}, {"text", "X"}, {"targets", {"9.9"}}},
                       strategist_08().headers());
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(error_field(bad), "targets");
  auto other_county = post_json(*client, path("/commitments"),
                                {{"node_id", overall}, {"text", "X"}, {"owner_organisation_id", org_c}},
                                strategist_08().headers());
  EXPECT_EQ(other_county.status, 400);
  EXPECT_EQ(error_field(other_county), "owner_organisation_id");
}

TEST_F(Commitments, ACommitmentKeepsItsIdAndStatusesThroughARevisionThatRewritesItsTextAndTheDiffNamesIt) {
  json first = first_commitment();
  const std::int64_t cid = first["id"].get<std::int64_t>();
  const std::string old_text = first["text"];
  ASSERT_EQ(put(status_path(cid, 2024), {{"status", "done"}, {"comment", "Genomfört"}}, &strategist_08()).status, 200);

  const std::string new_text = "Processtöd till kommunerna för att genomföra strategin";
  auto changed = patch_json(*client, path("/commitments/" + std::to_string(cid)), {{"text", new_text}},
                            strategist_08().headers());
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json["id"], cid);
  EXPECT_EQ(changed.json["text"], new_text);

  // The public still reads the adopted text, with the status.
  json adopted = find_commitment(get(*client, path("/commitments"), nullptr).json, cid);
  EXPECT_EQ(adopted["text"], old_text);
  EXPECT_EQ(adopted["statuses"][0]["status"], "done");

  ASSERT_EQ(post_json(*client, path("/adopt"), {{"adopted_on", "2026-03-31"}, {"decision", "Dnr 2"}},
                      strategist_08().headers())
                .status,
            200);
  json revised = find_commitment(get(*client, path("/commitments"), nullptr).json, cid);
  ASSERT_TRUE(revised.is_object());
  EXPECT_EQ(revised["text"], new_text);
  ASSERT_EQ(revised["statuses"].size(), 1u);
  EXPECT_EQ(revised["statuses"][0]["comment"], "Genomfört");

  auto diff = get(*client, path("/versions/1/diff/2"), nullptr);
  ASSERT_EQ(diff.status, 200) << diff.body;
  bool named = false;
  for (const auto& c : diff.json["changes"])
    if (c["kind"] == "commitment" && c["change"] == "text") {
      named = true;
      EXPECT_EQ(c["text"], "Åtagande under mål 0 har ändrats: " + old_text + " → " + new_text);
    }
  EXPECT_TRUE(named) << diff.body;

  // Removing it through the API removes it from the draft revision.
  auto removed = answer_of(client->Delete(path("/commitments/" + std::to_string(cid)), strategist_08().headers()));
  EXPECT_EQ(removed.status, 204);
  EXPECT_TRUE(find_commitment(get(*client, path("/commitments"), &strategist_08()).json, cid).is_null());
}

TEST_F(Commitments, ThePageListsCommitmentsByGoalAndItsFormSetsAStatusKeepingWhatWasTypedOnAnError) {
  const std::string page = "/strategier/" + std::to_string(kalmar) + "/ataganden";
  auto public_page = get(*client, page, nullptr);
  ASSERT_EQ(public_page.status, 200);
  EXPECT_NE(public_page.body.find("<h2 id=\"mal-FO1-rubrik\">Mål FO1 "), std::string::npos);
  EXPECT_EQ(public_page.body.find("Sätt status för ett år"), std::string::npos);  // no form for the public
  EXPECT_NE(get(*client, "/strategier/" + std::to_string(kalmar), nullptr).body.find(page), std::string::npos);

  const std::int64_t cid = first_commitment()["id"].get<std::int64_t>();
  auto mine = get(*client, page, &strategist_08());
  EXPECT_NE(mine.body.find("Sätt status för ett år"), std::string::npos);
  // The year offered is the clock's, 2026.
  EXPECT_NE(mine.body.find("<option value=\"2026\" selected>2026</option>"), std::string::npos);

  const std::string action = page + "/" + std::to_string(cid) + "/status";
  auto refused = post_form(*client, action, {{"year", "2031"}, {"status", "ongoing"}, {"comment", "Vårt utkast"}},
                           strategist_08());
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("class=\"error-summary\""), std::string::npos);
  const std::string year_error = "status-" + std::to_string(cid) + "-year-error";
  EXPECT_NE(refused.body.find("id=\"" + year_error + "\""), std::string::npos);
  EXPECT_NE(refused.body.find("aria-describedby=\"" + year_error + "\""), std::string::npos);
  EXPECT_NE(refused.body.find(">Vårt utkast</textarea>"), std::string::npos);

  auto saved = post_form(*client, action, {{"year", "2025"}, {"status", "not_done"}, {"comment", "Inga medel"}},
                         strategist_08());
  EXPECT_EQ(saved.status, 303);
  auto after = get(*client, page + "?ar=2025", &strategist_08());
  EXPECT_NE(after.body.find("<th scope=\"row\">2025</th><td>Inte genomfört</td><td>Inga medel</td>"),
            std::string::npos);
  EXPECT_EQ(post_form(*client, action, {{"year", "2025"}, {"status", "done"}}, contact_b()).status, 403);

  // Filtered by owner: only the board's.
  auto board = get(*client, page + "?agare=lansstyrelsen", nullptr);
  EXPECT_NE(board.body.find("Ansvarig: Länsstyrelsen"), std::string::npos);
}

TEST_F(Commitments, AnActivityLinkedToACommitmentShowsOnTheCommitmentsPageByYear) {
  const std::int64_t cid = first_commitment()["id"].get<std::int64_t>();
  json body = {{"title", "Processtöd till Kommun A"}, {"type", "processtod"}, {"status", "genomford"},
               {"start_date", "2025-05-10"}, {"organiser_id", org_a}, {"commitment_ids", {cid}}};
  auto made = post_json(*client, "/api/v1/activities", body, strategist_08().headers());
  ASSERT_EQ(made.status, 201) << made.body;
  const std::int64_t activity = made.json["id"].get<std::int64_t>();
  EXPECT_EQ(made.json["commitment_ids"], json::array({cid}));

  json listed = find_commitment(get(*client, path("/commitments"), &strategist_08()).json, cid);
  ASSERT_EQ(listed["activities"].size(), 1u);
  EXPECT_EQ(listed["activities"][0]["id"], activity);
  EXPECT_EQ(listed["activities"][0]["start_date"], "2025-05-10");
  // Not published: the public does not see it.
  EXPECT_EQ(find_commitment(get(*client, path("/commitments"), nullptr).json, cid)["activities"], json::array());

  auto page = get(*client, "/strategier/" + std::to_string(kalmar) + "/ataganden", &strategist_08());
  EXPECT_NE(page.body.find("<li>2025: <a href=\"/insatser/" + std::to_string(activity) +
                           "\">Processtöd till Kommun A</a></li>"),
            std::string::npos)
      << page.body;
  auto activity_page = get(*client, "/insatser/" + std::to_string(activity), &strategist_08());
  EXPECT_NE(activity_page.body.find("/ataganden#atagande-" + std::to_string(cid)), std::string::npos);

  // The activity form offers the commitments, grouped by goal, the linked one ticked.
  auto form = get(*client, "/insatser/" + std::to_string(activity) + "/andra", &strategist_08());
  EXPECT_NE(form.body.find("<legend>Åtaganden i strategin</legend>"), std::string::npos);
  EXPECT_NE(form.body.find("<p class=\"choice-group\">Mål FO1 "), std::string::npos);
  EXPECT_NE(form.body.find("value=\"" + std::to_string(cid) + "\" checked"), std::string::npos);

  // A commitment that is not one of the county's strategy for the year is refused naming the field.
  auto wrong = patch_json(*client, "/api/v1/activities/" + std::to_string(activity), {{"commitment_ids", {999999}}},
                          strategist_08().headers());
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(error_field(wrong), "commitment_ids");
}
