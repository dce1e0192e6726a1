#include "service/indicator_counts/year_counts.hpp"

#include <algorithm>
#include <cctype>

namespace jamt::indicator_counts {

using registers::value_of;

std::string year_end(int year) { return std::to_string(year) + "-12-31"; }

bool set_by(const std::string& date, const std::string& day) { return !date.empty() && date <= day; }

bool joined_on_day(const registers::Record& joining, const std::string& day) {
  const auto& withdrawn = value_of(joining, "withdrawn_on");
  return set_by(value_of(joining, "joined_on"), day) && (withdrawn.empty() || withdrawn > day);
}

bool represented_on_day(const registers::Record& member, const std::string& day) {
  const auto& to = value_of(member, "member_to");
  return set_by(value_of(member, "member_from"), day) && (to.empty() || to >= day) &&
         !value_of(member, "representative_id").empty();
}

std::optional<int> leading_year(const std::string& text) {
  if (text.size() < 4 || !std::all_of(text.begin(), text.begin() + 4, [](unsigned char c) { return std::isdigit(c); }))
    return std::nullopt;
  return std::stoi(text.substr(0, 4));
}

std::optional<int> completion_year(const registers::Record& activity) {
  if (value_of(activity, "status") != "genomford") return std::nullopt;
  const auto& end = value_of(activity, "end_date");
  return leading_year(end.empty() ? value_of(activity, "start_date") : end);
}

std::string organisation_key(const registers::Record& joining) {
  const auto& id = value_of(joining, "organisation_id");
  return id.empty() ? "nr:" + value_of(joining, "org_number") : "id:" + id;
}

std::vector<std::string> joined_municipalities(const std::vector<registers::Record>& joinings, const std::string& day) {
  std::set<std::string> codes;
  for (const auto& j : joinings)
    if (joined_on_day(j, day) && value_of(j, "organisation_type") == "kommun" &&
        !value_of(j, "municipality_code").empty())
      codes.insert(value_of(j, "municipality_code"));
  return {codes.begin(), codes.end()};
}

}  // namespace jamt::indicator_counts
