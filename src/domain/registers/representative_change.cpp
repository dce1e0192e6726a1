#include "domain/registers/representative_change.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& representative_change_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "representative_change";
    s.table = "representative_changes";
    s.label_sv = std::string(N_("Byte av representant"));
    s.plural_sv = std::string(N_("Byten av representant"));
    s.api_path = "representative-changes";
    s.page_path = "grupper/byten";
    s.title_field = "organisation_id";
    s.fields = {
        {.name = "group_id", .label_sv = std::string(N_("Grupp")), .kind = FieldKind::reference, .required = true,
         .references = "group"},
        {.name = "organisation_id", .label_sv = std::string(N_("Organisation")), .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "representative_id", .label_sv = std::string(N_("Ny representant")), .kind = FieldKind::reference,
         .references = "person"},
        {.name = "substitute_id", .label_sv = std::string(N_("Ny ersättare")), .kind = FieldKind::reference, .references = "person"},
        {.name = "effective_from", .label_sv = std::string(N_("Gäller från och med")), .kind = FieldKind::date, .required = true,
         .max_length = 10, .hint_sv = std::string(N_("Datum, till exempel 2026-09-01."))},
        {.name = "message", .label_sv = std::string(N_("Meddelande")), .kind = FieldKind::long_text, .max_length = 2000},
        {.name = "status",
         .label_sv = std::string(N_("Status")),
         .kind = FieldKind::choice,
         .choices = {{"vantar", std::string(N_("Väntar på beslut"))}, {"bekraftad", std::string(N_("Bekräftad"))}, {"avslagen", std::string(N_("Avslagen"))}},
         .system = true},
        {.name = "decision_reason", .label_sv = std::string(N_("Skäl för avslag")), .kind = FieldKind::long_text, .max_length = 2000,
         .system = true},
        {.name = "decided_by", .label_sv = std::string(N_("Beslutad av")), .max_length = 200, .system = true},
        {.name = "decided_at", .label_sv = std::string(N_("Beslutad")), .max_length = 40, .system = true},
        {.name = "filed_by", .label_sv = std::string(N_("Anmäld av")), .max_length = 200, .system = true},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2, .system = true},
    };
    s.list_columns = {"organisation_id", "group_id", "effective_from", "status", "filed_by"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
