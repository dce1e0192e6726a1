#pragma once
// A message catalogue: Swedish text → its translation, read from the .po
// files compiled into the binary (po/en/*.po, one per feature; docs/i18n.md).
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/i18n/po_file.hpp"
#include "domain/result.hpp"

namespace jamt::i18n {

class Catalogue {
 public:
  // Adds the translated entries of one file (untranslated and fuzzy ones are
  // skipped). A msgid already present with another translation is an error
  // naming both places; the catalogue is unchanged then.
  Status add(const std::vector<PoEntry>& entries, std::string_view file_name);

  // The translation of `msgid`, or nullptr when it has none.
  const std::string* find(std::string_view msgid) const;

  // How many texts have a translation.
  std::size_t size() const { return items_.size(); }

 private:
  struct Item {
    std::string text;
    std::string where;  // "po/en/x.po:12"
  };
  std::map<std::string, Item, std::less<>> items_;
};

// The catalogue of the embedded files under "po/<language_code>/", or the
// first error of a broken file (file and line).
Result<Catalogue> load_embedded_catalogue(std::string_view language_code);

// The English catalogue, loaded once (thread-safe). A broken embedded file is
// a programming error: it throws std::runtime_error naming file and line
// (the unit tests load the catalogue, so it never reaches a user).
const Catalogue& english_catalogue();

}  // namespace jamt::i18n
