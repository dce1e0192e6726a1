#include "service/disclosure/participants.hpp"

#include "service/disclosure/audience.hpp"

namespace jamt::service::disclosure {

namespace {

std::optional<double> count_of(const registers::Record& r, const std::string& field) {
  const auto& v = registers::value_of(r, field);
  if (v.empty()) return std::nullopt;
  try {
    return static_cast<double>(std::stoll(v));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

jamt::disclosure::SexOtherProtection noted(jamt::disclosure::SexOtherProtection p) {
  if (p.any()) note_protected();
  return p;
}

}  // namespace

jamt::disclosure::SexOtherProtection activity_participants(const registers::Activity& activity) {
  const auto& r = activity.record;
  auto organiser = count_of(r, "organiser_id");
  const int threshold = threshold_for(registers::value_of(r, "county_code"),
                                      organiser ? std::optional<std::int64_t>(static_cast<std::int64_t>(*organiser))
                                                : std::nullopt);
  return noted(jamt::disclosure::protect_with_other(count_of(r, "participants_women"), count_of(r, "participants_men"),
                                                    count_of(r, "participants_other"), threshold));
}

jamt::disclosure::SexOtherProtection summary_participants(const ActivitySummary& summary) {
  const auto& p = summary.counts.participants;
  return noted(jamt::disclosure::protect_with_other(static_cast<double>(p.women), static_cast<double>(p.men),
                                                    static_cast<double>(p.other),
                                                    threshold_for(summary.county_code)));
}

}  // namespace jamt::service::disclosure
