#pragma once
// Internal to the CSV reader: splitting text into records (RFC 4180 quoting)
// with the line each record starts on.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jamt::formats::csv_detail {

struct CsvRecord {
  std::size_t line = 0;             // 1-based line the record starts on
  std::vector<std::string> fields;  // unquoted, "" unescaped, not trimmed
};

// Reads records one at a time from UTF-8 `text`. Not thread-safe; `text`
// must outlive the scanner.
class CsvScanner {
 public:
  CsvScanner(std::string_view text, char separator) : text_(text), separator_(separator) {}

  // Reads the next record into `record`. Returns false at the end of the
  // text. On malformed quoting returns false and sets error() to the message
  // (with record.line set to the line where the problem is).
  bool next(CsvRecord& record);

  // Empty unless next() stopped on malformed input.
  const std::string& error() const { return error_; }

 private:
  std::string_view text_;
  char separator_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::string error_;
};

// The separator of the header line (the first non-blank line): the most
// frequent of ';', '\t' and ',' outside quotes, ties going in that order;
// 0 when the line has none of them.
char detect_separator(std::string_view text);

}  // namespace jamt::formats::csv_detail
