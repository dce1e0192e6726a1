#include "web/reporting/report_page_support.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "domain/clock.hpp"
#include "domain/regions.hpp"
#include "domain/utc_time.hpp"

namespace jamt::web::reporting_pages {

std::string status_sv(const std::string& status) {
  if (status == "draft") return "utkast";
  if (status == "submitted") return "inskickad";
  if (status == "returned") return "returnerad";
  if (status == "approved") return "godkänd";
  return "ej påbörjad";
}

std::string action_sv(const std::string& action) {
  if (action == "save") return "Sparade utkast";
  if (action == "submit") return "Skickade in";
  if (action == "approve") return "Godkände";
  if (action == "return") return "Returnerade";
  if (action == "reopen") return "Öppnade igen";
  return action;
}

std::string percent_sv(int part, int whole) {
  if (whole <= 0) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", 100.0 * part / whole);
  std::string out = buf;
  for (auto& ch : out)
    if (ch == '.') ch = ',';
  if (out.size() > 2 && out.compare(out.size() - 2, 2, ",0") == 0) out.resize(out.size() - 2);
  return out + "\u00a0%";
}

std::string time_sv(const std::string& utc) {
  if (utc.empty()) return "";
  auto t = parse_utc_text(utc);
  return t ? stockholm_time_text(*t) : utc;
}

std::string county_name(const std::string& code) {
  if (code.empty()) return "Alla län";
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
