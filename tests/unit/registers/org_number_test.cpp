// Organisation numbers: ten digits with a Luhn check digit, shown NNNNNN-NNNN.
#include "domain/registers/org_number.hpp"

#include <gtest/gtest.h>

using namespace jamt::registers;

TEST(OrgNumber, AcceptsValidNumbersWithOrWithoutDash) {
  // Statistics Sweden's own number, 202100-0829... and a state agency's.
  for (const char* text : {"202100-5489", "2021005489", "212000-0142", " 212000 0142 ", "16202100-5489"}) {
    auto c = check_org_number(text);
    EXPECT_EQ(c.problem, OrgNumberProblem::none) << text;
    EXPECT_EQ(c.digits.size(), 10u) << text;
  }
  EXPECT_EQ(check_org_number("202100-5489").digits, "2021005489");
}

TEST(OrgNumber, RefusesAWrongCheckDigit) {
  EXPECT_EQ(check_org_number("202100-5488").problem, OrgNumberProblem::wrong_check_digit);
  EXPECT_EQ(check_org_number("212000-0143").problem, OrgNumberProblem::wrong_check_digit);
}

TEST(OrgNumber, RefusesAWrongLength) {
  EXPECT_EQ(check_org_number("202100-548").problem, OrgNumberProblem::wrong_length);
  EXPECT_EQ(check_org_number("202100-54890").problem, OrgNumberProblem::wrong_length);
  EXPECT_EQ(check_org_number("").problem, OrgNumberProblem::wrong_length);
}

TEST(OrgNumber, RefusesLettersAndMisplacedDashes) {
  EXPECT_EQ(check_org_number("20210O-5489").problem, OrgNumberProblem::not_digits);
  EXPECT_EQ(check_org_number("-2021005489").problem, OrgNumberProblem::not_digits);
}

TEST(OrgNumber, CheckDigitFollowsLuhn) {
  EXPECT_EQ(luhn_check_digit("202100548"), 9);
  EXPECT_EQ(luhn_check_digit("212000014"), 2);
  EXPECT_EQ(luhn_check_digit("000000000"), 0);
}

TEST(OrgNumber, FormatsTenDigitsWithADash) {
  EXPECT_EQ(format_org_number("2021005489"), "202100-5489");
  EXPECT_EQ(format_org_number("12345"), "12345");
}
