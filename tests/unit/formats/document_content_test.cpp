// Uploaded documents checked by parsing them (formats/documents): a real
// PDF, DOCX and ODT pass; files that only start like them do not.
#include <gtest/gtest.h>

#include "../../integration/test_documents.hpp"
#include "formats/documents/document_content.hpp"

using namespace jamt;

TEST(DocumentContent, ARealPdfParses) { EXPECT_TRUE(formats::check_pdf_content(jamt::testing::real_pdf()).ok()); }

TEST(DocumentContent, AFileThatOnlyStartsLikeAPdfDoesNot) {
  EXPECT_FALSE(formats::check_pdf_content(jamt::testing::fake_pdf()).ok());
  EXPECT_FALSE(formats::check_pdf_content("%PDF-1.7\n" + std::string(10000, 'x')).ok());
  EXPECT_FALSE(formats::check_pdf_content("").ok());
  // A real PDF cut short loses its cross-reference table and trailer.
  std::string cut = jamt::testing::real_pdf().substr(0, 150);
  auto st = formats::check_pdf_content(cut);
  EXPECT_FALSE(st.ok());
  if (!st.ok()) {
    EXPECT_EQ(st.error().code, ErrorKind::parse);
    EXPECT_NE(st.error().message.find("not a readable PDF"), std::string::npos) << st.error().message;
  }
}

TEST(DocumentContent, APdfWithoutPagesIsRefused) {
  // A catalogue whose page tree is empty (the xref offsets are rebuilt by qpdf).
  std::string empty = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                      "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                      "trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n";
  EXPECT_FALSE(formats::check_pdf_content(empty).ok());
}

TEST(DocumentContent, WordAndOpenDocumentArchivesNeedTheirParts) {
  EXPECT_TRUE(formats::check_docx_content(jamt::testing::real_docx()).ok());
  EXPECT_TRUE(formats::check_odt_content(jamt::testing::real_odt()).ok());
  EXPECT_FALSE(formats::check_docx_content(jamt::testing::real_odt()).ok()) << "an ODT is no DOCX";
  EXPECT_FALSE(formats::check_odt_content(jamt::testing::real_docx()).ok()) << "a DOCX is no ODT";
  // A zip signature and a part name, no archive (built by append: GCC 12
  // misjudges operator+ on a four-byte literal as an out-of-bounds copy).
  std::string only_signature("PK\x03\x04", 4);
  only_signature.append("word/document.xml");
  EXPECT_FALSE(formats::check_docx_content(only_signature).ok());
  std::string truncated = jamt::testing::real_docx().substr(0, jamt::testing::real_docx().size() - 30);
  EXPECT_FALSE(formats::check_docx_content(truncated).ok()) << "a damaged central directory";
}
