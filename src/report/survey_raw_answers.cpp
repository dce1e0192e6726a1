#include "report/survey_raw_answers.hpp"

#include <cstdio>
#include <set>

#include "report/csv_table.hpp"
#include "report/xlsx_table.hpp"

namespace jamt::report {

namespace {

using surveys::Answer;

// The answer columns: question codes in survey order, statements of a matrix apart.
std::vector<std::string> answer_columns(const surveys::Survey& survey) {
  std::vector<std::string> out;
  for (const auto& q : survey.questions) {
    if (q.kind == surveys::QuestionKind::matrix) {
      for (const auto& st : q.statements) out.push_back(q.code + "." + st.code);
    } else {
      out.push_back(q.code);
    }
  }
  return out;
}

std::vector<std::string> profile_keys(const std::vector<surveys::Response>& responses) {
  std::set<std::string> keys;
  for (const auto& r : responses)
    for (const auto& [key, value] : r.profile) keys.insert(key);
  return {keys.begin(), keys.end()};
}

// A number as given, with a decimal comma for Swedish Excel: 2,5; 4.
std::string number_text(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", value);
  std::string out = buf;
  for (char& c : out)
    if (c == '.') c = ',';
  return out;
}

XlsxCell cell_of(const Answer& a) {
  switch (a.kind) {
    case Answer::Kind::choice: return XlsxCell::text(a.choice);
    case Answer::Kind::number: return XlsxCell::number(a.number);
    case Answer::Kind::text: return XlsxCell::text(a.text);
    case Answer::Kind::choices: {
      std::string joined;
      for (const auto& c : a.choices) joined += (joined.empty() ? "" : ", ") + c;
      return XlsxCell::text(joined);
    }
    case Answer::Kind::none:
    case Answer::Kind::matrix: break;
  }
  return XlsxCell::empty();
}

std::vector<std::vector<XlsxCell>> rows_of(const RawAnswerInput& input) {
  const auto columns = answer_columns(input.survey);
  const auto keys = profile_keys(input.responses);
  std::vector<std::vector<XlsxCell>> rows;
  for (const auto& r : input.responses) {
    auto who = input.respondents.find(r.id);
    std::vector<XlsxCell> row{XlsxCell::text(r.id), XlsxCell::text(r.submitted_on),
                              XlsxCell::text(who == input.respondents.end() ? "" : who->second.first),
                              XlsxCell::text(who == input.respondents.end() ? "" : who->second.second)};
    for (const auto& k : keys) {
      auto v = r.profile.find(k);
      row.push_back(v == r.profile.end() ? XlsxCell::empty() : XlsxCell::text(v->second));
    }
    for (const auto& c : columns) {
      auto a = r.answers.find(c);
      row.push_back(a == r.answers.end() ? XlsxCell::empty() : cell_of(a->second));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

std::vector<std::string> raw_answers_header(const RawAnswerInput& input) {
  std::vector<std::string> header{"Svar-id", "Inskickad", "E-post", "Namn"};
  for (const auto& k : profile_keys(input.responses)) header.push_back("profil:" + k);
  for (const auto& c : answer_columns(input.survey)) header.push_back(c);
  return header;
}

std::string raw_answers_csv(const RawAnswerInput& input) {
  CsvTable table(raw_answers_header(input));
  for (const auto& row : rows_of(input)) {
    std::vector<std::string> fields;
    for (const auto& cell : row) {
      if (const auto* text = std::get_if<std::string>(&cell.value)) {
        fields.push_back(*text);
      } else if (const auto* number = std::get_if<double>(&cell.value)) {
        fields.push_back(number_text(*number));
      } else {
        fields.emplace_back();
      }
    }
    table.add_row(std::move(fields));
  }
  return table.str();
}

Result<std::string> raw_answers_xlsx(const RawAnswerInput& input) {
  return xlsx_table("Svar", raw_answers_header(input), rows_of(input));
}

}  // namespace jamt::report
