#pragma once
// Text encodings of PX files: which one a file uses (from CODEPAGE, CHARSET
// and a byte-order mark, checked against the bytes themselves) and decoding
// its strings to UTF-8. Internal to the PX reader (jamt::formats::px).
#include <cstddef>
#include <string>
#include <string_view>

namespace jamt::formats::px {

// The encodings the reader decodes itself; `other` goes through iconv(3).
enum class TextEncoding { utf8, windows1252, cp850, other };

// The encoding chosen for a file, and why.
struct EncodingChoice {
  TextEncoding encoding = TextEncoding::windows1252;
  std::string iconv_name;  // for TextEncoding::other: the CODEPAGE name iconv accepted
  std::string declared;    // what the file declared, in words: CODEPAGE="utf-8", CHARSET="ANSI", ...
  std::string warning;     // non-empty when the bytes contradict the declaration (or it is unusable)
  std::size_t warning_line = 0;  // line the warning is about (0 = the declaration's line)
};

// Chooses the encoding of a file. `charset` / `codepage` are the (ASCII)
// values of CHARSET and CODEPAGE, empty when absent; `bom` says the file began
// with a UTF-8 byte-order mark; `sample` is the metadata part of the file
// (without the mark). Declared encodings are trusted while the bytes fit them:
// a file declared UTF-8 that is not valid UTF-8 is read as Windows-1252 (or
// DOS code page 850 if its letters only make sense there), a file declared as
// an 8-bit code page whose non-ASCII bytes form valid UTF-8 is read as UTF-8,
// and a file without CHARSET (DOS text by the specification) whose letters
// only make sense in Windows-1252 is read as that; each of these switches
// sets `warning`. Never fails.
EncodingChoice choose_encoding(std::string_view sample, std::string_view charset, std::string_view codepage,
                               bool bom);

// Appends `bytes`, in the chosen encoding, to `out` as UTF-8. Bytes that are
// invalid in UTF-8 are decoded one by one as Windows-1252, so the result is
// always valid UTF-8. Never fails.
void append_utf8(std::string& out, std::string_view bytes, const EncodingChoice& encoding);

// `bytes` decoded to UTF-8 (see append_utf8).
std::string to_utf8(std::string_view bytes, const EncodingChoice& encoding);

// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing above U+10FFFF). `bad_offset`, if given, receives the offset of the
// first bad byte.
bool is_valid_utf8(std::string_view bytes, std::size_t* bad_offset = nullptr);

}  // namespace jamt::formats::px
