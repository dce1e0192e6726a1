#include "domain/i18n/catalogue.hpp"

#include <stdexcept>

#include "embedded/embedded_files.hpp"

namespace jamt::i18n {

Status Catalogue::add(const std::vector<PoEntry>& entries, std::string_view file_name) {
  std::map<std::string, Item, std::less<>> added;
  for (const auto& e : entries) {
    if (e.fuzzy || e.msgstr.empty()) continue;
    std::string where = std::string(file_name) + ":" + std::to_string(e.line);
    for (const auto* seen : {&items_, &added}) {
      auto it = seen->find(e.msgid);
      if (it != seen->end() && it->second.text != e.msgstr)
        return validation_error("”" + e.msgid + "” översätts olika här och i " + it->second.where, where);
    }
    added.emplace(e.msgid, Item{.text = e.msgstr, .where = where});
  }
  items_.merge(added);
  return {};
}

const std::string* Catalogue::find(std::string_view msgid) const {
  auto it = items_.find(msgid);
  return it == items_.end() ? nullptr : &it->second.text;
}

Result<Catalogue> load_embedded_catalogue(std::string_view language_code) {
  Catalogue catalogue;
  const std::string prefix = "po/" + std::string(language_code) + "/";
  for (const auto& [path, text] : embedded_files()) {
    if (path.substr(0, prefix.size()) != prefix || path.size() < 3 || path.substr(path.size() - 3) != ".po") continue;
    auto entries = parse_po(text, path);
    if (!entries) return entries.error();
    if (auto added = catalogue.add(*entries, path); !added) return added.error();
  }
  return catalogue;
}

const Catalogue& english_catalogue() {
  static const Catalogue catalogue = [] {
    auto loaded = load_embedded_catalogue("en");
    if (!loaded) throw std::runtime_error("English catalogue: " + loaded.error().to_string());
    return std::move(*loaded);
  }();
  return catalogue;
}

}  // namespace jamt::i18n
