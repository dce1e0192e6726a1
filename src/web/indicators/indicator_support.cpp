#include "web/indicators/indicator_support.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "report/number_text.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web::indicator_support {

using ojson = nlohmann::ordered_json;

Result<service::YearRange> year_range(const Request& req) {
  service::YearRange range;
  for (auto [name, slot] : {std::pair{"from", &range.from}, std::pair{"to", &range.to}}) {
    auto it = req.query.find(name);
    if (it == req.query.end() || it->second.empty()) continue;
    auto year = service::period_year(it->second);
    if (!year) return validation_error(std::string(name) + " must be a year with four digits, e.g. 2014", name, name);
    *slot = *year;
  }
  return range;
}

std::string number_text(double value) { return report::number_text(value, std::floor(value) == value ? 0 : 1); }

std::string progress_sentence(const indicators::Progress& progress) {
  return indicators::explain(progress, [](double v) { return number_text(v); });
}

ojson source_json(const Indicator& i, const std::string& region) {
  ojson o = ojson::object();
  o["kind"] = std::string(source_kind(i));
  if (i.measure) {
    o["code"] = i.measure->code;
    o["filter"] = ojson::object();
    for (const auto& [k, v] : i.measure->filter) o["filter"][k] = v;
    o["region"] = region;
  } else if (i.register_count) {
    o["count"] = i.register_count->count;
    o["params"] = ojson::object();
    for (const auto& [k, v] : i.register_count->params) o["params"][k] = v;
  } else if (i.reporting) {
    o["form"] = i.reporting->form;
    o["element"] = i.reporting->element;
  } else if (i.survey) {
    o["survey"] = i.survey->survey;
    o["question"] = i.survey->question;
    o["option"] = i.survey->option;
  }
  o["text"] = i.source;
  return o;
}

ojson period_value_json(const std::optional<PeriodValue>& pv) {
  if (!pv) return nullptr;
  return ojson{{"period", pv->period}, {"value", pv->value}, {"of", pv->of}};
}

std::string source_kind_label(const std::string& kind) {
  if (kind == "measure") return i18n::tr("Statistikmått");
  if (kind == "register") return i18n::tr("Jämts register");
  if (kind == "reporting") return i18n::tr("Rapportering");
  if (kind == "survey") return i18n::tr("Enkät");
  return i18n::tr("Inmatade värden");
}

std::string subject_label(const std::string& of) {
  if (of == "women") return i18n::tr("kvinnor");
  if (of == "men") return i18n::tr("män");
  if (of == "women_share") return i18n::tr("kvinnors andel");
  return i18n::tr("totalt");
}

}  // namespace jamt::web::indicator_support
