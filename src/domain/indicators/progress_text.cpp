// The sentence that explains a progress status, in the request's language.
#include "domain/i18n/translate.hpp"
#include "domain/indicators/progress.hpp"

namespace jamt::indicators {

namespace {

std::string subject_text(const std::string& subject) {
  if (subject == "women_share") return i18n::tr("Kvinnors andel");
  if (subject == "women_share_of_sum") return i18n::tr("Kvinnors andel av kvinnors och mäns värden sammanlagt");
  if (subject == "women") return i18n::tr("Värdet för kvinnor");
  if (subject == "men") return i18n::tr("Värdet för män");
  return i18n::tr("Värdet");
}

std::string value_text(const Progress& p, double v, const NumberText& number) {
  return number(v) + (p.subject == "women_share" || p.subject == "women_share_of_sum" ? " %" : "");
}

std::string target_text(const Progress& p, const NumberText& number) {
  if (p.direction == Direction::within_40_60) return i18n::tr("målet 40–60 %");
  if (p.direction == Direction::parity) return i18n::tr("målet 50 %");
  return i18n::trf("målet {1} ({2})", {value_text(p, p.target->value, number), std::to_string(p.target->year)});
}

}  // namespace

std::string explain(const Progress& p, const NumberText& number) {
  if (p.status == ProgressStatus::none) return i18n::tr("Ingen önskad riktning är angiven, så ingen status beräknas.");
  if (p.status == ProgressStatus::not_enough_data) return i18n::trf("För lite data för en bedömning: {1}.", {p.reason});
  const YearValue from = *p.from, to = *p.to;
  const std::string subject = subject_text(p.subject);
  const std::string a = value_text(p, from.value, number) + " (" + std::to_string(from.year) + ")";
  const std::string b = value_text(p, to.value, number) + " (" + std::to_string(to.year) + ")";
  std::string s;
  if (to.value > from.value)
    s = i18n::trf("{1} har ökat från {2} till {3}", {subject, a, b});
  else if (to.value < from.value)
    s = i18n::trf("{1} har minskat från {2} till {3}", {subject, a, b});
  else
    s = i18n::trf("{1} är oförändrad: {2} och {3}", {subject, a, b});
  if (!p.has_target) return i18n::trf("{1}; ingen målnivå är satt.", {s});
  const std::string target = target_text(p, number);
  if (p.status == ProgressStatus::target_achieved) return i18n::trf("{1}; {2} är nått.", {s, target});
  if (p.forecast_year)
    return i18n::trf("{1}; {2} nås i nuvarande takt {3}.", {s, target, std::to_string(*p.forecast_year)});
  return i18n::trf("{1}; {2} nås inte i nuvarande takt.", {s, target});
}

}  // namespace jamt::indicators
