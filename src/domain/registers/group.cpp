#include "domain/registers/group.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& group_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "group";
    s.table = "county_groups";
    s.label_sv = std::string(N_("Grupp"));
    s.plural_sv = std::string(N_("Grupper"));
    s.api_path = "groups";
    s.page_path = "grupper";
    s.title_field = "name";
    s.fields = {
        {.name = "name", .label_sv = std::string(N_("Namn")), .required = true, .max_length = 200},
        {.name = "type",
         .label_sv = std::string(N_("Typ")),
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"lansgrupp", std::string(N_("Länsgrupp"))}, {"kommitte", std::string(N_("Kommitté"))}, {"natverk", std::string(N_("Nätverk"))}}},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .required = true,
         .choices = {{"00", std::string(N_("Riket (00), nationellt nätverk"))}}, .max_length = 2,
         .hint_sv = std::string(N_("Länet vars länsstyrelse samordnar gruppen; Riket (00) för ett nationellt nätverk med "
                    "medlemmar från flera län, som den nationella samordnaren håller."))},
        {.name = "description", .label_sv = std::string(N_("Beskrivning")), .kind = FieldKind::long_text, .max_length = 4000,
         .hint_sv = std::string(N_("Gruppens syfte och uppdrag."))},
        {.name = "active_from", .label_sv = std::string(N_("Verksam från och med")), .kind = FieldKind::date, .max_length = 10,
         .hint_sv = std::string(N_("Datum, till exempel 2010-01-01."))},
        {.name = "active_to", .label_sv = std::string(N_("Verksam till och med")), .kind = FieldKind::date, .max_length = 10,
         .hint_sv = std::string(N_("Tomt så länge gruppen finns."))},
    };
    s.list_columns = {"name", "type", "county_code", "active_from", "active_to"};
    s.search_fields = {"name", "description"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
