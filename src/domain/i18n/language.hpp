#pragma once
// The language a request is answered in: Swedish by default, English by the
// user's choice (docs/i18n.md). Pure; the choice is kept per thread, set for
// the length of one request by LanguageScope.
#include <optional>
#include <string_view>

namespace jamt::i18n {

enum class Language { sv, en };

// "sv" or "en", as in <html lang> and ?lang=.
std::string_view code(Language language);

// The language a code names ("sv", "en"; any case, "en-GB" is English), or
// nullopt for anything else.
std::optional<Language> parse_language(std::string_view code);

// The first language of an Accept-Language header ("en-GB,en;q=0.9,sv;q=0.8")
// that Jämt speaks, by quality (equal qualities keep the header's order);
// nullopt when none is acceptable or the header is empty. q=0 excludes.
std::optional<Language> from_accept_language(std::string_view header);

// The language of a request: `query` (?lang=) wins over `remembered` (the
// cookie of an earlier choice), which wins over the browser's
// `accept_language` header; Swedish when none of them names one we speak.
Language negotiate(std::string_view query, std::string_view remembered, std::string_view accept_language);

// The language of the current thread's request; Swedish outside a scope.
Language current_language();

// Sets the current thread's language until it is destroyed, then restores
// the one before. Not copyable; keep it on the stack of the request.
class LanguageScope {
 public:
  explicit LanguageScope(Language language);
  ~LanguageScope();
  LanguageScope(const LanguageScope&) = delete;
  LanguageScope& operator=(const LanguageScope&) = delete;

 private:
  Language previous_;
};

}  // namespace jamt::i18n
