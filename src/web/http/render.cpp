#include "web/http/render.hpp"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>
#include <map>
#include <mutex>
#include <stdexcept>

#include "domain/i18n/catalogue.hpp"
#include "domain/i18n/language.hpp"
#include "domain/i18n/template_text.hpp"
#include "embedded/embedded_files.hpp"
#include "service/disclosure/audience.hpp"
#include "web/http/page_language.hpp"

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

// The template `name` in the current language: the Swedish file, or for
// English the file with its texts replaced from the catalogue (made once per
// template and kept; a text without a translation stays Swedish, which the
// Translations unit test does not let pass).
std::string load_template(const std::string& name) {
  auto text = embedded_file("templates/" + name + ".mustache");
  if (!text) throw std::runtime_error("no template " + name);
  if (i18n::current_language() == i18n::Language::sv) return std::string(*text);
  static std::mutex mutex;
  static std::map<std::string, std::string, std::less<>> english;
  std::lock_guard lock(mutex);
  auto it = english.find(name);
  if (it == english.end()) {
    const auto& catalogue = i18n::english_catalogue();
    auto translated = i18n::translate_template(*text, [&](std::string_view msgid) -> std::optional<std::string> {
      const std::string* found = catalogue.find(msgid);
      if (!found) return std::nullopt;
      return *found;
    });
    it = english.emplace(name, std::move(translated)).first;
  }
  return it->second;
}

}  // namespace

std::string render_template(const std::string& name, const nlohmann::json& context) {
  km::mustache tmpl{load_template(name)};
  if (!tmpl.is_valid()) throw std::runtime_error("template " + name + ": " + tmpl.error_message());
  return tmpl.render(to_mustache(context));
}

std::string render_page(const std::string& name, const std::string& title, const nlohmann::json& context) {
  std::string content = render_template(name, context);
  const auto language = i18n::current_language();
  const auto other = language == i18n::Language::sv ? i18n::Language::en : i18n::Language::sv;
  nlohmann::json layout = {{"title", title},
                           {"content", content},
                           {"lang", std::string(i18n::code(language))},
                           // The switch names the other language in that language, so it is
                           // not translated and carries its own lang attribute.
                           {"language_switch",
                            {{"url", language_switch_url(other)},
                             {"code", std::string(i18n::code(other))},
                             {"label", other == i18n::Language::en ? "English" : "Svenska"}}}};
  if (context.contains("signed_in")) layout["signed_in"] = context["signed_in"];
  // Small counts of persons were shown as "..": say why, once per page (a
  // report document says it in its own summary already).
  if (auto note = service::disclosure::protected_note(); !note.empty() && content.find(note) == std::string::npos)
    layout["small_count_note"] = note;
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
