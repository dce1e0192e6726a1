#pragma once
// Files compiled into the binary: templates, the stylesheet, reference data
// and the demo strategies (see cmake/embed.cmake).
#include <map>
#include <optional>
#include <string_view>

namespace jamt {

// All embedded files, keyed by path relative to their base folder, e.g.
// "templates/layout.mustache", "ref/municipalities.csv",
// "strategies/kalmar-2024-2027.json". Thread-safe; the views live as long as
// the program.
const std::map<std::string_view, std::string_view>& embedded_files();

// The embedded file at `path`, or nullopt when there is none.
inline std::optional<std::string_view> embedded_file(std::string_view path) {
  const auto& files = embedded_files();
  auto it = files.find(path);
  if (it == files.end()) return std::nullopt;
  return it->second;
}

}  // namespace jamt
