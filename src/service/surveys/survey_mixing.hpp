#pragma once
// Keeping anonymous responses apart from their arrival (docs/surveys.md,
// "Anonymity"): PostgreSQL stores new rows in the order they come and marks
// each with the transaction that wrote it — the same transaction that
// marked its respondent completed. Rewriting a survey's responses in the
// order of their random ids, in a transaction of its own, erases both. The
// hourly job of `jamt serve` does it for every anonymous survey with new
// responses; closing the survey does it once more.
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// Rewrites the responses of each anonymous survey that received responses
// since its last rewrite (store::mix_responses), one transaction per
// survey, each with an audit entry (entity "survey", action
// "mix_responses", actor "system", the count). Returns how many surveys
// were rewritten. Error "database" when the store cannot be read.
Result<int> mix_anonymous_responses(store::Database& db);

}  // namespace jamt::service
