#include "service/indicator_counts/reporting_values.hpp"

#include <map>

#include "service/indicator_counts/year_counts.hpp"
#include "store/database.hpp"
#include "store/indicator_counts/count_sources.hpp"

namespace jamt::indicator_counts {

namespace {

// One report's cells by sex.
struct ReportCells {
  int year = 0;
  std::map<std::string, double> by_sex;
};

void add(std::optional<double>& sum, double value) { sum = sum.value_or(0) + value; }

}  // namespace

Result<std::vector<YearValue>> reporting_values(store::Database& db, const std::string& county_code,
                                                const std::string& form_code, const std::string& element_code,
                                                int from_year, int to_year) {
  if (auto st = check_county(county_code); !st) return st.error();
  if (auto st = check_year_range(from_year, to_year); !st) return st.error();
  std::optional<store::ReportingElementLookup> lookup;
  std::vector<store::ReportingCellSum> cells;
  Status st = db.read([&](soci::session& s) -> Status {
    lookup = store::find_reporting_element(s, form_code, element_code);
    if (lookup && lookup->found && (lookup->element.form_county.empty() || lookup->element.form_county == county_code))
      cells = store::submitted_reporting_cells(s, lookup->element.form_id, county_code, element_code);
    return {};
  });
  if (!st) return st.error();
  if (!lookup || (!lookup->element.form_county.empty() && lookup->element.form_county != county_code))
    return validation_error("Rapporteringsformulär: ”" + form_code + "” finns inte i länet.", {}, "reporting.form");
  if (!lookup->found)
    return validation_error("Dataelement: ”" + element_code + "” finns inte i formuläret " + form_code + ".", {},
                            "reporting.element");
  const auto& type = lookup->element.value_type;
  if (type == "decimal" || type == "text")
    return validation_error("Dataelement: ”" + element_code + "” är " +
                                (type == "text" ? "en text" : "ett decimaltal (en andel eller ett medelvärde)") +
                                " och kan inte summeras över organisationer.",
                            {}, "reporting.element");
  const auto& sexes = lookup->element.disaggregation;
  const bool by_sex = sexes.find("women") != std::string::npos && sexes.find("men") != std::string::npos;

  std::map<std::int64_t, ReportCells> reports;
  for (const auto& c : cells) {
    auto year = leading_year(c.period);
    if (!year) continue;
    auto& r = reports[c.submission_id];
    r.year = *year;
    r.by_sex[c.sex] += c.value;
  }
  std::vector<YearValue> out;
  for (int y = from_year; y <= to_year; ++y) {
    CountValue v;
    for (const auto& [id, r] : reports) {
      if (r.year != y) continue;
      auto get = [&](const char* sex) -> std::optional<double> {
        auto it = r.by_sex.find(sex);
        return it == r.by_sex.end() ? std::nullopt : std::optional<double>(it->second);
      };
      if (by_sex) {
        add(v.women, get("women").value_or(0));
        add(v.men, get("men").value_or(0));
      }
      if (auto total = get("total")) add(v.total, *total);
      else add(v.total, get("women").value_or(0) + get("men").value_or(0) + get("unknown").value_or(0));
    }
    out.push_back({.year = y, .value = v});
  }
  return out;
}

}  // namespace jamt::indicator_counts
