#include "service/surveys/survey_mixing.hpp"

#include "store/audit_repository.hpp"
#include "store/surveys/respondent_repository.hpp"

namespace jamt::service {

Result<int> mix_anonymous_responses(store::Database& db) {
  std::vector<std::int64_t> ids;
  Status st = db.read([&](soci::session& s) -> Status {
    ids = store::surveys_to_mix(s);
    return {};
  });
  if (!st) return st.error();
  int mixed = 0;
  for (auto id : ids) {
    Status one = db.transaction([&](soci::session& s) -> Status {
      store::mix_responses(s, id);
      store::append_audit(s, {.actor = "system", .action = "mix_responses", .entity = "survey", .entity_id = id,
                              .before_json = std::nullopt, .after_json = std::nullopt});
      return {};
    });
    if (!one) return one.error();
    ++mixed;
  }
  return mixed;
}

}  // namespace jamt::service
