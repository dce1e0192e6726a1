// The common-password list compiled in from Debian's cracklib-runtime and
// the rule that reads it (domain/common_passwords.hpp).
#include <gtest/gtest.h>

#include "domain/common_passwords.hpp"

using namespace jamt;

TEST(CommonPasswords, TheWholeDebianListIsCompiledIn) {
  // cracklib-small of cracklib-runtime 2.9.6 in Debian 12: 54 763 lines, some equal
  // once lower-cased.
  EXPECT_GT(common_password_count(), 50000u);
}

TEST(CommonPasswords, ListedWordsAreFoundInAnyCase) {
  EXPECT_TRUE(is_common_password("password"));
  EXPECT_TRUE(is_common_password("PassWord"));
  EXPECT_TRUE(is_common_password("qwerty123"));
  EXPECT_TRUE(is_common_password("abbreviations"));
}

TEST(CommonPasswords, AWordWithDigitsOrPunctuationAroundItIsStillCommon) {
  EXPECT_TRUE(is_common_password("password1234"));
  EXPECT_TRUE(is_common_password("Password2024!"));
  EXPECT_TRUE(is_common_password("!!Dragonfly!!"));
  EXPECT_TRUE(is_common_password("2024 absentminded"));
}

TEST(CommonPasswords, PhrasesAndUnlistedWordsPass) {
  EXPECT_FALSE(is_common_password("korp fyrtorn gurkmeja"));
  EXPECT_FALSE(is_common_password("correct horse battery"));
  EXPECT_FALSE(is_common_password("password1234x")) << "a letter after the digits: not a listed word with filler";
  EXPECT_FALSE(is_common_password("123456789012")) << "nothing left but filler is not a word";
  EXPECT_FALSE(is_common_password("ab1234567890")) << "a remainder under four letters is not looked up";
}
