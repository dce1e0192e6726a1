#pragma once
// SHA-256 of a byte string, for the provenance of imported files.
#include <string>
#include <string_view>

namespace jamt::service {

// Lower-case hex SHA-256 of `bytes` (64 characters). Thread-safe.
std::string sha256_hex(std::string_view bytes);

}  // namespace jamt::service
