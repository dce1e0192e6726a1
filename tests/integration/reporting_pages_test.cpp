// The reporting pages over HTTP, as a user sees them: a municipality's
// contact fills a quarter on the submission page, is stopped by a rule with
// the message beside the cell and what was typed still there, meets a
// stale-version conflict without losing anything, and submits; the county's
// strategist returns it (a comment is required), the contact fixes it, the
// strategist approves. The completeness pages count late, returned and
// missing reports, per county too. On SQLite, and on PostgreSQL under
// scripts/test.
#include <regex>

#include "reporting_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class ReportingPages : public ReportingFixture {
 protected:
  std::string page_url(std::int64_t form, std::int64_t org, const std::string& period) {
    return "/rapportering/formular/" + std::to_string(form) + "/" + std::to_string(org) + "/" + period;
  }

  // The cells of E1 as the page's inputs send them.
  static httplib::Params cells(const std::string& women, const std::string& men, const std::string& unknown,
                               const std::string& total) {
    return {{"values.E1.women", women}, {"values.E1.men", men}, {"values.E1.unknown", unknown},
            {"values.E1.total", total}, {"values.E2.total", ""}};
  }

  static httplib::Params with(httplib::Params p, const std::string& name, const std::string& value) {
    p.emplace(name, value);
    return p;
  }

  // The value="…" of the input with `id` in `html`, or "<none>".
  static std::string input_value(const std::string& html, const std::string& id) {
    std::smatch m;
    std::regex re("<input id=\"" + id + "\"[^>]* value=\"([^\"]*)\"");
    return std::regex_search(html, m, re) ? m[1].str() : "<none>";
  }

  static std::string row_version(const std::string& html) {
    std::smatch m;
    std::regex re("name=\"row_version\" value=\"([0-9]*)\"");
    return std::regex_search(html, m, re) ? m[1].str() : "<none>";
  }

  static bool has(const std::string& html, const std::string& text) { return html.find(text) != std::string::npos; }
};

TEST_F(ReportingPages, ContactReportsAQuarterTheBoardReturnsAndApproves) {
  set_clock("2026-01-12T09:00:00Z");
  auto form = define_form();
  const auto url = page_url(form, org_a, "2025Q4");

  // "Att rapportera" lists the quarter, not begun.
  auto home = get(*client, "/rapportering", &contact_a());
  ASSERT_EQ(home.status, 200) << home.body;
  EXPECT_TRUE(has(home.body, "href=\"" + url + "\">Våld i nära relationer</a>")) << home.body;
  EXPECT_TRUE(has(home.body, "ej påbörjad"));
  EXPECT_TRUE(has(home.body, "2026-01-30"));
  EXPECT_TRUE(has(home.body, "href=\"/rapportering\">Att rapportera</a>")) << "in the main menu";

  // The page: one labelled input per cell, named by element, row and sex.
  auto empty = get(*client, url, &contact_a());
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(has(empty.body, "<caption id=\"el-E1-caption\">Utsatta för våld (antal)</caption>")) << empty.body;
  EXPECT_TRUE(has(empty.body, "<th scope=\"col\" id=\"el-E1-women\">Kvinnor</th>"));
  EXPECT_TRUE(has(empty.body, "aria-labelledby=\"el-E1-caption el-E1-row-value el-E1-unknown\""));
  EXPECT_TRUE(has(empty.body, ">Spara utkast</button>"));
  EXPECT_TRUE(has(empty.body, ">Skicka in</button>"));

  // A wrong total stops "Skicka in": the message beside the cell and in the
  // summary with a link to it; what was typed is still in the inputs.
  auto stopped = post_form(*client, url, with(cells("4", "1", "0", "6"), "action", "skicka"), contact_a());
  ASSERT_EQ(stopped.status, 400) << stopped.body;
  EXPECT_TRUE(has(stopped.body, "<span class=\"field-error\" id=\"values-E1-total-error\">Totalt ska vara summan av "
                                "kvinnor, män och annat/okänt. </span>"))
      << stopped.body;
  EXPECT_TRUE(has(stopped.body, "<a href=\"#values-E1-total\">Totalt ska vara summan"));
  EXPECT_TRUE(has(stopped.body, "Rapporten sparades som utkast men skickades inte in."));
  EXPECT_TRUE(has(stopped.body, "aria-describedby=\"values-E1-total-error\" aria-invalid=\"true\""));
  EXPECT_EQ(input_value(stopped.body, "values-E1-women"), "4");
  EXPECT_EQ(input_value(stopped.body, "values-E1-total"), "6");

  // Someone else changes the report while the page is open: the save is
  // refused with the conflict message, and the typed values stay.
  const std::string opened_at = row_version(stopped.body);
  ASSERT_EQ(opened_at, "1");
  ASSERT_EQ(save(submission(form, org_a, "2025Q4"), {{"values", e1(4, 1, 0, 5)}}, strategist_08()).status, 200);
  auto stale = post_form(*client, url,
                         with(with(cells("4", "1", "0", "5"), "row_version", opened_at), "action", "spara"),
                         contact_a());
  ASSERT_EQ(stale.status, 409) << stale.body;
  EXPECT_TRUE(has(stale.body, "Rapporten har ändrats av någon annan sedan du öppnade den")) << stale.body;
  EXPECT_EQ(input_value(stale.body, "values-E1-total"), "5");
  EXPECT_EQ(row_version(stale.body), "2");

  // With the current version the report goes in.
  auto sent = post_form(*client, url, with(with(cells("4", "1", "0", "5"), "row_version", "2"), "action", "skicka"),
                        contact_a());
  ASSERT_EQ(sent.status, 303) << sent.body;
  EXPECT_EQ(sent.location, url + "?klar=skickad");
  auto waiting = get(*client, url + "?klar=skickad", &contact_a());
  EXPECT_TRUE(has(waiting.body, "Rapporten är inskickad till länsstyrelsen.")) << waiting.body;
  EXPECT_TRUE(has(waiting.body, "väntar på länsstyrelsens granskning"));
  EXPECT_FALSE(has(waiting.body, "<input id=\"values-E1-total\""));

  // The strategist sees it waiting; returning it needs a comment.
  auto board = get(*client, "/rapportering", &strategist_08());
  ASSERT_EQ(board.status, 200) << board.body;
  EXPECT_TRUE(has(board.body, "Väntar på godkännande")) << board.body;
  EXPECT_TRUE(has(board.body, "href=\"" + url + "\">Kommun A 2025Q4</a>, inskickad 2026-01-12 10:00"));
  auto review = get(*client, url, &strategist_08());
  EXPECT_TRUE(has(review.body, ">Godkänn</button>"));
  EXPECT_TRUE(has(review.body, ">Returnera</button>"));
  auto no_comment = post_form(*client, url + "/returnera", {{"row_version", row_version(review.body)}}, strategist_08());
  ASSERT_EQ(no_comment.status, 400) << no_comment.body;
  EXPECT_TRUE(has(no_comment.body, "<span class=\"field-error\" id=\"return_comment-error\">Kommentaren till "
                                   "organisationen måste fyllas i.</span>"))
      << no_comment.body;
  EXPECT_TRUE(has(no_comment.body, "<a href=\"#return_comment\">"));
  clock.advance(std::chrono::hours(1));
  auto returned = post_form(*client, url + "/returnera",
                            {{"row_version", row_version(review.body)}, {"return_comment", "Kontrollera antalet män."}},
                            strategist_08());
  ASSERT_EQ(returned.status, 303) << returned.body;
  // The contact may not decide.
  EXPECT_EQ(post_form(*client, url + "/godkann", {}, contact_a()).status, 403);

  // Returned comes first on "Att rapportera", with the board's comment.
  auto again = get(*client, "/rapportering", &contact_a());
  EXPECT_TRUE(has(again.body, "returnerad")) << again.body;
  EXPECT_TRUE(has(again.body, "<td>Kontrollera antalet män.</td>"));
  EXPECT_LT(again.body.find("2025Q4"), again.body.find("2026Q1"));

  // The contact fixes it and submits; the strategist approves.
  auto fix = get(*client, url, &contact_a());
  EXPECT_TRUE(has(fix.body, "Länsstyrelsens kommentar")) << fix.body;
  auto fixed = post_form(*client, url,
                         with(with(cells("4", "2", "0", "6"), "row_version", row_version(fix.body)), "action", "skicka"),
                         contact_a());
  ASSERT_EQ(fixed.status, 303) << fixed.body;
  auto decided = post_form(*client, url + "/godkann", {{"row_version", row_version(get(*client, url, &strategist_08()).body)}},
                           strategist_08());
  ASSERT_EQ(decided.status, 303) << decided.body;

  // Approved: locked in plain Swedish, values read-only, history in Swedish time.
  auto done = get(*client, url, &contact_a());
  EXPECT_TRUE(has(done.body, "godkänd och låst")) << done.body;
  EXPECT_TRUE(has(done.body, "<span id=\"values-E1-men\">2</span>"));
  EXPECT_TRUE(has(done.body, "<td>2026-01-12 11:00</td><td>strateg@kalmar.example</td><td>Godkände</td>"));
  EXPECT_TRUE(has(done.body, "<td>Returnerade</td><td>Kontrollera antalet män.</td>"));
  EXPECT_FALSE(has(done.body, "Öppna igen"));
  EXPECT_TRUE(has(get(*client, url, &strategist_08()).body, ">Öppna igen</button>"));
  // Approved reports leave "Att rapportera".
  EXPECT_FALSE(has(get(*client, "/rapportering", &contact_a()).body, "2025Q4"));
  // Every step is in the audit log.
  auto view = get(*client, submission(form, org_a, "2025Q4"), &admin());
  EXPECT_EQ(audit_actions(view.json["id"].get<std::int64_t>()),
            (std::vector<std::string>{"create", "save", "save", "submit", "return", "save", "submit", "approve"}));

  // Another organisation's contact gets 404, as for a missing report.
  EXPECT_EQ(get(*client, url, &contact_b()).status, 404);
  EXPECT_EQ(post_form(*client, url, with(cells("1", "1", "0", "2"), "action", "spara"), contact_b()).status, 404);
  EXPECT_EQ(get(*client, "/rapportering/organisation/" + std::to_string(org_a), &contact_b()).status, 404);
  auto history = get(*client, "/rapportering/organisation/" + std::to_string(org_a), &contact_a());
  ASSERT_EQ(history.status, 200);
  EXPECT_TRUE(has(history.body, "2026-01-12 11:00 av strateg@kalmar.example")) << history.body;
}

TEST_F(ReportingPages, CompletenessCountsLateReturnedAndMissingPerPeriodAndCounty) {
  auto org_d = add_organisation(*db, 4, "Kommun D", "08", "0884");
  auto org_e = add_organisation(*db, 5, "Kommun E", "08", "0885");
  // Sessions last 12 hours: the whole story happens around the due date,
  // 30 October 2025 (Swedish time, CET).
  set_clock("2025-10-30T12:00:00Z");
  auto form = define_form();
  auto submit = [&](std::int64_t org, int men) {
    const auto path = submission(form, org, "2025Q3");
    ASSERT_EQ(save(path, {{"values", e1(1, men, 0, 1 + men)}}, strategist_08()).status, 200);
    ASSERT_EQ(step(path, "submit", strategist_08()).status, 200);
  };
  submit(org_a, 1);  // on time, then approved
  ASSERT_EQ(step(submission(form, org_a, "2025Q3"), "approve", strategist_08()).status, 200);
  submit(org_d, 2);  // on time, then returned: missing again
  ASSERT_EQ(step(submission(form, org_d, "2025Q3"), "return", strategist_08(), {{"comment", "Fel kvartal?"}}).status,
            200);
  set_clock("2025-10-30T23:05:00Z");
  sign_in_again();  // the sessions of 12:00 have been idle for eleven hours
  submit(org_b, 3);  // 00:05 on 31 October in Sweden: after the due date, late
  // Kommun E reports nothing.
  (void)org_e;

  clock.advance(std::chrono::minutes(5));
  auto page = get(*client, "/rapportering/formular/" + std::to_string(form) + "?period=2025Q3", &strategist_08());
  ASSERT_EQ(page.status, 200) << page.body;
  // expected, submitted, on time, late, approved, returned, missing, rates
  EXPECT_TRUE(has(page.body, "<td class=\"number\">4</td><td class=\"number\">2</td><td class=\"number\">1</td>"
                             "<td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">1</td>"
                             "<td class=\"number\">2</td><td class=\"number\">50\u00a0%</td><td class=\"number\">25\u00a0%"
                             "</td><td class=\"number\">25\u00a0%</td>"))
      << page.body;
  EXPECT_TRUE(has(page.body, "<ul class=\"missing\"><li>Kommun D</li><li>Kommun E</li></ul>"));
  EXPECT_TRUE(has(page.body, "href=\"" + page_url(form, org_b, "2025Q3") + "\">Kommun B</a>"));
  EXPECT_TRUE(has(page.body, "<option value=\"2025Q3\" selected>2025Q3</option>"));
  // Contacts see no completeness.
  EXPECT_EQ(get(*client, "/rapportering/formular/" + std::to_string(form), &contact_a()).status, 403);

  // National: the 21 counties side by side, for the coordinator and admins.
  const std::string national = "/rapportering/formular/" + std::to_string(form) + "/nationellt?period=2025Q3";
  auto nation = get(*client, national, &coordinator());
  ASSERT_EQ(nation.status, 200) << nation.body;
  EXPECT_TRUE(has(nation.body, "<th scope=\"row\">Kalmar län</th><td class=\"number\">4</td><td class=\"number\">2"
                               "</td><td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">1</td>"
                               "<td class=\"number\">1</td><td class=\"number\">2</td><td class=\"number\">50\u00a0%"))
      << nation.body;
  EXPECT_TRUE(has(nation.body, "<th scope=\"row\">Stockholms län</th><td class=\"number\">0</td>"));
  std::size_t rows = 0;
  for (auto at = nation.body.find("<th scope=\"row\">"); at != std::string::npos;
       at = nation.body.find("<th scope=\"row\">", at + 1))
    ++rows;
  EXPECT_EQ(rows, 22u) << "21 counties and the nation";
  EXPECT_EQ(get(*client, national, &strategist_08()).status, 403);
  auto api = get(*client, "/api/v1/forms/" + std::to_string(form) + "/completeness/counties?period=2025Q3", &admin());
  ASSERT_EQ(api.status, 200) << api.body;
  ASSERT_EQ(api.json["counties"].size(), 21u);
  for (const auto& c : api.json["counties"])
    if (c["county"] == "08") {
      EXPECT_EQ(c["expected"], 4);
      EXPECT_EQ(c["late"], 1);
      EXPECT_EQ(c["missing"], 2);
      EXPECT_EQ(c["rates"]["submitted"], 50.0);
    }
}

}  // namespace
}  // namespace jamt::testing
