#include "web/strategy/indicator_binding_form.hpp"

#include "service/indicator_counts/register_counts.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web::strategy_editor {

namespace {

using Options = std::vector<std::pair<std::string, std::string>>;

Options subject_options() {
  return {{"total", i18n::tr("Totalt")}, {"women", i18n::tr("Kvinnor")}, {"men", i18n::tr("Män")}, {"women_share", i18n::tr("Kvinnors andel (%)")}};
}

Options register_options() {
  Options out;
  // The counts with their Swedish names (service/indicator_counts/).
  for (const auto& d : indicator_counts::register_count_definitions()) out.emplace_back(d.name, d.label_sv);
  return out;
}

// "organisation_type=kommun; group=3" → {organisation_type: kommun, group: 3}.
std::map<std::string, std::string> parse_params(const std::string& text, bool& ok) {
  std::map<std::string, std::string> out;
  ok = true;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(';', start);
    std::string part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const auto first = part.find_first_not_of(' '), last = part.find_last_not_of(' ');
    part = first == std::string::npos ? "" : part.substr(first, last - first + 1);
    if (!part.empty()) {
      const auto eq = part.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == part.size()) ok = false;
      else out[part.substr(0, eq)] = part.substr(eq + 1);
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

void require(const FormValues& values, const std::string& name, const std::string& message, std::vector<Error>& errors) {
  if (first(values, name).empty()) errors.push_back(validation_error(message, {}, name));
}

}  // namespace

std::vector<Field> subject_fields() {
  return {Field{.name = "baseline_of", .label = i18n::tr("Utgångsläget gäller"), .type = "select", .options = subject_options()},
          Field{.name = "target_of", .label = i18n::tr("Målvärdet gäller"), .type = "select", .options = subject_options()}};
}

std::vector<Field> binding_fields() {
  return {Field{.name = "source_kind", .label = i18n::tr("Värdena hämtas från"), .type = "radios",
                .options = {{"measure", i18n::tr("Statistikmått")}, {"register", i18n::tr("Jämts register")}, {"reporting", i18n::tr("Rapportering")},
                            {"survey", i18n::tr("Enkät")}, {"manual", i18n::tr("Inmatade värden")}}},
          Field{.name = "measure_code", .label = i18n::tr("Statistikmått: kod"), .hint = i18n::tr("Koden för ett inläst mått.")},
          Field{.name = "measure_region", .label = i18n::tr("Statistikmått: region"), .hint = i18n::tr("Regionkod, till exempel 0880. Tomt = strategins län.")},
          Field{.name = "register_count", .label = i18n::tr("Register: vad som räknas"), .type = "select", .options = register_options()},
          Field{.name = "register_params", .label = i18n::tr("Register: villkor"), .hint = i18n::tr("namn=värde, flera åtskilda med semikolon, till exempel organisation_type=kommun.")},
          Field{.name = "reporting_form", .label = i18n::tr("Rapportering: formulärets kod")},
          Field{.name = "reporting_element", .label = i18n::tr("Rapportering: dataelementets kod")},
          Field{.name = "survey_code", .label = i18n::tr("Enkät: enkätens kod")},
          Field{.name = "survey_question", .label = i18n::tr("Enkät: frågans kod")},
          Field{.name = "survey_option", .label = i18n::tr("Enkät: svarsalternativets kod")}};
}

void add_binding_values(const Indicator& i, FormValues& values) {
  values["baseline_of"] = {i.baseline ? i.baseline->of : "total"};
  values["target_of"] = {i.target ? i.target->of : "total"};
  values["source_kind"] = {std::string(source_kind(i))};
  values["measure_code"] = {i.measure ? i.measure->code : ""};
  values["measure_region"] = {i.measure ? i.measure->region.value_or("") : ""};
  values["register_count"] = {i.register_count ? i.register_count->count : ""};
  std::string params;
  if (i.register_count)
    for (const auto& [k, v] : i.register_count->params) params += (params.empty() ? "" : "; ") + k + "=" + v;
  values["register_params"] = {params};
  values["reporting_form"] = {i.reporting ? i.reporting->form : ""};
  values["reporting_element"] = {i.reporting ? i.reporting->element : ""};
  values["survey_code"] = {i.survey ? i.survey->survey : ""};
  values["survey_question"] = {i.survey ? i.survey->question : ""};
  values["survey_option"] = {i.survey ? i.survey->option : ""};
}

void binding_from(const FormValues& values, const std::optional<MeasureLink>& kept, Indicator& i,
                  std::vector<Error>& errors) {
  if (i.baseline && !first(values, "baseline_of").empty()) i.baseline->of = first(values, "baseline_of");
  if (i.target && !first(values, "target_of").empty()) i.target->of = first(values, "target_of");
  std::string kind = first(values, "source_kind");
  if (kind.empty()) kind = first(values, "measure_code").empty() ? "manual" : "measure";  // forms before issue 13
  if (kind == "measure") {
    require(values, "measure_code", i18n::tr("Ange koden för statistikmåttet."), errors);
    MeasureLink link{.code = first(values, "measure_code"), .filter = {}, .region = std::nullopt};
    if (kept && kept->code == link.code) link.filter = kept->filter;
    if (!first(values, "measure_region").empty()) link.region = first(values, "measure_region");
    i.measure = link;
  } else if (kind == "register") {
    require(values, "register_count", i18n::tr("Välj vad som räknas i registren."), errors);
    bool ok = true;
    auto params = parse_params(first(values, "register_params"), ok);
    if (!ok)
      errors.push_back(validation_error(i18n::tr("Skriv villkoren som namn=värde, åtskilda med semikolon."), {}, "register_params"));
    i.register_count = RegisterBinding{.count = first(values, "register_count"), .params = params};
    // A parameter the count does not take, or a value it cannot have, is
    // refused here, beside the field, not found later as an empty series.
    if (ok && !i.register_count->count.empty())
      if (Status st = indicator_counts::validate({.count = i.register_count->count, .params = params}); !st)
        errors.push_back(validation_error(st.error().message, {},
                                          st.error().field == "register.count" ? "register_count" : "register_params"));
  } else if (kind == "reporting") {
    require(values, "reporting_form", i18n::tr("Ange formulärets kod."), errors);
    require(values, "reporting_element", i18n::tr("Ange dataelementets kod."), errors);
    i.reporting = ReportingBinding{.form = first(values, "reporting_form"), .element = first(values, "reporting_element")};
  } else if (kind == "survey") {
    require(values, "survey_code", i18n::tr("Ange enkätens kod."), errors);
    require(values, "survey_question", i18n::tr("Ange frågans kod."), errors);
    i.survey = SurveyBinding{.survey = first(values, "survey_code"), .question = first(values, "survey_question"),
                             .option = first(values, "survey_option")};
  } else if (kind != "manual") {
    errors.push_back(validation_error(i18n::tr("Välj var värdena hämtas från."), {}, "source_kind"));
  }
}

std::string binding_form_field(const Error& e) {
  const std::string& w = e.where;
  if (w.find(".measure.region") != std::string::npos) return "measure_region";
  if (w.find(".measure") != std::string::npos) return "measure_code";
  if (w.find(".register") != std::string::npos) return "register_count";
  if (w.find(".reporting.element") != std::string::npos) return "reporting_element";
  if (w.find(".reporting") != std::string::npos) return "reporting_form";
  if (w.find(".survey.question") != std::string::npos) return "survey_question";
  if (w.find(".survey") != std::string::npos) return "survey_code";
  if (w.find(".baseline.of") != std::string::npos) return "baseline_of";
  if (w.find(".target.of") != std::string::npos) return "target_of";
  return "";
}

}  // namespace jamt::web::strategy_editor
