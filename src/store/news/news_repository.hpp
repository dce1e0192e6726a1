#pragma once
// Storage of county news (migration 28). Functions work on a leased
// session, inside the caller's transaction, and throw soci errors.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace soci {
class session;
}

namespace jamt::store {

// One news item of a county's board as stored.
struct NewsItem {
  std::int64_t id = 0;
  std::string county_code;
  std::string title;
  std::string body;      // plain text; paragraphs separated by blank lines
  std::string title_en;  // "" when no English is given
  std::string body_en;
  bool published = false;
  std::string published_at;  // UTC "YYYY-MM-DDTHH:MM:SSZ"; "" while never published
  std::string created_by;
  std::string created_at;
  std::string updated_by;
  std::string updated_at;
};

// Inserts `item` (its id is ignored) and returns the new id.
std::int64_t insert_news(soci::session& s, const NewsItem& item);

// Writes every field of `item` but id, county and created_*, to row item.id.
void update_news(soci::session& s, const NewsItem& item);

// The news item `id` of `county_code`, or nullopt when there is none (or it
// belongs to another county).
std::optional<NewsItem> load_news(soci::session& s, const std::string& county_code, std::int64_t id);

// The news of `county_code` ("" for every county), newest first: published
// ones by publish date, drafts (when `drafts`) first by their last change.
// At most `limit` items (0 = all).
std::vector<NewsItem> list_news(soci::session& s, const std::string& county_code, bool drafts, int limit);

// Deletes news item `id` (nothing when there is none).
void delete_news(soci::session& s, std::int64_t id);

}  // namespace jamt::store
