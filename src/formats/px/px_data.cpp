#include "formats/px/px_data.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace jamt::formats::px {
namespace {

// Delimiters between data values: space, tab, comma, semicolon and line
// breaks are synonyms (specification 3.2.2.1).
constexpr std::array<bool, 256> make_delimiters() {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', ',', ';', '\r', '\n', '\f', '\v', '\x1a'}) t[c] = true;
  return t;
}
constexpr std::array<bool, 256> kDelimiter = make_delimiters();
inline bool is_delimiter(char c) { return kDelimiter[static_cast<unsigned char>(c)]; }

constexpr std::array<double, 23> kPow10 = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                           1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Parses a whole token as a decimal number with a point. Plain numbers of up
// to 15 digits take an exact fast path (mantissa and power of ten are both
// exact doubles, so one division rounds correctly); anything else goes to
// std::from_chars.
bool parse_number(std::string_view s, double& out) {
  const char* p = s.data();
  const char* end = p + s.size();
  bool negative = false;
  if (p < end && (*p == '-' || *p == '+')) {
    negative = *p == '-';
    ++p;
  }
  std::uint64_t mantissa = 0;
  int digits = 0;
  int fraction = 0;
  while (p < end && *p >= '0' && *p <= '9') {
    mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
    ++digits;
    ++p;
  }
  if (p < end && *p == '.') {
    ++p;
    while (p < end && *p >= '0' && *p <= '9') {
      mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
      ++digits;
      ++fraction;
      ++p;
    }
  }
  if (p == end && digits > 0 && digits <= 15) {
    double v = static_cast<double>(mantissa);
    if (fraction) v /= kPow10[static_cast<std::size_t>(fraction)];
    out = negative ? -v : v;
    return true;
  }
  const char* first = s.data();
  if (first < end && *first == '+') ++first;
  double v = 0;
  auto r = std::from_chars(first, end, v, std::chars_format::general);
  if (r.ec != std::errc() || r.ptr != end || !std::isfinite(v)) return false;
  out = v;
  return true;
}

// "." to "......." (one to six dots, seven for a sum of differing symbols)
// and "-" (nil).
bool is_symbol(std::string_view s) {
  if (s == "-") return true;
  if (s.empty() || s.size() > 7) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '.'; });
}

// Asks Linux to back a large, not yet touched buffer with huge pages: filling
// 80 MB of values otherwise costs some 20,000 page faults. Only a hint.
void advise_huge_pages(void* data, std::size_t bytes) {
#ifdef __linux__
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
  auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

std::string shown(std::string_view s) {
  std::string out(s.substr(0, 40));
  if (s.size() > 40) out += "…";
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return out;
}

}  // namespace

DataParser::DataParser(const DataLayout& layout, const EncodingChoice& encoding, std::string where_prefix,
                       std::size_t first_line, stats::Dataset& out, std::uint64_t size_hint)
    : layout_(layout), encoding_(encoding), where_(std::move(where_prefix)), out_(out), line_(first_line) {
  if (layout_.keys) {
    // Rows left out of a KEYS file are rows of zeros.
    out_.values.reserve(layout_.cell_count);
    advise_huge_pages(out_.values.data(), layout_.cell_count * sizeof(double));
    out_.values.assign(layout_.cell_count, 0.0);
    for (std::size_t d = layout_.stub_count; d < layout_.sizes.size(); ++d) row_cells_ *= layout_.sizes[d];
    rows_seen_.assign(layout_.cell_count / row_cells_, false);
  } else {
    // Every value takes at least two bytes (a digit and a delimiter) but the
    // last, so a short DATA cannot make us reserve for a huge cell count.
    std::uint64_t n = layout_.cell_count;
    if (size_hint > 0) n = std::min<std::uint64_t>(n, size_hint / 2 + 1);
    out_.values.reserve(n);
    advise_huge_pages(out_.values.data(), n * sizeof(double));
  }
}

bool DataParser::fail(std::size_t line, std::string message) {
  std::string where = where_.empty() ? std::to_string(line) : where_ + ":" + std::to_string(line);
  error_ = Error{ErrorKind::parse, std::move(message), std::move(where), "DATA"};
  return false;
}

Status DataParser::take_error() { return std::move(*error_); }

bool DataParser::store(std::string_view text, bool quoted, std::size_t line, std::uint64_t index) {
  double v;
  if (parse_number(text, v)) {
    out_.values[index] = v;
    return true;
  }
  if (is_symbol(text)) {
    if (text == "-") {
      out_.values[index] = 0.0;  // "absolutely nil": zero, marked as such
    } else {
      out_.values[index] = std::numeric_limits<double>::quiet_NaN();
    }
    out_.status.emplace(index, std::string(text));
    return true;
  }
  std::string what = quoted ? "\"" + to_utf8(shown(text), encoding_) + "\"" : to_utf8(shown(text), encoding_);
  return fail(line, "DATA: " + what + " is neither a number nor a data symbol (\".\" to \"......\", \"-\")");
}

bool DataParser::key(std::string_view text, std::size_t line) {
  if (key_pos_ == 0) row_line_ = line;
  key_text_.clear();
  append_utf8(key_text_, text, encoding_);
  const auto& index = layout_.key_index[key_pos_];
  auto it = index.find(key_text_);
  if (it == index.end())
    return fail(line, "DATA: \"" + shown(key_text_) + "\" is not a value of \"" + layout_.names[key_pos_] +
                          "\" (KEYS row)");
  row_ = row_ * layout_.sizes[key_pos_] + it->second;
  if (++key_pos_ == layout_.stub_count) {
    if (rows_seen_[row_]) return fail(line, "DATA: the KEYS row \"" + shown(key_text_) + "\" is given twice");
    rows_seen_[row_] = true;
    value_pos_ = 0;
  }
  return true;
}

inline bool DataParser::token(std::string_view text, bool quoted, std::size_t line) {
  if (layout_.keys) return keys_token(text, quoted, line);
  std::uint64_t index = out_.values.size();
  if (index >= layout_.cell_count) [[unlikely]]
    return fail(line, "DATA has more values than the " + std::to_string(layout_.cell_count) + " cells of the table");
  double v;
  if (!quoted && parse_number(text, v)) [[likely]] {
    out_.values.push_back(v);
    return true;
  }
  out_.values.push_back(0.0);
  return store(text, quoted, line, index);
}

bool DataParser::keys_token(std::string_view text, bool quoted, std::size_t line) {
  if (key_pos_ < layout_.stub_count) return key(text, line);
  double ignored;
  if (quoted && !is_symbol(text) && !parse_number(text, ignored))
    return fail(row_line_, "DATA: the KEYS row on line " + std::to_string(row_line_) + " has " +
                               std::to_string(value_pos_) + " values; expected " + std::to_string(row_cells_));
  if (!store(text, quoted, line, row_ * row_cells_ + value_pos_)) return false;
  if (++value_pos_ == row_cells_) {
    key_pos_ = 0;
    row_ = 0;
  }
  return true;
}

bool DataParser::finish() {
  if (!layout_.keys) {
    if (out_.values.size() < layout_.cell_count) {
      std::string sizes;
      for (auto s : layout_.sizes) sizes += (sizes.empty() ? "" : " × ") + std::to_string(s);
      return fail(line_, "DATA ends after " + std::to_string(out_.values.size()) + " values but the table has " +
                             std::to_string(layout_.cell_count) + " cells (" + sizes + ")");
    }
    return true;
  }
  if (key_pos_ != 0)
    return fail(line_, "DATA: the KEYS row on line " + std::to_string(row_line_) + " ends after " +
                           (key_pos_ < layout_.stub_count ? std::to_string(key_pos_) + " of its " +
                                                                std::to_string(layout_.stub_count) + " keys"
                                                          : std::to_string(value_pos_) + " of its " +
                                                                std::to_string(row_cells_) + " values"));
  return true;
}

Status DataParser::feed(std::string_view piece, bool last) {
  const char* p = piece.data();
  const char* end = p + piece.size();
  if (in_carry_) {
    // Complete the token the previous piece ended in.
    const char* q = p;
    if (carry_quoted_) {
      while (q < end && *q != '"') {
        if (*q == '\n') ++line_;
        ++q;
      }
      carry_.append(p, q);
      if (q == end && !last) return {};
      if (q == end) {
        fail(carry_line_, "DATA: a quoted value is never closed");
        return take_error();
      }
      p = q + 1;
    } else {
      while (q < end && !is_delimiter(*q) && *q != '"') ++q;
      carry_.append(p, q);
      if (q == end && !last) return {};
      p = q;
    }
    in_carry_ = false;
    if (!token(carry_, carry_quoted_, carry_line_)) return take_error();
  }
  while (true) {
    while (p < end && is_delimiter(*p)) {
      if (*p == '\n') ++line_;
      ++p;
    }
    if (p == end) break;
    if (*p == '"') {
      const char* q = p + 1;
      std::size_t start_line = line_;
      while (q < end && *q != '"') {
        if (*q == '\n') ++line_;
        ++q;
      }
      if (q == end) {
        if (last) {
          fail(start_line, "DATA: a quoted value is never closed");
          return take_error();
        }
        carry_.assign(p + 1, q);
        carry_quoted_ = true;
        in_carry_ = true;
        carry_line_ = start_line;
        return {};
      }
      if (!token(std::string_view(p + 1, static_cast<std::size_t>(q - p - 1)), true, start_line)) return take_error();
      p = q + 1;
      continue;
    }
    const char* q = p;
    if (!layout_.keys) {
      // Fast path: a plain number ([-]digits[.digits], at most 15 digits) is
      // converted while it is scanned, exactly (see parse_number).
      bool negative = *q == '-';
      if (negative) ++q;
      std::uint64_t mantissa = 0;
      int digits = 0, fraction = -1;
      for (; q < end; ++q) {
        auto d = static_cast<unsigned>(static_cast<unsigned char>(*q) - '0');
        if (d < 10) {
          mantissa = mantissa * 10 + d;
          ++digits;
          if (fraction >= 0) ++fraction;
        } else if (*q == '.' && fraction < 0) {
          fraction = 0;
        } else {
          break;
        }
      }
      if (digits > 0 && digits <= 15 && (q < end ? is_delimiter(*q) : last) &&
          out_.values.size() < layout_.cell_count) [[likely]] {
        double v = static_cast<double>(mantissa);
        if (fraction > 0) v /= kPow10[static_cast<std::size_t>(fraction)];
        out_.values.push_back(negative ? -v : v);
        p = q;
        continue;
      }
      q = p;  // anything else: the general path
    }
    while (q < end && !is_delimiter(*q) && *q != '"') ++q;
    if (q == end && !last) {
      carry_.assign(p, q);
      carry_quoted_ = false;
      in_carry_ = true;
      carry_line_ = line_;
      return {};
    }
    if (!token(std::string_view(p, static_cast<std::size_t>(q - p)), false, line_)) return take_error();
    p = q;
  }
  if (last && !finish()) return take_error();
  return {};
}

}  // namespace jamt::formats::px
