#include "formats/px/px_encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "formats/common/text_encoding.hpp"

namespace jamt::formats::px {
namespace {

constexpr std::array<std::uint16_t, 128> kCp850 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x00A4, 0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x0131, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C,
    0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580, 0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE,
    0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4, 0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6,
    0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0};

// The Unicode code point of a byte in a single-byte code page (any byte;
// ASCII maps to itself). Windows-1252 is formats::windows1252_code_point.
using CodePage = std::uint32_t (*)(unsigned char);

std::uint32_t cp850_code_point(unsigned char byte) { return byte < 0x80 ? byte : kCp850[byte - 0x80]; }

// How plausible a decoded character is in the text of a statistics file:
// Nordic letters weigh most, other common Latin letters less, punctuation,
// symbols and box drawing nothing. Used to tell Windows-1252 from DOS text
// (Swedish å ä ö are letters in the right code page and punctuation or box
// drawing in the wrong one).
int plausibility(std::uint32_t cp) {
  constexpr std::u16string_view nordic = u"åäöÅÄÖæøÆØ";
  constexpr std::u16string_view latin = u"éÉèüÜáàâêëïîíóôòúûùçÇñÑß";
  if (nordic.find(static_cast<char16_t>(cp)) != std::u16string_view::npos) return 3;
  if (latin.find(static_cast<char16_t>(cp)) != std::u16string_view::npos) return 1;
  return 0;
}

void append_code_point(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void append_table(std::string& out, std::string_view bytes, CodePage code_page) {
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    if (b < 0x80)
      out.push_back(c);
    else
      append_code_point(out, code_page(b));
  }
}

// Length of the well-formed UTF-8 sequence at bytes[i], or 0 if there is none.
std::size_t utf8_sequence_length(std::string_view bytes, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(bytes[k]); };
  unsigned char b = at(i);
  if (b < 0x80) return 1;
  std::size_t n;
  std::uint32_t min;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2; min = 0x80;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3; min = 0x800;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4; min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > bytes.size()) return 0;
  std::uint32_t cp = b & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char c = at(i + k);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

void append_utf8_lenient(std::string& out, std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::size_t n = utf8_sequence_length(bytes, i);
    if (n == 0) {
      append_code_point(out, windows1252_code_point(static_cast<unsigned char>(bytes[i])));
      ++i;
    } else {
      out.append(bytes.substr(i, n));
      i += n;
    }
  }
}

// One iconv descriptor per thread, for the code page last used (opening one
// costs far more than converting a string).
class IconvCache {
 public:
  ~IconvCache() { close(); }
  iconv_t get(const std::string& name) {
    if (name != name_) {
      close();
      cd_ = iconv_open("UTF-8", name.c_str());
      name_ = name;
    }
    if (cd_ != invalid()) iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // reset the shift state
    return cd_;
  }
  static iconv_t invalid() { return reinterpret_cast<iconv_t>(-1); }

 private:
  void close() {
    if (cd_ != invalid()) iconv_close(cd_);
    cd_ = invalid();
  }
  std::string name_;
  iconv_t cd_ = invalid();
};

void append_iconv(std::string& out, std::string_view bytes, const std::string& name) {
  thread_local IconvCache cache;
  iconv_t cd = cache.get(name);
  if (cd == IconvCache::invalid()) {
    append_table(out, bytes, windows1252_code_point);
    return;
  }
  std::string buffer(bytes.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* o = buffer.data();
    std::size_t o_left = buffer.size();
    std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buffer.data(), buffer.size() - o_left);
    if (r == static_cast<std::size_t>(-1) && in_left > 0) {
      // An invalid or incomplete sequence: take the byte as Windows-1252.
      auto b = static_cast<unsigned char>(*in);
      if (b < 0x80) out.push_back(static_cast<char>(b)); else append_code_point(out, windows1252_code_point(b));
      ++in;
      --in_left;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
}

std::string normalized(std::string_view name) {
  std::string s;
  for (char c : name)
    if (c != ' ' && c != '_' && c != '-') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return s;
}

std::size_t plausibility(std::string_view bytes, CodePage code_page) {
  std::size_t score = 0;
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) score += static_cast<std::size_t>(plausibility(code_page(b)));
  }
  return score;
}
// True when the other code page reads the text clearly better.
bool clearly_better(std::size_t other, std::size_t declared) { return other > 2 * declared; }

std::size_t line_of(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(offset), '\n'));
}

const char* encoding_name(TextEncoding e) {
  switch (e) {
    case TextEncoding::utf8: return "UTF-8";
    case TextEncoding::windows1252: return "Windows-1252";
    case TextEncoding::cp850: return "DOS code page 850";
    case TextEncoding::other: return "the declared code page";
  }
  return "";
}

}  // namespace

bool is_valid_utf8(std::string_view bytes, std::size_t* bad_offset) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::size_t n = utf8_sequence_length(bytes, i);
    if (n == 0) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += n;
  }
  return true;
}

EncodingChoice choose_encoding(std::string_view sample, std::string_view charset, std::string_view codepage,
                               bool bom) {
  EncodingChoice choice;
  // 1. What the file says.
  if (bom) {
    choice.encoding = TextEncoding::utf8;
    choice.declared = "a UTF-8 byte-order mark";
  } else if (!codepage.empty()) {
    choice.declared = "CODEPAGE=\"" + std::string(codepage) + "\"";
    std::string n = normalized(codepage);
    if (n == "utf8") {
      choice.encoding = TextEncoding::utf8;
    } else if (n == "iso88591" || n == "latin1" || n == "windows1252" || n == "cp1252" || n == "ansi" ||
               n == "usascii" || n == "ascii") {
      choice.encoding = TextEncoding::windows1252;
    } else if (n == "ibm850" || n == "cp850" || n == "850") {
      choice.encoding = TextEncoding::cp850;
    } else {
      iconv_t cd = iconv_open("UTF-8", std::string(codepage).c_str());
      if (cd != reinterpret_cast<iconv_t>(-1)) {
        iconv_close(cd);
        choice.encoding = TextEncoding::other;
        choice.iconv_name = std::string(codepage);
      } else {
        choice.encoding = TextEncoding::windows1252;
        choice.warning = "CODEPAGE \"" + std::string(codepage) + "\" is not a known code page; read as Windows-1252";
      }
    }
  } else if (!charset.empty()) {
    choice.declared = "CHARSET=\"" + std::string(charset) + "\"";
    std::string n = normalized(charset);
    choice.encoding = n == "utf8" ? TextEncoding::utf8 : TextEncoding::windows1252;  // "ANSI" = Windows
  } else {
    choice.declared = "no CHARSET (DOS text)";
    choice.encoding = TextEncoding::cp850;
  }
  if (choice.encoding == TextEncoding::other) return choice;

  // 2. What the bytes say. Pure ASCII fits every declaration.
  bool high = std::any_of(sample.begin(), sample.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  if (!high) return choice;
  std::size_t bad = 0;
  bool valid = is_valid_utf8(sample, &bad);
  std::size_t s1252 = plausibility(sample, windows1252_code_point);
  std::size_t s850 = plausibility(sample, cp850_code_point);
  TextEncoding declared = choice.encoding;
  if (declared == TextEncoding::utf8) {
    if (valid) return choice;
    choice.encoding = clearly_better(s850, s1252) ? TextEncoding::cp850 : TextEncoding::windows1252;
    choice.warning_line = line_of(sample, bad);
  } else if (valid) {
    choice.encoding = TextEncoding::utf8;
  } else if (declared == TextEncoding::windows1252 && clearly_better(s850, s1252)) {
    choice.encoding = TextEncoding::cp850;
  } else if (declared == TextEncoding::cp850 && clearly_better(s1252, s850)) {
    choice.encoding = TextEncoding::windows1252;
  }
  if (choice.encoding != declared) {
    std::string why = declared == TextEncoding::utf8 ? "the text is not valid UTF-8"
                      : choice.encoding == TextEncoding::utf8
                          ? "the text is valid UTF-8"
                          : std::string("its letters only make sense in ") + encoding_name(choice.encoding);
    choice.warning = "the file declares " + std::string(encoding_name(declared)) + " (" + choice.declared +
                     ") but " + why + "; read as " + encoding_name(choice.encoding);
  }
  return choice;
}

void append_utf8(std::string& out, std::string_view bytes, const EncodingChoice& encoding) {
  bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    out.append(bytes);
    return;
  }
  switch (encoding.encoding) {
    case TextEncoding::utf8: append_utf8_lenient(out, bytes); break;
    case TextEncoding::windows1252: append_table(out, bytes, windows1252_code_point); break;
    case TextEncoding::cp850: append_table(out, bytes, cp850_code_point); break;
    case TextEncoding::other: append_iconv(out, bytes, encoding.iconv_name); break;
  }
}

std::string to_utf8(std::string_view bytes, const EncodingChoice& encoding) {
  std::string out;
  out.reserve(bytes.size());
  append_utf8(out, bytes, encoding);
  return out;
}

}  // namespace jamt::formats::px
