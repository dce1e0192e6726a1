#pragma once
// News from a county's board (issue 15, item 1; docs/news.md): title and
// body in Swedish, optionally in English, kept as drafts until published.
// The county's strategists and admins write, publish, unpublish and delete
// (authorize_county_portal_change); everyone reads the published ones.
// Every change is audited: entity "news_item", the item's id.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/result.hpp"
#include "store/database.hpp"
#include "store/news/news_repository.hpp"

namespace jamt::service {

// One news item as stored (store/news/news_repository.hpp).
using NewsItem = store::NewsItem;

// What a writer types: plain text; paragraphs of the body are separated by
// blank lines. English title and body are optional.
struct NewsInput {
  std::string title;
  std::string body;
  std::string title_en;
  std::string body_en;
};

// Whether `user` may write the news of `county_code` (for showing buttons).
bool may_edit_news(const std::optional<User>& user, const std::string& county_code);

// The news of `county_code` for `user`: the published ones, newest first,
// and, before them, the drafts for those who may edit the county's news.
// "not_found" for a code that is not one of the 21 counties.
Result<std::vector<NewsItem>> county_news(store::Database& db, const std::string& county_code,
                                          const std::optional<User>& user);

// The `n` newest published news items of `county_code` (for the county's
// portal page). "not_found" for an unknown county.
Result<std::vector<NewsItem>> latest_news(store::Database& db, const std::string& county_code, int n);

// Every published news item of every county, by county then newest first
// (for /sitemap.xml).
Result<std::vector<NewsItem>> all_published_news(store::Database& db);

// News item `id` of `county_code` as `user` may see it: "not_found" when it
// does not exist, belongs to another county, or is a draft the user may not
// edit.
Result<NewsItem> news_item(store::Database& db, const std::string& county_code, std::int64_t id,
                           const std::optional<User>& user);

// Creates a news item of `county_code`, published now (clock) when
// `publish`, else a draft. Errors: "not_found" (unknown county),
// "unauthorized"/"forbidden" (authorize_county_portal_change), "validation"
// naming the field ("title", "body", "title_en", "body_en": a title and a
// body are needed, a title at most 200 characters, a body at most 20 000;
// an English body needs an English title).
Result<NewsItem> create_news(store::Database& db, const std::string& county_code, const NewsInput& input,
                             bool publish, const std::optional<User>& user);

// Replaces the texts of item `id`; its published state and date stay.
// Errors as create_news, and "not_found" for a missing item.
Result<NewsItem> update_news(store::Database& db, const std::string& county_code, std::int64_t id,
                             const NewsInput& input, const std::optional<User>& user);

// Publishes item `id` (its publish date becomes now, from the clock) or
// takes it back to a draft (the date is cleared). Publishing a published
// item changes nothing. Errors as update_news.
Result<NewsItem> set_news_published(store::Database& db, const std::string& county_code, std::int64_t id,
                                    bool published, const std::optional<User>& user);

// Deletes item `id`. Errors as update_news.
Status delete_news(store::Database& db, const std::string& county_code, std::int64_t id,
                   const std::optional<User>& user);

// The paragraphs of a plain-text body: split at blank lines, each trimmed,
// line breaks inside a paragraph kept as "\n"; empty ones left out.
std::vector<std::string> paragraphs_of(const std::string& body);

}  // namespace jamt::service
