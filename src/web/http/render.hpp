#pragma once
// Page rendering: Mustache templates compiled into the binary, one layout.
#include <nlohmann/json_fwd.hpp>
#include <string>

namespace jamt::web {

// Renders templates/<name>.mustache with `context` (values are HTML-escaped
// unless the template uses triple braces) inside templates/layout.mustache,
// which receives `title`, the rendered `content`, and `breadcrumbs` and
// `signed_in` (see page_context) when the context has them. Throws
// std::runtime_error for an unknown template (a programming error).
std::string render_page(const std::string& name, const std::string& title, const nlohmann::json& context);

// Renders one template without the layout.
std::string render_template(const std::string& name, const nlohmann::json& context);

}  // namespace jamt::web
