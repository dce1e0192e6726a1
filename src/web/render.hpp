#pragma once
// Page rendering: Mustache templates compiled into the binary, one layout,
// Swedish formatting of numbers and dates.
#include <nlohmann/json_fwd.hpp>
#include <string>

namespace jamt::web {

// Renders templates/<name>.mustache with `context` (values are HTML-escaped
// unless the template uses triple braces) inside templates/layout.mustache,
// which receives `title` and the rendered `content`. Throws
// std::runtime_error for an unknown template (a programming error).
std::string render_page(const std::string& name, const std::string& title, const nlohmann::json& context);

// Renders one template without the layout.
std::string render_template(const std::string& name, const nlohmann::json& context);

// Swedish number formatting: thin-space thousands separator (U+00A0 no-break
// space) and decimal comma, e.g. 12345.6 with 1 decimal → "12 345,6".
std::string format_number_sv(double value, int decimals);

}  // namespace jamt::web
