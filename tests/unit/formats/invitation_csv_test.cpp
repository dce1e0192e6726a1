// The list of people to invite to a survey (formats/csv/invitation_csv):
// each case a CSV text and what comes out, or the exact Swedish error.
#include <gtest/gtest.h>

#include "formats/csv/invitation_csv.hpp"

namespace jamt::formats {
namespace {

struct BadCase {
  const char* name;
  const char* csv;
  const char* message;
};

class InvitationCsvErrors : public ::testing::TestWithParam<BadCase> {};

TEST_P(InvitationCsvErrors, NameTheRowAndColumn) {
  auto rows = read_invitation_csv(GetParam().csv);
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().message, GetParam().message);
  EXPECT_EQ(rows.error().field, "csv");
}

INSTANTIATE_TEST_SUITE_P(
    Cases, InvitationCsvErrors,
    ::testing::Values(
        BadCase{"empty", "", "Listan är tom: ange en rubrikrad med e-post och namn och en rad per person."},
        BadCase{"header_only", "e-post;namn\n", "Listan har bara en rubrikrad: ange en rad per person."},
        BadCase{"no_email_column", "namn;kön\nAnna;kvinna\n", "rad 1, kolumn e-post: rubrikraden saknar kolumnen e-post"},
        BadCase{"missing_address", "e-post;namn\na@b.se;A\n;B\n", "rad 3, kolumn e-post: adressen saknas"},
        BadCase{"too_many_cells", "e-post;namn\na@b.se;A;x\n", "rad 2: raden har 3 kolumner, rubrikraden 2"},
        BadCase{"twice", "e-post;kön;Kön\na@b.se;k;k\n", "rad 1, kolumn kön: kolumnen finns två gånger"},
        BadCase{"blank_header", "e-post;;namn\na@b.se;;A\n", "rad 1, kolumn 2: rubriken saknas"},
        BadCase{"windows_1252", "e-post;namn\na@b.se;Anna\nb@b.se;\xC5sa\n",
                "rad 3: filen är inte UTF-8 (å, ä och ö blir fel). Spara den i Excel som \"CSV UTF-8\" och försök igen."}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(InvitationCsv, ReadsSemicolonsOrCommasWithOrWithoutAByteOrderMark) {
  for (const std::string& csv : {std::string("e-post;namn;kön;sektor\r\nanna@k.se;Anna;kvinna;myndighet\r\n\r\nbo@k.se;Bo;;\r\n"),
                                std::string("\xEF\xBB\xBF" "E-post,Namn,Kön,Sektor\nanna@k.se,Anna,kvinna,myndighet\nbo@k.se,Bo\n")}) {
    auto rows = read_invitation_csv(csv);
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].email, "anna@k.se");
    EXPECT_EQ((*rows)[0].name, "Anna");
    EXPECT_EQ((*rows)[0].profile, (std::map<std::string, std::string>{{"kön", "kvinna"}, {"sektor", "myndighet"}}));
    EXPECT_EQ((*rows)[1].email, "bo@k.se");
    EXPECT_TRUE((*rows)[1].profile.empty()) << "empty cells are left out of the profile";
  }
}

TEST(InvitationCsv, KeepsTheLineOfEachRowForMessagesAndReadsQuotedSeparators) {
  auto rows = read_invitation_csv("e-post;namn\n\n\"anna@k.se\";\"Andersson; Anna\"\n");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].row, 3u);
  EXPECT_EQ((*rows)[0].name, "Andersson; Anna");
}

}  // namespace
}  // namespace jamt::formats
