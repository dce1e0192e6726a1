#include "store/indicators/indicator_binding_columns.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <soci/soci.h>
#include <string>

namespace jamt::store {

namespace {

using ll = long long;

// A text column that may be NULL.
struct Nullable {
  std::string value{};
  soci::indicator ind = soci::i_null;
  void set(const std::string& v) {
    value = v;
    ind = soci::i_ok;
  }
  std::optional<std::string> get() const {
    return ind == soci::i_ok ? std::optional<std::string>(value) : std::nullopt;
  }
};

struct BindingRow {
  Nullable region, count, params, form, element, survey, question, option;
  std::string baseline_of = "total", target_of = "total";
};

void apply(const BindingRow& r, Indicator& i) {
  if (i.measure) i.measure->region = r.region.get();
  if (auto count = r.count.get()) {
    RegisterBinding b{.count = *count, .params = {}};
    auto p = nlohmann::json::parse(r.params.get().value_or("{}"), nullptr, false);
    if (p.is_object())
      for (const auto& [k, v] : p.items())
        if (v.is_string()) b.params[k] = v.get<std::string>();
    i.register_count = std::move(b);
  }
  if (auto form = r.form.get()) i.reporting = ReportingBinding{.form = *form, .element = r.element.get().value_or("")};
  if (auto survey = r.survey.get())
    i.survey = SurveyBinding{
        .survey = *survey, .question = r.question.get().value_or(""), .option = r.option.get().value_or("")};
  if (i.baseline) i.baseline->of = r.baseline_of;
  if (i.target) i.target->of = r.target_of;
}

void attach(std::vector<GoalNode>& nodes, const std::map<ll, BindingRow>& rows) {
  for (auto& n : nodes) {
    for (auto& i : n.indicators)
      if (auto it = rows.find(i.id); it != rows.end()) apply(it->second, i);
    attach(n.children, rows);
  }
}

}  // namespace

void write_indicator_binding(soci::session& s, std::int64_t indicator_id, const Indicator& i) {
  BindingRow r;
  if (i.measure && i.measure->region) r.region.set(*i.measure->region);
  if (i.register_count) {
    r.count.set(i.register_count->count);
    r.params.set(nlohmann::json(i.register_count->params).dump());
  }
  if (i.reporting) {
    r.form.set(i.reporting->form);
    r.element.set(i.reporting->element);
  }
  if (i.survey) {
    r.survey.set(i.survey->survey);
    r.question.set(i.survey->question);
    r.option.set(i.survey->option);
  }
  if (i.baseline) r.baseline_of = i.baseline->of;
  if (i.target) r.target_of = i.target->of;
  ll id = indicator_id;
  s << "UPDATE indicators SET measure_region = :r, register_count = :c, register_params = :p, reporting_form = :f, "
       "reporting_element = :e, survey_code = :s, survey_question = :q, survey_option = :o, baseline_of = :bo, "
       "target_of = :to WHERE id = :id",
      soci::use(r.region.value, r.region.ind), soci::use(r.count.value, r.count.ind),
      soci::use(r.params.value, r.params.ind), soci::use(r.form.value, r.form.ind),
      soci::use(r.element.value, r.element.ind), soci::use(r.survey.value, r.survey.ind),
      soci::use(r.question.value, r.question.ind), soci::use(r.option.value, r.option.ind),
      soci::use(r.baseline_of), soci::use(r.target_of), soci::use(id);
}

void attach_indicator_bindings(soci::session& s, Strategy& strategy) {
  std::map<ll, BindingRow> rows;
  ll id = 0, strategy_id = strategy.id;
  BindingRow r;
  soci::statement st =
      (s.prepare << "SELECT i.id, i.measure_region, i.register_count, i.register_params, i.reporting_form, "
                    "i.reporting_element, i.survey_code, i.survey_question, i.survey_option, i.baseline_of, "
                    "i.target_of FROM indicators i JOIN goal_nodes n ON n.id = i.node_id WHERE n.strategy_id = :s",
       soci::use(strategy_id), soci::into(id), soci::into(r.region.value, r.region.ind),
       soci::into(r.count.value, r.count.ind), soci::into(r.params.value, r.params.ind),
       soci::into(r.form.value, r.form.ind), soci::into(r.element.value, r.element.ind),
       soci::into(r.survey.value, r.survey.ind), soci::into(r.question.value, r.question.ind),
       soci::into(r.option.value, r.option.ind), soci::into(r.baseline_of), soci::into(r.target_of));
  st.execute();
  while (st.fetch()) rows[id] = r;
  attach(strategy.goals, rows);
}

std::optional<std::int64_t> strategy_of_indicator(soci::session& s, std::int64_t indicator_id) {
  ll id = indicator_id, strategy_id = 0;
  s << "SELECT n.strategy_id FROM indicators i JOIN goal_nodes n ON n.id = i.node_id WHERE i.id = :i", soci::use(id),
      soci::into(strategy_id);
  if (!s.got_data()) return std::nullopt;
  return strategy_id;
}

}  // namespace jamt::store
