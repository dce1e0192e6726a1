#pragma once
// Internal to the JSON-stat reader and writer: shared names and the dimension
// reader. Includes nlohmann/json.hpp through json_support: .cpp files only.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/statistics/dataset.hpp"
#include "formats/common/json_support.hpp"

namespace jamt::formats::jsonstat_detail {

using json_support::json;

// The largest cube read (cells, dense): 100 million cells are 800 MB of
// doubles. A file whose sizes multiply to more is refused.
inline constexpr std::uint64_t kMaxCells = 100'000'000;

// A status given for every cell (a string, or an array of one) is stored per
// cell up to this many cells; above it, it becomes a dataset note.
inline constexpr std::uint64_t kMaxExpandedStatus = 1'000'000;

// "0–9": the range of valid positions below `count`, for messages.
std::string range_text(std::uint64_t count);

// Reads dimension `id` of a dataset from its JSON object `j` at `path`;
// `size` is its entry in the dataset's "size". Throws ShapeError on what is
// wrong; appends to `warnings` what is only odd.
stats::Dimension read_dimension(const json& j, const std::string& path, const std::string& id,
                                std::uint64_t size, std::vector<stats::Warning>& warnings);

// A "note" member: an array of strings (joined by newlines) or one string.
std::string read_note(const json& j, const std::string& path);

// A string member's text; throws ShapeError when `j` is not a string.
std::string string_value(const json& j, const std::string& path);

}  // namespace jamt::formats::jsonstat_detail
