#include "service/news/news_service.hpp"

#include <functional>
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "domain/regions.hpp"
#include "domain/text/plain_text.hpp"
#include "service/portal_settings/portal_access.hpp"
#include "service/registers/register_service.hpp"
#include "store/audit_repository.hpp"

namespace jamt::service {

namespace {

constexpr std::size_t kMaxTitle = 200;
constexpr std::size_t kMaxBody = 20000;

using text::trimmed;

NewsInput cleaned(const NewsInput& in) {
  return {.title = trimmed(in.title), .body = trimmed(in.body), .title_en = trimmed(in.title_en),
          .body_en = trimmed(in.body_en)};
}

std::optional<Error> input_problem(const NewsInput& in) {
  if (in.title.empty()) return validation_error(i18n::tr("Ange en rubrik"), {}, "title");
  if (text::character_count(in.title) > kMaxTitle) return validation_error(i18n::tr("Rubriken får vara högst 200 tecken"), {}, "title");
  if (in.body.empty()) return validation_error(i18n::tr("Skriv nyhetens text"), {}, "body");
  if (text::character_count(in.body) > kMaxBody) return validation_error(i18n::tr("Texten får vara högst 20 000 tecken"), {}, "body");
  if (text::character_count(in.title_en) > kMaxTitle)
    return validation_error(i18n::tr("Den engelska rubriken får vara högst 200 tecken"), {}, "title_en");
  if (text::character_count(in.body_en) > kMaxBody)
    return validation_error(i18n::tr("Den engelska texten får vara högst 20 000 tecken"), {}, "body_en");
  if (!in.body_en.empty() && in.title_en.empty())
    return validation_error(i18n::tr("Ange en engelsk rubrik till den engelska texten"), {}, "title_en");
  return std::nullopt;
}

Status known_county(const std::string& county_code) {
  if (!RegionCatalogue::instance().find_county(county_code)) return not_found_error(i18n::tr("Det finns inget län med den koden"));
  return {};
}

Error missing_news() { return not_found_error(i18n::tr("Det finns ingen nyhet med det numret")); }

nlohmann::json audit_json(const NewsItem& n) {
  return {{"county_code", n.county_code}, {"title", n.title},         {"body", n.body},
          {"title_en", n.title_en},       {"body_en", n.body_en},     {"published", n.published},
          {"published_at", n.published_at}};
}

// Runs `change` on the stored item `id` in a transaction and audits it as
// `action`; `change` returns false to delete the item.
Result<NewsItem> change_news(store::Database& db, const std::string& county_code, std::int64_t id,
                             const std::optional<User>& user, const std::string& action,
                             const std::function<bool(NewsItem&)>& change) {
  if (auto known = known_county(county_code); !known) return known.error();
  if (auto allowed = authorize_county_portal_change(user, county_code); !allowed) return allowed.error();
  std::optional<NewsItem> out;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto before = store::load_news(s, county_code, id);
    if (!before) return missing_news();
    NewsItem after = *before;
    after.updated_by = actor_name(user);
    after.updated_at = db.clock().now_text();
    bool keep = change(after);
    if (keep) store::update_news(s, after);
    else store::delete_news(s, id);
    store::append_audit(s, {.actor = actor_name(user),
                            .action = action,
                            .entity = "news_item",
                            .entity_id = id,
                            .before_json = audit_json(*before).dump(),
                            .after_json = keep ? std::optional(audit_json(after).dump()) : std::nullopt});
    out = keep ? after : *before;
    return {};
  });
  if (!st) return st.error();
  return *out;
}

}  // namespace

bool may_edit_news(const std::optional<User>& user, const std::string& county_code) {
  return authorize_county_portal_change(user, county_code).ok();
}

Result<std::vector<NewsItem>> county_news(store::Database& db, const std::string& county_code,
                                          const std::optional<User>& user) {
  if (auto known = known_county(county_code); !known) return known.error();
  const bool drafts = may_edit_news(user, county_code);
  std::vector<NewsItem> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_news(s, county_code, drafts, 0);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<NewsItem>> latest_news(store::Database& db, const std::string& county_code, int n) {
  if (auto known = known_county(county_code); !known) return known.error();
  std::vector<NewsItem> out;
  if (n <= 0) return out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_news(s, county_code, false, n);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<NewsItem>> all_published_news(store::Database& db) {
  std::vector<NewsItem> out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& county : RegionCatalogue::instance().at_level(RegionLevel::county)) {
      auto some = store::list_news(s, county.code, false, 0);
      out.insert(out.end(), some.begin(), some.end());
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<NewsItem> news_item(store::Database& db, const std::string& county_code, std::int64_t id,
                           const std::optional<User>& user) {
  if (auto known = known_county(county_code); !known) return known.error();
  std::optional<NewsItem> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::load_news(s, county_code, id);
    return {};
  });
  if (!st) return st.error();
  if (!out || (!out->published && !may_edit_news(user, county_code))) return missing_news();
  return *out;
}

Result<NewsItem> create_news(store::Database& db, const std::string& county_code, const NewsInput& input,
                             bool publish, const std::optional<User>& user) {
  if (auto known = known_county(county_code); !known) return known.error();
  if (auto allowed = authorize_county_portal_change(user, county_code); !allowed) return allowed.error();
  NewsInput in = cleaned(input);
  if (auto problem = input_problem(in)) return *problem;
  const std::string now = db.clock().now_text();
  NewsItem item{.id = 0,
                .county_code = county_code,
                .title = in.title,
                .body = in.body,
                .title_en = in.title_en,
                .body_en = in.body_en,
                .published = publish,
                .published_at = publish ? now : "",
                .created_by = actor_name(user),
                .created_at = now,
                .updated_by = actor_name(user),
                .updated_at = now};
  Status st = db.transaction([&](soci::session& s) -> Status {
    item.id = store::insert_news(s, item);
    store::append_audit(s, {.actor = item.created_by,
                            .action = "create",
                            .entity = "news_item",
                            .entity_id = item.id,
                            .before_json = std::nullopt,
                            .after_json = audit_json(item).dump()});
    return {};
  });
  if (!st) return st.error();
  return item;
}

Result<NewsItem> update_news(store::Database& db, const std::string& county_code, std::int64_t id,
                             const NewsInput& input, const std::optional<User>& user) {
  NewsInput in = cleaned(input);
  if (auto known = known_county(county_code); !known) return known.error();
  if (auto allowed = authorize_county_portal_change(user, county_code); !allowed) return allowed.error();
  if (auto problem = input_problem(in)) return *problem;
  return change_news(db, county_code, id, user, "update", [&](NewsItem& n) {
    n.title = in.title;
    n.body = in.body;
    n.title_en = in.title_en;
    n.body_en = in.body_en;
    return true;
  });
}

Result<NewsItem> set_news_published(store::Database& db, const std::string& county_code, std::int64_t id,
                                    bool published, const std::optional<User>& user) {
  const std::string now = db.clock().now_text();
  return change_news(db, county_code, id, user, published ? "publish" : "unpublish", [&](NewsItem& n) {
    if (published && !n.published) n.published_at = now;
    if (!published) n.published_at.clear();
    n.published = published;
    return true;
  });
}

Status delete_news(store::Database& db, const std::string& county_code, std::int64_t id,
                   const std::optional<User>& user) {
  auto done = change_news(db, county_code, id, user, "delete", [](NewsItem&) { return false; });
  if (!done) return done.error();
  return {};
}

std::vector<std::string> paragraphs_of(const std::string& body) {
  std::vector<std::string> out;
  std::string current;
  std::size_t start = 0;
  auto flush = [&] {
    std::string p = trimmed(current);
    if (!p.empty()) out.push_back(p);
    current.clear();
  };
  while (start <= body.size()) {
    auto end = body.find('\n', start);
    std::string line = body.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trimmed(line).empty()) flush();
    else current += (current.empty() ? "" : "\n") + trimmed(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  flush();
  return out;
}

}  // namespace jamt::service
