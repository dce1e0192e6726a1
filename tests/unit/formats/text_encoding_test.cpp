// Windows-1252: one table (formats/common/text_encoding) for every reader.
// The PX reader and the CSV reader decode the same bytes to the same text.
#include <gtest/gtest.h>

#include <string>

#include "formats/common/text_encoding.hpp"
#include "formats/px/px_encoding.hpp"

using namespace jamt;

TEST(Windows1252, LettersAndSignsOfTheCodePage) {
  EXPECT_EQ(formats::windows1252_code_point('A'), 0x41u);
  EXPECT_EQ(formats::windows1252_code_point(0x80), 0x20ACu);  // €
  EXPECT_EQ(formats::windows1252_code_point(0x96), 0x2013u);  // en dash
  EXPECT_EQ(formats::windows1252_code_point(0x9F), 0x0178u);  // Ÿ
  EXPECT_EQ(formats::windows1252_code_point(0xE5), 0x00E5u);  // å
  EXPECT_EQ(formats::windows1252_code_point(0xD6), 0x00D6u);  // Ö
  EXPECT_EQ(formats::windows1252_to_utf8("Malm\xF6 \x80 5\x96 7"), "Malmö € 5– 7");
}

TEST(Windows1252, TheFiveUndefinedBytesBecomeTheReplacementCharacter) {
  for (unsigned char b : {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
    EXPECT_EQ(formats::windows1252_code_point(b), 0xFFFDu) << int(b);
    EXPECT_EQ(formats::windows1252_to_utf8(std::string(1, static_cast<char>(b))), "\xEF\xBF\xBD") << int(b);
  }
}

TEST(Windows1252, PxAndCsvReadersDecodeEveryByteAlike) {
  formats::px::EncodingChoice ansi;
  ansi.encoding = formats::px::TextEncoding::windows1252;
  for (int b = 0x80; b <= 0xFF; ++b) {
    std::string byte(1, static_cast<char>(b));
    EXPECT_EQ(formats::px::to_utf8(byte, ansi), formats::windows1252_to_utf8(byte)) << "byte " << b;
  }
  // A file declared UTF-8 with a stray Windows-1252 byte: the same answer.
  formats::px::EncodingChoice utf8;
  utf8.encoding = formats::px::TextEncoding::utf8;
  EXPECT_EQ(formats::px::to_utf8("V\xE4xj\xF6 \x81", utf8), "Växjö \xEF\xBF\xBD");
}
