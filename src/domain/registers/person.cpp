#include "domain/registers/person.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& person_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "person";
    s.table = "people";
    s.label_sv = std::string(N_("Person"));
    s.plural_sv = std::string(N_("Personer"));
    s.api_path = "people";
    s.page_path = "personer";
    s.title_field = "name";
    s.fields = {
        {.name = "name", .label_sv = std::string(N_("Namn")), .required = true, .max_length = 120, .personal = true},
        {.name = "email", .label_sv = std::string(N_("E-post")), .kind = FieldKind::email, .max_length = 200, .personal = true},
        {.name = "phone", .label_sv = std::string(N_("Telefon")), .kind = FieldKind::phone, .max_length = 40, .personal = true},
        {.name = "organisation_id", .label_sv = std::string(N_("Organisation")), .kind = FieldKind::reference,
         .references = "organisation"},
        {.name = "role",
         .label_sv = std::string(N_("Roll")),
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"kontaktperson", std::string(N_("Kontaktperson"))},
                     {"representant", std::string(N_("Representant"))},
                     {"ersattare", std::string(N_("Ersättare"))},
                     {"annan", std::string(N_("Annan"))}}},
        {.name = "sex",
         .label_sv = std::string(N_("Kön")),
         .kind = FieldKind::choice,
         .choices = {{"kvinna", std::string(N_("Kvinna"))}, {"man", std::string(N_("Man"))}},
         .personal = true,
         .hint_sv = std::string(N_("Frivilligt. Används bara för att räkna länets representanter per kön."))},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2,
         .hint_sv = std::string(N_("Tas från organisationen om det lämnas tomt."))},
    };
    s.list_columns = {"name", "organisation_id", "role", "email"};
    s.search_fields = {"name", "email"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
