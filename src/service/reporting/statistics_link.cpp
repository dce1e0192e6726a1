#include "service/reporting/statistics_link.hpp"

#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "domain/statistics/measure_code.hpp"
#include "store/audit_repository.hpp"
#include "store/observation_repository.hpp"
#include "store/reporting/statistics_batch_repository.hpp"

namespace jamt::service {

namespace {

std::optional<stats::Sex> statistics_sex(reporting::Sex sex) {
  switch (sex) {
    case reporting::Sex::women:
      return stats::Sex::women;
    case reporting::Sex::men:
      return stats::Sex::men;
    case reporting::Sex::total:
      return stats::Sex::total;
    case reporting::Sex::unknown:
      return std::nullopt;
  }
  return std::nullopt;
}

stats::Measure measure_of(const reporting::FormDefinition& form, const reporting::DataElement& e) {
  return {.id = 0,
          .code = form.code + "." + e.code,
          .title = e.name,
          .unit = e.unit,
          .source = kReportingSource,
          .decimals = e.value_type == reporting::ValueType::decimal ? 2 : 0,
          // Counts and yes/no add up over organisations; decimals (rates,
          // averages) do not.
          .additive = e.value_type != reporting::ValueType::decimal};
}

}  // namespace

Status publish_to_statistics(soci::session& s, const store::StoredSubmission& sub,
                             const store::ReportingOrganisation& org, const std::string& form_county,
                             const std::string& actor) {
  auto definition = store::form_version(s, sub.version_id);
  if (!definition) return {};
  std::vector<std::string> regions;
  if (auto municipality = store::organisation_municipality(s, org.id); !municipality.empty())
    regions.push_back(municipality);
  if (!org.county_code.empty() && (regions.empty() || regions[0] != org.county_code))
    regions.push_back(org.county_code);
  if (regions.empty()) return {};

  // (measure code, observation) for every numeric value with a sex the statistics know.
  std::vector<std::pair<const reporting::DataElement*, stats::Observation>> rows;
  for (const auto& [cell, value] : store::values_of(s, sub.id)) {
    const auto* element = definition->element(cell.element);
    auto sex = statistics_sex(cell.sex);
    if (!element || !sex || !value.number || element->value_type == reporting::ValueType::text) continue;
    std::string dims;
    if (element->categories && !cell.category.empty()) dims = element->categories->code + "=" + cell.category + "|";
    dims += std::string(kOrganisationDimension) + "=" + std::to_string(org.id);
    for (const auto& region : regions)
      rows.push_back({element, {.region_code = region, .period = sub.period, .sex = *sex, .dims = dims,
                                .value = value.number, .status = ""}});
  }
  if (rows.empty()) return {};

  std::map<std::string, std::int64_t> measures;  // code → id
  for (const auto& [element, _] : rows) {
    auto m = measure_of(*definition, *element);
    if (measures.count(m.code)) continue;
    if (Status ok = stats::check_measure_code(m.code, "code"); !ok) return ok;
    measures[m.code] = store::ensure_measure(s, m, form_county);
  }
  store::ImportBatch batch;
  batch.file_name = definition->code + " " + sub.period + " " + org.name;
  batch.format = "reporting";
  batch.imported_by = actor;
  batch.county_code = org.county_code;
  const std::int64_t batch_id = store::insert_batch(s, batch);
  for (const auto& [code, id] : measures) store::link_batch_measure(s, batch_id, id);
  for (const auto& [element, o] : rows)
    store::insert_observation(s, batch_id, measures.at(definition->code + "." + element->code), o);
  store::complete_batch(s, batch_id, static_cast<std::int64_t>(rows.size()), static_cast<int>(regions.size()), 1);
  store::link_statistics_batch(s, sub.id, batch_id);
  nlohmann::ordered_json after = {{"file_name", batch.file_name}, {"format", batch.format},
                                  {"submission_id", sub.id},      {"observations", rows.size()},
                                  {"regions", regions},           {"measures", nlohmann::json::array()}};
  for (const auto& [code, _] : measures) after["measures"].push_back(code);
  store::append_audit(s, {.actor = actor, .action = "create", .entity = "import_batch", .entity_id = batch_id,
                          .before_json = std::nullopt, .after_json = after.dump()});
  return {};
}

void withdraw_from_statistics(soci::session& s, std::int64_t submission_id, const std::string& actor) {
  for (std::int64_t batch_id : store::visible_statistics_batches(s, submission_id)) {
    store::rollback_batch(s, batch_id, actor);
    store::append_audit(s, {.actor = actor, .action = "update", .entity = "import_batch", .entity_id = batch_id,
                            .before_json = std::string(R"({"rolled_back":false})"),
                            .after_json = nlohmann::json{{"rolled_back", true},
                                                         {"reason", "reporting submission reopened"},
                                                         {"submission_id", submission_id}}
                                              .dump()});
  }
}

}  // namespace jamt::service
