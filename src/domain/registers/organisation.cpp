#include "domain/registers/organisation.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& organisation_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "organisation";
    s.table = "organisations";
    s.label_sv = std::string(N_("Organisation"));
    s.plural_sv = std::string(N_("Organisationer"));
    s.api_path = "organisations";
    s.page_path = "organisationer";
    s.title_field = "name";
    s.unique_fields = {"org_number"};
    s.fields = {
        {.name = "name", .label_sv = std::string(N_("Namn")), .required = true, .max_length = 200},
        {.name = "org_number", .label_sv = std::string(N_("Organisationsnummer")), .kind = FieldKind::org_number, .required = true,
         .max_length = 20, .hint_sv = std::string(N_("10 siffror, till exempel 212000-0142"))},
        {.name = "type",
         .label_sv = std::string(N_("Typ")),
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"kommun", std::string(N_("Kommun"))},
                     {"region", std::string(N_("Region"))},
                     {"statlig_myndighet", std::string(N_("Statlig myndighet"))},
                     {"larosate", std::string(N_("Lärosäte"))},
                     {"civilsamhalle", std::string(N_("Civilsamhälle"))},
                     {"naringsliv", std::string(N_("Näringsliv"))},
                     {"kommunforbund", std::string(N_("Kommunförbund/samordningsförbund"))},
                     {"annan", std::string(N_("Annan"))}}},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2,
         .hint_sv = std::string(N_("Länet vars strategi organisationen hör till. Tas från kommunen om det lämnas tomt."))},
        {.name = "municipality_code", .label_sv = std::string(N_("Kommun")), .kind = FieldKind::municipality, .max_length = 4},
        {.name = "website", .label_sv = std::string(N_("Webbplats")), .kind = FieldKind::url, .max_length = 300},
        {.name = "cemr_signed", .label_sv = std::string(N_("CEMR-deklarationen undertecknad")), .kind = FieldKind::date,
         .max_length = 10, .hint_sv = std::string(N_("Datum, till exempel 2019-05-14. Tomt om den inte är undertecknad."))},
    };
    s.list_columns = {"name", "org_number", "type", "municipality_code", "cemr_signed"};
    s.search_fields = {"name", "org_number"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
