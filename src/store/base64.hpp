#pragma once
// Base64 (RFC 4648, with padding) for binary files kept in a TEXT column,
// which both engines store alike (joining files, published report files).
#include <string>

namespace jamt::store {

// The base64 text of `bytes`.
std::string to_base64(const std::string& bytes);

// The bytes of base64 `text`; characters outside the alphabet (padding,
// line breaks) are skipped.
std::string from_base64(const std::string& text);

}  // namespace jamt::store
