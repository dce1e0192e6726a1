#include "domain/registers/checklist.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const std::array<std::string_view, kChecklistPoints>& checklist_point_texts() {
  static const std::array<std::string_view, kChecklistPoints> texts{
      N_("Den politiska församlingen tar beslut om jämställdhetsintegrering."),
      N_("Den politiska ledningen efterfrågar resultat av arbetet med jämställdhetsintegrering."),
      N_("Högsta cheferna tar ansvar och ger förutsättningar för jämställdhetsintegrering."),
      N_("Jämställdhet synliggörs i hela styrkedjan – styrande dokument, mål, budget och uppföljning."),
      N_("Organisationen redovisar all individbaserad statistik med kön som indelningsgrund tillsammans med fler "
      "variabler där det är relevant och möjligt."),
      N_("För att identifiera och synliggöra ojämställdhet analyserar organisationen den könsuppdelade statistiken."),
      N_("I beslutsunderlag finns en beskrivning av konsekvenser för olika grupper av kvinnor, män, flickor och pojkar."),
      N_("För att åtgärda ojämställdhet och ojämlikhet arbetar organisationen med systematiska förbättringar i "
      "ordinarie verksamhet."),
      N_("Jämställdhetsintegreringen leder till konkreta och hållbara förbättringar."),
      N_("Organisation har en kultur som stödjer lärande vilket gynnar jämställdhet och jämlikhet."),
  };
  return texts;
}

std::string answer_field(int point) { return "answer_" + std::to_string(point); }

std::string comment_field(int point) { return "comment_" + std::to_string(point); }

const EntitySpec& checklist_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "checklist";
    s.table = "checklists";
    s.label_sv = std::string(N_("Checklista"));
    s.plural_sv = std::string(N_("Checklistor"));
    s.api_path = "checklists";
    s.page_path = "checklistor";
    s.title_field = "title";
    s.unique_fields = {"organisation_id", "year"};
    s.fields = {
        {.name = "organisation_id", .label_sv = std::string(N_("Organisation")), .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "year", .label_sv = std::string(N_("År")), .kind = FieldKind::integer, .required = true, .max_length = 4,
         .hint_sv = std::string(N_("Året checklistan gäller, till exempel 2026."))},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2, .system = true},
        {.name = "title", .label_sv = std::string(N_("Checklista")), .max_length = 300, .system = true},
    };
    for (int n = 1; n <= kChecklistPoints; ++n) {
      s.fields.push_back({.name = answer_field(n),
                          .label_sv = std::string(N_("Punkt")) + " " + std::to_string(n),
                          .kind = FieldKind::choice,
                          .required = true,
                          .choices = {{"ja", std::string(N_("Ja"))}, {"delvis", std::string(N_("Delvis"))}, {"nej", std::string(N_("Nej"))}},
                          .max_length = 10});
      s.fields.push_back({.name = comment_field(n),
                          .label_sv = std::string(N_("Kommentar till punkt")) + " " + std::to_string(n),
                          .kind = FieldKind::long_text,
                          .max_length = 2000});
    }
    s.list_columns = {"title", "year", "county_code"};
    s.search_fields = {"title"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
