#include "service/joining/pending_applications.hpp"

#include <algorithm>
#include <set>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/registers/joining.hpp"
#include "domain/utc_time.hpp"
#include "service/authorization.hpp"
#include "service/joining/joining_decisions.hpp"
#include "service/joining/joining_register.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

bool plain_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  return parse_utc_text(d + "T00:00:00Z").has_value();
}

// The pending applications of the county, oldest first, after checking that
// `user` may decide on the county's joinings.
Result<std::vector<Record>> pending_in(soci::session& s, const std::string& county_code,
                                       const std::optional<User>& user) {
  if (auto a = authorize(user, Action::decide, Scope{.county_code = county_code}); !a) return a.error();
  const auto& rules = joining_rules();
  auto rows = store::find_records(s, *rules.spec,
                                  {.equals = {{"county_code", county_code}, {"status", registers::kJoiningApplied}},
                                   .order_by = "applied_on",
                                   .descending = false,
                                   .limit = 100000});
  for (const auto& r : rows)
    if (auto a = authorize_stored(user, Action::decide, rules.scope_of(s, r), rules.spec->label_sv); !a)
      return a.error();
  return rows;
}

}  // namespace

Result<std::vector<Record>> pending_applications(store::Database& db, const std::string& county_code,
                                                 const std::optional<User>& user) {
  if (!RegionCatalogue::instance().find_county(county_code)) return not_found_error("no county " + county_code);
  std::vector<Record> out;
  Status st = db.read([&](soci::session& s) -> Status {
    auto rows = pending_in(s, county_code, user);
    if (!rows) return rows.error();
    out = std::move(*rows);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::size_t> reject_pending_applications(store::Database& db, const BulkRejection& what,
                                                const std::optional<User>& user) {
  if (!RegionCatalogue::instance().find_county(what.county_code))
    return not_found_error("no county " + what.county_code);
  if (!user) return authorize(user, Action::decide, Scope{.county_code = what.county_code}).error();
  if (!what.from.empty() && !plain_date(what.from))
    return validation_error(i18n::tr("Från och med: skriv datumet som ÅÅÅÅ-MM-DD"), {}, "from");
  if (!what.to.empty() && !plain_date(what.to))
    return validation_error(i18n::tr("Till och med: skriv datumet som ÅÅÅÅ-MM-DD"), {}, "to");
  if (!what.from.empty() && !what.to.empty() && what.from > what.to)
    return validation_error(i18n::tr("Till och med: kan inte vara före från och med"), {}, "to");
  const auto reason = checked_rejection_reason(what.reason);
  if (!reason) return reason.error();
  std::size_t rejected = 0;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto pending = pending_in(s, what.county_code, user);
    if (!pending) return pending.error();
    std::vector<std::int64_t> chosen;
    if (!what.ids.empty()) {
      std::set<std::int64_t> pending_ids;
      for (const auto& r : *pending) pending_ids.insert(std::stoll(value_of(r, "id")));
      for (auto id : std::set<std::int64_t>(what.ids.begin(), what.ids.end())) {
        if (!pending_ids.count(id))
          return validation_error(
              i18n::trf("Ansökan {1} är inte en väntande ansökan i länet (den kan redan vara beslutad)",
                        {std::to_string(id)}),
              {}, "ids");
        chosen.push_back(id);
      }
    } else {
      for (const auto& r : *pending) {
        const std::string applied = value_of(r, "applied_on").substr(0, 10);
        if ((what.from.empty() || applied >= what.from) && (what.to.empty() || applied <= what.to))
          chosen.push_back(std::stoll(value_of(r, "id")));
      }
    }
    if (chosen.empty())
      return validation_error(i18n::tr("Inga väntande ansökningar motsvarar urvalet; inget har ändrats."), {},
                              "selection");
    const std::string today = db.clock().today_text();
    for (auto id : chosen)
      apply_change(s, joining_rules(), id,
                   {{"status", registers::kJoiningRejected}, {"decided_on", today}, {"rejection_reason", *reason}},
                   actor_name(user), "reject");
    rejected = chosen.size();
    return {};
  });
  if (!st) return st.error();
  return rejected;
}

}  // namespace jamt::service
