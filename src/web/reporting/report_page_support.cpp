#include "web/reporting/report_page_support.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/utc_time.hpp"

namespace jamt::web::reporting_pages {

std::string status_sv(const std::string& status) {
  if (status == "draft") return i18n::tr("utkast");
  if (status == "submitted") return i18n::tr("inskickad");
  if (status == "returned") return i18n::tr("returnerad");
  if (status == "approved") return i18n::tr("godkänd");
  return i18n::tr("ej påbörjad");
}

std::string action_sv(const std::string& action) {
  if (action == "save") return i18n::tr("Sparade utkast");
  if (action == "submit") return i18n::tr("Skickade in");
  if (action == "approve") return i18n::tr("Godkände");
  if (action == "return") return i18n::tr("Returnerade");
  if (action == "reopen") return i18n::tr("Öppnade igen");
  return action;
}

std::string percent_sv(int part, int whole) {
  if (whole <= 0) return "–";
  // One decimal, none when it is 0 ("50 %", "33,3 %"), in the page's language.
  const double percent = 100.0 * part / whole;
  const bool whole_number = std::round(percent * 10) == std::round(percent) * 10;
  return i18n::format_number(percent, whole_number ? 0 : 1) + "\u00a0%";
}

std::string time_sv(const std::string& utc) {
  if (utc.empty()) return "";
  auto t = parse_utc_text(utc);
  return t ? stockholm_time_text(*t) : utc;
}

std::string county_name(const std::string& code) {
  if (code.empty()) return i18n::tr("Alla län");
  const Region* r = RegionCatalogue::instance().find(code);
  return r ? r->name : code;
}

std::string submission_url(std::int64_t form_id, std::int64_t organisation_id, const std::string& period) {
  return "/rapportering/formular/" + std::to_string(form_id) + "/" + std::to_string(organisation_id) + "/" + period;
}

std::string form_url(std::int64_t form_id) { return "/rapportering/formular/" + std::to_string(form_id); }

nlohmann::json item_json(const service::ReportingItem& item) {
  const std::string status = item.status.empty() ? "none" : item.status;
  return {{"url", submission_url(item.form_id, item.organisation.id, item.period)},
          {"form_url", form_url(item.form_id)},
          {"form_code", item.form_code},
          {"form_title", item.form_title},
          {"organisation", item.organisation.name},
          {"organisation_url", "/rapportering/organisation/" + std::to_string(item.organisation.id)},
          {"period", item.period},
          {"status", status_sv(item.status)},
          {"status_class", "status-" + status},
          {"due_date", item.due_date},
          {"late", item.late},
          {"return_comment", item.return_comment},
          {"submitted_at", time_sv(item.submitted_at)},
          {"submitted_by", item.submitted_by},
          {"approved_at", time_sv(item.approved_at)},
          {"approved_by", item.approved_by}};
}

nlohmann::json completeness_json(const service::Completeness& c) {
  nlohmann::json missing = nlohmann::json::array();
  for (const auto& o : c.missing) missing.push_back({{"name", o.name}});
  return {{"period", c.period},
          {"county", county_name(c.county_code)},
          {"county_code", c.county_code},
          {"due_date", c.due_date},
          {"expected", c.expected},
          {"submitted", c.submitted},
          {"on_time", c.on_time},
          {"late", c.late},
          {"approved", c.approved},
          {"returned", c.returned},
          {"missing_count", c.expected - c.submitted},
          {"submitted_rate", percent_sv(c.submitted, c.expected)},
          {"on_time_rate", percent_sv(c.on_time, c.expected)},
          {"approved_rate", percent_sv(c.approved, c.expected)},
          {"missing", missing},
          {"has_missing", !missing.empty()}};
}

}  // namespace jamt::web::reporting_pages
