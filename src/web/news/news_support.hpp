#pragma once
// What the news pages share (web/news/ only): the county of the path, the
// item's addresses and its view for a template.
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "service/news/news_service.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web::news {

// The county of path group 1 with its name and board, or nullopt after
// answering 404 for a code that is not one of the 21 counties.
struct County {
  std::string code;
  std::string name;        // "Kalmar län"
  std::string board_name;  // "Länsstyrelsen i Kalmar län" (or as saved)
};
std::optional<County> county_of_path(const Request& req, Response& res, store::Database& db);

// "/lan/08/nyheter".
std::string list_url(const std::string& county_code);
// "/lan/08/nyheter/12".
std::string item_url(const std::string& county_code, std::int64_t id);

// The item for news_item/news_list in the request's language: on an English
// page the English title and text where the writer gave them; otherwise the
// Swedish, with `lang` "sv" on an English page (so the fragment carries its
// own language) and "" on a Swedish one. Also paragraphs, dates, urls,
// draft; `title_sv`/`paragraphs_sv` keep the Swedish for the writer's view.
nlohmann::json item_view(const service::NewsItem& item);

// The title shown on the request's language's page (as item_view).
std::string shown_title(const service::NewsItem& item);

// Start › Länen › the county (› Nyheter when `with_list`).
nlohmann::json breadcrumbs(const std::string& county_code, const std::string& county_name, bool with_list);

// "2026-03-31" of a UTC time text ("" for "").
std::string date_of(const std::string& utc);

}  // namespace jamt::web::news
