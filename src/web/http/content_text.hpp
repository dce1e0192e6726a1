#pragma once
// Content the author wrote in Swedish and, where given, in English (strategy
// and goal titles, survey questions and options, news): which text a page in
// the request's language shows, and whether it must carry lang="sv"
// (docs/i18n.md, "Content in English"). Pure apart from reading the current
// thread's language.
#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace jamt::web {

// The text to show and its marking.
struct ContentText {
  std::string text;  // the English on an English page when given, else the Swedish
  // "sv" when an English page shows the Swedish (the element holding it gets
  // lang="sv"); "" otherwise — a Swedish page, or English shown.
  std::string lang;
  bool english = false;  // true when `text` is the author's English
};

// What a page in i18n::current_language() shows of `swedish`/`english`:
// Swedish pages always show the Swedish (never the English); English pages
// show the English when it is not empty, else the Swedish marked "sv" (an
// empty Swedish text is not marked: there is nothing in Swedish to mark).
ContentText content_text(std::string_view swedish, std::string_view english);

// content_text as a template object {"text", "lang"}; templates print
// `{{#lang}} lang="{{lang}}"{{/lang}}` on the element holding the text.
nlohmann::json content_json(std::string_view swedish, std::string_view english);

}  // namespace jamt::web
