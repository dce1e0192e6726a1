#include "service/demo/demo_surveys.hpp"

#include <mutex>
#include <regex>

#include "domain/clock.hpp"
#include "service/demo/demo_clock.hpp"
#include "domain/surveys/templates.hpp"
#include "service/surveys/response_service.hpp"
#include "service/surveys/survey_rounds.hpp"
#include "service/surveys/survey_service.hpp"
#include "store/surveys/survey_repository.hpp"

namespace jamt::service {

namespace {

using namespace std::chrono;
using surveys::Answer;
using surveys::QuestionKind;

// The demo respondents do not exist: their invitations are kept here, so
// the demo can answer through the links they carry.
class KeptMail final : public Mailer {
 public:
  Status send(const MailMessage& message) override {
    std::lock_guard lock{mutex_};
    kept_.push_back(message);
    return {};
  }
  std::string describe() const override { return "the demo's memory"; }
  // The personal link's token of each mail since the last call, by address.
  std::vector<std::pair<std::string, std::string>> take_tokens() {
    static const std::regex link{"/enkat/([0-9a-f]{64})"};
    std::lock_guard lock{mutex_};
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : kept_) {
      std::smatch found;
      if (std::regex_search(m.body, found, link)) out.emplace_back(m.to, found[1].str());
    }
    kept_.clear();
    return out;
  }

 private:
  std::mutex mutex_;
  std::vector<MailMessage> kept_;
};

Answer choice(std::string value) { return {.kind = Answer::Kind::choice, .choice = std::move(value)}; }

// `counts` of each value in order, spread over `n` respondents: respondent i
// gets the value whose run holds position (i * stride) % n, so values of
// different questions fall on different people.
std::string spread(const std::vector<std::pair<const char*, int>>& counts, int i, int n, int stride) {
  int at = (i * stride) % n;
  for (const auto& [value, count] : counts) {
    if (at < count) return value;
    at -= count;
  }
  return "";
}

sys_seconds day_at(year_month_day day, int hour) { return sys_seconds{sys_days{day}} + hours{hour}; }

struct Round {
  int invited = 0;
  // Per statement P1..P6: counts of helt, delvis, inte, vet_ej (summing to `answered`).
  std::vector<std::vector<std::pair<const char*, int>>> statements{};
  int answered = 0;
  std::vector<std::string> comments{};
};

// Seed 001's figures for 2025 (P1: 31/7/5 of 43), and an earlier round.
Round round_2025() {
  return {.invited = 43,
          .statements = {{{"helt", 31}, {"delvis", 7}, {"inte", 5}, {"vet_ej", 0}},
                         {{"helt", 27}, {"delvis", 11}, {"inte", 3}, {"vet_ej", 2}},
                         {{"helt", 29}, {"delvis", 9}, {"inte", 4}, {"vet_ej", 1}},
                         {{"helt", 33}, {"delvis", 8}, {"inte", 2}, {"vet_ej", 0}},
                         {{"helt", 19}, {"delvis", 14}, {"inte", 6}, {"vet_ej", 4}},
                         {{"helt", 30}, {"delvis", 9}, {"inte", 3}, {"vet_ej", 1}}},
          .answered = 43,
          .comments = {"Nätverksträffarna är det viktigaste stödet för oss i en liten kommun.",
                       "Vi skulle behöva mer stöd kring hedersrelaterat våld.",
                       "Bra att länsstyrelsen samlar aktörerna, men uppföljningen kunde vara tydligare.",
                       "Utbildningsdagarna har gett personalen ett gemensamt språk."}};
}

Round round_2024() {
  return {.invited = 40,
          .statements = {{{"helt", 18}, {"delvis", 8}, {"inte", 3}, {"vet_ej", 1}},
                         {{"helt", 17}, {"delvis", 9}, {"inte", 3}, {"vet_ej", 1}},
                         {{"helt", 19}, {"delvis", 7}, {"inte", 3}, {"vet_ej", 1}},
                         {{"helt", 22}, {"delvis", 6}, {"inte", 2}, {"vet_ej", 0}},
                         {{"helt", 12}, {"delvis", 10}, {"inte", 5}, {"vet_ej", 3}},
                         {{"helt", 20}, {"delvis", 7}, {"inte", 2}, {"vet_ej", 1}}},
          .answered = 30,
          .comments = {"Svårt att hinna med alla träffar.", "Stödet har blivit bättre under året."}};
}

// The answers of key person i of `r`. Profile: seed 001's proportions
// scaled to the round (38/43 women, 8/43 civil society, 21/43 strategic,
// 34/43 three years).
std::map<std::string, Answer> key_person_answers(const Round& r, int i) {
  const int n = r.answered;
  std::map<std::string, Answer> a;
  const int strides[] = {1, 7, 11, 13, 17, 19};
  for (int s = 0; s < 6; ++s)
    a["P" + std::to_string(s + 1)] = choice(spread(r.statements[static_cast<std::size_t>(s)], i, n, strides[s]));
  if (i < static_cast<int>(r.comments.size())) a["P7"] = {.kind = Answer::Kind::text, .text = r.comments[static_cast<std::size_t>(i)]};
  auto share = [&](int of43) { return (of43 * n + 21) / 43; };
  a["kon"] = choice(spread({{"kvinna", share(38)}, {"man", n - share(38)}}, i, n, 23));
  a["sektor"] = choice(spread({{"ideell", share(8)}, {"myndighet", n - share(8)}}, i, n, 29));
  a["roll"] = choice(spread({{"strategisk", share(21)}, {"direkt_stod", n - share(21)}}, i, n, 31));
  a["ar"] = choice(spread({{"tre_ar", share(34)}, {"senaste_aret", n - share(34)}}, i, n, 37));
  return a;
}

// A plausible answer of organisation i to question `q` of the kartläggning.
std::optional<Answer> kartlaggning_answer(const surveys::Question& q, int i) {
  switch (q.kind) {
    case QuestionKind::yes_partly_no: {
      const char* values[] = {"ja", "delvis", "ja", "nej", "delvis", "ja", "ja"};
      return choice(values[(static_cast<std::size_t>(i) + q.code.size() * 3 + static_cast<std::size_t>(q.code.back())) % 7]);
    }
    case QuestionKind::agreement4: return choice(i % 3 == 0 ? "delvis" : "helt");
    case QuestionKind::number: return Answer{.kind = Answer::Kind::number, .number = static_cast<double>(2 + (i * 5) % 17)};
    case QuestionKind::single:
      if (q.options.empty()) return std::nullopt;
      return choice(q.options[static_cast<std::size_t>(i) % q.options.size()].value);
    case QuestionKind::multiple:
      if (q.options.empty()) return std::nullopt;
      return Answer{.kind = Answer::Kind::choices, .choices = {q.options.front().value}};
    case QuestionKind::text:
      if (i % 2 == 1) return std::nullopt;
      return Answer{.kind = Answer::Kind::text, .text = "Arbetet pågår enligt kommunens handlingsplan."};
    case QuestionKind::matrix: {
      Answer m{.kind = Answer::Kind::matrix};
      for (const auto& st : q.statements) m.matrix[st.code] = i % 2 == 0 ? "helt" : "delvis";
      return m;
    }
  }
  return std::nullopt;
}

// Seed 001's eleven indicators of the counties' coordination, as ja /
// delvis / nej statements.
const char* const kIndicators[] = {
    "Länsstyrelsen har en regional strategi eller handlingsplan mot mäns våld mot kvinnor.",
    "Strategin omfattar även hedersrelaterat våld och förtryck.",
    "Strategin omfattar prostitution och människohandel för sexuella ändamål.",
    "Det finns en regional samverkansgrupp med kommuner, region, polis och ideell sektor.",
    "Länsstyrelsen har genomfört kompetenshöjande insatser under året.",
    "Länsstyrelsen har kartlagt kommunernas arbete mot våld under året.",
    "Länsstyrelsen har gett stöd till kommunernas arbete med handlingsplaner.",
    "Länsstyrelsen har uppmärksammat våldsutsatta barn i sitt arbete.",
    "Länsstyrelsen har verkat för skyddade boenden av god kvalitet i länet.",
    "Länsstyrelsen har arbetat med våldsförebyggande insatser riktade till män och pojkar.",
    "Arbetet följs upp och redovisas årligen.",
};

// Per indicator, the answers of the 19 counties that answered: how many say
// ja and delvis (the rest nej).
const int kIndicatorJa[] = {19, 17, 12, 16, 18, 9, 13, 11, 7, 6, 14};
const int kIndicatorDelvis[] = {0, 2, 5, 3, 1, 6, 4, 6, 8, 7, 3};

Result<int> load_national_survey(store::Database& db, const MailSetup& mail, KeptMail& kept, FixedClock& then,
                                 sys_days sent) {
  const User coordinator{.id = 0, .email = "samordnare@jamt.local", .role = Role::coordinator, .county_code = "",
                         .organisation_id = std::nullopt, .disabled = false};
  then.set(sys_seconds{sent} + hours{8});
  const int year = static_cast<int>(year_month_day{sent}.year());
  surveys::Survey survey{.code = "NATIONELL_INDIKATORER",
                         .title = "Länsstyrelsernas arbete mot mäns våld mot kvinnor – indikatorer " + std::to_string(year),
                         .description = "Svara för ert län: ja, delvis eller nej för varje påstående.",
                         .anonymous = false,
                         .round = std::to_string(year),
                         .national = true};
  for (std::size_t i = 0; i < std::size(kIndicators); ++i)
    survey.questions.push_back({.code = "I" + std::to_string(i + 1), .kind = QuestionKind::yes_partly_no,
                                .text = kIndicators[i], .required = true});
  auto made = create_survey(db, {.survey = survey, .county_code = ""}, coordinator);
  if (!made) return made.error();
  if (auto opened = set_survey_status(db, made->id, surveys::SurveyStatus::open, coordinator); !opened)
    return opened.error();
  static const char* const counties[] = {"01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
                                         "14", "17", "18", "19", "20", "21", "22", "23", "24", "25"};
  std::vector<Invitee> invitees;
  for (const char* county : counties)
    invitees.push_back({.email = std::string("samordning.lan") + county + "@lansstyrelsen.exempel.se",
                        .name = std::string("Samordnare, län ") + county + " (demo)",
                        .profile_json = "{}",
                        .county_code = county});
  if (auto invited = invite_respondents(db, mail, made->id, invitees, coordinator); !invited) return invited.error();
  auto tokens = kept.take_tokens();
  int entered = 0;
  // Every county but Gotland (09) and Norrbotten (25) has answered.
  int answering = 0;
  for (const auto& [to, token] : tokens) {
    if (to.find("lan09@") != std::string::npos || to.find("lan25@") != std::string::npos) continue;
    then.set(sys_seconds{sent} + days{2 + answering % 20} + hours{10});
    std::map<std::string, Answer> answers;
    for (std::size_t i = 0; i < std::size(kIndicators); ++i) {
      const char* value = answering < kIndicatorJa[i] ? "ja" : answering < kIndicatorJa[i] + kIndicatorDelvis[i] ? "delvis" : "nej";
      answers["I" + std::to_string(i + 1)] = choice(value);
    }
    auto saved = save_response(db, token, answers, true);
    if (!saved) return saved.error();
    ++entered;
    ++answering;
  }
  return entered;
}

}  // namespace

Result<int> load_demo_surveys(store::Database& db) {
  bool exists = false;
  Status st = db.read([&](soci::session& s) -> Status {
    exists = !store::list_surveys(s, "*").empty();
    return {};
  });
  if (!st) return st.error();
  if (exists) return 0;

  const User strategist{.id = 0, .email = "strateg.kalmar@jamt.local", .role = Role::strategist, .county_code = "08",
                        .organisation_id = std::nullopt, .disabled = false};
  KeptMail kept;
  MailSetup mail{.mailer = kept, .site_url = "http://127.0.0.1:8080", .background = nullptr};

  DemoClock clock{db};
  FixedClock& then = clock.then();
  const auto today = clock.today();
  const int this_year = static_cast<int>(today.year());
  int entered = 0;

  // Key persons, two rounds: invited on 1 October, answered through the
  // month, closed on 31 October.
  const auto* key = surveys::find_survey_template("nyckelpersoner");
  if (key == nullptr) return Error{ErrorKind::internal, "the key-person template is missing", {}, {}};
  std::optional<std::int64_t> previous;
  for (int back : {2, 1}) {
    const int year = this_year - back;
    const Round r = back == 2 ? round_2024() : round_2025();
    then.set(day_at(year_month_day{std::chrono::year{year}, October, day{1}}, 8));
    Result<surveys::Survey> made = Error{ErrorKind::internal, "", {}, {}};
    if (!previous) {
      surveys::Survey survey = surveys::survey_from_template(*key);
      survey.title += " " + std::to_string(year);
      survey.round = std::to_string(year);
      survey.code = "NYCKEL";
      made = create_survey(db, {.survey = survey, .county_code = "08"}, strategist);
    } else {
      made = make_next_round(db, *previous, std::to_string(year), strategist);
    }
    if (!made) return made.error();
    previous = made->id;
    if (auto opened = set_survey_status(db, made->id, surveys::SurveyStatus::open, strategist); !opened)
      return opened.error();
    std::vector<Invitee> invitees;
    for (int i = 0; i < r.invited; ++i)
      invitees.push_back({.email = "nyckelperson" + std::to_string(i + 1) + "@exempel.se",
                          .name = "Nyckelperson " + std::to_string(i + 1) + " (demo)", .profile_json = "{}"});
    if (auto invited = invite_respondents(db, mail, made->id, invitees, strategist); !invited) return invited.error();
    auto tokens = kept.take_tokens();
    for (int i = 0; i < r.answered && i < static_cast<int>(tokens.size()); ++i) {
      then.set(day_at(year_month_day{std::chrono::year{year}, October, day{static_cast<unsigned>(2 + i % 25)}}, 9 + i % 8));
      auto saved = save_response(db, tokens[static_cast<std::size_t>(i)].second, key_person_answers(r, i), true);
      if (!saved) return saved.error();
      ++entered;
    }
    then.set(day_at(year_month_day{std::chrono::year{year}, October, day{31}}, 16));
    if (auto closed = set_survey_status(db, made->id, surveys::SurveyStatus::closed, strategist); !closed)
      return closed.error();
  }

  // This year's kartläggning, open since 1 September (or a week ago early
  // in the year): 12 municipal contacts, 7 answered, 2 started.
  const auto* mapping = surveys::find_survey_template("kartlaggning");
  if (mapping == nullptr) return Error{ErrorKind::internal, "the kartläggning template is missing", {}, {}};
  const sys_days start = std::min(sys_days{year_month_day{std::chrono::year{this_year}, September, day{1}}},
                                  sys_days{today} - days{7});
  then.set(sys_seconds{start} + hours{8});
  surveys::Survey yearly = surveys::survey_from_template(*mapping);
  yearly.title += " " + std::to_string(this_year);
  yearly.round = std::to_string(this_year);
  yearly.code = "KARTLAGGNING";
  auto made = create_survey(db, {.survey = yearly, .county_code = "08"}, strategist);
  if (!made) return made.error();
  if (auto opened = set_survey_status(db, made->id, surveys::SurveyStatus::open, strategist); !opened)
    return opened.error();
  const char* towns[] = {"Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås",
                         "Mörbylånga", "Nybro", "Oskarshamn", "Torsås", "Vimmerby", "Västervik"};
  std::vector<Invitee> contacts;
  for (const char* town : towns) {
    contacts.push_back({.email = "kontakt" + std::to_string(contacts.size() + 1) + "@kommun.exempel.se",
                        .name = std::string("Kontaktperson, Exempelkommunen ") + town + " (demo)",
                        .profile_json = "{}"});
  }
  if (auto invited = invite_respondents(db, mail, made->id, contacts, strategist); !invited) return invited.error();
  auto tokens = kept.take_tokens();
  for (int i = 0; i < 9 && i < static_cast<int>(tokens.size()); ++i) {
    then.set(sys_seconds{start} + days{1 + i} + hours{10});
    std::map<std::string, Answer> answers;
    for (const auto& q : made->questions)
      if (auto a = kartlaggning_answer(q, i)) answers[q.code] = *a;
    bool submit = i < 7;
    auto saved = save_response(db, tokens[static_cast<std::size_t>(i)].second, answers, submit);
    if (!saved) return saved.error();
    if (submit) ++entered;
  }

  // The coordinator's national survey of the 11 indicators (seed 001),
  // sent this year on 1 October (or a week ago) to one address per county;
  // 19 of the 21 counties have answered.
  auto national = load_national_survey(
      db, mail, kept, then,
      std::min(sys_days{year_month_day{std::chrono::year{this_year}, October, day{1}}}, sys_days{today} - days{7}));
  if (!national) return national.error();
  return entered + *national;
}

}  // namespace jamt::service
