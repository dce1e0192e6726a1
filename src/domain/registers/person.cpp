#include "domain/registers/person.hpp"

namespace jamt::registers {

const EntitySpec& person_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "person";
    s.table = "people";
    s.label_sv = "Person";
    s.plural_sv = "Personer";
    s.api_path = "people";
    s.page_path = "personer";
    s.title_field = "name";
    s.fields = {
        {.name = "name", .label_sv = "Namn", .required = true, .max_length = 120, .personal = true},
        {.name = "email", .label_sv = "E-post", .kind = FieldKind::email, .max_length = 200, .personal = true},
        {.name = "phone", .label_sv = "Telefon", .kind = FieldKind::phone, .max_length = 40, .personal = true},
        {.name = "organisation_id", .label_sv = "Organisation", .kind = FieldKind::reference,
         .references = "organisation"},
        {.name = "role",
         .label_sv = "Roll",
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"kontaktperson", "Kontaktperson"},
                     {"representant", "Representant"},
                     {"ersattare", "Ersättare"},
                     {"annan", "Annan"}}},
        {.name = "sex",
         .label_sv = "Kön",
         .kind = FieldKind::choice,
         .choices = {{"kvinna", "Kvinna"}, {"man", "Man"}},
         .personal = true,
         .hint_sv = "Frivilligt. Används bara för att räkna länets representanter per kön."},
        {.name = "county_code", .label_sv = "Län", .kind = FieldKind::county, .max_length = 2,
         .hint_sv = "Tas från organisationen om det lämnas tomt."},
    };
    s.list_columns = {"name", "organisation_id", "role", "email"};
    s.search_fields = {"name", "email"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
