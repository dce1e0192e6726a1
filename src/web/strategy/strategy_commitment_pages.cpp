// The strategy editor's pages for a node's commitments (issue 12, item 1,
// part D): the text, the owner — the county board, an organisation of the
// county from the register, or another actor named in free text — and the
// action-plan targets it serves. Removing asks first and says that the
// statuses set per year go with it. No JavaScript needed.
#include <nlohmann/json.hpp>

#include <cstdlib>

#include "service/commitments/commitment_editing.hpp"
#include "service/organisations/organisation_lookup.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/strategy/strategy_content_pages.hpp"
#include "web/strategy/strategy_content_parts.hpp"
#include "web/strategy/strategy_editor_support.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using namespace strategy_editor;

constexpr const char* kOther = "annan";  // owner_choice for an actor named in free text

std::string list_url(const Strategy& s, const GoalNode& n) {
  return "/strategier/" + std::to_string(s.id) + "/mal/" + std::to_string(n.id) + "/ataganden";
}

std::vector<Field> commitment_fields(store::Database& db, const Strategy& s) {
  std::vector<std::pair<std::string, std::string>> owners{{"", i18n::tr("Länsstyrelsen")}};
  for (const auto& [id, name] : service::organisation_names(db, s.county_code))
    owners.emplace_back("org:" + std::to_string(id), name);
  owners.emplace_back(kOther, i18n::tr("En annan aktör (skriv namnet nedan)"));
  std::vector<std::pair<std::string, std::string>> targets;
  if (s.action_plan)
    for (const auto& o : s.action_plan->objectives)
      for (const auto& t : o.targets) targets.emplace_back(t.code, i18n::trf("Målsättning {1}: {2}", {t.code, t.title}));
  std::vector<Field> out{
      Field{.name = "text", .label = i18n::tr("Åtagandet"), .hint = i18n::tr("Till exempel: Länsstyrelsen bidrar genom att …"),
            .type = "textarea", .required = true, .options = {}},
      Field{.name = "owner_choice", .label = i18n::tr("Vem har åtagit sig det"),
            .hint = i18n::tr("Länsstyrelsen, en organisation i länets register eller en annan aktör."), .type = "select",
            .required = true, .options = owners},
      Field{.name = "owner_name", .label = i18n::tr("Den andra aktörens namn"),
            .hint = i18n::tr("Bara för en aktör som inte finns i registret, till exempel Polisen."), .type = "text",
            .required = false, .options = {}}};
  if (!targets.empty())
    out.push_back(Field{.name = "targets", .label = i18n::tr("Handlingsplanens målsättningar som åtagandet tjänar"), .hint = "",
                        .type = "checkboxes", .required = false, .options = targets});
  return out;
}

FormValues commitment_values(const Commitment& c) {
  FormValues v{{"text", {c.text}}, {"targets", c.targets}};
  if (c.owner_organisation_id) v["owner_choice"] = {"org:" + std::to_string(*c.owner_organisation_id)};
  else if (!c.owner.empty()) v["owner_choice"] = {kOther}, v["owner_name"] = {c.owner};
  else v["owner_choice"] = {""};
  return v;
}

service::CommitmentInput commitment_input(const FormValues& values, std::int64_t node_id, std::vector<Error>& errors) {
  service::CommitmentInput in{.node_id = node_id, .text = first(values, "text"), .owner = std::nullopt,
                              .owner_organisation_id = std::optional<std::int64_t>{}, .targets = std::vector<std::string>{}};
  if (auto it = values.find("targets"); it != values.end()) in.targets = it->second;
  const std::string choice = first(values, "owner_choice");
  const std::string name = first(values, "owner_name");
  const bool name_given = name.find_first_not_of(" \t") != std::string::npos;
  if (in.text->find_first_not_of(" \t\r\n") == std::string::npos)
    errors.push_back(validation_error(i18n::tr("Skriv åtagandet."), {}, "text"));
  if (choice.empty()) {
    in.owner = std::string();
    if (name_given)
      errors.push_back(validation_error(i18n::tr("Välj ”En annan aktör” för att ange ett namn, eller töm fältet."), {}, "owner_name"));
  } else if (choice == kOther) {
    in.owner = name;
    if (!name_given) errors.push_back(validation_error(i18n::tr("Skriv aktörens namn."), {}, "owner_name"));
  } else if (choice.rfind("org:", 0) == 0 && choice.size() > 4 &&
             choice.find_first_not_of("0123456789", 4) == std::string::npos) {
    in.owner_organisation_id = std::optional<std::int64_t>{std::atoll(choice.c_str() + 4)};
    if (name_given)
      errors.push_back(validation_error(i18n::tr("Välj ”En annan aktör” för att ange ett namn, eller töm fältet."), {}, "owner_name"));
  } else {
    errors.push_back(validation_error(i18n::tr("Välj vem som har åtagit sig det i listan."), {}, "owner_choice"));
  }
  return in;
}

Error form_error(Error e) {
  if (e.field == "owner_organisation_id" || e.field == "owner") e.field = "owner_choice";
  if (e.field != "text" && e.field != "owner_choice" && e.field != "targets") e.field.clear();
  return e;
}

const GoalNode* node_of(const Request& req, Response& res, const Editing& e) {
  auto id = path_id(req, res, 2);
  if (!id) return nullptr;
  const GoalNode* n = find_goal(e.strategy.goals, *id);
  if (!n) send_error_page(res, 404, i18n::tr("Strategin har inget sådant mål."));
  return n;
}

const Commitment* commitment_of(const Request& req, Response& res, const GoalNode& n) {
  auto id = path_id(req, res, 3);
  if (!id) return nullptr;
  for (const auto& c : n.board_commitments)
    if (c.id == *id) return &c;
  send_error_page(res, 404, i18n::tr("Målet har inget sådant åtagande."));
  return nullptr;
}

std::string owner_label(const Commitment& c) { return c.owner.empty() ? i18n::tr("Länsstyrelsen") : c.owner; }

void show_commitments(Response& res, store::Database& db, const Editing& e, const GoalNode& n, const FormValues& values,
                      const std::vector<Error>& errors, int status) {
  std::vector<ListItem> items;
  for (const auto& c : n.board_commitments) {
    const std::string url = list_url(e.strategy, n) + "/" + std::to_string(c.id);
    items.push_back(ListItem{.label = owner_label(c) + ": " + c.text, .url = url,
                             .remove_url = e.editable ? url + "/ta-bort" : ""});
  }
  json ctx = {{"heading", i18n::trf("Åtaganden för {1} {2}", {n.code, n.title})},
              {"action", list_url(e.strategy, n)},
              {"submit", i18n::tr("Lägg till åtagandet")},
              {"cancel_url", editor_url(e.strategy.id)},
              {"fields", form_context(commitment_fields(db, e.strategy), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"before", item_list(i18n::tr("Åtaganden nu"), items, i18n::trf("Målet {1} har inga åtaganden ännu.", {n.code}), i18n::tr("Nytt åtagande"))}};
  send_editor_page(res, e, "strategy_form", i18n::trf("Åtaganden för {1}", {n.code}), ctx, status);
}

void show_commitment(Response& res, store::Database& db, const Editing& e, const GoalNode& n, const Commitment& c,
                     const FormValues& values, const std::vector<Error>& errors, int status) {
  const std::string title = i18n::trf("Ändra åtagandet under {1}", {n.code});
  json ctx = {{"heading", title},
              {"action", list_url(e.strategy, n) + "/" + std::to_string(c.id)},
              {"submit", i18n::tr("Spara")},
              {"cancel_url", list_url(e.strategy, n)},
              {"fields", form_context(commitment_fields(db, e.strategy), values, errors)},
              {"errors", error_summary(errors)},
              {"has_errors", !errors.empty()}};
  send_editor_page(res, e, "strategy_form", title, ctx, status);
}

}  // namespace

Handler strategy_commitments_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    show_commitments(res, db, *e, *n, {{"owner_choice", {""}}}, {}, 200);
  };
}

Handler strategy_commitment_add(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    auto values = form_values(req);
    std::vector<Error> errors;
    auto input = commitment_input(values, n->id, errors);
    if (errors.empty()) {
      auto made = service::add_commitment(db, e->strategy.id, input, e->auth.user);
      if (made) return redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
      if (!keeps_form(made.error())) return send_service_error_page(req, res, made.error());
      errors.push_back(form_error(made.error()));
    }
    show_commitments(res, db, *e, *n, values, errors, 400);
  };
}

Handler strategy_commitment_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const Commitment* c = commitment_of(req, res, *n);
    if (!c) return;
    show_commitment(res, db, *e, *n, *c, commitment_values(*c), {}, 200);
  };
}

Handler strategy_commitment_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const Commitment* c = commitment_of(req, res, *n);
    if (!c) return;
    auto values = form_values(req);
    std::vector<Error> errors;
    auto input = commitment_input(values, n->id, errors);
    input.node_id.reset();  // stays under its node
    if (errors.empty()) {
      auto saved = service::update_commitment(db, e->strategy.id, c->id, input, e->auth.user);
      if (saved) return redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
      if (!keeps_form(saved.error())) return send_service_error_page(req, res, saved.error());
      errors.push_back(form_error(saved.error()));
    }
    show_commitment(res, db, *e, *n, *c, values, errors, 400);
  };
}

Handler strategy_commitment_remove_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, false);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const Commitment* c = commitment_of(req, res, *n);
    if (!c) return;
    json consequences = json::array(
        {owner_label(*c) + ": " + c->text,
         i18n::tr("Åtagandets status för varje år, med kommentarerna, tas bort med det."),
         i18n::tr("Insatser som är kopplade till åtagandet är det inte längre.")});
    json ctx = {{"heading", i18n::trf("Ta bort åtagandet under {1}", {n->code})},
                {"question", i18n::tr("Vill du ta bort åtagandet? Detta följer med:")},
                {"consequences", consequences},
                {"has_consequences", true},
                {"action", list_url(e->strategy, *n) + "/" + std::to_string(c->id) + "/ta-bort"},
                {"submit", i18n::tr("Ta bort")},
                {"cancel_url", list_url(e->strategy, *n)}};
    send_editor_page(res, *e, "strategy_confirm", i18n::tr("Ta bort åtagandet"), ctx, 200);
  };
}

Handler strategy_commitment_remove_submit(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto e = editing(req, res, db, true);
    if (!e) return;
    const GoalNode* n = node_of(req, res, *e);
    if (!n) return;
    const Commitment* c = commitment_of(req, res, *n);
    if (!c) return;
    if (auto removed = service::remove_commitment(db, e->strategy.id, c->id, e->auth.user); !removed)
      return send_service_error_page(req, res, removed.error());
    redirect(res, editor_url(e->strategy.id) + "?sparat=1#nod-" + std::to_string(n->id));
  };
}

}  // namespace jamt::web
