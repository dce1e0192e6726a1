// The English catalogue is complete and well-formed: every interface text
// (template texts, tr()/trf()/N_() literals) has its English, and every
// translation keeps the Mustache tags and {N} placeholders of its Swedish.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include "domain/i18n/catalogue.hpp"
#include "domain/i18n/po_file.hpp"
#include "domain/i18n/template_text.hpp"
#include "embedded/embedded_files.hpp"
#include "interface_texts.hpp"
#include "test_paths.hpp"

namespace jamt {
namespace {

std::vector<std::string> numbered_placeholders(const std::string& text) {
  static const std::regex placeholder(R"(\{\d+\})");
  std::vector<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) out.push_back(it->str());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Translations, CataloguesAreWellFormed) {
  auto catalogue = i18n::load_embedded_catalogue("en");
  ASSERT_TRUE(catalogue.ok()) << catalogue.error().to_string();
  EXPECT_GT(catalogue->size(), 0u);
}

TEST(Translations, EveryInterfaceTextHasEnglish) {
  auto catalogue = i18n::load_embedded_catalogue("en");
  ASSERT_TRUE(catalogue.ok()) << catalogue.error().to_string();
  std::map<std::string, std::vector<std::string>> missing;  // msgid → places
  std::vector<std::string> order;
  std::size_t total = 0;
  std::set<std::string> seen;
  for (const auto& t : test::interface_texts(JAMT_SOURCE_DIR)) {
    if (seen.insert(t.text).second) ++total;
    if (catalogue->find(t.text)) continue;
    if (!missing.count(t.text)) order.push_back(t.text);
    missing[t.text].push_back(t.where);
  }
  // The missing ones, ready to fill in, next to the test binaries.
  const auto out_path = std::filesystem::path(JAMT_BINARY).parent_path() / "i18n-missing.po";
  std::ofstream out(out_path);
  for (const auto& text : order) {
    for (const auto& where : missing[text]) out << "#: " << where << "\n";
    out << "msgid " << i18n::po_quote(text) << "\nmsgstr \"\"\n\n";
  }
  std::string first;
  for (std::size_t i = 0; i < order.size() && i < 15; ++i) first += "\n  " + missing[order[i]][0] + ": " + order[i];
  EXPECT_TRUE(order.empty()) << order.size() << " of " << total
                             << " interface texts have no English; all of them are in " << out_path.string()
                             << ", ready to fill in and add to po/en/<feature>.po. The first:" << first;
}

TEST(Translations, KeepMustacheTagsAndPlaceholders) {
  for (const auto& [path, text] : embedded_files()) {
    if (path.substr(0, 3) != "po/") continue;
    auto entries = i18n::parse_po(text, path);
    ASSERT_TRUE(entries.ok()) << entries.error().to_string();
    for (const auto& e : *entries) {
      if (e.msgstr.empty()) continue;
      EXPECT_EQ(i18n::mustache_variables(e.msgid), i18n::mustache_variables(e.msgstr))
          << path << ":" << e.line << ": the translation of \"" << e.msgid << "\" changes its Mustache tags";
      EXPECT_EQ(numbered_placeholders(e.msgid), numbered_placeholders(e.msgstr))
          << path << ":" << e.line << ": the translation of \"" << e.msgid << "\" changes its {N} placeholders";
    }
  }
}

}  // namespace
}  // namespace jamt
