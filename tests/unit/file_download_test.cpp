// The one place a Content-Disposition is built (issue 9, item 11): a name
// from a user can neither break the header nor change the file's type.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "web/http/file_download.hpp"

namespace jamt::web {
namespace {

const char* const kCsv = "text/csv; charset=utf-8";

TEST(AttachmentDisposition, APlainNameGetsItsExtension) {
  EXPECT_EQ(attachment_disposition("insatser", kCsv), "attachment; filename=\"insatser.csv\"; filename*=UTF-8''insatser.csv");
  EXPECT_EQ(attachment_disposition("plan.PDF", "application/pdf"),
            "attachment; filename=\"plan.PDF\"; filename*=UTF-8''plan.PDF");
  EXPECT_EQ(attachment_disposition("person-12", "application/json; charset=utf-8"),
            "attachment; filename=\"person-12.json\"; filename*=UTF-8''person-12.json");
}

TEST(AttachmentDisposition, ASwedishNameIsKeptInTheUtf8Form) {
  EXPECT_EQ(attachment_disposition("Vår plan.pdf", "application/pdf"),
            "attachment; filename=\"V__r plan.pdf\"; filename*=UTF-8''V%C3%A5r%20plan.pdf");
}

TEST(AttachmentDisposition, TheTypeDecidesTheExtensionWhateverTheNameSays) {
  EXPECT_EQ(attachment_disposition("evil.html", kCsv),
            "attachment; filename=\"evil.html.csv\"; filename*=UTF-8''evil.html.csv");
  EXPECT_EQ(attachment_disposition("evil.html\"-00", kCsv),
            "attachment; filename=\"evil.html_-00.csv\"; filename*=UTF-8''evil.html_-00.csv");
  EXPECT_EQ(attachment_disposition("x", "application/x-unknown"), "attachment; filename=\"x.bin\"; filename*=UTF-8''x.bin");
}

TEST(AttachmentDisposition, NothingAUserTypesBreaksTheHeader) {
  const std::string names[] = {"a\r\nSet-Cookie: x=1", "a\"; filename=evil.html", "a;b", "../../etc/passwd",
                               "..\\..\\boot.ini", "a%0d%0ab", std::string("a\0b", 3), "\x7f", ""};
  for (const auto& name : names) {
    const std::string d = attachment_disposition(name, kCsv);
    SCOPED_TRACE(d);
    EXPECT_EQ(d.find_first_of("\r\n"), std::string::npos);
    EXPECT_EQ(std::count(d.begin(), d.end(), '"'), 2);
    EXPECT_EQ(std::count(d.begin(), d.end(), ';'), 2);  // only the two separators
    EXPECT_EQ(d.find('/'), std::string::npos);
    EXPECT_EQ(d.find('\\'), std::string::npos);
    EXPECT_EQ(d.find(std::string(1, '\0')), std::string::npos);
    const auto ascii_end = d.find("\"; filename*");
    ASSERT_NE(ascii_end, std::string::npos);
    EXPECT_EQ(d.substr(ascii_end - 4, 4), ".csv");
    EXPECT_EQ(d.substr(d.size() - 4), ".csv");
  }
  EXPECT_EQ(attachment_disposition("../../etc/passwd", kCsv),
            "attachment; filename=\"passwd.csv\"; filename*=UTF-8''passwd.csv");
  EXPECT_EQ(attachment_disposition("", kCsv), "attachment; filename=\"fil.csv\"; filename*=UTF-8''fil.csv");
}

TEST(AttachmentDisposition, ALongNameIsCutWithoutSplittingACharacter) {
  std::string name;
  for (int i = 0; i < 100; ++i) name += "å";  // 200 bytes
  const std::string d = attachment_disposition(name, kCsv);
  // 120 bytes: 60 characters, each byte a "_" in the ASCII fallback.
  EXPECT_NE(d.find("filename=\"" + std::string(120, '_') + ".csv\""), std::string::npos) << d;
  std::string encoded;
  for (int i = 0; i < 60; ++i) encoded += "%C3%A5";
  EXPECT_EQ(d.substr(d.find("UTF-8''") + 7), encoded + ".csv");
}

TEST(DownloadExtension, KnownTypes) {
  EXPECT_EQ(download_extension("text/csv; charset=utf-8"), "csv");
  EXPECT_EQ(download_extension("TEXT/CSV"), "csv");
  EXPECT_EQ(download_extension("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");
  EXPECT_EQ(download_extension("application/vnd.oasis.opendocument.text"), "odt");
  EXPECT_EQ(download_extension("image/svg+xml"), "bin");
}

}  // namespace
}  // namespace jamt::web
