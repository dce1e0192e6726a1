#include "web/http/page_language.hpp"

#include "web/http/request_decoding.hpp"

namespace jamt::web {

namespace {

struct PageAddress {
  std::string path = "/";
  std::multimap<std::string, std::string> query;
};

thread_local PageAddress current_address;

// Whether a `next` parameter (where the login page returns to) is a plain
// path of this site; any other is not repeated in the link, so that a page
// never carries a foreign address it was given.
bool local_path(const std::string& next) {
  if (next.size() < 1 || next[0] != '/' || (next.size() > 1 && (next[1] == '/' || next[1] == '\\'))) return false;
  for (unsigned char c : next)
    if (c <= 0x20 || c == 0x7f || c == '\\') return false;
  return true;
}

}  // namespace

PageAddressScope::PageAddressScope(std::string path, std::multimap<std::string, std::string> query) {
  current_address = PageAddress{.path = std::move(path), .query = std::move(query)};
}

PageAddressScope::~PageAddressScope() { current_address = PageAddress{}; }

std::string language_switch_url(i18n::Language language) {
  std::string url = percent_encode(current_address.path, true);
  char sep = '?';
  for (const auto& [name, value] : current_address.query) {
    if (name == "lang" || (name == "next" && !local_path(value))) continue;
    url += sep + percent_encode(name, false) + "=" + percent_encode(value, false);
    sep = '&';
  }
  return url + sep + "lang=" + std::string(i18n::code(language));
}

}  // namespace jamt::web
