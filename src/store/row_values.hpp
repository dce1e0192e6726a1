#pragma once
// Reading columns of a dynamically typed soci::row the same way on both
// engines: SQLite and PostgreSQL report integer columns as int, long long or
// unsigned long long (and COUNT/SUM sometimes as double or text).
#include <cstddef>
#include <optional>
#include <string>

#include <soci/soci.h>

namespace jamt::store {

// Column `i` of `r` as a 64-bit integer, whatever type the engine gave it.
long long integer(const soci::row& r, std::size_t i);

// Column `i` of `r` as text, or nullopt when it is NULL.
std::optional<std::string> optional_text(const soci::row& r, std::size_t i);

}  // namespace jamt::store
