#include "web/news/news_support.hpp"

#include <nlohmann/json.hpp>

#include "domain/i18n/language.hpp"
#include "domain/i18n/translate.hpp"
#include "service/portal_settings/county_contact.hpp"
#include "web/http/content_text.hpp"
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

std::string shown_title(const service::NewsItem& item) { return content_text(item.title, item.title_en).text; }

nlohmann::json breadcrumbs(const std::string& county_code, const std::string& county_name, bool with_list) {
  nlohmann::json out = nlohmann::json::array({{{"url", "/"}, {"label", i18n::tr("Start")}},
                                              {{"url", "/lan"}, {"label", i18n::tr("Länen")}},
                                              {{"url", "/lan/" + county_code}, {"label", county_name}}});
  if (with_list) out.push_back({{"url", list_url(county_code)}, {"label", i18n::tr("Nyheter")}});
  return out;
}

nlohmann::json item_view(const service::NewsItem& item) {
  const auto title = content_text(item.title, item.title_en);
  // The English body only with the English title; an English title without
  // its own body shows the Swedish body (marked).
  const auto body = content_text(item.body, title.english ? item.body_en : std::string());
  auto paragraphs = service::paragraphs_of(body.text);
  auto paragraphs_en = service::paragraphs_of(item.body_en);
  const bool english_page = i18n::current_language() == i18n::Language::en;
  return {{"id", item.id},
          {"title", title.text},
          {"title_lang", title.lang},
          {"body_lang", body.lang},
          // The English version below the Swedish one, on Swedish pages only.
          {"title_en", english_page ? std::string() : item.title_en},
          {"paragraphs", paragraphs},
          {"paragraphs_en", paragraphs_en},
          {"summary", paragraphs.empty() ? std::string() : paragraphs.front()},
          {"draft", !item.published},
          {"date", date_of(item.published_at)},
          {"url", item_url(item.county_code, item.id)},
          {"edit_url", item_url(item.county_code, item.id) + "/andra"}};
}

}  // namespace jamt::web::news
