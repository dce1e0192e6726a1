// Uploading a period's reports: the template (CSV for Excel and XLSX) lists
// the organisations the caller may report for, with Swedish labels; an
// upload saves every row or none, and lists every problem by row and
// column. Through the API and the page, on SQLite and (scripts/test)
// PostgreSQL.
#include "formats/xlsx/xlsx_reader.hpp"
#include "report/xlsx_table.hpp"
#include "reporting_fixture.hpp"

namespace jamt::testing {
namespace {

using nlohmann::json;

class ReportingUpload : public ReportingFixture {
 protected:
  void SetUp() override {
    ReportingFixture::SetUp();
    set_clock("2025-07-10T09:00:00Z");
    form = define_form();
  }

  std::string base() { return "/rapportering/formular/" + std::to_string(form); }

  Answer upload(const std::string& bytes, const TestLogin& who, const std::string& query = "?period=2025Q2",
                const std::string& type = "text/csv") {
    return answer_of(
        client->Post("/api/v1/forms/" + std::to_string(form) + "/uploads" + query, who.headers(), bytes, type.c_str()));
  }

  // The values and status of A's or B's 2025Q2 report ("" status when none).
  std::pair<std::string, json> report_of(std::int64_t org) {
    auto a = get(*client, submission(form, org, "2025Q2"), &strategist_08());
    if (a.status != 200) return {"", json()};
    return {a.json["status"].get<std::string>(), a.json["values"]};
  }

  static std::vector<std::string> problem_texts(const Answer& a) {
    std::vector<std::string> out;
    for (const auto& p : a.json["error"]["problems"]) out.push_back(p["text"].get<std::string>());
    return out;
  }

  std::string csv(const std::vector<std::string>& rows) {
    std::string out = "organisation_id;organisation;period;E1.women;E1.men;E1.unknown;E1.total;E2.total;comment\r\n";
    out += "Organisationens id;Organisation;Period;a;b;c;d;e;f\r\n";
    for (const auto& r : rows) out += r + "\r\n";
    return out;
  }

  std::string id(std::int64_t org) { return std::to_string(org); }

  std::int64_t form = 0;
};

TEST_F(ReportingUpload, CsvTemplateListsTheOrganisationsTheCallerReportsFor) {
  auto a = client->Get(base() + "/mall.csv?period=2025Q2", strategist_08().headers());
  ASSERT_TRUE(a);
  ASSERT_EQ(a->status, 200) << a->body;
  EXPECT_EQ(a->get_header_value("Content-Type").rfind("text/csv", 0), 0u);
  EXPECT_NE(a->get_header_value("Content-Disposition").find("VALD-2025Q2-mall.csv"), std::string::npos);
  const std::string bom = "\xEF\xBB\xBF";
  ASSERT_EQ(a->body.substr(0, 3), bom);
  EXPECT_EQ(a->body.substr(3),
            "organisation_id;organisation;period;E1.women;E1.men;E1.unknown;E1.total;E2.total;comment\r\n"
            "Organisationens id;Organisation;Period;Utsatta för våld – kvinnor;Utsatta för våld – män;"
            "Utsatta för våld – annat/okänt;Utsatta för våld – totalt;Varav med barn – totalt;Kommentar\r\n" +
                id(org_a) + ";Kommun A;2025Q2;;;;;;\r\n" + id(org_b) + ";Kommun B;2025Q2;;;;;;\r\n");

  // A contact gets their own organisation only, with what is saved already.
  ASSERT_EQ(save(submission(form, org_a, "2025Q2"), {{"values", e1(4, 1, 0, 5)}, {"comment", "Preliminärt"}},
                 contact_a())
                .status,
            200);
  auto own = client->Get(base() + "/mall.csv?period=2025Q2", contact_a().headers());
  ASSERT_EQ(own->status, 200);
  EXPECT_NE(own->body.find(id(org_a) + ";Kommun A;2025Q2;4;1;0;5;;Preliminärt\r\n"), std::string::npos) << own->body;
  EXPECT_EQ(own->body.find("Kommun B"), std::string::npos);

  // A period of another periodicity is refused, naming the right form.
  auto wrong = client->Get(base() + "/mall.csv?period=2025", strategist_08().headers());
  EXPECT_EQ(wrong->status, 400);
}

TEST_F(ReportingUpload, XlsxTemplateReadsBackWithLabelsAndNumbers) {
  ASSERT_EQ(save(submission(form, org_b, "2025Q2"), {{"values", e1(3, 5, 0, 8)}}, strategist_08()).status, 200);
  auto a = client->Get(base() + "/mall.xlsx?period=2025Q2", strategist_08().headers());
  ASSERT_EQ(a->status, 200) << a->body;
  EXPECT_EQ(a->get_header_value("Content-Type"), report::kXlsxContentType);
  auto rows = formats::read_xlsx(a->body, "mall.xlsx");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows->size(), 4u);
  EXPECT_EQ((*rows)[0].cells[3].text, "E1.women");
  EXPECT_EQ((*rows)[1].cells[0].text, "Organisationens id");
  EXPECT_EQ((*rows)[1].cells[3].text, "Utsatta för våld – kvinnor");
  EXPECT_EQ((*rows)[3].cells[1].text, "Kommun B");
  EXPECT_EQ((*rows)[3].cells[3].kind, formats::XlsxValue::Kind::number);
  EXPECT_EQ((*rows)[3].cells[3].text, "3");
}

TEST_F(ReportingUpload, ApiSavesEveryRowAsADraftOrSubmitsThem) {
  auto saved = upload(csv({id(org_a) + ";Kommun A;2025Q2;4;1;0;5;;", id(org_b) + ";Kommun B;;3;5;0;8;2;Två med barn"}),
                      strategist_08());
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json["saved"], 2);
  EXPECT_EQ(saved.json["submitted"], 0);
  EXPECT_EQ(saved.json["organisations"], json({"Kommun A", "Kommun B"}));
  EXPECT_EQ(report_of(org_a), std::make_pair(std::string("draft"), e1(4, 1, 0, 5)));
  auto b = report_of(org_b);
  EXPECT_EQ(b.first, "draft");
  EXPECT_EQ(b.second["E2"]["total"], 2);

  // Submitted in one go: both reports are in.
  auto submitted = upload(csv({id(org_a) + ";Kommun A;2025Q2;4;2;0;6;;", id(org_b) + ";Kommun B;2025Q2;3;5;0;8;;"}),
                          strategist_08(), "?period=2025Q2&submit=true");
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json["submitted"], 2);
  EXPECT_EQ(report_of(org_a).first, "submitted");
  EXPECT_EQ(report_of(org_b).first, "submitted");
}

TEST_F(ReportingUpload, AnyProblemSavesNothingAndEveryProblemIsListed) {
  ASSERT_EQ(upload(csv({id(org_a) + ";Kommun A;2025Q2;4;1;0;5;;"}), strategist_08()).status, 200);

  // Row 3 is fine, row 4 has a word for a number and another period, row 5
  // an organisation outside the form and row 6 repeats A.
  auto bad = upload(csv({id(org_a) + ";Kommun A;2025Q2;9;9;0;18;;", id(org_b) + ";Kommun B;2025Q1;3;tolv;0;8;;",
                         "999999;Okänd;;1;1;0;2;;", id(org_a) + ";Kommun A;;1;1;0;2;;"}),
                    strategist_08());
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json["error"]["code"], "validation");
  EXPECT_EQ(problem_texts(bad),
            (std::vector<std::string>{
                "rad 4, kolumn period: Raden gäller 2025Q1, men du laddar upp 2025Q2.",
                "rad 4, kolumn E1.men: \"tolv\" är inte ett heltal.",
                "rad 5, kolumn organisation_id: Organisationen 999999 finns inte bland dem du kan rapportera för i "
                "det här formuläret.",
                "rad 6, kolumn organisation_id: Organisationen " + id(org_a) + " finns redan på rad 3."}))
      << bad.body;
  // Nothing saved: A keeps what it had, B has no report.
  EXPECT_EQ(report_of(org_a).second, e1(4, 1, 0, 5));
  EXPECT_EQ(report_of(org_b).first, "");

  // Submitting: a rule that fails on row 4 stops the whole file, row 3's
  // submission included.
  auto rule = upload(csv({id(org_a) + ";Kommun A;2025Q2;4;1;0;5;;", id(org_b) + ";Kommun B;2025Q2;3;5;0;9;;"}),
                     strategist_08(), "?period=2025Q2&submit=1");
  ASSERT_EQ(rule.status, 400) << rule.body;
  EXPECT_EQ(problem_texts(rule),
            std::vector<std::string>{"rad 4, kolumn E1.total: Totalt ska vara summan av kvinnor, män och annat/okänt."});
  EXPECT_EQ(report_of(org_a).first, "draft");
  EXPECT_EQ(report_of(org_b).first, "");

  // A column the form does not have is named in the header row.
  auto column = upload("organisation_id;E9.women\r\n" + id(org_a) + ";1\r\n", strategist_08());
  ASSERT_EQ(column.status, 400);
  EXPECT_EQ(problem_texts(column),
            std::vector<std::string>{"rad 1, kolumn E9.women: Kolumnen finns inte i formuläret VALD. Ladda ner mallen igen."});

  // A contact cannot upload another organisation's row.
  auto other = upload(csv({id(org_b) + ";Kommun B;2025Q2;3;5;0;8;;"}), contact_a());
  ASSERT_EQ(other.status, 400);
  EXPECT_EQ(problem_texts(other)[0].rfind("rad 3, kolumn organisation_id: Organisationen " + id(org_b), 0), 0u);
  EXPECT_EQ(report_of(org_b).first, "");
}

TEST_F(ReportingUpload, AnEmptyFileAHeaderAloneAndAHugeValueAreExplained) {
  auto empty = upload("", strategist_08());
  ASSERT_EQ(empty.status, 400) << empty.body;
  EXPECT_EQ(problem_texts(empty),
            std::vector<std::string>{"Filen är tom. Ladda ner mallen, fyll i den och ladda upp den igen."});
  // Only the header: nothing to save is not a success.
  auto header = upload("organisation_id;period;E1.women\r\n", strategist_08());
  ASSERT_EQ(header.status, 400) << header.body;
  EXPECT_NE(problem_texts(header)[0].find("bara rubrikraden"), std::string::npos) << header.body;
  // A 400-character value is named by its start, cut between characters.
  std::string huge = "åäö" + std::string(400, '9');
  auto long_value = upload(csv({id(org_a) + ";Kommun A;2025Q2;" + huge + ";1;0;5;;"}), strategist_08());
  ASSERT_EQ(long_value.status, 400) << long_value.body;
  EXPECT_EQ(problem_texts(long_value),
            std::vector<std::string>{"rad 3, kolumn E1.women: \"åäö" + std::string(24, '9') + "…\" är inte ett heltal."});
  EXPECT_EQ(report_of(org_a).first, "");
}

TEST_F(ReportingUpload, XlsxUploadWithExcelNumbers) {
  using report::XlsxCell;
  auto bytes = report::xlsx_table(
      "2025Q2", {"organisation_id", "organisation", "period", "E1.women", "E1.men", "E1.unknown", "E1.total"},
      {{XlsxCell::text("Organisationens id"), XlsxCell::text("Organisation")},
       {XlsxCell::number(static_cast<double>(org_a)), XlsxCell::text("Kommun A"), XlsxCell::text("2025Q2"),
        XlsxCell::number(12), XlsxCell::number(4), XlsxCell::empty(), XlsxCell::number(16)},
       {XlsxCell::number(static_cast<double>(org_b)), XlsxCell::text("Kommun B"), XlsxCell::empty(),
        XlsxCell::number(3), XlsxCell::text("fem"), XlsxCell::number(0), XlsxCell::number(8)}});
  ASSERT_TRUE(bytes.ok());
  auto bad = upload(*bytes, strategist_08(), "?period=2025Q2", report::kXlsxContentType);
  ASSERT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(problem_texts(bad), std::vector<std::string>{"rad 4, kolumn E1.men: \"fem\" är inte ett heltal."});
  EXPECT_EQ(report_of(org_a).first, "");

  auto good = report::xlsx_table(
      "2025Q2", {"organisation_id", "E1.women", "E1.men", "E1.total"},
      {{XlsxCell::number(static_cast<double>(org_a)), XlsxCell::number(12), XlsxCell::number(4),
        XlsxCell::number(16)}});
  auto ok = upload(*good, strategist_08(), "?period=2025Q2", report::kXlsxContentType);
  ASSERT_EQ(ok.status, 200) << ok.body;
  auto a = report_of(org_a);
  EXPECT_EQ(a.second["E1"]["women"], 12);
  EXPECT_EQ(a.second["E1"]["total"], 16);
}

TEST_F(ReportingUpload, PageShowsEveryProblemAndThenSaves) {
  auto page = get(*client, base() + "/uppladdning", &contact_a());
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("type=\"file\""), std::string::npos);
  // The session's CSRF token is in the form, so a browser's POST carries it.
  EXPECT_NE(page.body.find("name=\"csrf_token\" value=\"" + contact_a().csrf_token + "\""), std::string::npos);
  EXPECT_NE(page.body.find("mall.xlsx"), std::string::npos);

  auto send = [&](const std::string& period, const std::string& bytes, bool submit) {
    httplib::MultipartFormDataItems items{{"csrf_token", contact_a().csrf_token, "", ""},
                                          {"period", period, "", ""},
                                          {"file", bytes, "rapport.csv", "text/csv"}};
    if (submit) items.push_back({"skicka_in", "1", "", ""});
    return answer_of(client->Post(base() + "/uppladdning", contact_a().cookie_only(), items));
  };
  auto bad = send("2025Q2", csv({id(org_a) + ";Kommun A;2025Q2;4;tolv;0;5;;"}), false);
  ASSERT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("Ingenting sparades"), std::string::npos);
  EXPECT_NE(bad.body.find("rad 3, kolumn E1.men: &quot;tolv&quot; är inte ett heltal."), std::string::npos) << bad.body;
  EXPECT_NE(bad.body.find("value=\"2025Q2\""), std::string::npos);  // what was typed is kept

  auto no_period = send("", csv({id(org_a) + ";Kommun A;2025Q2;4;1;0;5;;"}), false);
  ASSERT_EQ(no_period.status, 400);
  EXPECT_NE(no_period.body.find("aria-invalid=\"true\" aria-describedby=\"period-hint period-error\""),
            std::string::npos)
      << no_period.body;

  auto good = send("2025Q2", csv({id(org_a) + ";Kommun A;2025Q2;4;1;0;5;;"}), true);
  ASSERT_EQ(good.status, 200) << good.body;
  EXPECT_NE(good.body.find("Rapporterna är sparade och inskickade"), std::string::npos) << good.body;
  EXPECT_EQ(report_of(org_a).first, "submitted");
}

}  // namespace
}  // namespace jamt::testing
