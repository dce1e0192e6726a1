// Checking register input against a register's field description.
#include "domain/registers/field_spec.hpp"

#include <gtest/gtest.h>

#include "domain/registers/organisation.hpp"

using namespace jamt;
using namespace jamt::registers;

namespace {

const Error* error_for(const CheckedRecord& c, const std::string& field) {
  for (const auto& e : c.errors)
    if (e.field == field) return &e;
  return nullptr;
}

}  // namespace

TEST(CheckRecord, NormalisesAValidOrganisation) {
  auto c = check_record(organisation_spec(),
                        {{"name", "  Kalmar kommun "}, {"org_number", "212000-0142"}, {"type", "kommun"},
                         {"municipality_code", "0880"}, {"website", "https://kalmar.se"}, {"cemr_signed", "2016-03-08"}},
                        false);
  EXPECT_TRUE(c.errors.empty()) << c.errors.front().to_string();
  EXPECT_EQ(c.record["name"], "Kalmar kommun");
  EXPECT_EQ(c.record["org_number"], "2120000142");
  EXPECT_EQ(c.record["county_code"], "");  // derived later, from the municipality
}

TEST(CheckRecord, ReportsEveryProblemBesideItsField) {
  auto c = check_record(organisation_spec(),
                        {{"name", ""}, {"org_number", "212000-0143"}, {"type", "bolag"}, {"municipality_code", "9999"},
                         {"website", "kalmar.se"}, {"cemr_signed", "2019-02-30"}},
                        false);
  ASSERT_NE(error_for(c, "name"), nullptr);
  EXPECT_EQ(error_for(c, "name")->message, "Namn: måste fyllas i");
  ASSERT_NE(error_for(c, "org_number"), nullptr);
  EXPECT_NE(error_for(c, "org_number")->message.find("kontrollsiffra"), std::string::npos);
  EXPECT_NE(error_for(c, "type"), nullptr);
  EXPECT_NE(error_for(c, "municipality_code"), nullptr);
  EXPECT_NE(error_for(c, "website"), nullptr);
  ASSERT_NE(error_for(c, "cemr_signed"), nullptr);
  EXPECT_EQ(c.errors.size(), 6u);
  EXPECT_EQ(c.record["name"], "");
  EXPECT_EQ(error_for(c, "name")->code, jamt::ErrorKind::validation);
}

TEST(CheckRecord, RefusesUnknownFieldsAndControlCharacters) {
  auto c = check_record(organisation_spec(), {{"colour", "red"}, {"name", "A\x01"}}, true);
  EXPECT_NE(error_for(c, "colour"), nullptr);
  EXPECT_NE(error_for(c, "name"), nullptr);
}

TEST(CheckRecord, PartialChecksOnlyWhatIsSent) {
  auto c = check_record(organisation_spec(), {{"website", "https://example.se"}}, true);
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(c.record.size(), 1u);
}

TEST(CheckRecord, CountsCharactersNotBytes) {
  FieldSpec f{.name = "t", .label_sv = "T", .max_length = 3};
  EntitySpec spec;
  spec.fields = {f};
  EXPECT_TRUE(check_record(spec, {{"t", "åäö"}}, false).errors.empty());
  EXPECT_FALSE(check_record(spec, {{"t", "åäöx"}}, false).errors.empty());
}

TEST(DisplayValue, ShowsWhatAUserReads) {
  const auto& spec = organisation_spec();
  EXPECT_EQ(display_value(*spec.field("org_number"), "2120000142"), "212000-0142");
  EXPECT_EQ(display_value(*spec.field("type"), "larosate"), "Lärosäte");
  EXPECT_EQ(display_value(*spec.field("municipality_code"), "0880"), "Kalmar");
  EXPECT_EQ(display_value(*spec.field("county_code"), "08"), "Kalmar län");
}

TEST(FoldCase, LowersSwedishLetters) { EXPECT_EQ(fold_case("ÅÄÖ Éva KALMAR"), "åäö éva kalmar"); }
