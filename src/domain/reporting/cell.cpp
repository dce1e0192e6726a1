#include "domain/reporting/cell.hpp"

#include <vector>

namespace jamt::reporting {

std::string_view to_string(Sex sex) {
  switch (sex) {
    case Sex::women: return "women";
    case Sex::men: return "men";
    case Sex::unknown: return "unknown";
    case Sex::total: return "total";
  }
  return "total";
}

std::optional<Sex> parse_sex(std::string_view text) {
  for (auto s : {Sex::women, Sex::men, Sex::unknown, Sex::total})
    if (to_string(s) == text) return s;
  return std::nullopt;
}

std::string_view swedish_name(Sex sex) {
  switch (sex) {
    case Sex::women: return "kvinnor";
    case Sex::men: return "män";
    case Sex::unknown: return "annat/okänt";
    case Sex::total: return "totalt";
  }
  return "totalt";
}

std::string to_string(const Cell& cell) {
  std::string out = cell.element + ".";
  if (!cell.category.empty()) out += cell.category + ".";
  return out + std::string(to_string(cell.sex));
}

std::optional<Cell> parse_cell(std::string_view text) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : text) {
    if (c == '.') {
      parts.push_back(part);
      part.clear();
    } else if (c == ' ') {
      return std::nullopt;
    } else {
      part += c;
    }
  }
  parts.push_back(part);
  if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
  for (const auto& p : parts)
    if (p.empty()) return std::nullopt;
  auto sex = parse_sex(parts.back());
  if (!sex) return std::nullopt;
  return Cell{.element = parts[0], .sex = *sex, .category = parts.size() == 3 ? parts[1] : std::string{}};
}

std::string field_of(const Cell& cell) { return "values." + to_string(cell); }

}  // namespace jamt::reporting
