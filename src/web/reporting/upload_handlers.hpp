#pragma once
// Uploading a period's reports (docs/reporting.md, "Upload"): the template
// to fill in (CSV or XLSX), the upload page and the upload API. Each
// function returns the handler of one route of web/route_table.cpp, bound
// to `db` (which must outlive it).
#include "web/route_table.hpp"

namespace jamt::web {

// The largest upload: a period's reports for a county fit in far less.
inline constexpr std::size_t kReportingUploadMaxBody = 10u << 20;  // 10 MiB

// GET /rapportering/formular/{form}/mall.csv?period=2025Q2 and …/mall.xlsx:
// the template as a download (web pages: login redirect, error pages).
Handler reporting_template_csv(store::Database& db);
Handler reporting_template_xlsx(store::Database& db);
// GET /rapportering/formular/{form}/uppladdning: the upload page.
Handler reporting_upload_page(store::Database& db);
// POST …/uppladdning (multipart: csrf_token, period, file, skicka_in): saves
// the file's reports all or nothing; 400 with every problem listed.
Handler reporting_upload_submit(store::Database& db);
// POST /api/v1/forms/{id}/uploads?period=2025Q2[&submit=true]: the body is
// the file (text/csv or the XLSX type); 200 {saved, submitted,
// organisations} or 400 {error: {code: "validation", message, problems:
// [{row, column, message, text}]}}.
Handler api_form_upload(store::Database& db);

}  // namespace jamt::web
