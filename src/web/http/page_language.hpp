#pragma once
// The language of the page being answered and the address of the same page
// in the other language, for the layout's language switch. Set per request
// by the dispatcher (thread-local, like i18n::current_language()).
#include <map>
#include <string>

#include "domain/i18n/language.hpp"

namespace jamt::web {

// Sets the current thread's request path and query (for
// language_switch_url) until it is destroyed. Not copyable.
class PageAddressScope {
 public:
  PageAddressScope(std::string path, std::multimap<std::string, std::string> query);
  ~PageAddressScope();
  PageAddressScope(const PageAddressScope&) = delete;
  PageAddressScope& operator=(const PageAddressScope&) = delete;
};

// The current page's address with ?lang= set to `language` (other query
// parameters kept, percent-encoded); "/?lang=…" outside a request.
std::string language_switch_url(i18n::Language language);

// The cookie that remembers a language chosen with ?lang=.
inline constexpr const char* kLanguageCookie = "jamt_lang";

}  // namespace jamt::web
