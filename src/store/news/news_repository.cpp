#include "store/news/news_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

namespace {

using ll = long long;

const char* kColumns =
    "SELECT id, county_code, title, body, title_en, body_en, published, published_at, created_by, created_at, "
    "updated_by, updated_at FROM news_items ";

// Runs `sql` (kColumns + where + order) with the given text and id
// parameters and collects the rows.
std::vector<NewsItem> read_news(soci::session& s, const std::string& where_and_order, const std::string* county,
                                const ll* id) {
  std::vector<NewsItem> out;
  NewsItem row;
  ll row_id = 0;
  int published = 0;
  soci::indicator published_at_ind = soci::i_ok;
  soci::statement st(s);
  st.exchange(soci::into(row_id));
  st.exchange(soci::into(row.county_code));
  st.exchange(soci::into(row.title));
  st.exchange(soci::into(row.body));
  st.exchange(soci::into(row.title_en));
  st.exchange(soci::into(row.body_en));
  st.exchange(soci::into(published));
  st.exchange(soci::into(row.published_at, published_at_ind));
  st.exchange(soci::into(row.created_by));
  st.exchange(soci::into(row.created_at));
  st.exchange(soci::into(row.updated_by));
  st.exchange(soci::into(row.updated_at));
  if (county) st.exchange(soci::use(*county));
  if (id) st.exchange(soci::use(*id));
  st.alloc();
  st.prepare(std::string(kColumns) + where_and_order);
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    NewsItem item = row;
    item.id = row_id;
    item.published = published != 0;
    if (published_at_ind != soci::i_ok) item.published_at.clear();
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

std::int64_t insert_news(soci::session& s, const NewsItem& item) {
  ll id = 0;
  int published = item.published ? 1 : 0;
  soci::indicator at_ind = item.published_at.empty() ? soci::i_null : soci::i_ok;
  s << "INSERT INTO news_items (county_code, title, body, title_en, body_en, published, published_at, created_by, "
       "created_at, updated_by, updated_at) VALUES (:c, :t, :b, :te, :be, :p, :pa, :cb, :ca, :ub, :ua) RETURNING id",
      soci::use(item.county_code), soci::use(item.title), soci::use(item.body), soci::use(item.title_en),
      soci::use(item.body_en), soci::use(published), soci::use(item.published_at, at_ind), soci::use(item.created_by),
      soci::use(item.created_at), soci::use(item.updated_by), soci::use(item.updated_at), soci::into(id);
  return id;
}

void update_news(soci::session& s, const NewsItem& item) {
  ll id = item.id;
  int published = item.published ? 1 : 0;
  soci::indicator at_ind = item.published_at.empty() ? soci::i_null : soci::i_ok;
  s << "UPDATE news_items SET title = :t, body = :b, title_en = :te, body_en = :be, published = :p, "
       "published_at = :pa, updated_by = :ub, updated_at = :ua WHERE id = :id",
      soci::use(item.title), soci::use(item.body), soci::use(item.title_en), soci::use(item.body_en),
      soci::use(published), soci::use(item.published_at, at_ind), soci::use(item.updated_by),
      soci::use(item.updated_at), soci::use(id);
}

std::optional<NewsItem> load_news(soci::session& s, const std::string& county_code, std::int64_t id) {
  ll wanted = id;
  auto rows = read_news(s, "WHERE county_code = :c AND id = :id", &county_code, &wanted);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<NewsItem> list_news(soci::session& s, const std::string& county_code, bool drafts, int limit) {
  std::string where = county_code.empty() ? "WHERE 1 = 1" : "WHERE county_code = :c";
  if (!drafts) where += " AND published = 1";
  // Drafts first (published = 0), then by publish date; ties by id.
  where += " ORDER BY published, COALESCE(published_at, updated_at) DESC, id DESC";
  if (limit > 0) where += " LIMIT " + std::to_string(limit);
  return read_news(s, where, county_code.empty() ? nullptr : &county_code, nullptr);
}

void delete_news(soci::session& s, std::int64_t id) {
  ll wanted = id;
  s << "DELETE FROM news_items WHERE id = :id", soci::use(wanted);
}

}  // namespace jamt::store
