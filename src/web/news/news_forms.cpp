// The forms that write, change, publish and delete a county's news
// (issue 15, item 1). Every change goes through service/news and is audited
// there.
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "service/news/news_service.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/news/news_handlers.hpp"
#include "web/news/news_support.hpp"
#include "web/strategy/strategy_editor_support.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;
namespace editor = strategy_editor;

std::vector<editor::Field> news_fields(bool with_publish) {
  std::vector<editor::Field> f{
      {.name = "title", .label = i18n::tr("Rubrik"), .hint = "", .type = "text", .required = true, .options = {}},
      {.name = "body", .label = i18n::tr("Text"), .hint = i18n::tr("Skriv vanlig text. Lämna en tom rad mellan stycken."),
       .type = "textarea", .required = true, .options = {}},
      {.name = "title_en", .label = i18n::tr("Rubrik på engelska"),
       .hint = i18n::tr("Frivillig. Visas för den som läser på engelska."), .type = "text", .required = false,
       .options = {}},
      {.name = "body_en", .label = i18n::tr("Text på engelska"), .hint = i18n::tr("Frivillig. Behöver en engelsk rubrik."),
       .type = "textarea", .required = false, .options = {}}};
  if (with_publish)
    f.push_back({.name = "publish", .label = i18n::tr("Publicering"), .hint = "", .type = "radios", .required = true,
                 .options = {{"0", i18n::tr("Spara som utkast")}, {"1", i18n::tr("Publicera nu")}}});
  return f;
}

service::NewsInput input_of(const editor::FormValues& v) {
  return {.title = editor::first(v, "title"), .body = editor::first(v, "body"),
          .title_en = editor::first(v, "title_en"), .body_en = editor::first(v, "body_en")};
}

editor::FormValues values_of(const service::NewsItem& n) {
  return {{"title", {n.title}}, {"body", {n.body}}, {"title_en", {n.title_en}}, {"body_en", {n.body_en}}};
}

struct FormPage {
  std::string heading;
  std::string action;
  std::string button;
  bool with_publish = false;
};

void send_form(Response& res, const RequestAuth& auth, const news::County& county, const FormPage& page,
               const editor::FormValues& values, const std::vector<Error>& errors, int status) {
  json ctx = page_context(auth);
  ctx.update({{"county_name", county.name},
              {"heading", page.heading},
              {"action", page.action},
              {"button", page.button},
              {"csrf_token", auth.csrf_token},
              {"fields", editor::form_context(news_fields(page.with_publish), values, errors)},
              {"errors", editor::error_summary(errors)},
              {"has_errors", !errors.empty()},
              {"breadcrumbs", news::breadcrumbs(county.code, county.name, true)}});
  send_html(res, render_page("news_form", page.heading, ctx), status);
}

// The signed-in writer of the county's news, or nullopt after answering
// (login, 403, CSRF).
std::optional<RequestAuth> writer(const Request& req, Response& res, store::Database& db, const news::County& county,
                                  bool posting) {
  auto auth = page_user(req, res, db, posting);
  if (!auth) return std::nullopt;
  if (!service::may_edit_news(auth->user, county.code)) {
    send_service_error_page(req, res, Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}});
    return std::nullopt;
  }
  return auth;
}

// The county, the news item's id from the path and the signed-in writer of
// one item's route, or nullopt after answering (404, login, 403, CSRF).
struct ItemTarget {
  news::County county;
  std::int64_t id = 0;
  RequestAuth auth;
};

std::optional<ItemTarget> item_target(const Request& req, Response& res, store::Database& db, bool posting) {
  auto county = news::county_of_path(req, res, db);
  if (!county) return std::nullopt;
  auto id = path_id(req, res, 2);
  if (!id) return std::nullopt;
  auto auth = writer(req, res, db, *county, posting);
  if (!auth) return std::nullopt;
  return ItemTarget{.county = *county, .id = *id, .auth = *auth};
}

FormPage new_page(const news::County& county) {
  return {.heading = i18n::tr("Ny nyhet"), .action = news::list_url(county.code) + "/ny", .button = i18n::tr("Spara nyheten"),
          .with_publish = true};
}

FormPage edit_page(const news::County& county, std::int64_t id) {
  return {.heading = i18n::tr("Ändra nyheten"), .action = news::item_url(county.code, id) + "/andra",
          .button = i18n::tr("Spara ändringarna"), .with_publish = false};
}

}  // namespace

Handler news_new_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto county = news::county_of_path(req, res, db);
    if (!county) return;
    auto auth = writer(req, res, db, *county, false);
    if (!auth) return;
    send_form(res, *auth, *county, new_page(*county), {{"publish", {"0"}}}, {}, 200);
  };
}

Handler news_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto county = news::county_of_path(req, res, db);
    if (!county) return;
    auto auth = writer(req, res, db, *county, true);
    if (!auth) return;
    editor::FormValues values = editor::form_values(req);
    auto made = service::create_news(db, county->code, input_of(values), editor::first(values, "publish") == "1",
                                     auth->user);
    if (made) return res.set_redirect(news::item_url(county->code, made->id) + "?sparad=1", 303);
    std::vector<Error> errors;
    if (!reshow_form_after(req, res, errors, made.error())) return;
    send_form(res, *auth, *county, new_page(*county), values, errors, 400);
  };
}

Handler news_edit_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto target = item_target(req, res, db, false);
    if (!target) return;
    const auto& [county, id, auth] = *target;
    auto item = service::news_item(db, county.code, id, auth.user);
    if (!item) return send_service_error_page(req, res, item.error());
    send_form(res, auth, county, edit_page(county, id), values_of(*item), {}, 200);
  };
}

Handler news_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto target = item_target(req, res, db, true);
    if (!target) return;
    const auto& [county, id, auth] = *target;
    editor::FormValues values = editor::form_values(req);
    auto saved = service::update_news(db, county.code, id, input_of(values), auth.user);
    if (saved) return res.set_redirect(news::item_url(county.code, id) + "?sparad=1", 303);
    std::vector<Error> errors;
    if (!reshow_form_after(req, res, errors, saved.error())) return;
    send_form(res, auth, county, edit_page(county, id), values, errors, 400);
  };
}

Handler news_publish(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto target = item_target(req, res, db, true);
    if (!target) return;
    const auto& [county, id, auth] = *target;
    auto done = service::set_news_published(db, county.code, id, req.get_param_value("publish") == "1", auth.user);
    if (!done) return send_service_error_page(req, res, done.error());
    res.set_redirect(news::item_url(county.code, id) + "?sparad=1", 303);
  };
}

Handler news_remove_form(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto target = item_target(req, res, db, false);
    if (!target) return;
    const auto& [county, id, auth] = *target;
    auto item = service::news_item(db, county.code, id, auth.user);
    if (!item) return send_service_error_page(req, res, item.error());
    json ctx = page_context(auth);
    ctx.update({{"county_name", county.name},
                {"title", item->title},
                {"action", news::item_url(county.code, id) + "/ta-bort"},
                {"back_url", news::item_url(county.code, id)},
                {"csrf_token", auth.csrf_token},
                {"breadcrumbs", news::breadcrumbs(county.code, county.name, true)}});
    send_html(res, render_page("news_remove", i18n::tr("Ta bort nyheten"), ctx));
  };
}

Handler news_remove(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto target = item_target(req, res, db, true);
    if (!target) return;
    const auto& [county, id, auth] = *target;
    auto done = service::delete_news(db, county.code, id, auth.user);
    if (!done) return send_service_error_page(req, res, done.error());
    res.set_redirect(news::list_url(county.code) + "?borttagen=1", 303);
  };
}

}  // namespace jamt::web
