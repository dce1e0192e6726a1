#include "domain/registers/group_member.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& group_member_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "group_member";
    s.table = "group_members";
    s.label_sv = std::string(N_("Medlemskap"));
    s.plural_sv = std::string(N_("Medlemskap i grupper"));
    s.api_path = "group-members";
    s.page_path = "grupper/medlemskap";
    s.title_field = "organisation_id";
    s.fields = {
        {.name = "group_id", .label_sv = std::string(N_("Grupp")), .kind = FieldKind::reference, .required = true,
         .references = "group"},
        {.name = "organisation_id", .label_sv = std::string(N_("Organisation")), .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "representative_id", .label_sv = std::string(N_("Representant")), .kind = FieldKind::reference,
         .references = "person", .hint_sv = std::string(N_("En person i organisationen."))},
        {.name = "substitute_id", .label_sv = std::string(N_("Ersättare")), .kind = FieldKind::reference, .references = "person",
         .hint_sv = std::string(N_("En person i organisationen."))},
        {.name = "member_from", .label_sv = std::string(N_("Medlem från och med")), .kind = FieldKind::date, .required = true,
         .max_length = 10, .hint_sv = std::string(N_("Datum, till exempel 2025-01-01."))},
        {.name = "member_to", .label_sv = std::string(N_("Medlem till och med")), .kind = FieldKind::date, .max_length = 10,
         .hint_sv = std::string(N_("Tomt så länge organisationen är medlem med dessa personer."))},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county,
         .choices = {{"00", std::string(N_("Riket (00), nationellt nätverk"))}}, .max_length = 2, .system = true},
    };
    s.list_columns = {"organisation_id", "group_id", "representative_id", "substitute_id", "member_from",
                      "member_to"};
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
