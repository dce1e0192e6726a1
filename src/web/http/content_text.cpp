#include "web/http/content_text.hpp"

#include <nlohmann/json.hpp>

#include "domain/i18n/language.hpp"

namespace jamt::web {

ContentText content_text(std::string_view swedish, std::string_view english) {
  if (i18n::current_language() != i18n::Language::en) return {.text = std::string(swedish), .lang = "", .english = false};
  if (!english.empty()) return {.text = std::string(english), .lang = "", .english = true};
  // An empty Swedish text needs no marking: there is nothing in Swedish.
  return {.text = std::string(swedish), .lang = swedish.empty() ? "" : "sv", .english = false};
}

nlohmann::json content_json(std::string_view swedish, std::string_view english) {
  auto shown = content_text(swedish, english);
  return {{"text", shown.text}, {"lang", shown.lang}};
}

}  // namespace jamt::web
