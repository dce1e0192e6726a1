#include "domain/registers/organisation.hpp"

namespace jamt::registers {

const EntitySpec& organisation_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "organisation";
    s.table = "organisations";
    s.label_sv = "Organisation";
    s.plural_sv = "Organisationer";
    s.api_path = "organisations";
    s.page_path = "organisationer";
    s.title_field = "name";
    s.unique_fields = {"org_number"};
    s.fields = {
        {.name = "name", .label_sv = "Namn", .required = true, .max_length = 200},
        {.name = "org_number", .label_sv = "Organisationsnummer", .kind = FieldKind::org_number, .required = true,
         .max_length = 20, .hint_sv = "10 siffror, till exempel 212000-0142"},
        {.name = "type",
         .label_sv = "Typ",
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"kommun", "Kommun"},
                     {"region", "Region"},
                     {"statlig_myndighet", "Statlig myndighet"},
                     {"larosate", "Lärosäte"},
                     {"civilsamhalle", "Civilsamhälle"},
                     {"naringsliv", "Näringsliv"},
                     {"kommunforbund", "Kommunförbund/samordningsförbund"},
                     {"annan", "Annan"}}},
        {.name = "county_code", .label_sv = "Län", .kind = FieldKind::county, .max_length = 2,
         .hint_sv = "Länet vars strategi organisationen hör till. Tas från kommunen om det lämnas tomt."},
        {.name = "municipality_code", .label_sv = "Kommun", .kind = FieldKind::municipality, .max_length = 4},
        {.name = "website", .label_sv = "Webbplats", .kind = FieldKind::url, .max_length = 300},
        {.name = "cemr_signed", .label_sv = "CEMR-deklarationen undertecknad", .kind = FieldKind::date,
         .max_length = 10, .hint_sv = "Datum, till exempel 2019-05-14. Tomt om den inte är undertecknad."},
    };
    s.list_columns = {"name", "org_number", "type", "municipality_code", "cemr_signed"};
    s.search_fields = {"name", "org_number"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
