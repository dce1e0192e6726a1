#pragma once
// The raw answers of a survey that is not anonymous, one row per submitted
// response, as CSV (';', BOM, decimal comma, through CsvTable) and XLSX —
// for the survey's owner only (docs/survey_results.md, "Raw answers").
// Columns: Svar-id; Inskickad; E-post; Namn; one "profil:<key>" column per
// profile key found on the responses; then one column per question code in
// survey order, hidden questions included, a matrix as one column per
// statement ("Q7.s1"). A cell holds the stored value ("helt", "utb"), the
// values of a multiple choice joined with ", ", a number, or the text.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/result.hpp"
#include "domain/surveys/survey.hpp"

namespace jamt::report {

// What the files are made of; `respondents` maps response id → (e-mail, name).
struct RawAnswerInput {
  const surveys::Survey& survey;
  const std::vector<surveys::Response>& responses;
  const std::map<std::string, std::pair<std::string, std::string>>& respondents;
};

// The header row of both files.
std::vector<std::string> raw_answers_header(const RawAnswerInput& input);

// The CSV file's bytes, starting with the UTF-8 BOM.
std::string raw_answers_csv(const RawAnswerInput& input);

// The XLSX file's bytes (sheet "Svar"), numbers as numeric cells; Error "io" as xlsx_table.
Result<std::string> raw_answers_xlsx(const RawAnswerInput& input);

}  // namespace jamt::report
