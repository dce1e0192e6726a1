#include "domain/surveys/results_national.hpp"

namespace jamt::surveys {

std::vector<NationalRow> national_table(const SurveyResults& results) {
  std::vector<NationalRow> rows;
  for (const auto& q : results.questions) {
    const auto& o = q.options;
    if (o.size() != 3 || o[0].value != "ja" || o[1].value != "delvis" || o[2].value != "nej") continue;
    rows.push_back(NationalRow{.code = q.code, .text = q.text, .ja = o[0].count, .delvis = o[1].count,
                               .nej = o[2].count, .not_answered = q.no_answer + q.not_shown});
  }
  return rows;
}

}  // namespace jamt::surveys
