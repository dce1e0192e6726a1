// Where the login form may send the browser afterwards (issue 9, item 4):
// only a path on this site as a browser would read it, after the handler has
// percent-decoded the form field once.
#include <gtest/gtest.h>

#include <string>

#include "web/http/session.hpp"

namespace jamt::web {
namespace {

struct Case {
  std::string next;      // the decoded form field
  std::string expected;  // where the browser is sent
};

TEST(LocalPathOrRoot, NastyInputsGoToTheStartPage) {
  const Case cases[] = {
      {"/\t/evil.example", "/"},  // next=/%09/evil.example: the browser drops the tab
      {"/\n/evil", "/"},
      {"/\r/evil", "/"},
      {"/\r\n/evil", "/"},
      {"/\\evil", "/"},   // the browser reads "\" as "/": //evil
      {"\\/evil", "/"},
      {"\\\\evil", "/"},
      {"//evil", "/"},
      {"///evil", "/"},
      {" //evil", "/"},   // leading spaces are trimmed before "//"
      {"\x01//evil", "/"},
      {"\t//evil", "/"},
      {"https://evil", "/"},
      {"javascript:alert(1)", "/"},
      {"evil.example/x", "/"},
      {"", "/"},
      {" ", "/"},
      {"/ok\x01path", "/"},  // a control character left in a header
      {"/ok\x7fpath", "/"},
  };
  for (const auto& c : cases) EXPECT_EQ(local_path_or_root(c.next), c.expected) << "next = \"" << c.next << "\"";
}

TEST(LocalPathOrRoot, APathOnThisSiteStaysAsTheBrowserWouldReadIt) {
  const Case cases[] = {
      {"/", "/"},
      {"/ok/path?x=1", "/ok/path?x=1"},
      {"/insatser/12#deltagare", "/insatser/12#deltagare"},
      {" /evil", "/evil"},  // trimmed: a path on this site, harmless
      {"/grupp\ter", "/grupper"},
      {"/a\\b", "/a/b"},
      {"/%2F/evil", "/%2F/evil"},  // still encoded: the browser does not decode it
  };
  for (const auto& c : cases) EXPECT_EQ(local_path_or_root(c.next), c.expected) << "next = \"" << c.next << "\"";
}

}  // namespace
}  // namespace jamt::web
