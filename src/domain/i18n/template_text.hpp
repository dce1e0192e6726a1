#pragma once
// The texts of a Mustache HTML template that a translator translates,
// found without markup in the template (docs/i18n.md): each HTML text node
// and each aria-label, title, alt and placeholder attribute — and the value
// of a submit, reset or button input — that holds a letter outside Mustache
// tags. Variable tags ({{name}}) stay inside the text; section tags
// ({{#x}}, {{^x}}, {{/x}}), comments and partials split it. Contents of
// <script> and <style> are never text. Runs of white space count as one
// space, and white space at either end is not part of the text. Pure.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::i18n {

struct TemplateText {
  std::string text;  // the msgid: white space collapsed, ends trimmed
  int line = 0;      // its line in the template
};

// The translatable texts of `template_text`, in order (repeats included).
std::vector<TemplateText> template_texts(std::string_view template_text);

// `template_text` with every translatable text replaced by
// `translation(text)` when that gives one; texts it gives nothing for stay
// as written. The white space around a text is kept.
std::string translate_template(std::string_view template_text,
                               const std::function<std::optional<std::string>(std::string_view)>& translation);

// The Mustache tags in `text` ("{{name}}", "{{{html}}}", "{{#x}}"), sorted,
// so a test can check that a translation keeps them all.
std::vector<std::string> mustache_variables(std::string_view text);

}  // namespace jamt::i18n
