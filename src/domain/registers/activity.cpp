#include "domain/registers/activity.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

const EntitySpec& activity_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "activity";
    s.table = "activities";
    s.label_sv = std::string(N_("Insats"));
    s.plural_sv = std::string(N_("Insatser"));
    s.api_path = "activities";
    s.page_path = "insatser";
    s.title_field = "title";
    s.fields = {
        {.name = "title", .label_sv = std::string(N_("Titel")), .required = true, .max_length = 200},
        {.name = "type",
         .label_sv = std::string(N_("Typ av insats")),
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"utbildning", std::string(N_("Utbildning"))},
                     {"konferens", std::string(N_("Konferens"))},
                     {"natverkstraff", std::string(N_("Nätverksträff"))},
                     {"kampanj", std::string(N_("Kampanj"))},
                     {"kartlaggning", std::string(N_("Kartläggning"))},
                     {"metodstod", std::string(N_("Metodstöd"))},
                     {"processtod", std::string(N_("Processtöd"))},
                     {"information", std::string(N_("Information"))},
                     {"statsbidrag", std::string(N_("Statsbidrag"))}}},
        {.name = "status",
         .label_sv = std::string(N_("Status")),
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"planerad", std::string(N_("Planerad"))}, {"pagar", std::string(N_("Pågår"))}, {"genomford", std::string(N_("Genomförd"))}, {"installd", std::string(N_("Inställd"))}}},
        {.name = "start_date", .label_sv = std::string(N_("Startdatum")), .kind = FieldKind::date, .required = true, .max_length = 10,
         .hint_sv = std::string(N_("Till exempel 2026-03-10"))},
        {.name = "end_date", .label_sv = std::string(N_("Slutdatum")), .kind = FieldKind::date, .max_length = 10,
         .hint_sv = std::string(N_("Lämna tomt för en insats som är en enda dag."))},
        {.name = "organiser_id", .label_sv = std::string(N_("Arrangör")), .kind = FieldKind::reference, .required = true,
         .references = "organisation", .hint_sv = std::string(N_("Organisationen som håller i insatsen."))},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2, .system = true},
        {.name = "target_groups", .label_sv = std::string(N_("Målgrupper")), .max_length = 300,
         .hint_sv = std::string(N_("Till exempel: chefer, förtroendevalda, personal inom socialtjänsten."))},
        {.name = "participants_women", .label_sv = std::string(N_("Deltagare, kvinnor")), .kind = FieldKind::integer, .max_length = 9},
        {.name = "participants_men", .label_sv = std::string(N_("Deltagare, män")), .kind = FieldKind::integer, .max_length = 9},
        {.name = "participants_other", .label_sv = std::string(N_("Deltagare, annat eller okänt kön")), .kind = FieldKind::integer,
         .max_length = 9},
        {.name = "description", .label_sv = std::string(N_("Beskrivning")), .kind = FieldKind::long_text, .max_length = 4000},
        {.name = "published", .label_sv = std::string(N_("Publicerad")), .kind = FieldKind::boolean, .max_length = 5, .system = true},
    };
    s.list_columns = {"title", "type", "start_date", "status", "organiser_id"};
    s.search_fields = {"title", "target_groups", "description"};
    return s;
  }();
  return spec;
}

bool is_public(const Record& activity) {
  return value_of(activity, "published") == "1" && value_of(activity, "status") == "genomford";
}

bool in_year(const Record& activity, int year) {
  const std::string& start = value_of(activity, "start_date");
  const std::string& end = value_of(activity, "end_date").empty() ? start : value_of(activity, "end_date");
  if (start.size() < 4 || end.size() < 4) return false;
  std::string y = std::to_string(year);
  // ISO dates compare as text.
  return start <= y + "-12-31" && end >= y + "-01-01";
}

}  // namespace jamt::registers
