#pragma once
// What the pages of strategy_content_pages.hpp share (issue 12, part D):
// lists typed one item a line, numbered groups of fields ("slots") for the
// rows of a problem area or an objective, and the list shown above a form.
// For web/strategy/ only.
#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

#include "domain/result.hpp"
#include "web/strategy/strategy_editor_support.hpp"

namespace jamt::web::strategy_editor {

// The non-empty lines of `text`, trimmed.
std::vector<std::string> lines_of(const std::string& text);
// `items` one a line.
std::string joined_lines(const std::vector<std::string>& items);

// The number of slots a form shows: the highest N of a field `prefix`N in
// `values` (a form sent back), else `stored` + 1 empty one, at least 2.
int slot_count(const FormValues& values, const std::string& prefix, std::size_t stored);

// `e` with its field renamed to a form field: when its `where` holds
// `list`[i] and `renames` maps its field to a form name, that name followed
// by the slot of row i (`slots`[i]); a field not among `fields` is dropped
// so that the message shows in the summary only.
Error slot_error(Error e, const std::string& list, const std::vector<int>& slots,
                 const std::vector<std::pair<std::string, std::string>>& renames, const std::vector<Field>& fields);

// One entry of the list above a form.
struct ListItem {
  std::string label{};
  std::string url{};
  std::string remove_url{};
};
// The list rendered with strategy_item_list: a heading, the items (or
// `empty`), and the heading of the form below.
std::string item_list(const std::string& heading, const std::vector<ListItem>& items, const std::string& empty,
                      const std::string& form_heading);

}  // namespace jamt::web::strategy_editor
