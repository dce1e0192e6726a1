#pragma once
// Running a survey again over the JSON API (docs/api.md, "Surveys"). The
// handler is bound to `db`, which must outlive it.
#include "web/route_table.hpp"

namespace jamt::web {

// POST /api/v1/surveys/{id}/rounds {round}: a new draft round copied from
// survey {id} (service::make_next_round); 201 with the new survey.
Handler api_survey_next_round(store::Database& db);

}  // namespace jamt::web
