#pragma once
// SHA-256 of a byte string, for the provenance of imported files.
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace jamt::service {

// Lower-case hex SHA-256 of `bytes` (64 characters). Thread-safe.
std::string sha256_hex(std::string_view bytes);

// Lower-case hex SHA-256 of the file at `path`, read in 1 MiB pieces; Error
// "io" when it cannot be read.
Result<std::string> sha256_file_hex(const std::string& path);

}  // namespace jamt::service
