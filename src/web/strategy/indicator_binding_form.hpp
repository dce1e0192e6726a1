#pragma once
// The source binding of an indicator in the editor's indicator form (issue
// 13, engineer IA): the kind as radio buttons (statistikmått, register,
// rapportering, enkät, inmatade värden) with each kind's fields, and what the
// baseline and target are about. For web/strategy/ only.
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "web/strategy/strategy_editor_support.hpp"

namespace jamt::web::strategy_editor {

// The fields "baseline_of" and "target_of" (selects).
std::vector<Field> subject_fields();

// The binding's fields: "source_kind" (radios) and the fields of each kind.
std::vector<Field> binding_fields();

// Adds the binding and the baseline/target subjects of `indicator` to `values`.
void add_binding_values(const Indicator& indicator, FormValues& values);

// Sets the binding and the baseline/target subjects of `indicator` from the
// form; a measure keeps the filter of `kept` when its code is unchanged.
// Problems (a kind without its required field, parameters that are not
// "namn=värde") are added to `errors` with their form field.
void binding_from(const FormValues& values, const std::optional<MeasureLink>& kept, Indicator& indicator,
                  std::vector<Error>& errors);

// The form field of a model error about the binding ($…measure.region →
// "measure_region", $…register.count → "register_count", …), or "" when the
// error is not about the binding.
std::string binding_form_field(const Error& error);

}  // namespace jamt::web::strategy_editor
