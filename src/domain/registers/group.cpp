#include "domain/registers/group.hpp"

namespace jamt::registers {

const EntitySpec& group_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "group";
    s.table = "county_groups";
    s.label_sv = "Grupp";
    s.plural_sv = "Grupper";
    s.api_path = "groups";
    s.page_path = "grupper";
    s.title_field = "name";
    s.fields = {
        {.name = "name", .label_sv = "Namn", .required = true, .max_length = 200},
        {.name = "type",
         .label_sv = "Typ",
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"lansgrupp", "Länsgrupp"}, {"kommitte", "Kommitté"}, {"natverk", "Nätverk"}}},
        {.name = "county_code", .label_sv = "Län", .kind = FieldKind::county, .required = true,
         .choices = {{"00", "Riket (00), nationellt nätverk"}}, .max_length = 2,
         .hint_sv = "Länet vars länsstyrelse samordnar gruppen; Riket (00) för ett nationellt nätverk med "
                    "medlemmar från flera län, som den nationella samordnaren håller."},
        {.name = "description", .label_sv = "Beskrivning", .kind = FieldKind::long_text, .max_length = 4000,
         .hint_sv = "Gruppens syfte och uppdrag."},
        {.name = "active_from", .label_sv = "Verksam från och med", .kind = FieldKind::date, .max_length = 10,
         .hint_sv = "Datum, till exempel 2010-01-01."},
        {.name = "active_to", .label_sv = "Verksam till och med", .kind = FieldKind::date, .max_length = 10,
         .hint_sv = "Tomt så länge gruppen finns."},
    };
    s.list_columns = {"name", "type", "county_code", "active_from", "active_to"};
    s.search_fields = {"name", "description"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
