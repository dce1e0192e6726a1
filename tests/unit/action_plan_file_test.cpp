// Which uploaded action plan files are accepted, and how their names are
// cleaned for storing and downloading.
#include <gtest/gtest.h>

#include <string>

#include "domain/registers/action_plan_file.hpp"

using namespace jamt::registers;

namespace {
const std::string kZip("PK\x03\x04", 4);
std::string odt() { return kZip + std::string(26, '\0') + "mimetypeapplication/vnd.oasis.opendocument.text" + "rest"; }
std::string docx() { return kZip + std::string(26, '\0') + "[Content_Types].xml ... word/document.xml ..."; }
}  // namespace

TEST(ActionPlanFile, AcceptsPdfDocxAndOdtByNameAndContent) {
  auto pdf = check_action_plan_file("Handlingsplan 2025.PDF", "%PDF-1.7\n...");
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf->content_type, "application/pdf");
  auto word = check_action_plan_file("plan.docx", docx());
  ASSERT_TRUE(word.ok());
  EXPECT_EQ(word->content_type, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  auto open = check_action_plan_file("plan.odt", odt());
  ASSERT_TRUE(open.ok());
  EXPECT_EQ(open->content_type, "application/vnd.oasis.opendocument.text");
}

TEST(ActionPlanFile, RefusesOtherTypesAndDisguisedFilesBesideTheFileField) {
  for (auto [name, content] : {std::pair<std::string, std::string>{"plan.html", "<script>alert(1)</script>"},
                               {"plan.pdf", "<html><script>alert(1)</script>"},
                               {"plan.docx", "%PDF-1.4"},
                               {"plan.odt", docx()},
                               {"plan", "%PDF-1.4"}}) {
    auto r = check_action_plan_file(name, content);
    ASSERT_FALSE(r.ok()) << name;
    EXPECT_EQ(r.error().code, jamt::ErrorKind::validation);
    EXPECT_EQ(r.error().field, "action_plan_file");
  }
}

TEST(ActionPlanFile, RefusesEmptyFilesAndFilesOverTenMegabytes) {
  EXPECT_FALSE(check_action_plan_file("plan.pdf", "").ok());
  std::string big = "%PDF-" + std::string(kMaxActionPlanBytes, 'x');
  auto r = check_action_plan_file("plan.pdf", big);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("10 MB"), std::string::npos);
  EXPECT_TRUE(check_action_plan_file("plan.pdf", "%PDF-" + std::string(kMaxActionPlanBytes - 5, 'x')).ok());
}

TEST(ActionPlanFile, CleansNamesForStoringAndDownloading) {
  EXPECT_EQ(safe_file_name("C:\\Users\\anna\\Handlingsplan för 2025.pdf"), "Handlingsplan för 2025.pdf");
  EXPECT_EQ(safe_file_name("../../etc/passwd"), "passwd");
  EXPECT_EQ(safe_file_name("plan\"; x=\r\n.pdf"), "plan__ x=__.pdf");
  EXPECT_EQ(safe_file_name(".hidden.pdf"), "hidden.pdf");
  EXPECT_EQ(safe_file_name(""), "handlingsplan");
  // "ö" spans bytes 120–121. (Built by insert: GCC 12 warns falsely,
  // -Warray-bounds, on `std::string(119, 'a') + "ö.pdf"`.)
  std::string long_name = "ö.pdf";
  long_name.insert(0, 119, 'a');
  EXPECT_EQ(safe_file_name(long_name), std::string(119, 'a'));
}
