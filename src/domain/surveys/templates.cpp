#include "domain/surveys/templates.hpp"

namespace jamt::surveys {

namespace {

Question agreement(std::string code, std::string text, std::string section) {
  return {.code = std::move(code), .kind = QuestionKind::agreement4, .text = std::move(text), .required = true,
          .section = std::move(section)};
}

Question yes_partly_no(std::string code, std::string text, std::string help, std::string section) {
  return {.code = std::move(code), .kind = QuestionKind::yes_partly_no, .text = std::move(text),
          .help = std::move(help), .required = true, .section = std::move(section)};
}

Question number(std::string code, std::string text, std::string help, std::string section) {
  return {.code = std::move(code), .kind = QuestionKind::number, .text = std::move(text), .help = std::move(help),
          .section = std::move(section)};
}

Question free_text(std::string code, std::string text, std::string help, std::string section) {
  return {.code = std::move(code), .kind = QuestionKind::text, .text = std::move(text), .help = std::move(help),
          .section = std::move(section)};
}

Question profile(std::string code, std::string text, std::vector<Option> options, std::string section) {
  return {.code = std::move(code), .kind = QuestionKind::single, .text = std::move(text), .options = std::move(options),
          .section = std::move(section), .profile = true};
}

const std::string kAbout = "Om dig";

// Seed 001: 43 key persons described by sex, sector, role and how long
// they have known the board's work; six statements on agreement4.
SurveyTemplate key_persons() {
  const std::string section = "Länsstyrelsens stöd till samordningen";
  const std::string stem = "Länsstyrelsens stöd till samordningen av insatserna i länet är ";
  return {
      .code = "nyckelpersoner",
      .title = "Nyckelpersoners bedömning av länsstyrelsens samordning",
      .description = "Du har under de senaste åren berörts av länsstyrelsens stöd till samordningen av "
                     "arbetet mot mäns våld mot kvinnor. Hur bedömer du stödet?",
      .source = "Efter enkäten till 43 nyckelpersoner (oktober 2014), sex påståenden",
      .anonymous = true,
      .questions =
          {
              agreement("P1", stem + "meningsfullt.", section),
              agreement("P2", stem + "proffsigt.", section),
              agreement("P3", stem + "givande.", section),
              agreement("P4", stem + "väsentligt.", section),
              agreement("P5", stem + "oersättligt.", section),
              agreement("P6", "Länsstyrelsens stöd ger samordningen legitimitet.", section),
              free_text("P7", "Kommentarer och kompletteringar till dina svar", "Frivilligt.", section),
              profile("kon", "Kön", {{.value = "kvinna", .label = "Kvinna"}, {.value = "man", .label = "Man"},
                                     {.value = "annat", .label = "Annat / vill inte ange"}},
                      kAbout),
              profile("sektor", "Sektor",
                      {{.value = "ideell", .label = "Idéburen sektor"}, {.value = "myndighet", .label = "Myndighet"}},
                      kAbout),
              profile("roll", "Roll",
                      {{.value = "strategisk", .label = "Administrativ, lednings- eller strategisk funktion"},
                       {.value = "direkt_stod", .label = "Direkt stöd till utsatta eller personer i risk"}},
                      kAbout),
              profile("ar", "Hur länge har du tagit del av länsstyrelsens arbete?",
                      {{.value = "tre_ar", .label = "De senaste tre åren"},
                       {.value = "senaste_aret", .label = "Endast det senaste året"}},
                      kAbout),
          },
  };
}

// Seed 002: the Kalmar action plan 2024–2027 follows most of its targets up
// with "Länsstyrelsens (årliga) kartläggning"; one question per target
// (K1–K10, in the order of the targets 1.1–1.4, 2.3, 2.4, 3.1, 4.1, 4.3,
// 4.4) and a few numbers and texts the plan's activities ask for.
SurveyTemplate kartlaggning() {
  const std::string prevent = "Förebyggande arbete";
  const std::string support = "Upptäckt, skydd och stöd";
  const std::string crime = "Brottsbekämpning";
  const std::string knowledge = "Kunskap och metodutveckling";
  return {
      .code = "kartlaggning",
      .title = "Årlig kartläggning av verksamheternas arbete mot mäns våld mot kvinnor",
      .description = "Länsstyrelsens årliga kartläggning följer upp målen i den regionala handlingsplanen. "
                     "Svara för din verksamhet.",
      .source = "Efter Regional handlingsplan Kalmar län 2024–2027, kolumnen Årlig uppföljning",
      .anonymous = false,
      .questions =
          {
              yes_partly_no("K1", "Arbetar verksamheten med evidensbaserade våldsförebyggande metoder (till exempel MVP, VIP, En kommun fri från våld)?",
                            "Universella metoder med fokus på våldsutövare och maskulinitetsnormer.", prevent),
              yes_partly_no("K2", "Samverkar verksamheten med civilsamhället eller näringslivet i det våldsförebyggande arbetet?",
                            "Till exempel nätverksmöten, IOP, Barnahus, kvinno- och brottsofferjourer, SSPF.", prevent),
              yes_partly_no("K3", "Kartlägger verksamheten systematiskt våldet och målgrupperna inom den egna verksamheten?",
                            "", prevent),
              yes_partly_no("K4", "Erbjuder eller hänvisar verksamheten till insatser för våldsutövare (till exempel Alternativ till våld, Predov, Samtal om våld)?",
                            "", prevent),
              yes_partly_no("K5", "Har verksamheten beslutat vilka återkommande nätverk och samverkansmöten som gäller?",
                            "", support),
              yes_partly_no("K6", "Har verksamheten en lokal strategi eller handlingsplan som omfattar alla våldsformer?",
                            "Våld i nära relationer, hedersrelaterat våld och förtryck, prostitution och människohandel.",
                            support),
              yes_partly_no("K7", "Använder verksamheten evidensbaserade metoder för våldsutövare i det brottsförebyggande arbetet?",
                            "Till exempel IPVI, Alternativ till våld, Samtal om våld, Predov.", crime),
              yes_partly_no("K8", "Har verksamheten aktuella rutiner enligt Socialstyrelsens föreskrifter HSLF-FS 2022:39?",
                            "", knowledge),
              yes_partly_no("K9", "Har verksamheten beslutat vilka grund- och metodutbildningar som ingår i introduktionen av nyanställda?",
                            "Till exempel Freda, Patriark, SARA, webbutbildningar.", knowledge),
              number("K10", "Hur många medarbetare har under året deltagit i fördjupande utbildning, konferens eller föreläsning?",
                     "Utöver grundkurser. Ange ett antal.", knowledge),
              free_text("K11", "Vilka aktiviteter har verksamheten genomfört under året?", "", knowledge),
              free_text("K12", "Vilket stöd behöver verksamheten av länsstyrelsen?", "", knowledge),
          },
  };
}

// Seed 000: the user survey (brukarundersökning) of the strategy's contact
// persons, an indicator in all four target areas: how many contact
// persons, which organisations they belong to, and what they think.
SurveyTemplate user_survey() {
  const std::string section = "Stödet från länsstyrelsen";
  return {
      .code = "brukarundersokning",
      .title = "Brukarundersökning bland kontaktpersoner",
      .description = "Du är kontaktperson för din organisation i länets jämställdhetsstrategi. "
                     "Hur upplever du länsstyrelsens stöd?",
      .source = "Efter indikatorn Brukarundersökningen (antal kontaktpersoner, organisationstillhörighet, resultat)",
      .anonymous = true,
      .questions =
          {
              agreement("B1", "Länsstyrelsens stöd hjälper min organisation i jämställdhetsarbetet.", section),
              agreement("B2", "Jag får den information om strategin som jag behöver.", section),
              agreement("B3", "Nätverksträffar och utbildningar är relevanta för mitt arbete.", section),
              agreement("B4", "Jag vet vem jag ska vända mig till på länsstyrelsen.", section),
              free_text("B5", "Vad kan länsstyrelsen göra bättre?", "Frivilligt.", section),
              profile("organisationstyp", "Vilken typ av organisation företräder du?",
                      {{.value = "kommun", .label = "Kommun"},
                       {.value = "region", .label = "Region"},
                       {.value = "statlig", .label = "Statlig myndighet"},
                       {.value = "ideell", .label = "Idéburen organisation"},
                       {.value = "naringsliv", .label = "Näringsliv"},
                       {.value = "annan", .label = "Annan"}},
                      kAbout),
          },
  };
}

}  // namespace

const std::vector<SurveyTemplate>& survey_templates() {
  static const std::vector<SurveyTemplate> all{key_persons(), kartlaggning(), user_survey()};
  return all;
}

const SurveyTemplate* find_survey_template(std::string_view code) {
  for (const auto& t : survey_templates())
    if (t.code == code) return &t;
  return nullptr;
}

Survey survey_from_template(const SurveyTemplate& t) {
  return {.code = t.code, .title = t.title, .description = t.description, .anonymous = t.anonymous,
          .questions = t.questions};
}

}  // namespace jamt::surveys
