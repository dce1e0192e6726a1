#pragma once
// The DATA part of a PX file, parsed piece by piece straight into a
// Dataset's `values` and `status`, so a file never needs to be in memory
// whole. Internal to the PX reader (jamt::formats::px).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"
#include "formats/px/px_encoding.hpp"

namespace jamt::formats::px {

// What the data parser needs to know of the table.
struct DataLayout {
  std::uint64_t cell_count = 0;
  std::vector<std::uint64_t> sizes;     // categories per dimension, stub first
  std::size_t stub_count = 0;
  std::vector<std::string> names;       // variable names, for messages
  bool keys = false;                    // sparse KEYS form: rows start with their stub values
  // KEYS form: per stub variable, the key text (UTF-8) -> category index.
  std::vector<std::unordered_map<std::string, std::uint64_t>> key_index;
};

// Parses DATA. Not thread-safe; one parser per file.
class DataParser {
 public:
  // Writes into `out.values` / `out.status`, which must be empty. `first_line`
  // is the line DATA's values start on; `where_prefix` is "file.px" (or
  // empty) for messages; `size_hint` is how many bytes of DATA there are, if
  // known (0 = unknown), to reserve memory without trusting the cell count.
  DataParser(const DataLayout& layout, const EncodingChoice& encoding, std::string where_prefix,
             std::size_t first_line, stats::Dataset& out, std::uint64_t size_hint);

  // Parses the next piece of DATA; `last` marks the end of the file. Returns
  // the first error (a token that is neither a number nor a data symbol, too
  // many or too few values, an unknown KEYS value) naming its line. After an
  // error the parser must not be fed again.
  Status feed(std::string_view piece, bool last);

 private:
  // The hot path returns bool (true = go on) and keeps the error in error_,
  // so a value costs no Status construction.
  bool token(std::string_view text, bool quoted, std::size_t line);
  bool keys_token(std::string_view text, bool quoted, std::size_t line);
  bool store(std::string_view text, bool quoted, std::size_t line, std::uint64_t index);
  bool key(std::string_view text, std::size_t line);
  bool finish();
  bool fail(std::size_t line, std::string message);
  Status take_error();

  const DataLayout& layout_;
  const EncodingChoice& encoding_;
  std::string where_;
  stats::Dataset& out_;
  std::size_t line_;
  std::optional<Error> error_;
  std::string carry_;          // a token cut by the end of the previous piece
  bool carry_quoted_ = false;
  bool in_carry_ = false;
  std::size_t carry_line_ = 0;
  // KEYS form
  std::uint64_t row_cells_ = 1;
  std::size_t key_pos_ = 0;
  std::uint64_t row_ = 0;
  std::uint64_t value_pos_ = 0;
  std::size_t row_line_ = 0;
  std::vector<bool> rows_seen_;
  std::string key_text_;
};

}  // namespace jamt::formats::px
