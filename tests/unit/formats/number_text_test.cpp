// Numbers as text: the writer's rounding removes float noise but never data.
#include <gtest/gtest.h>

#include <cmath>

#include "formats/common/number_text.hpp"

using jamt::formats::decimals_needed;
using jamt::formats::format_number;
using jamt::formats::parse_plain_number;

TEST(FormatNumber, RoundsAwayFloatNoiseToTheDecimalsGiven) {
  EXPECT_EQ(format_number(12.300000000000001, 1), "12.3");
  EXPECT_EQ(format_number(0.1 + 0.2, 1), "0.3");
  EXPECT_EQ(format_number(0.1 + 0.2, 2), "0.3");
  EXPECT_EQ(format_number(2.50, 2), "2.5");
  EXPECT_EQ(format_number(1234567.8, 1), "1234567.8");
}

TEST(FormatNumber, IntegersHaveNoFraction) {
  EXPECT_EQ(format_number(7.0, 3), "7");
  EXPECT_EQ(format_number(-42.0, 0), "-42");
  EXPECT_EQ(format_number(-0.0, 1), "0");
  EXPECT_EQ(format_number(9.0e15, 0), "9000000000000000");
}

TEST(FormatNumber, KeepsRealPrecisionBeyondTheDecimalsGiven) {
  EXPECT_EQ(format_number(12.34, 0), "12.34");
  EXPECT_EQ(format_number(123456789.0001, 1), "123456789.0001");
  EXPECT_EQ(format_number(-0.04, 1), "-0.04");
  EXPECT_EQ(format_number(1e-20, 3), "1e-20");
  EXPECT_EQ(format_number(1.5e300, 2), "1.5e+300");
}

TEST(FormatNumber, EveryPrintedNumberReadsBackExactlyOrWithinNoise) {
  for (double v : {0.1, 1.0 / 3, 2.0 / 3 * 100, 5.943826289, 1e-7, 123.456, 99999.99}) {
    for (int d = 0; d <= 15; ++d) {
      double back = *parse_plain_number(format_number(v, d));
      EXPECT_LE(std::fabs(back - v), std::fabs(v) * 1e-15) << v << " with " << d << " decimals";
    }
  }
}

TEST(FormatNumber, NonFiniteIsNull) { EXPECT_EQ(format_number(std::nan(""), 1), "null"); }

TEST(DecimalsNeeded, CountsTheShortestExactForm) {
  EXPECT_EQ(decimals_needed(12.0), 0);
  EXPECT_EQ(decimals_needed(12.5), 1);
  EXPECT_EQ(decimals_needed(5.943826289), 9);
  EXPECT_EQ(decimals_needed(0.003), 3);
  EXPECT_EQ(decimals_needed(1.5e-7), 8);
  EXPECT_EQ(decimals_needed(1e-30), 15);
  EXPECT_EQ(decimals_needed(std::nan("")), 0);
}

TEST(ParsePlainNumber, AcceptsOnlyPlainDecimalNumbers) {
  EXPECT_EQ(parse_plain_number("12"), 12.0);
  EXPECT_EQ(parse_plain_number("-0.5"), -0.5);
  EXPECT_EQ(parse_plain_number("+4"), 4.0);
  EXPECT_EQ(parse_plain_number("1e3"), 1000.0);
  for (const char* bad : {"", "-", "+", "..", "12,5", "1 000", "inf", "nan", "0x10", "+-1", "12a", "1e999", " 1"})
    EXPECT_FALSE(parse_plain_number(bad).has_value()) << bad;
}
