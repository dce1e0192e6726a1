#include "report/survey_download.hpp"

#include <optional>
#include <vector>

#include "report/csv_table.hpp"
#include "report/xlsx_table.hpp"

namespace jamt::report {

namespace {

const std::vector<std::string> kHeader{"Kod", "Fråga", "Svar", "Antal", "Procent", "Bas (n)", "Hoppade över",
                                       "Fick inte frågan"};

// One row before it is written as CSV or XLSX.
struct Row {
  std::string code;
  std::string text;
  std::string answer;
  std::optional<double> count;
  std::optional<double> percent;
  std::optional<double> base;
  std::optional<double> skipped;
  std::optional<double> not_shown;
};

std::optional<double> d(int v) { return static_cast<double>(v); }

std::vector<Row> rows_of(const surveys::SurveyResults& r) {
  const auto& p = r.participants;
  const std::string part = "Deltagande";
  std::vector<Row> rows{
      {part, "", "Inbjudna", d(p.counts.invited), {}, {}, {}, {}},
      {part, "", "Öppnade länken", d(p.counts.opened), {}, {}, {}, {}},
      {part, "", "Påbörjade", d(p.counts.started), {}, {}, {}, {}},
      {part, "", "Besvarade (svarsfrekvens av inbjudna)", d(p.counts.completed), p.response_rate,
       p.response_rate ? d(p.response_rate_denominator) : std::nullopt, {}, {}},
      {part, "", "Avböjde", d(p.counts.opted_out), {}, {}, {}, {}},
  };
  for (const auto& q : r.questions) {
    auto row = [&](std::string answer, std::optional<double> count, std::optional<double> percent) {
      rows.push_back(Row{q.code, q.text, std::move(answer), count, percent, d(q.n), d(q.no_answer), d(q.not_shown)});
    };
    for (const auto& o : q.options) row(o.label, d(o.count), o.percent);
    if (q.dont_know_percent || q.dont_know) row("Vet ej", d(q.dont_know), q.dont_know_percent);
    if (q.positive_percent) row(surveys::positive_share_label(q), std::nullopt, q.positive_percent);
    if (q.numbers) {
      row("Medelvärde", q.numbers->mean, std::nullopt);
      row("Median", q.numbers->median, std::nullopt);
      row("Lägsta", q.numbers->min, std::nullopt);
      row("Högsta", q.numbers->max, std::nullopt);
    }
    if (q.kind == surveys::QuestionKind::text || (q.kind == surveys::QuestionKind::number && !q.numbers))
      row("Svar", d(q.n), std::nullopt);
  }
  return rows;
}

// Counts without decimals, other numbers with up to one.
std::string csv_value(const std::optional<double>& v) {
  if (!v) return "";
  bool whole = *v == static_cast<double>(static_cast<long long>(*v));
  return csv_number(v, whole ? 0 : 1);
}

}  // namespace

std::string survey_results_csv(const surveys::SurveyResults& results) {
  CsvTable table(kHeader);
  for (const auto& r : rows_of(results))
    table.add_row({r.code, r.text, r.answer, csv_value(r.count), r.percent ? csv_number(r.percent, 1) : "",
                   csv_value(r.base), csv_value(r.skipped), csv_value(r.not_shown)});
  return table.str();
}

std::string breakdown_csv(const surveys::Breakdown& b) {
  CsvTable table({"Grupp", "Svarande", "Kod", "Fråga", "Svar", "Antal", "Procent", "Bas (n)"});
  for (const auto& g : b.groups) {
    std::string respondents = std::to_string(g.respondents);
    for (const auto& q : g.questions) {
      auto row = [&](std::string answer, std::optional<double> count, std::optional<double> percent) {
        table.add_row({g.label, respondents, q.code, q.text, std::move(answer), csv_value(count),
                       percent ? csv_number(percent, 1) : "", csv_value(d(q.n))});
      };
      if (q.withheld) {
        row("Visas inte: " + q.withheld_reason, std::nullopt, std::nullopt);
        continue;
      }
      for (const auto& o : q.options) row(o.label, d(o.count), o.percent);
      if (q.dont_know_percent || q.dont_know) row("Vet ej", d(q.dont_know), q.dont_know_percent);
      if (q.positive_percent) row(surveys::positive_share_label(q), std::nullopt, q.positive_percent);
      if (q.numbers) {
        row("Medelvärde", q.numbers->mean, std::nullopt);
        row("Median", q.numbers->median, std::nullopt);
      }
    }
  }
  for (const auto& m : b.merged) table.add_row({m.label, "", "", "", m.reason});
  if (b.suppressed) table.add_row({"", "", "", "", b.suppressed_reason});
  return table.str();
}

std::string national_table_csv(const std::vector<surveys::NationalRow>& rows) {
  CsvTable table({"Kod", "Påstående", "Ja", "Delvis", "Nej", "Ej svar"});
  for (const auto& r : rows)
    table.add_row({r.code, r.text, std::to_string(r.ja), std::to_string(r.delvis), std::to_string(r.nej),
                   std::to_string(r.not_answered)});
  return table.str();
}

Result<std::string> survey_results_xlsx(const surveys::SurveyResults& results) {
  auto cell = [](const std::optional<double>& v) { return v ? XlsxCell::number(*v) : XlsxCell::empty(); };
  std::vector<std::vector<XlsxCell>> rows;
  for (const auto& r : rows_of(results))
    rows.push_back({XlsxCell::text(r.code), XlsxCell::text(r.text), XlsxCell::text(r.answer), cell(r.count),
                    cell(r.percent), cell(r.base), cell(r.skipped), cell(r.not_shown)});
  return xlsx_table("Resultat", kHeader, rows);
}

}  // namespace jamt::report
