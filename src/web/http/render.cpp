#include "web/http/render.hpp"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "embedded/embedded_files.hpp"

namespace jamt::web {

namespace km = kainjow::mustache;

namespace {

km::data to_mustache(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      km::data d{km::data::type::object};
      for (const auto& [k, v] : j.items()) d.set(k, to_mustache(v));
      return d;
    }
    case nlohmann::json::value_t::array: {
      km::data d{km::data::type::list};
      for (const auto& v : j) d.push_back(to_mustache(v));
      return d;
    }
    case nlohmann::json::value_t::string: {
      // An empty string is falsy, so {{#note}}…{{/note}} shows nothing for it.
      const auto& text = j.get_ref<const std::string&>();
      return text.empty() ? km::data{km::data::type::bool_false} : km::data{text};
    }
    case nlohmann::json::value_t::boolean: return j.get<bool>() ? km::data{km::data::type::bool_true} : km::data{km::data::type::bool_false};
    case nlohmann::json::value_t::null: return km::data{km::data::type::bool_false};
    default: return km::data{j.dump()};
  }
}

std::string load_template(const std::string& name) {
  auto text = embedded_file("templates/" + name + ".mustache");
  if (!text) throw std::runtime_error("no template " + name);
  return std::string(*text);
}

}  // namespace

std::string render_template(const std::string& name, const nlohmann::json& context) {
  km::mustache tmpl{load_template(name)};
  if (!tmpl.is_valid()) throw std::runtime_error("template " + name + ": " + tmpl.error_message());
  return tmpl.render(to_mustache(context));
}

std::string render_page(const std::string& name, const std::string& title, const nlohmann::json& context) {
  std::string content = render_template(name, context);
  nlohmann::json layout = {{"title", title}, {"content", content}};
  if (context.contains("signed_in")) layout["signed_in"] = context["signed_in"];
  // Optional <link> elements for the layout's head, a list of {rel, type,
  // href, title} (a news list's Atom feed). The contract in render.hpp
  // should say so; it is left unchanged for now because nearly every page
  // includes that header (a full rebuild on the shared machine).
  if (context.contains("head_links")) layout["head_links"] = context["head_links"];
  if (context.contains("breadcrumbs")) {
    layout["breadcrumbs"] = context["breadcrumbs"];
    layout["has_breadcrumbs"] = !context["breadcrumbs"].empty();
  }
  return render_template("layout", layout);
}

}  // namespace jamt::web
