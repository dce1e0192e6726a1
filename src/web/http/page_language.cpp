#include "web/http/page_language.hpp"

#include "web/http/request_decoding.hpp"

namespace jamt::web {

namespace {

struct PageAddress {
  std::string path = "/";
  std::multimap<std::string, std::string> query;
};

thread_local PageAddress current_address;

}  // namespace

PageAddressScope::PageAddressScope(std::string path, std::multimap<std::string, std::string> query) {
  current_address = PageAddress{.path = std::move(path), .query = std::move(query)};
}

PageAddressScope::~PageAddressScope() { current_address = PageAddress{}; }

std::string language_switch_url(i18n::Language language) {
  std::string url = percent_encode(current_address.path, true);
  char sep = '?';
  for (const auto& [name, value] : current_address.query) {
    if (name == "lang") continue;
    url += sep + percent_encode(name, false) + "=" + percent_encode(value, false);
    sep = '&';
  }
  return url + sep + "lang=" + std::string(i18n::code(language));
}

}  // namespace jamt::web
