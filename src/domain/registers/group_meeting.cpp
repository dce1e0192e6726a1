#include "domain/registers/group_meeting.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& group_meeting_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "meeting";
    s.table = "group_meetings";
    s.label_sv = std::string(N_("Möte"));
    s.plural_sv = std::string(N_("Möten"));
    s.api_path = "meetings";
    s.page_path = "grupper/moten";
    s.title_field = "meeting_date";
    s.fields = {
        {.name = "group_id", .label_sv = std::string(N_("Grupp")), .kind = FieldKind::reference, .required = true,
         .references = "group"},
        {.name = "meeting_date", .label_sv = std::string(N_("Datum")), .kind = FieldKind::date, .required = true, .max_length = 10,
         .hint_sv = std::string(N_("Mötets första dag, till exempel 2026-03-12."))},
        {.name = "days", .label_sv = std::string(N_("Antal dagar")), .kind = FieldKind::integer, .required = true, .max_length = 2,
         .hint_sv = std::string(N_("1 för en heldag, 2 för två dagar i följd."))},
        {.name = "title", .label_sv = std::string(N_("Rubrik")), .max_length = 200},
        {.name = "place", .label_sv = std::string(N_("Plats")), .max_length = 200},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2, .system = true},
    };
    s.list_columns = {"meeting_date", "group_id", "days", "title", "place"};
    s.search_fields = {"title", "place"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
