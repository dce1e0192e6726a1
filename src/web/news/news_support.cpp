#include "web/news/news_support.hpp"

#include <nlohmann/json.hpp>

#include "service/portal_settings/county_contact.hpp"
#include "web/http/page_context.hpp"

namespace jamt::web::news {

std::optional<County> county_of_path(const Request& req, Response& res, store::Database& db) {
  auto contact = service::county_contact(db, req.matches.at(1));
  if (!contact) {
    send_service_error_page(req, res, contact.error());
    return std::nullopt;
  }
  return County{.code = contact->county_code, .name = contact->county_name, .board_name = contact->board_name};
}

std::string list_url(const std::string& county_code) { return "/lan/" + county_code + "/nyheter"; }

std::string item_url(const std::string& county_code, std::int64_t id) {
  return list_url(county_code) + "/" + std::to_string(id);
}

std::string date_of(const std::string& utc) { return utc.substr(0, 10); }

nlohmann::json item_view(const service::NewsItem& item) {
  auto paragraphs = service::paragraphs_of(item.body);
  auto paragraphs_en = service::paragraphs_of(item.body_en);
  return {{"id", item.id},
          {"title", item.title},
          {"title_en", item.title_en},
          {"paragraphs", paragraphs},
          {"paragraphs_en", paragraphs_en},
          {"summary", paragraphs.empty() ? std::string() : paragraphs.front()},
          {"draft", !item.published},
          {"date", date_of(item.published_at)},
          {"url", item_url(item.county_code, item.id)},
          {"edit_url", item_url(item.county_code, item.id) + "/andra"}};
}

}  // namespace jamt::web::news
