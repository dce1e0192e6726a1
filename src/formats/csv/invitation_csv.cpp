#include "formats/csv/invitation_csv.hpp"

#include <algorithm>
#include <cctype>

#include "formats/csv/csv_scanner.hpp"
#include "formats/px/px_encoding.hpp"

namespace jamt::formats {

namespace {

std::string trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// ASCII lower case; "Ö" and the like are kept as written.
std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Error at(std::size_t row, const std::string& column, const std::string& what) {
  return validation_error("rad " + std::to_string(row) + (column.empty() ? "" : ", kolumn " + column) + ": " + what,
                          {}, "csv");
}

bool is_email_header(const std::string& h) { return h == "e-post" || h == "epost" || h == "email" || h == "e-mail"; }
bool is_name_header(const std::string& h) { return h == "namn" || h == "name"; }

bool blank(const csv_detail::CsvRecord& r) {
  return std::all_of(r.fields.begin(), r.fields.end(), [](const std::string& f) { return trim(f).empty(); });
}

}  // namespace

Result<std::vector<InvitationRow>> read_invitation_csv(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  // Excel's plain "CSV" is Windows-1252: refused, naming the row, rather
  // than stored as broken names.
  if (std::size_t bad = 0; !formats::px::is_valid_utf8(bytes, &bad)) {
    const auto row = 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
    return at(row, "", "filen är inte UTF-8 (å, ä och ö blir fel). Spara den i Excel som \"CSV UTF-8\" och försök igen.");
  }
  char separator = csv_detail::detect_separator(bytes);
  if (separator != ',') separator = ';';
  csv_detail::CsvScanner scanner(bytes, separator);
  csv_detail::CsvRecord record;
  std::vector<std::string> header;
  while (header.empty()) {
    if (!scanner.next(record)) {
      if (!scanner.error().empty()) return at(record.line, "", scanner.error());
      return validation_error("Listan är tom: ange en rubrikrad med e-post och namn och en rad per person.", {}, "csv");
    }
    if (blank(record)) continue;
    for (const auto& f : record.fields) header.push_back(lower(trim(f)));
  }
  std::ptrdiff_t email_col = -1, name_col = -1;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i].empty()) return at(record.line, std::to_string(i + 1), "rubriken saknas");
    for (std::size_t j = 0; j < i; ++j)
      if (header[j] == header[i]) return at(record.line, header[i], "kolumnen finns två gånger");
    if (is_email_header(header[i]) && email_col < 0) email_col = static_cast<std::ptrdiff_t>(i);
    else if (is_name_header(header[i]) && name_col < 0) name_col = static_cast<std::ptrdiff_t>(i);
  }
  if (email_col < 0) return at(record.line, "e-post", "rubrikraden saknar kolumnen e-post");
  std::vector<InvitationRow> rows;
  while (scanner.next(record)) {
    if (blank(record)) continue;
    if (record.fields.size() > header.size())
      return at(record.line, "", "raden har " + std::to_string(record.fields.size()) + " kolumner, rubrikraden " +
                                     std::to_string(header.size()));
    InvitationRow row{.row = record.line, .email = {}, .name = {}, .profile = {}};
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      std::string value = trim(record.fields[i]);
      if (static_cast<std::ptrdiff_t>(i) == email_col) row.email = value;
      else if (static_cast<std::ptrdiff_t>(i) == name_col) row.name = value;
      else if (!value.empty()) row.profile[header[i]] = value;
    }
    if (row.email.empty()) return at(record.line, "e-post", "adressen saknas");
    rows.push_back(std::move(row));
  }
  if (!scanner.error().empty()) return at(record.line, "", scanner.error());
  if (rows.empty()) return validation_error("Listan har bara en rubrikrad: ange en rad per person.", {}, "csv");
  return rows;
}

}  // namespace jamt::formats
