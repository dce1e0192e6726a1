// A county's news: the list and one item (issue 15, item 1).
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "service/news/news_service.hpp"
#include "web/http/guards.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"
#include "web/news/news_handlers.hpp"
#include "web/news/news_support.hpp"

namespace jamt::web {

namespace {

using json = nlohmann::json;


}  // namespace

Handler news_list_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto county = news::county_of_path(req, res, db);
    if (!county) return;
    auto auth = authenticate(req, db);
    auto items = service::county_news(db, county->code, auth.user);
    if (!items) return send_service_error_page(req, res, items.error());
    json views = json::array();
    for (const auto& item : *items) views.push_back(news::item_view(item));
    const std::string base = news::list_url(county->code);
    json ctx = page_context(auth);
    ctx.update({{"county_name", county->name},
                {"board_name", county->board_name},
                {"items", views},
                {"has_items", !views.empty()},
                {"may_edit", service::may_edit_news(auth.user, county->code)},
                {"new_url", base + "/ny"},
                {"feed_url", base + ".atom"},
                {"removed", req.has_param("borttagen")},
                {"head_links", json::array({{{"rel", "alternate"},
                                             {"type", "application/atom+xml"},
                                             {"href", base + ".atom"},
                                             {"title", i18n::trf("Nyheter från {1}", {county->board_name})}}})},
                {"breadcrumbs", news::breadcrumbs(county->code, county->name, false)}});
    send_html(res, render_page("news_list", i18n::trf("Nyheter – {1}", {county->name}), ctx));
  };
}

Handler news_item_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto county = news::county_of_path(req, res, db);
    if (!county) return;
    auto id = path_id(req, res, 2);
    if (!id) return;
    auto auth = authenticate(req, db);
    auto item = service::news_item(db, county->code, *id, auth.user);
    if (!item) return send_service_error_page(req, res, item.error());
    const std::string url = news::item_url(county->code, *id);
    json ctx = page_context(auth);
    ctx.update({{"county_name", county->name},
                {"board_name", county->board_name},
                {"item", news::item_view(*item)},
                {"may_edit", service::may_edit_news(auth.user, county->code)},
                {"publish_url", url + "/publicera"},
                {"remove_url", url + "/ta-bort"},
                {"csrf_token", auth.csrf_token},
                {"saved", req.has_param("sparad")},
                {"breadcrumbs", news::breadcrumbs(county->code, county->name, true)}});
    send_html(res, render_page("news_item", news::shown_title(*item), ctx));
  };
}

}  // namespace jamt::web
