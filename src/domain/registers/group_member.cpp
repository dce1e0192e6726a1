#include "domain/registers/group_member.hpp"

namespace jamt::registers {

const EntitySpec& group_member_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "group_member";
    s.table = "group_members";
    s.label_sv = "Medlemskap";
    s.plural_sv = "Medlemskap i grupper";
    s.api_path = "group-members";
    s.page_path = "grupper/medlemskap";
    s.title_field = "organisation_id";
    s.fields = {
        {.name = "group_id", .label_sv = "Grupp", .kind = FieldKind::reference, .required = true,
         .references = "group"},
        {.name = "organisation_id", .label_sv = "Organisation", .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "representative_id", .label_sv = "Representant", .kind = FieldKind::reference,
         .references = "person", .hint_sv = "En person i organisationen."},
        {.name = "substitute_id", .label_sv = "Ersättare", .kind = FieldKind::reference, .references = "person",
         .hint_sv = "En person i organisationen."},
        {.name = "member_from", .label_sv = "Medlem från och med", .kind = FieldKind::date, .required = true,
         .max_length = 10, .hint_sv = "Datum, till exempel 2025-01-01."},
        {.name = "member_to", .label_sv = "Medlem till och med", .kind = FieldKind::date, .max_length = 10,
         .hint_sv = "Tomt så länge organisationen är medlem med dessa personer."},
        {.name = "county_code", .label_sv = "Län", .kind = FieldKind::county,
         .choices = {{"00", "Riket (00), nationellt nätverk"}}, .max_length = 2, .system = true},
    };
    s.list_columns = {"organisation_id", "group_id", "representative_id", "substitute_id", "member_from",
                      "member_to"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
