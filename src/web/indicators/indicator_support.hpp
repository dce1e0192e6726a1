#pragma once
// What the indicator pages and API share (issue 13, engineer IA): the
// comparison years asked for, the progress sentence, and the indicator's
// source and baseline/target as JSON. For web/indicators/ only.
#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

#include "domain/indicators/progress.hpp"
#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "service/indicators/indicator_values.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web::indicator_support {

// Where the progress method is explained (the API's progress.method).
inline constexpr const char* kMethodUrl = "/indikatorer/metod";

// The years of ?from=&to= (four digits each, optional). Error "validation"
// naming the parameter for anything else.
Result<service::YearRange> year_range(const Request& req);

// The Swedish sentence of `progress`, numbers as "12 345,6".
std::string progress_sentence(const indicators::Progress& progress);

// A number for text: whole numbers without decimals, else one.
std::string number_text(double value);

// The indicator's source as the API shows it: {kind, …} (see docs/api.md);
// `region` is the measure's effective region.
nlohmann::ordered_json source_json(const Indicator& indicator, const std::string& region);

// A baseline or target as JSON: null or {period, value, of}.
nlohmann::ordered_json period_value_json(const std::optional<PeriodValue>& value);

// Swedish label of a source kind: "Statistikmått", "Jämts register",
// "Rapportering", "Enkät", "Inmatade värden".
std::string source_kind_label(const std::string& kind);

// Swedish label of what a baseline or target is about: "kvinnor", "män",
// "totalt", "kvinnors andel".
std::string subject_label(const std::string& of);

}  // namespace jamt::web::indicator_support
