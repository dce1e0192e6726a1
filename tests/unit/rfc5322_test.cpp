// Writing mail as RFC 5322: dates, encoded subjects, quoted-printable bodies
// and the guard against header injection.
#include <gtest/gtest.h>

#include "domain/utc_time.hpp"
#include "service/mail/rfc5322.hpp"

namespace jamt::service {
namespace {

TEST(Rfc5322, DateIsInUtcWithEnglishNames) {
  EXPECT_EQ(rfc5322_date(*parse_utc_text("2026-03-31T10:00:00Z")), "Tue, 31 Mar 2026 10:00:00 +0000");
  EXPECT_EQ(rfc5322_date(*parse_utc_text("2028-02-29T23:59:59Z")), "Tue, 29 Feb 2028 23:59:59 +0000");
}

TEST(Rfc5322, AsciiSubjectsStayAsTheyAreOthersBecomeUtf8EncodedWords) {
  EXPECT_EQ(encode_header_word("Hello"), "Hello");
  EXPECT_EQ(encode_header_word("Jämt"), "=?UTF-8?B?SsOkbXQ=?=");
  // "=?" in plain text would be read as an encoded word: encoded too.
  EXPECT_EQ(encode_header_word("a=?b").rfind("=?UTF-8?B?", 0), 0u);
  // A long subject is split into words of at most 75 characters, never
  // inside a character (å is two bytes).
  std::string long_subject;
  for (int i = 0; i < 40; ++i) long_subject += "å";
  std::string encoded = encode_header_word(long_subject);
  std::size_t start = 0;
  int words = 0;
  while (start < encoded.size()) {
    auto end = encoded.find("\r\n ", start);
    std::string word = encoded.substr(start, end == std::string::npos ? std::string::npos : end - start);
    EXPECT_LE(word.size(), 75u) << word;
    ++words;
    start = end == std::string::npos ? encoded.size() : end + 3;
  }
  EXPECT_EQ(words, 2);
}

TEST(Rfc5322, QuotedPrintableEscapesAndWrapsAt76) {
  EXPECT_EQ(quoted_printable("Hej då"), "Hej d=C3=A5");
  EXPECT_EQ(quoted_printable("a=b"), "a=3Db");
  EXPECT_EQ(quoted_printable("rad 1 \nrad 2"), "rad 1=20\r\nrad 2");
  std::string link = "https://jamt.example/konto/losenord/" + std::string(64, 'a');
  std::string qp = quoted_printable(link);
  for (std::size_t start = 0; start < qp.size();) {
    auto end = qp.find("\r\n", start);
    EXPECT_LE((end == std::string::npos ? qp.size() : end) - start, 76u);
    start = end == std::string::npos ? qp.size() : end + 2;
  }
  EXPECT_NE(qp.find("=\r\n"), std::string::npos);
}

TEST(Rfc5322, TheMessageHasEveryHeaderAndCrlfLineEnds) {
  MailMessage m{.to = "a@kommun.se", .subject = "Välkommen", .body = "Rad ett\nRad två\n",
                .date = *parse_utc_text("2026-03-31T10:00:00Z")};
  std::string text = render_rfc5322(m, "Jämt <jamt@lst.se>", "<1@lst.se>");
  EXPECT_EQ(text,
            "Date: Tue, 31 Mar 2026 10:00:00 +0000\r\n"
            "Message-ID: <1@lst.se>\r\n"
            "From: Jämt <jamt@lst.se>\r\n"
            "To: a@kommun.se\r\n"
            "Subject: =?UTF-8?B?VsOkbGtvbW1lbg==?=\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "\r\n"
            "Rad ett\r\nRad tv=C3=A5\r\n");
  EXPECT_EQ(new_message_id("Jämt <jamt@lst.se>").substr(33), "@lst.se>");
}

TEST(Rfc5322, AddressesThatCouldInjectHeadersAreRefused) {
  EXPECT_TRUE(safe_address("a@kommun.se"));
  EXPECT_FALSE(safe_address("a@kommun.se\r\nBcc: b@x.se"));
  EXPECT_FALSE(safe_address("a@kommun.se, b@x.se"));
  EXPECT_FALSE(safe_address("<a@kommun.se>"));
  EXPECT_FALSE(safe_address("a b@kommun.se"));
  EXPECT_FALSE(safe_address("a@@kommun.se"));
  EXPECT_EQ(address_of("Jämt <jamt@lst.se>"), "jamt@lst.se");
}

}  // namespace
}  // namespace jamt::service
