#pragma once
// Running a survey again, over the JSON API (docs/api.md, "Surveys") and
// from the survey's page. The handlers are bound to `db`, which must outlive them.
#include "web/route_table.hpp"

namespace jamt::web {

// POST /api/v1/surveys/{id}/rounds {round}: a new draft round copied from
// survey {id} (service::make_next_round); 201 with the new survey.
Handler api_survey_next_round(store::Database& db);

// POST /enkater/{id}/omgang {round}: the same from the survey's page → 303 to
// the new round's page; an error is shown beside the field with the value kept.
Handler survey_next_round_submit(store::Database& db);

}  // namespace jamt::web
