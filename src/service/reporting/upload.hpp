#pragma once
// Uploading a period's reports as one CSV or XLSX file made from the
// template (template.hpp; docs/reporting.md, "Upload"). The whole file is
// all-or-nothing: every row is saved as a draft — and submitted, when asked
// — through save_submission_in / submit_submission_in in ONE transaction;
// any problem anywhere and nothing is saved. Every problem is listed, each
// naming its row and column as Excel shows them.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

enum class UploadFormat { csv, xlsx };

// The format of an upload: XLSX when the bytes are a zip archive ("PK\3\4"),
// else CSV.
UploadFormat detect_upload_format(std::string_view bytes);

// One row of an uploaded table: its number (1 = the first row) and its
// cells' texts from the first column on.
struct UploadRow {
  std::size_t number = 0;
  std::vector<std::string> cells{};
};

// The rows of an uploaded file, or the problem that stops it being read
// (Error "validation", field "file", Swedish message). CSV: UTF-8 (with or
// without a byte order mark; Windows-1252 when not UTF-8), ";" "," or tab
// between fields. XLSX: the first sheet (formats/xlsx/xlsx_reader.hpp).
Result<std::vector<UploadRow>> read_upload_rows(std::string_view bytes, UploadFormat format,
                                                const std::string& file_name);

struct UploadRequest {
  std::int64_t form_id = 0;
  std::string period{};     // "2025Q2"; rows whose period column says otherwise are problems
  bool submit = false;      // submit every row after saving it
  std::string file_name{};  // named in messages
  UploadFormat format = UploadFormat::csv;
};

// A problem of one row (0 for the file as a whole) and column ("" for the
// row as a whole).
struct UploadProblem {
  std::size_t row = 0;
  std::string column{};
  std::string message{};
  // "rad 4, kolumn E2.men: \"tolv\" är inte ett heltal."; "rad 4: …"; the message alone for row 0.
  std::string text() const;
};

struct UploadOutcome {
  std::vector<UploadProblem> problems{};  // non-empty: nothing was saved
  std::size_t saved = 0;                  // reports saved (all of them, or none)
  std::size_t submitted = 0;              // of those, submitted
  std::vector<std::string> organisations{};  // the names of those saved, in file order
};

// Saves the rows of `bytes` as described above. Hard errors, for which no
// row is looked at: "not_found"/"unauthorized"/"forbidden" as for reading
// the form (coordinators are "forbidden"), "validation" (field period) for
// a missing period or one not of the form's periodicity. Everything about
// the file's content is a problem in the outcome instead.
Result<UploadOutcome> upload_reports(store::Database& db, const UploadRequest& request, std::string_view bytes,
                                     const std::optional<User>& user);

}  // namespace jamt::service
