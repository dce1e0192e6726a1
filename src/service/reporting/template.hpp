#pragma once
// The upload template of a form for one period (docs/reporting.md,
// "Upload"): a table with one row per organisation the caller may report
// for, to fill in Excel and upload again. Columns: organisation_id,
// organisation, period, then one per cell of the form's current version
// ("E1.women", "E1.u18.women"), then comment. A second header row gives the
// Swedish labels; the upload skips it. Rows are filled with what is saved
// for the period already, so a template is also a download of the drafts.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/reporting/form.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// The fixed columns of a template (and of an upload).
inline constexpr const char* kUploadOrganisationId = "organisation_id";
inline constexpr const char* kUploadOrganisationName = "organisation";
inline constexpr const char* kUploadPeriod = "period";
inline constexpr const char* kUploadComment = "comment";
// The first cell of the labels row; an upload skips a row that starts so.
inline constexpr const char* kUploadLabelsMarker = "Organisationens id";

struct UploadTemplate {
  std::string form_code{};
  std::string period{};                 // as written, "2025Q2"
  std::vector<std::string> columns{};   // machine names: organisation_id, …, E1.women, …, comment
  std::vector<std::string> labels{};    // Swedish, one per column
  std::vector<std::vector<std::string>> rows{};  // one per organisation, texts as saved
  std::vector<bool> numeric{};          // per column: whether its values are numbers (for XLSX)
};

// The cell columns of `form` in template order: per element, per category
// (if any), per sex of the element ("E1.women", "E1.u18.men").
std::vector<std::string> template_cell_columns(const reporting::FormDefinition& form);

// The template of form `form_id` for `period`. Organisations: those the form
// is assigned to that `user` may save reports for (a contact: their own; a
// strategist: the county's; an admin: all). Errors as get_reporting_form's
// for a form the caller may not read ("not_found" for a missing one),
// "forbidden" for coordinators (they never write reports), "validation"
// (field period) for a period not of the form's periodicity.
Result<UploadTemplate> upload_template(store::Database& db, std::int64_t form_id, const std::string& period,
                                       const std::optional<User>& user);

}  // namespace jamt::service
