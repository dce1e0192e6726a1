#pragma once
// The aggregated results of a survey round as files (issue 11, item 5): CSV
// for Swedish Excel (';', BOM, decimal comma, through CsvTable so text is
// guarded against formulas) and XLSX (numbers as numeric cells). One table:
// first the participation rows, then one row per question and answer.
// Columns: Kod; Fråga; Svar; Antal; Procent; Bas (n); Hoppade över; Fick inte frågan
//   - "Deltagande" rows: invited, opened, started, completed (its Procent is
//     the response rate, Bas the number invited), opted out;
//   - per choice question: one row per option, "Vet ej", and "Andel positiva"
//     (Procent only);
//   - per number question: Medelvärde, Median, Lägsta, Högsta in Antal;
//   - per text question: "Svar" with the number answered (the texts
//     themselves are not aggregated results and are not in these files).
#include <string>

#include "domain/result.hpp"
#include "domain/surveys/results.hpp"
#include "domain/surveys/results_breakdown.hpp"
#include "domain/surveys/results_national.hpp"

namespace jamt::report {

// The CSV file's bytes, starting with the UTF-8 BOM.
std::string survey_results_csv(const surveys::SurveyResults& results);

// The XLSX file's bytes (sheet "Resultat"); Error "io" as xlsx_table.
Result<std::string> survey_results_xlsx(const surveys::SurveyResults& results);

// A breakdown as CSV: Grupp; Svarande; Kod; Fråga; Svar; Antal; Procent;
// Bas (n) — one row per shown group, question and answer (as
// survey_results_csv), a withheld question as one row whose Svar is the
// reason, then one row per value merged into Övriga with its reason. No
// free texts.
std::string breakdown_csv(const surveys::Breakdown& breakdown);

// The national Ja/Delvis/Nej table as CSV: Kod; Påstående; Ja; Delvis; Nej; Ej svar.
std::string national_table_csv(const std::vector<surveys::NationalRow>& rows);

}  // namespace jamt::report
