#include "domain/registers/representative_change.hpp"

namespace jamt::registers {

const EntitySpec& representative_change_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "representative_change";
    s.table = "representative_changes";
    s.label_sv = "Byte av representant";
    s.plural_sv = "Byten av representant";
    s.api_path = "representative-changes";
    s.page_path = "grupper/byten";
    s.title_field = "organisation_id";
    s.fields = {
        {.name = "group_id", .label_sv = "Grupp", .kind = FieldKind::reference, .required = true,
         .references = "group"},
        {.name = "organisation_id", .label_sv = "Organisation", .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "representative_id", .label_sv = "Ny representant", .kind = FieldKind::reference,
         .references = "person"},
        {.name = "substitute_id", .label_sv = "Ny ersättare", .kind = FieldKind::reference, .references = "person"},
        {.name = "effective_from", .label_sv = "Gäller från och med", .kind = FieldKind::date, .required = true,
         .max_length = 10, .hint_sv = "Datum, till exempel 2026-09-01."},
        {.name = "message", .label_sv = "Meddelande", .kind = FieldKind::long_text, .max_length = 2000},
        {.name = "status",
         .label_sv = "Status",
         .kind = FieldKind::choice,
         .choices = {{"vantar", "Väntar på beslut"}, {"bekraftad", "Bekräftad"}, {"avslagen", "Avslagen"}},
         .system = true},
        {.name = "decision_reason", .label_sv = "Skäl för avslag", .kind = FieldKind::long_text, .max_length = 2000,
         .system = true},
        {.name = "decided_by", .label_sv = "Beslutad av", .max_length = 200, .system = true},
        {.name = "decided_at", .label_sv = "Beslutad", .max_length = 40, .system = true},
        {.name = "filed_by", .label_sv = "Anmäld av", .max_length = 200, .system = true},
        {.name = "county_code", .label_sv = "Län", .kind = FieldKind::county, .max_length = 2, .system = true},
    };
    s.list_columns = {"organisation_id", "group_id", "effective_from", "status", "filed_by"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
