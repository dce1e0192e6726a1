#include "domain/registers/meeting_attendance.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& meeting_attendance_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "meeting_attendance";
    s.table = "meeting_attendance";
    s.label_sv = std::string(N_("Närvaro"));
    s.plural_sv = std::string(N_("Närvaro vid möten"));
    s.api_path = "meeting-attendance";
    s.page_path = "grupper/narvaro";
    s.title_field = "organisation_id";
    s.unique_fields = {"meeting_id", "organisation_id"};
    s.fields = {
        {.name = "meeting_id", .label_sv = std::string(N_("Möte")), .kind = FieldKind::reference, .required = true,
         .references = "meeting"},
        {.name = "organisation_id", .label_sv = std::string(N_("Organisation")), .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "present", .label_sv = std::string(N_("Närvarande")), .kind = FieldKind::boolean},
        {.name = "attended_by", .label_sv = std::string(N_("Deltog")), .kind = FieldKind::reference, .references = "person",
         .hint_sv = std::string(N_("Vem som deltog för organisationen (frivilligt)."))},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2, .system = true},
    };
    s.list_columns = {"meeting_id", "organisation_id", "present", "attended_by"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
