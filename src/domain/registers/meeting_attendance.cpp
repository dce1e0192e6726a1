#include "domain/registers/meeting_attendance.hpp"

namespace jamt::registers {

const EntitySpec& meeting_attendance_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "meeting_attendance";
    s.table = "meeting_attendance";
    s.label_sv = "Närvaro";
    s.plural_sv = "Närvaro vid möten";
    s.api_path = "meeting-attendance";
    s.page_path = "grupper/narvaro";
    s.title_field = "organisation_id";
    s.unique_fields = {"meeting_id", "organisation_id"};
    s.fields = {
        {.name = "meeting_id", .label_sv = "Möte", .kind = FieldKind::reference, .required = true,
         .references = "meeting"},
        {.name = "organisation_id", .label_sv = "Organisation", .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "present", .label_sv = "Närvarande", .kind = FieldKind::boolean},
        {.name = "attended_by", .label_sv = "Deltog", .kind = FieldKind::reference, .references = "person",
         .hint_sv = "Vem som deltog för organisationen (frivilligt)."},
        {.name = "county_code", .label_sv = "Län", .kind = FieldKind::county, .max_length = 2, .system = true},
    };
    s.list_columns = {"meeting_id", "organisation_id", "present", "attended_by"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
