#pragma once
// What the strategy editor's pages share (issue 12, part A): the strategy
// being edited with the viewer's right to change it, the sentence that says
// which version the public reads, and forms that keep what was typed and
// put each message beside its field. For web/strategy/ only.
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "domain/strategy.hpp"
#include "web/http/request_auth.hpp"
#include "web/route_table.hpp"

namespace jamt::web::strategy_editor {

// A form's values by field name; checkboxes may hold several.
using FormValues = std::map<std::string, std::vector<std::string>>;

// One field of a form: type "text", "textarea", "select", "checkboxes", "radios" or "file".
struct Field {
  std::string name{};
  std::string label{};
  std::string hint{};
  std::string type = "text";
  bool required = false;
  std::vector<std::pair<std::string, std::string>> options{};  // value, label (select, checkboxes)
};

// The fields of the request's form (URL-encoded or multipart, files aside).
FormValues form_values(const Request& req);
// The first value of `name`, or "".
std::string first(const FormValues& values, const std::string& name);

// The strategy as its editor sees it (the draft or the draft revision), with
// the viewer; nullopt after answering (login for the public, 403/404 page).
struct Editing {
  RequestAuth auth;
  Strategy strategy;
  bool editable = false;     // may change it and it is not archived
  int public_version = 0;    // the latest adopted version, 0 for none
};
std::optional<Editing> editing(const Request& req, Response& res, store::Database& db, bool posting);

// "Allmänheten ser version N (antagen …). Ändringarna här görs i en
// revidering …" for a strategy that has an adopted version, "" otherwise.
std::string revision_notice(const Editing& e);

// Sends the page `template_name` (strategy_form or strategy_confirm) with
// the layout, the viewer's header and breadcrumbs back to the editor.
void send_editor_page(Response& res, const Editing& e, const std::string& template_name, const std::string& title,
                      nlohmann::json ctx, int status);

// The context of strategy_form's fields with their values and errors
// (beside each field, and in the summary at the top).
nlohmann::json form_context(const std::vector<Field>& fields, const FormValues& values, const std::vector<Error>& errors);

// The error summary's items: each message with a link to its field.
nlohmann::json error_summary(const std::vector<Error>& errors);

// The editor's address: "/strategier/{id}/redigera".
std::string editor_url(std::int64_t id);

// Redirects (303) to `url`.
void redirect(Response& res, const std::string& url);

// The node with `id` in `nodes`, or null.
const GoalNode* find_goal(const std::vector<GoalNode>& nodes, std::int64_t id);

}  // namespace jamt::web::strategy_editor
