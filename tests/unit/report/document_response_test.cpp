// The web helper that answers with a report document in the format asked
// for (web/reports/document_response).
#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <nlohmann/json.hpp>

#include "report/document/document_print_html.hpp"
#include "sample_document.hpp"
#include "web/reports/document_response.hpp"

namespace jamt::web {
namespace {

Request request_for(const std::string& format) {
  Request req;
  req.method = "GET";
  req.path = "/strategier/1/uppfoljning/2026";
  if (!format.empty()) {
    req.params.emplace("format", format);
    req.query.emplace("format", format);
  }
  return req;
}

Response answer(const std::string& format, const DocumentResponseOptions& options = {}) {
  Response res;
  respond_with_document(request_for(format), res, RequestAuth{}, testing::sample_report_document(), options);
  return res;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(DocumentResponse, TheWebPageShowsEverySectionWithItsToolsAndLinksToTheOtherFormats) {
  Response res = answer("", {.file_stem = "uppfoljning",
                             .breadcrumbs = nlohmann::json::array(),
                             .intro_html = "<p id=\"intro\">Inledning</p>",
                             .section_tools = [](const report_doc::Section& s) {
                               return "<form class=\"tool\" data-section=\"" + s.id + "\"></form>";
                             }});
  EXPECT_EQ(res.status, 200);
  EXPECT_NE(res.content_type.find("text/html"), std::string::npos);
  EXPECT_EQ(count_of(res.body, "<h1"), 1u);
  EXPECT_NE(res.body.find("<p id=\"intro\">Inledning</p>"), std::string::npos);
  for (const char* id : {"sammanfattning", "mal-1", "mal-1-1"}) {
    EXPECT_NE(res.body.find(std::string("<section id=\"") + id + "\">"), std::string::npos) << id;
    EXPECT_NE(res.body.find(std::string("data-section=\"") + id + "\""), std::string::npos) << id;
    EXPECT_NE(res.body.find(std::string("href=\"#") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(res.body.find("?format=print"), std::string::npos);
  EXPECT_NE(res.body.find("?format=xlsx"), std::string::npos);
  EXPECT_NE(res.body.find("?format=json"), std::string::npos);
  // Wide tables scroll by themselves, not the page, and are named for screen readers.
  EXPECT_NE(res.body.find("class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Andel kvinnor"),
            std::string::npos);
  EXPECT_NE(res.body.find("52,9\u00a0%"), std::string::npos);
  EXPECT_FALSE(res.has_header("Content-Security-Policy"));  // the server's own policy applies
}

TEST(DocumentResponse, ThePrintPageAllowsExactlyItsOwnStyleSheetByHash) {
  Response res = answer("print");
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(res.body, report::to_print_html(testing::sample_report_document()));
  std::string csp = res.get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << csp;
  EXPECT_EQ(csp.find("script-src"), std::string::npos) << csp;  // default-src 'none' forbids scripts

  // The hash is of the style element's contents, as the browser computes it.
  auto open = res.body.find("<style>") + 7;
  std::string sheet = res.body.substr(open, res.body.find("</style>") - open);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(sheet.data(), sheet.size(), digest, &length, EVP_sha256(), nullptr);
  std::string b64(64, '\0');
  b64.resize(static_cast<std::size_t>(EVP_EncodeBlock(reinterpret_cast<unsigned char*>(b64.data()), digest, static_cast<int>(length))));
  EXPECT_NE(csp.find("style-src 'sha256-" + b64 + "'"), std::string::npos) << csp;
}

TEST(DocumentResponse, JsonAndXlsxAreTheDocumentInThoseFormats) {
  Response json = answer("json");
  EXPECT_EQ(json.status, 200);
  auto parsed = nlohmann::json::parse(json.body);
  EXPECT_EQ(parsed["title"], "Uppföljning 2026 av Kalmar läns jämställdhetsstrategi");
  Response xlsx = answer("xlsx", {.file_stem = "uppfoljning-kalmar-2026", .breadcrumbs = nlohmann::json::array(),
                                  .intro_html = {}, .section_tools = nullptr});
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_NE(xlsx.get_header_value("Content-Disposition").find("uppfoljning-kalmar-2026.xlsx"), std::string::npos);
}

TEST(DocumentResponse, AnUnknownFormatIsRefusedNamingTheFormatsThatExist) {
  Response res = answer("docx");
  EXPECT_EQ(res.status, 400);
  EXPECT_NE(res.body.find("docx"), std::string::npos);
  EXPECT_NE(res.body.find("print, xlsx eller json"), std::string::npos);
}

}  // namespace
}  // namespace jamt::web
