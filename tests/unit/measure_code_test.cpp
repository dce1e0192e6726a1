// Which measure codes are accepted (issue 9, item 11): a code ends up in
// URLs and download names, so only a plain code passes.
#include <gtest/gtest.h>

#include <string>

#include "domain/statistics/measure_code.hpp"

namespace jamt::stats {
namespace {

TEST(MeasureCode, PlainCodesPass) {
  for (const char* code : {"BE0101N1", "BE0101N1.tot", "N00945", "FODDA_KALMAR", "AM0401-2024", "a", "0880.x"})
    EXPECT_TRUE(check_measure_code(code, "measure").ok()) << code;
  EXPECT_TRUE(check_measure_code(std::string(kMaxMeasureCodeBytes, 'A'), "measure").ok());
}

TEST(MeasureCode, AnythingElseIsAValidationErrorNamingTheField) {
  const std::string refused[] = {"",
                                 "evil.html\"",
                                 "a\"b",
                                 "a'b",
                                 "a/b",
                                 "a\\b",
                                 "a b",
                                 "a;b",
                                 "a\r\nSet-Cookie: x=1",
                                 "a\tb",
                                 "a%0d",
                                 "kön",
                                 ".hidden",
                                 "-x",
                                 "ends.",
                                 "evil.html",
                                 "evil.HTM",
                                 "run.exe",
                                 "x.svg",
                                 "x.js",
                                 std::string(kMaxMeasureCodeBytes + 1, 'A')};
  for (const auto& code : refused) {
    auto checked = check_measure_code(code, "measure");
    ASSERT_FALSE(checked.ok()) << code;
    EXPECT_EQ(checked.error().code, ErrorKind::validation) << code;
    EXPECT_EQ(checked.error().field, "measure") << code;
    EXPECT_EQ(checked.error().message.rfind("Mätvärdets kod", 0), 0u) << checked.error().message;
    EXPECT_EQ(checked.error().message.find('\r'), std::string::npos) << "no control character quoted";
    EXPECT_EQ(checked.error().message.find('\n'), std::string::npos);
  }
}

TEST(MeasureCode, TheMessageSaysWhatIsAllowed) {
  auto checked = check_measure_code("a b", "measure");
  ASSERT_FALSE(checked.ok());
  EXPECT_EQ(checked.error().message,
            "Mätvärdets kod \"a b\" får bara innehålla bokstäverna a–z, siffror, _, - och . (till exempel BE0101N1).");
}

}  // namespace
}  // namespace jamt::stats
