#include "domain/registers/steering_document.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::registers {

using i18n::N_;

namespace {

const std::vector<Choice> kLevels{{"allman", std::string(N_("Allmän"))}, {"konkret", std::string(N_("Konkret"))}};

}  // namespace

const EntitySpec& steering_document_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "steering_document";
    s.table = "steering_documents";
    s.label_sv = std::string(N_("Styrdokument"));
    s.plural_sv = std::string(N_("Styrdokument"));
    s.api_path = "steering-documents";
    s.page_path = "styrdokument";
    s.title_field = "title";
    s.fields = {
        {.name = "organisation_id", .label_sv = std::string(N_("Organisation")), .kind = FieldKind::reference, .required = true,
         .references = "organisation"},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2, .system = true},
        {.name = "title", .label_sv = std::string(N_("Titel")), .required = true, .max_length = 300},
        {.name = "type",
         .label_sv = std::string(N_("Typ av dokument")),
         .kind = FieldKind::choice,
         .required = true,
         .choices = {{"policy", std::string(N_("Policy"))},
                     {"strategi", std::string(N_("Strategi"))},
                     {"program", std::string(N_("Program"))},
                     {"plan", std::string(N_("Plan"))},
                     {"riktlinje", std::string(N_("Riktlinje"))},
                     {"budget", std::string(N_("Budget/verksamhetsplan"))},
                     {"annat", std::string(N_("Annat"))}}},
        {.name = "year", .label_sv = std::string(N_("År")), .kind = FieldKind::integer, .required = true, .max_length = 4,
         .hint_sv = std::string(N_("Året dokumentet beslutades eller gäller från, till exempel 2025."))},
        {.name = "url", .label_sv = std::string(N_("Länk")), .kind = FieldKind::url, .max_length = 500,
         .hint_sv = std::string(N_("Webbadress till dokumentet. Om länken ändras efter länsstyrelsens bedömning behöver "
                    "dokumentet bedömas på nytt."))},
        {.name = "relevant", .label_sv = std::string(N_("Jämställdhetsintegrerat")), .kind = FieldKind::boolean, .max_length = 5,
         .system = true},
        {.name = "level", .label_sv = std::string(N_("Nivå")), .kind = FieldKind::choice, .choices = kLevels, .max_length = 10,
         .system = true},
        {.name = "assessment_comment", .label_sv = std::string(N_("Kommentar till bedömningen")), .kind = FieldKind::long_text,
         .max_length = 2000, .system = true},
        {.name = "assessed_on", .label_sv = std::string(N_("Bedömt")), .kind = FieldKind::date, .max_length = 10, .system = true},
    };
    s.list_columns = {"title", "organisation_id", "type", "year", "relevant", "level"};
    s.search_fields = {"title"};
    return s;
  }();
  return spec;
}

const EntitySpec& steering_assessment_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "steering_assessment";
    s.label_sv = std::string(N_("Bedömning"));
    s.fields = {
        {.name = "relevant", .label_sv = std::string(N_("Jämställdhetsintegrerat")), .kind = FieldKind::boolean, .required = true,
         .max_length = 5},
        {.name = "level", .label_sv = std::string(N_("Nivå")), .kind = FieldKind::choice, .choices = kLevels, .max_length = 10},
        {.name = "comment", .label_sv = std::string(N_("Kommentar till bedömningen")), .kind = FieldKind::long_text,
         .max_length = 2000},
    };
    return s;
  }();
  return spec;
}

CheckedRecord check_assessment(const Record& input) {
  CheckedRecord out = check_record(steering_assessment_spec(), input, false);
  bool level_checked = true;
  for (const auto& e : out.errors)
    if (e.field == "level") level_checked = false;
  const auto& relevant = value_of(out.record, "relevant");
  const auto& level = value_of(out.record, "level");
  if (level_checked && relevant == "1" && level.empty())
    out.errors.push_back(validation_error(i18n::tr("Nivå: välj allmän eller konkret när dokumentet är jämställdhetsintegrerat"),
                                          {}, "level"));
  if (level_checked && relevant == "0" && !level.empty())
    out.errors.push_back(
        validation_error(i18n::tr("Nivå: ska lämnas tom när dokumentet inte är jämställdhetsintegrerat"), {}, "level"));
  return out;
}

}  // namespace jamt::registers
