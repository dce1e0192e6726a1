#pragma once
// What the survey overview page (/enkater/{id}) and the forms on it share:
// the page drawn from a survey, with the errors of a failed form beside its
// fields and the values that form sent kept.
#include <map>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/surveys/survey.hpp"
#include "web/http/http_types.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

// A failed form's errors and values, or a notice after a successful one.
// Error fields name where they stand: "csv", "source", "group_id",
// "county.08", "q.P1.text", "add.code" (a form's own field names).
struct OverviewState {
  std::vector<Error> errors{};
  std::map<std::string, std::string> values{};  // by the same field names
  std::string notice{};
  std::string open_question{};  // the question whose edit form stays open
  std::string open_link_url{};  // the open link just made, shown once
};

// Draws survey `survey` for `auth` with `state` and sends it with `status`
// (200, or 400 after a failed form).
void show_overview(Response& res, store::Database& db, const RequestAuth& auth, const surveys::Survey& survey,
                   const OverviewState& state, int status);

// A Swedish name of a question kind ("Stämmer helt … vet ej").
std::string kind_label(surveys::QuestionKind kind);

// The field of multipart or url-encoded form `req` named `name`, "" when absent.
std::string form_value(const Request& req, const std::string& name);

// 303 to `location`.
void redirect_to(Response& res, const std::string& location);

}  // namespace jamt::web
