#include "formats/strategy_json/indicator_binding_json.hpp"

#include <cmath>
#include <initializer_list>
#include <set>

#include "formats/common/json_support.hpp"

namespace jamt::formats::strategy_json_detail {

namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;
using json_support::type_name;

Error shape_error(const std::string& path, std::string message) {
  return Error{ErrorKind::validation, std::move(message), path, {}};
}

// The error for the first key of object `j` not in `known`, or none.
Status only_known(const json& j, const std::string& path, std::initializer_list<const char*> known) {
  if (!j.is_object()) return shape_error(path, "expected an object, got " + type_name(j));
  std::set<std::string> names(known.begin(), known.end());
  for (const auto& [key, _] : j.items())
    if (!names.count(key)) return shape_error(path + "." + key, "unknown field \"" + key + "\"");
  return {};
}

// The string `key` of object `j`; "" when absent and not required.
Result<std::string> string_field(const json& j, const std::string& path, const char* key, bool required) {
  if (!j.contains(key)) {
    if (required) return shape_error(path + "." + key, std::string("missing required field \"") + key + "\"");
    return std::string();
  }
  const json& v = j.at(key);
  if (!v.is_string()) return shape_error(path + "." + key, "expected a string, got " + type_name(v));
  if (required && v.get<std::string>().empty()) return shape_error(path + "." + key, std::string(key) + " is empty");
  return v.get<std::string>();
}

// An object of strings to strings, e.g. a measure's filter or a count's params.
Result<std::map<std::string, std::string>> string_map(const json& j, const std::string& path) {
  if (!j.is_object()) return shape_error(path, "expected an object, got " + type_name(j));
  std::map<std::string, std::string> out;
  for (const auto& [k, v] : j.items()) {
    if (!v.is_string()) return shape_error(path + "." + k, "expected a string, got " + type_name(v));
    out[k] = v.get<std::string>();
  }
  return out;
}

Result<MeasureLink> read_measure(const json& m, const std::string& p) {
  if (auto s = only_known(m, p, {"code", "filter", "region"}); !s) return s.error();
  auto code = string_field(m, p, "code", true);
  if (!code) return code.error();
  MeasureLink link{.code = *code, .filter = {}, .region = std::nullopt};
  if (m.contains("filter")) {
    auto f = string_map(m.at("filter"), p + ".filter");
    if (!f) return f.error();
    link.filter = std::move(*f);
  }
  if (m.contains("region") && !m.at("region").is_null()) {
    auto r = string_field(m, p, "region", true);
    if (!r) return r.error();
    link.region = *r;
  }
  return link;
}

Result<RegisterBinding> read_register(const json& r, const std::string& p) {
  if (!r.is_object()) return shape_error(p, "expected an object, got " + type_name(r));
  auto count = string_field(r, p, "count", true);
  if (!count) return count.error();
  RegisterBinding b{.count = *count, .params = {}};
  for (const auto& [k, v] : r.items()) {
    if (k == "count") continue;
    if (!v.is_string()) return shape_error(p + "." + k, "expected a string, got " + type_name(v));
    b.params[k] = v.get<std::string>();
  }
  return b;
}

Result<ReportingBinding> read_reporting(const json& r, const std::string& p) {
  if (auto s = only_known(r, p, {"form", "element"}); !s) return s.error();
  auto form = string_field(r, p, "form", true);
  if (!form) return form.error();
  auto element = string_field(r, p, "element", true);
  if (!element) return element.error();
  return ReportingBinding{.form = *form, .element = *element};
}

Result<SurveyBinding> read_survey(const json& r, const std::string& p) {
  if (auto s = only_known(r, p, {"survey", "question", "option"}); !s) return s.error();
  auto survey = string_field(r, p, "survey", true);
  if (!survey) return survey.error();
  auto question = string_field(r, p, "question", true);
  if (!question) return question.error();
  auto option = string_field(r, p, "option", false);
  if (!option) return option.error();
  return SurveyBinding{.survey = *survey, .question = *question, .option = *option};
}

ojson number(double v) {
  if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 9e15) return ojson(static_cast<long long>(v));
  return ojson(v);
}

}  // namespace

Status read_indicator_binding(const json& j, const std::string& path, Indicator& ind) {
  const char* first = nullptr;
  for (const char* key : kBindingKeys) {
    if (!j.contains(key) || j.at(key).is_null()) continue;
    const std::string p = path + "." + key;
    if (first)
      return shape_error(p, std::string("an indicator has one source: \"") + first + "\" and \"" + key +
                                "\" are both given");
    first = key;
    const json& v = j.at(key);
    if (std::string(key) == "measure") {
      auto m = read_measure(v, p);
      if (!m) return m.error();
      ind.measure = std::move(*m);
    } else if (std::string(key) == "register") {
      auto r = read_register(v, p);
      if (!r) return r.error();
      ind.register_count = std::move(*r);
    } else if (std::string(key) == "reporting") {
      auto r = read_reporting(v, p);
      if (!r) return r.error();
      ind.reporting = std::move(*r);
    } else {
      auto r = read_survey(v, p);
      if (!r) return r.error();
      ind.survey = std::move(*r);
    }
  }
  return {};
}

Result<std::optional<PeriodValue>> read_period_value(const json& j, const std::string& path, const char* key) {
  if (!j.contains(key) || j.at(key).is_null()) return std::optional<PeriodValue>{};
  const json& o = j.at(key);
  const std::string p = path + "." + key;
  if (auto s = only_known(o, p, {"period", "value", "of"}); !s) return s.error();
  auto period = string_field(o, p, "period", false);
  if (!period) return period.error();
  if (!o.contains("period")) return shape_error(p + ".period", "missing required field \"period\"");
  if (!o.contains("value")) return shape_error(p + ".value", "missing required field \"value\"");
  const json& v = o.at("value");
  if (!v.is_number()) return shape_error(p + ".value", "expected a number, got " + type_name(v));
  auto of = string_field(o, p, "of", false);
  if (!of) return of.error();
  return std::optional<PeriodValue>{
      PeriodValue{.period = *period, .value = v.get<double>(), .of = of->empty() ? "total" : *of}};
}

void write_indicator_binding(const Indicator& ind, ojson& out) {
  if (ind.measure) {
    ojson m = ojson::object();
    m["code"] = ind.measure->code;
    m["filter"] = ojson::object();
    for (const auto& [k, v] : ind.measure->filter) m["filter"][k] = v;
    if (ind.measure->region) m["region"] = *ind.measure->region;
    out["measure"] = std::move(m);
  } else {
    out["measure"] = nullptr;
  }
  if (ind.register_count) {
    ojson r = ojson::object();
    r["count"] = ind.register_count->count;
    for (const auto& [k, v] : ind.register_count->params) r[k] = v;
    out["register"] = std::move(r);
  }
  if (ind.reporting) out["reporting"] = ojson{{"form", ind.reporting->form}, {"element", ind.reporting->element}};
  if (ind.survey)
    out["survey"] =
        ojson{{"survey", ind.survey->survey}, {"question", ind.survey->question}, {"option", ind.survey->option}};
}

ojson write_period_value(const std::optional<PeriodValue>& pv) {
  if (!pv) return nullptr;
  ojson o = ojson::object();
  o["period"] = pv->period;
  o["value"] = number(pv->value);
  if (pv->of != "total") o["of"] = pv->of;
  return o;
}

}  // namespace jamt::formats::strategy_json_detail
