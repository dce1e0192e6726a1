#include "web/strategy/strategy_content_parts.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

#include "web/http/render.hpp"

namespace jamt::web::strategy_editor {

using nlohmann::json;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    const auto b = line.find_first_not_of(" \t\r");
    if (b != std::string::npos) out.push_back(line.substr(b, line.find_last_not_of(" \t\r") - b + 1));
    start = end + 1;
  }
  return out;
}

std::string joined_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : "\n") + i;
  return out;
}

int slot_count(const FormValues& values, const std::string& prefix, std::size_t stored) {
  int most = 0;
  for (const auto& [name, _] : values)
    if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
        name.find_first_not_of("0123456789", prefix.size()) == std::string::npos)
      most = std::max(most, std::atoi(name.c_str() + prefix.size()));
  if (most > 0) return std::min(most, 50);
  return std::max(2, static_cast<int>(stored) + 1);
}

Error slot_error(Error e, const std::string& list, const std::vector<int>& slots,
                 const std::vector<std::pair<std::string, std::string>>& renames, const std::vector<Field>& fields) {
  const std::string key = "." + list + "[";
  if (auto at = e.where.find(key); at != std::string::npos) {
    const std::size_t row = static_cast<std::size_t>(std::atoi(e.where.c_str() + at + key.size()));
    for (const auto& [from, to] : renames)
      if (e.field == from && row < slots.size()) e.field = to + std::to_string(slots[row]);
  }
  const bool known = std::any_of(fields.begin(), fields.end(), [&](const Field& f) { return f.name == e.field; });
  if (!known) e.field.clear();
  return e;
}

std::string item_list(const std::string& heading, const std::vector<ListItem>& items, const std::string& empty,
                      const std::string& form_heading) {
  json list = json::array();
  for (const auto& i : items)
    list.push_back({{"label", i.label}, {"url", i.url}, {"remove_url", i.remove_url}});
  return render_template("strategy_item_list", {{"heading", heading}, {"items", list}, {"has_items", !list.empty()},
                                                {"empty", empty}, {"form_heading", form_heading}});
}

}  // namespace jamt::web::strategy_editor
