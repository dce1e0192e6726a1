#pragma once
// Shared pieces of the reporting pages: Swedish words for statuses and
// actions, numbers and times the Swedish way, the URLs of the pages, and a
// listed report as a template context.
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "service/reporting/completeness.hpp"
#include "service/reporting/reporting_overview.hpp"

namespace jamt::web::reporting_pages {

// "ej påbörjad", "utkast", "inskickad", "returnerad", "godkänd" for "",
// "draft", "submitted", "returned", "approved".
std::string status_sv(const std::string& status);

// A history event's action in Swedish: "Sparade utkast", "Skickade in", ….
std::string action_sv(const std::string& action);

// `part` of `whole` as a Swedish percentage with one decimal ("66,7 %"),
// "–" when `whole` is 0.
std::string percent_sv(int part, int whole);

// A UTC text ("2026-01-12T09:00:00Z") as Swedish wall-clock time
// ("2026-01-12 10:00"); "" for "".
std::string time_sv(const std::string& utc);

// The county's name ("Kalmar län"), or the code when unknown; "Alla län" for "".
std::string county_name(const std::string& code);

// /rapportering/formular/{form}/{organisation}/{period}
std::string submission_url(std::int64_t form_id, std::int64_t organisation_id, const std::string& period);
// /rapportering/formular/{form}
std::string form_url(std::int64_t form_id);

// A listed report for the templates: url, form, organisation, period,
// status (Swedish), status_class, due_date, late, returned comment,
// submitted/approved when (Swedish time) and by whom.
nlohmann::json item_json(const service::ReportingItem& item);

// The counts of `c` for the templates, with rates in percent of expected
// and the missing organisations by name.
nlohmann::json completeness_json(const service::Completeness& c);

}  // namespace jamt::web::reporting_pages
