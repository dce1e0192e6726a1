#include "formats/csv/csv_scanner.hpp"

namespace jamt::formats::csv_detail {

bool CsvScanner::next(CsvRecord& record) {
  record.fields.clear();
  if (pos_ >= text_.size() || !error_.empty()) return false;
  record.line = line_;
  std::string field;
  bool quoted = false;       // inside a quoted field
  bool was_quoted = false;   // the current field was quoted and is closed
  std::size_t quote_line = 0;
  while (pos_ < text_.size()) {
    char c = text_[pos_];
    if (quoted) {
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field += '"';
          pos_ += 2;
          continue;
        }
        quoted = false;
        was_quoted = true;
        ++pos_;
        continue;
      }
      if (c == '\n') ++line_;
      if (c == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '\n')) ++line_;
      field += c;
      ++pos_;
      continue;
    }
    if (c == separator_) {
      record.fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
      ++pos_;
      continue;
    }
    if (c == '\n' || c == '\r') {
      pos_ += (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ? 2 : 1;
      ++line_;
      record.fields.push_back(std::move(field));
      return true;
    }
    if (was_quoted) {
      if (c == ' ' || c == '\t') {  // spaces after a closing quote are harmless
        ++pos_;
        continue;
      }
      record.line = line_;
      error_ = "field " + std::to_string(record.fields.size() + 1) + ": text after the closing quote of a quoted field";
      return false;
    }
    if (c == '"' && field.find_first_not_of(" \t") == std::string::npos) {
      field.clear();  // spaces before an opening quote are dropped too
      quoted = true;
      quote_line = line_;
      ++pos_;
      continue;
    }
    field += c;
    ++pos_;
  }
  if (quoted) {
    record.line = quote_line;
    error_ = "field " + std::to_string(record.fields.size() + 1) + ": a quoted field starting on this line is never closed";
    return false;
  }
  record.fields.push_back(std::move(field));
  return true;
}

char detect_separator(std::string_view text) {
  std::size_t semicolons = 0, tabs = 0, commas = 0;
  bool quoted = false;
  bool started = false;  // past leading blank lines
  for (char c : text) {
    if (!started) {
      if (c == '\n' || c == '\r') continue;
      started = true;
    }
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ';') ++semicolons;
    else if (c == '\t') ++tabs;
    else if (c == ',') ++commas;
  }
  if (semicolons == 0 && tabs == 0 && commas == 0) return 0;
  if (semicolons >= tabs && semicolons >= commas) return ';';
  if (tabs >= commas) return '\t';
  return ',';
}

}  // namespace jamt::formats::csv_detail
