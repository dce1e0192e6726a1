#include "domain/i18n/po_file.hpp"

#include <optional>

namespace jamt::i18n {

namespace {

Error po_error(std::string_view file, int line, const std::string& message) {
  return validation_error(message, std::string(file) + ":" + std::to_string(line));
}

// The contents of the quoted string at the start of `rest` (after spaces),
// unescaped; nullopt with `problem` set when it is not one.
std::optional<std::string> read_quoted(std::string_view rest, std::string& problem) {
  auto b = rest.find_first_not_of(" \t");
  if (b == std::string_view::npos || rest[b] != '"') {
    problem = "en text inom citattecken väntades";
    return std::nullopt;
  }
  std::string out;
  for (std::size_t i = b + 1; i < rest.size(); ++i) {
    char c = rest[i];
    if (c == '"') {
      auto after = rest.find_first_not_of(" \t\r", i + 1);
      if (after != std::string_view::npos) {
        problem = "tecken efter det avslutande citattecknet";
        return std::nullopt;
      }
      return out;
    }
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= rest.size()) break;
    switch (rest[i]) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      default: problem = std::string("okänd escape-sekvens \\") + rest[i]; return std::nullopt;
    }
  }
  problem = "citattecknet avslutas inte";
  return std::nullopt;
}

}  // namespace

Result<std::vector<PoEntry>> parse_po(std::string_view text, std::string_view file_name) {
  std::vector<PoEntry> entries;
  enum class Field { none, msgid, msgstr } field = Field::none;
  PoEntry entry;
  bool have_id = false, have_str = false, next_fuzzy = false;
  auto flush = [&] {
    if (have_id && have_str && !entry.msgid.empty()) entries.push_back(entry);
    entry = PoEntry{};
    have_id = have_str = false;
    field = Field::none;
  };
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    auto end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto b = line.find_first_not_of(" \t");
    std::string problem;
    if (b == std::string_view::npos) {
      // blank line: ends nothing by itself, entries end at the next msgid
    } else if (line[b] == '#') {
      if (line.substr(b).rfind("#,", 0) == 0 && line.find("fuzzy") != std::string_view::npos) next_fuzzy = true;
    } else if (line[b] == '"') {
      auto more = read_quoted(line.substr(b), problem);
      if (!more) return po_error(file_name, line_no, problem);
      if (field == Field::msgid) entry.msgid += *more;
      else if (field == Field::msgstr) entry.msgstr += *more;
      else return po_error(file_name, line_no, "en fortsättningsrad utan msgid eller msgstr före");
    } else {
      auto rest = line.substr(b);
      auto space = rest.find_first_of(" \t");
      auto keyword = rest.substr(0, space);
      auto value = space == std::string_view::npos ? std::string_view{} : rest.substr(space);
      if (keyword == "msgid") {
        if (have_id && !have_str) return po_error(file_name, line_no, "msgid utan msgstr före");
        flush();
        auto id = read_quoted(value, problem);
        if (!id) return po_error(file_name, line_no, problem);
        entry.msgid = *id;
        entry.line = line_no;
        entry.fuzzy = next_fuzzy;
        next_fuzzy = false;
        have_id = true;
        field = Field::msgid;
      } else if (keyword == "msgstr") {
        if (!have_id || have_str) return po_error(file_name, line_no, "msgstr utan msgid före");
        auto str = read_quoted(value, problem);
        if (!str) return po_error(file_name, line_no, problem);
        entry.msgstr = *str;
        have_str = true;
        field = Field::msgstr;
      } else if (keyword == "msgctxt" || keyword == "msgid_plural" || keyword.rfind("msgstr[", 0) == 0) {
        return po_error(file_name, line_no, std::string(keyword) + " används inte i Jämts kataloger");
      } else {
        return po_error(file_name, line_no, "okänt nyckelord ”" + std::string(keyword) + "”");
      }
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  if (have_id && !have_str) return po_error(file_name, line_no, "msgid utan msgstr i slutet av filen");
  flush();
  return entries;
}

std::string po_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

}  // namespace jamt::i18n
