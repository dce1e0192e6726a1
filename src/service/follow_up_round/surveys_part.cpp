// "Enkätsvar" of an organisation's follow-up section.
#include <cmath>
#include <set>

#include "domain/i18n/translate.hpp"
#include "domain/registers/person.hpp"
#include "domain/surveys/survey.hpp"
#include "service/follow_up_round/section_parts.hpp"
#include "service/surveys/survey_results_service.hpp"
#include "store/register_repository.hpp"
#include "store/surveys/results_repository.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service::follow_up_parts {

namespace {

using report_doc::Cell;

// The e-mail addresses (case folded) of the organisation's people.
std::set<std::string> organisation_addresses(soci::session& s, std::int64_t organisation_id) {
  store::RecordFilter filter{.equals = {{"organisation_id", std::to_string(organisation_id)}}, .order_by = {},
                             .descending = false, .limit = 100000};
  std::set<std::string> out;
  for (const auto& p : store::find_records(s, registers::person_spec(), filter))
    if (const auto& e = registers::value_of(p, "email"); !e.empty()) out.insert(registers::fold_case(e));
  return out;
}

// One answer as a cell: labels for choices, the number, the text.
Cell answer_cell(const surveys::Question& q, const surveys::Answer& a) {
  using Kind = surveys::Answer::Kind;
  switch (a.kind) {
    case Kind::choice: return Cell::of_text(q.label_of(a.choice));
    case Kind::choices: {
      std::string text;
      for (const auto& c : a.choices) text += (text.empty() ? "" : ", ") + q.label_of(c);
      return text.empty() ? Cell::missing() : Cell::of_text(text);
    }
    case Kind::number: return Cell::of_number(a.number, a.number == std::floor(a.number) ? 0 : 1);
    case Kind::text: return a.text.empty() ? Cell::missing() : Cell::of_text(a.text);
    default: return Cell::missing();
  }
}

// The rows of one response: each question in survey order (a matrix one row
// per statement), hidden open answers left out.
std::vector<std::vector<Cell>> response_rows(const surveys::Survey& survey, const surveys::Response& response,
                                             const std::set<std::pair<std::string, std::string>>& hidden) {
  std::vector<std::vector<Cell>> rows;
  for (const auto& q : survey.questions) {
    if (q.kind == surveys::QuestionKind::matrix) {
      for (const auto& st : q.statements) {
        auto it = response.answers.find(q.code + "." + st.code);
        rows.push_back({Cell::of_text(q.text + " – " + st.text),
                        it == response.answers.end() ? Cell::missing() : answer_cell(q, it->second)});
      }
      continue;
    }
    auto it = response.answers.find(q.code);
    if (q.kind == surveys::QuestionKind::text && hidden.contains({response.id, q.code})) {
      rows.push_back({Cell::of_text(q.text), Cell::of_text(i18n::tr("(dolt av enkätens ägare)"))});
      continue;
    }
    rows.push_back({Cell::of_text(q.text), it == response.answers.end() ? Cell::missing() : answer_cell(q, it->second)});
  }
  return rows;
}

}  // namespace

Result<report_doc::Section> surveys_part(store::Database& db, const DueFollowUp& facts, const std::string& county,
                                         const std::string& id_prefix, const std::optional<User>& user) {
  report_doc::Section out{.id = id_prefix + "-enkater", .heading = i18n::tr("Enkätsvar"), .level = 3};
  std::vector<store::SurveySummary> surveys;
  std::set<std::string> addresses;
  Status st = db.read([&](soci::session& s) -> Status {
    for (auto& summary : store::list_surveys(s, county))
      if (summary.county_code == county && !summary.national && summary.status != "draft")
        surveys.push_back(std::move(summary));
    addresses = organisation_addresses(s, facts.organisation_id);
    return {};
  });
  if (!st) return st.error();
  for (const auto& summary : surveys) {
    const std::string name = "«" + summary.title + "»" + (summary.round.empty() ? "" : " (" + summary.round + ")");
    if (summary.anonymous) {
      out.paragraphs.push_back(
          i18n::trf("{1} är anonym: svaren redovisas bara sammanställda, aldrig per organisation.", {name}));
      continue;
    }
    auto raw = raw_answers(db, summary.id, user);
    if (!raw) {
      if (raw.error().code == ErrorKind::unauthorized) return raw.error();
      out.paragraphs.push_back(i18n::trf("{1}: svaren per organisation visas bara för enkätens ägare.", {name}));
      continue;
    }
    std::set<std::pair<std::string, std::string>> hidden;
    Status read_hidden = db.read([&](soci::session& s) -> Status {
      hidden = store::list_hidden_texts(s, summary.id);
      return {};
    });
    if (!read_hidden) return read_hidden.error();
    int given = 0;
    for (const auto& response : raw->responses) {
      auto who = raw->respondents.find(response.id);
      if (who == raw->respondents.end() || !addresses.contains(registers::fold_case(who->second.first))) continue;
      ++given;
      const std::string& respondent = who->second.second.empty() ? who->second.first : who->second.second;
      out.tables.push_back(report_doc::Table{.caption = i18n::trf("{1}: svar från {2}", {name, respondent}),
                                             .columns = {i18n::tr("Fråga"), i18n::tr("Svar")},
                                             .rows = response_rows(raw->survey, response, hidden)});
    }
    if (given == 0) out.paragraphs.push_back(i18n::trf("{1}: organisationen har inte svarat.", {name}));
  }
  if (surveys.empty()) out.paragraphs.push_back(i18n::tr("Länet har inga enkäter."));
  return out;
}

}  // namespace jamt::service::follow_up_parts
