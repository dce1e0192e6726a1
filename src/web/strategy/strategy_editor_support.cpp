#include "web/strategy/strategy_editor_support.hpp"

#include <nlohmann/json.hpp>

#include "service/authorization.hpp"
#include "service/strategy/strategy_versions.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::web::strategy_editor {

using nlohmann::json;

FormValues form_values(const Request& req) {
  FormValues out;
  for (const auto& [k, v] : req.params)
    if (req.query.find(k) == req.query.end() || req.method == "POST") out[k].push_back(v);
  for (const auto& [k, part] : req.parts)
    if (part.filename.empty()) out[k].push_back(part.content);
  return out;
}

std::string first(const FormValues& values, const std::string& name) {
  auto it = values.find(name);
  return it == values.end() || it->second.empty() ? std::string() : it->second.front();
}

std::optional<Editing> editing(const Request& req, Response& res, store::Database& db, bool posting) {
  auto auth = page_user(req, res, db, posting);
  if (!auth) return std::nullopt;
  auto id = path_id(req, res);
  if (!id) return std::nullopt;
  auto seen = service::strategy_as_seen(db, *id, auth->user, true);
  if (!seen) {
    send_service_error_page(req, res, seen.error());
    return std::nullopt;
  }
  const service::Scope scope{.county_code = seen->county_code, .published = seen->status != StrategyStatus::draft};
  if (auto ok = service::authorize(auth->user, service::Action::update, scope); !ok) {
    send_service_error_page(req, res, ok.error());
    return std::nullopt;
  }
  Editing e{.auth = *auth, .strategy = std::move(*seen), .editable = false, .public_version = 0};
  e.editable = e.strategy.status != StrategyStatus::archived;
  if (auto versions = service::list_versions(db, *id, auth->user); versions && !versions->empty())
    e.public_version = versions->back().version;
  return e;
}

std::string revision_notice(const Editing& e) {
  const Strategy& s = e.strategy;
  if (s.status == StrategyStatus::draft) return "";
  const std::string version = e.public_version > 0 ? i18n::trf("version {1}", {std::to_string(e.public_version)})
                                                    : i18n::tr("den antagna versionen");
  const std::string adopted = s.adopted_on ? i18n::trf(" (antagen {1})", {*s.adopted_on}) : "";
  if (s.status == StrategyStatus::archived)
    return i18n::trf("Strategin är arkiverad. Allmänheten ser {1}{2}.", {version, adopted});
  if (s.revision_open)
    return i18n::trf("Allmänheten ser {1}{2} medan revideringen redigeras. Ändringarna syns först när revideringen antas.",
                     {version, adopted});
  return i18n::trf("Allmänheten ser {1}{2}. En ändring här startar en revidering; allmänheten ser {1} tills revideringen antas.",
                   {version, adopted});
}

void send_editor_page(Response& res, const Editing& e, const std::string& template_name, const std::string& title,
                      json ctx, int status) {
  ctx["csrf_token"] = e.auth.csrf_token;
  if (!ctx.contains("revision_notice")) ctx["revision_notice"] = revision_notice(e);
  const std::string base = "/strategier/" + std::to_string(e.strategy.id);
  ctx["breadcrumbs"] = json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                    {{"url", base}, {"label", e.strategy.title}},
                                    {{"url", base + "/redigera"}, {"label", i18n::tr("Redigera")}}});
  ctx.update(page_context(e.auth));
  const bool failed = ctx.value("has_errors", false) || ctx.value("has_error", false);
  send_html(res, render_page(template_name, (failed ? i18n::tr("Fel i formuläret – ") : "") + title, ctx), status);
}

json form_context(const std::vector<Field>& fields, const FormValues& values, const std::vector<Error>& errors) {
  auto error_for = [&](const std::string& name) {
    std::string out;
    for (const auto& e : errors)
      if (e.field == name) out += (out.empty() ? "" : " ") + e.message;
    return out;
  };
  json out = json::array();
  for (const auto& f : fields) {
    const std::string error = error_for(f.name);
    std::string described = f.hint.empty() ? "" : f.name + "-hint";
    if (!error.empty()) described += (described.empty() ? "" : " ") + f.name + "-error";
    const auto it = values.find(f.name);
    const std::vector<std::string> chosen = it == values.end() ? std::vector<std::string>{} : it->second;
    json options = json::array();
    int n = 0;
    for (const auto& [value, label] : f.options) {
      bool selected = false;
      for (const auto& c : chosen) selected = selected || c == value;
      options.push_back({{"value", value}, {"label", label}, {"selected", selected}, {"name", f.name},
                         {"id", f.name + "-" + std::to_string(++n)}});
    }
    out.push_back({{"name", f.name}, {"label", f.label}, {"hint", f.hint}, {"required", f.required},
                   {"error", error}, {"describedby", described}, {"value", first(values, f.name)},
                   {"is_input", f.type == "text" || f.type == "date"}, {"input_type", f.type == "date" ? "date" : "text"},
                   {"is_textarea", f.type == "textarea"}, {"is_select", f.type == "select"},
                   {"is_checkboxes", f.type == "checkboxes" || f.type == "radios"}, {"is_radios", f.type == "radios"}, {"is_file", f.type == "file"}, {"options", options}});
  }
  return out;
}

json error_summary(const std::vector<Error>& errors) {
  json out = json::array();
  for (const auto& e : errors) out.push_back({{"anchor", e.field.empty() ? "fel" : "field-" + e.field}, {"message", e.message}});
  return out;
}

std::string editor_url(std::int64_t id) { return "/strategier/" + std::to_string(id) + "/redigera"; }

void redirect(Response& res, const std::string& url) {
  res.set_redirect(url, 303);
}

const GoalNode* find_goal(const std::vector<GoalNode>& nodes, std::int64_t id) {
  for (const auto& n : nodes) {
    if (n.id == id) return &n;
    if (const auto* found = find_goal(n.children, id)) return found;
  }
  return nullptr;
}

}  // namespace jamt::web::strategy_editor
