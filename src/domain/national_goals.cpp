#include "domain/national_goals.hpp"

namespace jamt {

namespace {
const char* const kOverall =
    "Kvinnor och män ska ha samma makt att forma samhället och sina egna liv.";
const char* const kOverall2017 =
    "Kvinnor och män, flickor och pojkar ska ha samma makt att forma samhället och sina egna liv.";

std::vector<NationalGoalCatalogue> build() {
  return {
      {"2006", kOverall, "2006",
       {
           {"1", "En jämn fördelning av makt och inflytande",
            "Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva medborgare och att "
            "forma villkoren för beslutsfattandet."},
           {"2", "Ekonomisk jämställdhet",
            "Kvinnor och män ska ha samma möjligheter och villkor i fråga om utbildning och betalt "
            "arbete som ger ekonomisk självständighet livet ut."},
           {"3", "Jämn fördelning av det obetalda hem- och omsorgsarbetet",
            "Kvinnor och män ska ta samma ansvar för hemarbetet och ha möjligheter att ge och få "
            "omsorg på lika villkor."},
           {"4", "Mäns våld mot kvinnor ska upphöra",
            "Kvinnor och män, flickor och pojkar, ska ha samma rätt och möjlighet till kroppslig "
            "integritet."},
       }},
      {"2017", kOverall2017, "2017",
       {
           {"1", "En jämn fördelning av makt och inflytande",
            "Kvinnor och män ska ha samma rätt och möjlighet att vara aktiva medborgare och forma "
            "villkoren för beslutsfattande."},
           {"2", "Ekonomisk jämställdhet",
            "Kvinnor och män ska ha samma möjligheter och villkor i fråga om betalt arbete som ger "
            "ekonomisk självständighet livet ut."},
           {"3", "Jämställd utbildning",
            "Kvinnor och män, flickor och pojkar ska ha samma möjligheter och villkor när det gäller "
            "utbildning, studieval och personlig utveckling."},
           {"4", "Jämn fördelning av det obetalda hem- och omsorgsarbetet",
            "Kvinnor och män ska ta samma ansvar för hemarbetet och ha samma möjligheter att ge och "
            "få omsorg på lika villkor."},
           {"5", "Jämställd hälsa",
            "Kvinnor och män, flickor och pojkar ska ha samma förutsättningar för en god hälsa och "
            "erbjudas vård och omsorg på lika villkor."},
           {"6", "Mäns våld mot kvinnor ska upphöra",
            "Kvinnor och män, flickor och pojkar ska ha samma rätt och möjlighet till kroppslig "
            "integritet."},
       }},
  };
}
}  // namespace

const std::vector<NationalGoalCatalogue>& national_goal_catalogues() {
  static const std::vector<NationalGoalCatalogue> catalogues = build();
  return catalogues;
}

const NationalGoalCatalogue* find_national_goal_catalogue(std::string_view version) {
  for (const auto& c : national_goal_catalogues())
    if (c.version == version) return &c;
  return nullptr;
}

const NationalSubgoal* find_national_subgoal(std::string_view reference) {
  auto colon = reference.find(':');
  if (colon == std::string_view::npos) return nullptr;
  const auto* catalogue = find_national_goal_catalogue(reference.substr(0, colon));
  if (!catalogue) return nullptr;
  auto code = reference.substr(colon + 1);
  for (const auto& s : catalogue->subgoals)
    if (s.code == code) return &s;
  return nullptr;
}

}  // namespace jamt
