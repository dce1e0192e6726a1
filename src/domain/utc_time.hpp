#pragma once
// Points in time as the database stores them: "YYYY-MM-DDTHH:MM:SSZ" (UTC),
// which sorts in time order as text.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace jamt {

// `t` as "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_text(std::chrono::sys_seconds t);

// The time written as "YYYY-MM-DDTHH:MM:SSZ", or nullopt when `text` is not
// in that form.
std::optional<std::chrono::sys_seconds> parse_utc_text(std::string_view text);

}  // namespace jamt
