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

// The item for news_item/news_list: title, paragraphs, dates, urls, draft.
nlohmann::json item_view(const service::NewsItem& item);

// "2026-03-31" of a UTC time text ("" for "").
std::string date_of(const std::string& utc);

}  // namespace jamt::web::news
