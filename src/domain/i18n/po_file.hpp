#pragma once
// Reading GNU gettext .po files, the catalogue format translators know
// (docs/i18n.md): msgid is the Swedish text, msgstr its translation. Pure.
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace jamt::i18n {

struct PoEntry {
  std::string msgid;   // the Swedish text
  std::string msgstr;  // its translation; "" when not yet translated
  bool fuzzy = false;  // marked "#, fuzzy": a guess that is not used
  int line = 0;        // the line of its msgid in the file
};

// The entries of a .po file, the header entry (msgid "") left out. A parse
// error names `file_name` and the line ("en/portal.po:12: …"): an unknown
// keyword, an unterminated or unquoted string, an unknown escape, msgstr
// without msgid, plural forms or msgctxt (not used by Jämt).
Result<std::vector<PoEntry>> parse_po(std::string_view text, std::string_view file_name);

// `text` as a .po string literal: quoted, with \\, \", \n and \t escaped.
std::string po_quote(std::string_view text);

}  // namespace jamt::i18n
