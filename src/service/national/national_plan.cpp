#include "service/national/national_plan.hpp"

#include <nlohmann/json.hpp>

#include "domain/regions.hpp"
#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "store/audit_repository.hpp"
#include "store/national/national_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

constexpr std::size_t kMaxArea = 200;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

nlohmann::json plan_json(const NationalPlan& p) {
  nlohmann::json subgoals = nlohmann::json::array();
  for (const auto& g : p.subgoals)
    subgoals.push_back({{"title", g.title}, {"insatser", g.insatser}, {"expected_effects", g.expected_effects}});
  return {{"region_code", p.region_code}, {"title", p.title}, {"overall_goal", p.overall_goal},
          {"subgoals", subgoals}};
}

nlohmann::json resources_json(const CountyResources& r) {
  return {{"county_code", r.county_code}, {"year", r.year},         {"granted", r.granted},
          {"used", r.used},               {"unspent", unspent(r)}, {"carried_over", r.carried_over}};
}

nlohmann::json example_json(const ActivityExample& e) {
  return {{"activity_id", e.activity_id}, {"development_area", e.development_area}};
}

std::optional<Error> resources_problem(const CountyResources& r) {
  if (!RegionCatalogue::instance().find_county(r.county_code))
    return validation_error(i18n::trf("Okänd länskod: {1}", {r.county_code}), {}, "county_code");
  if (r.year < 2000 || r.year > 2100) return validation_error(i18n::tr("Året ska ligga mellan 2000 och 2100"), {}, "year");
  if (r.granted < 0) return validation_error(i18n::tr("Anslagna medel kan inte vara negativa"), {}, "granted");
  if (r.used < 0) return validation_error(i18n::tr("Förbrukade medel kan inte vara negativa"), {}, "used");
  if (r.carried_over < 0) return validation_error(i18n::tr("Överförda medel kan inte vara negativa"), {}, "carried_over");
  if (r.carried_over > std::max<std::int64_t>(0, unspent(r)))
    return validation_error(i18n::tr("Överförda medel kan inte vara fler än de oförbrukade (anslagna − förbrukade)"), {},
                            "carried_over");
  return std::nullopt;
}

// The activity's county if `user` may flag it; the answer for a missing
// activity otherwise, "forbidden" for another county's.
Result<std::string> flaggable_county(soci::session& s, std::int64_t activity_id, const std::optional<User>& user) {
  auto county = store::activity_county(s, activity_id);
  if (!county) return missing_record_error(user, "aktivitet");
  if (auto allowed = authorize_example_flag(user, *county); !allowed) return allowed.error();
  return *county;
}

}  // namespace

Result<std::optional<NationalPlan>> national_plan(store::Database& db, const std::optional<User>&) {
  std::optional<NationalPlan> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::load_national_plan(s, kNationalRegion);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<NationalPlan> save_national_plan(store::Database& db, NationalPlan plan, const std::optional<User>& user) {
  if (auto allowed = authorize_national_change(user); !allowed) return allowed.error();
  auto problems = plan_problems(plan);
  if (!problems.empty()) return validation_error(problems.front().message, {}, problems.front().field);
  plan.region_code = kNationalRegion;
  plan.updated_by = actor_name(user);
  plan.updated_at = db.clock().now_text();
  std::optional<NationalPlan> out;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto before = store::load_national_plan(s, kNationalRegion);
    store::save_national_plan(s, plan);
    out = store::load_national_plan(s, kNationalRegion);
    store::append_audit(s, {.actor = plan.updated_by,
                            .action = before ? "update" : "create",
                            .entity = "national_plan",
                            .entity_id = 0,
                            .before_json = before ? std::optional(plan_json(*before).dump()) : std::nullopt,
                            .after_json = plan_json(*out).dump()});
    return {};
  });
  if (!st) return st.error();
  return *out;
}

Result<std::vector<CountyResources>> resources_of_year(store::Database& db, int year, const std::optional<User>&) {
  std::vector<CountyResources> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::resources_of_year(s, year);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<CountyResources> save_resources(store::Database& db, const CountyResources& input,
                                       const std::optional<User>& user) {
  if (auto allowed = authorize_national_change(user); !allowed) return allowed.error();
  if (auto problem = resources_problem(input)) return *problem;
  CountyResources r = input;
  r.updated_by = actor_name(user);
  r.updated_at = db.clock().now_text();
  std::optional<CountyResources> out;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto before = store::load_resources(s, r.county_code, r.year);
    store::save_resources(s, r);
    out = store::load_resources(s, r.county_code, r.year);
    store::append_audit(s, {.actor = r.updated_by,
                            .action = before ? "update" : "create",
                            .entity = "national_resources",
                            .entity_id = static_cast<std::int64_t>(r.year) * 100 + std::stoi(r.county_code),
                            .before_json = before ? std::optional(resources_json(*before).dump()) : std::nullopt,
                            .after_json = resources_json(*out).dump()});
    return {};
  });
  if (!st) return st.error();
  return *out;
}

Result<ActivityExample> flag_example(store::Database& db, std::int64_t activity_id,
                                     const std::string& development_area, const std::optional<User>& user) {
  std::optional<ActivityExample> out;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto county = flaggable_county(s, activity_id, user);
    if (!county) return county.error();
    if (blank(development_area))
      return validation_error(i18n::tr("Ange vilket utvecklingsområde exemplet gäller"), {}, "development_area");
    if (development_area.size() > kMaxArea)
      return validation_error(i18n::tr("Utvecklingsområdet får vara högst 200 tecken"), {}, "development_area");
    auto before = store::load_example(s, activity_id);
    store::save_example(s, {.activity_id = activity_id,
                            .development_area = development_area,
                            .flagged_by = actor_name(user),
                            .flagged_at = db.clock().now_text()});
    out = store::load_example(s, activity_id);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = before ? "update" : "create",
                            .entity = "activity_example",
                            .entity_id = activity_id,
                            .before_json = before ? std::optional(example_json(*before).dump()) : std::nullopt,
                            .after_json = example_json(*out).dump()});
    return {};
  });
  if (!st) return st.error();
  return *out;
}

Status unflag_example(store::Database& db, std::int64_t activity_id, const std::optional<User>& user) {
  return db.transaction([&](soci::session& s) -> Status {
    auto county = flaggable_county(s, activity_id, user);
    if (!county) return county.error();
    auto before = store::load_example(s, activity_id);
    if (!before) return not_found_error("Aktiviteten är inte markerad som exempel");
    store::delete_example(s, activity_id);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = "delete",
                            .entity = "activity_example",
                            .entity_id = activity_id,
                            .before_json = example_json(*before).dump(),
                            .after_json = std::nullopt});
    return {};
  });
}

Result<std::vector<ActivityExample>> examples(store::Database& db, const std::optional<User>& user) {
  const std::string readable = readable_county(user);
  std::vector<ActivityExample> out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (auto& e : store::list_examples(s))
      if (readable == "*" || e.published || (!readable.empty() && e.county_code == readable))
        out.push_back(std::move(e));
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::optional<ActivityExample>> example_of(store::Database& db, std::int64_t activity_id,
                                                  const std::optional<User>& user) {
  auto all = examples(db, user);
  if (!all) return all.error();
  for (auto& e : *all)
    if (e.activity_id == activity_id) return std::optional<ActivityExample>(std::move(e));
  return std::optional<ActivityExample>{};
}

}  // namespace jamt::service
