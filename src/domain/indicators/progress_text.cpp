// The Swedish sentence that explains a progress status.
#include "domain/indicators/progress.hpp"

namespace jamt::indicators {

namespace {

std::string subject_text(const std::string& subject) {
  if (subject == "women_share") return "Kvinnors andel";
  if (subject == "women_share_of_sum") return "Kvinnors andel av kvinnors och mäns värden sammanlagt";
  if (subject == "women") return "Värdet för kvinnor";
  if (subject == "men") return "Värdet för män";
  return "Värdet";
}

std::string value_text(const Progress& p, double v, const NumberText& number) {
  return number(v) + (p.subject == "women_share" || p.subject == "women_share_of_sum" ? " %" : "");
}

std::string target_text(const Progress& p, const NumberText& number) {
  if (p.direction == Direction::within_40_60) return "målet 40–60 %";
  if (p.direction == Direction::parity) return "målet 50 %";
  return "målet " + value_text(p, p.target->value, number) + " (" + std::to_string(p.target->year) + ")";
}

}  // namespace

std::string explain(const Progress& p, const NumberText& number) {
  if (p.status == ProgressStatus::none) return "Ingen önskad riktning är angiven, så ingen status beräknas.";
  if (p.status == ProgressStatus::not_enough_data) return "För lite data för en bedömning: " + p.reason + ".";
  const YearValue from = *p.from, to = *p.to;
  std::string s = subject_text(p.subject);
  const std::string a = value_text(p, from.value, number) + " (" + std::to_string(from.year) + ")";
  const std::string b = value_text(p, to.value, number) + " (" + std::to_string(to.year) + ")";
  if (to.value > from.value)
    s += " har ökat från " + a + " till " + b;
  else if (to.value < from.value)
    s += " har minskat från " + a + " till " + b;
  else
    s += " är oförändrad: " + a + " och " + b;
  if (!p.has_target) return s + "; ingen målnivå är satt.";
  const std::string target = target_text(p, number);
  if (p.status == ProgressStatus::target_achieved) return s + "; " + target + " är nått.";
  if (p.forecast_year) return s + "; " + target + " nås i nuvarande takt " + std::to_string(*p.forecast_year) + ".";
  return s + "; " + target + " nås inte i nuvarande takt.";
}

}  // namespace jamt::indicators
