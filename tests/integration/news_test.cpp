// A county's news end to end over HTTP (issue 15, item 1), on SQLite or
// PostgreSQL ($JAMT_TEST_DB), at the fixture's fixed clock (31 March 2026,
// 10:00 UTC): a Kalmar strategist writes a draft the public cannot see,
// publishes it (dated by the clock), changes, unpublishes and deletes it —
// every step audited; mistakes come back beside their field; other counties'
// strategists, contacts and the coordinator are refused; the Atom feed
// parses as Atom 1.0 with the published entries, `<` and `&` escaped.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "service/news/news_service.hpp"
#include "store/audit_repository.hpp"
#include "register_fixture.hpp"
#include "xml_tree.hpp"
#include "shared_helpers.hpp"

using namespace jamt;
using namespace jamt::testing;

namespace {

const std::string kAtom = "http://www.w3.org/2005/Atom ";

httplib::Params news_form(const std::string& title, const std::string& body, const std::string& publish) {
  return {{"title", title}, {"body", body}, {"title_en", ""}, {"body_en", ""}, {"publish", publish}};
}

// The id at the end of a Location like "/lan/08/nyheter/12?sparad=1".
std::int64_t id_in(const std::string& location) {
  auto start = location.rfind('/') + 1;
  return std::stoll(location.substr(start, location.find('?') - start));
}

}  // namespace

class NewsTest : public RegisterFixture {
 protected:
  std::optional<User> kalmar_user() {
    User u;
    u.email = "strateg@kalmar.example";
    u.role = Role::strategist;
    u.county_code = "08";
    return u;
  }
  std::int64_t published(const std::string& title, const std::string& body) {
    auto made = service::create_news(*db, "08", {.title = title, .body = body, .title_en = "", .body_en = ""}, true,
                                     kalmar_user());
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().to_string());
    return made.ok() ? made->id : 0;
  }
};

TEST_F(NewsTest, AStrategistWritesADraftThePublicCannotSeeThenPublishesItDatedByTheClock) {
  auto form = get(*client, "/lan/08/nyheter/ny", &strategist_08());
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(has(form.body, "Ny nyhet"));

  // No title: the message beside the title field, the text kept, nothing saved.
  auto wrong = post_form(*client, "/lan/08/nyheter/ny", news_form("", "Länets nätverk träffas i april.", "0"),
                         strategist_08());
  ASSERT_EQ(wrong.status, 400);
  EXPECT_TRUE(has(wrong.body, "id=\"title-error\">Ange en rubrik<"));
  EXPECT_TRUE(has(wrong.body, "aria-describedby=\"title-error\""));
  EXPECT_TRUE(has(wrong.body, "Länets nätverk träffas i april."));
  EXPECT_TRUE(service::county_news(*db, "08", kalmar_user())->empty());

  // A draft: the writer sees it, the public does not.
  auto draft = post_form(*client, "/lan/08/nyheter/ny",
                         news_form("Nätverksträff <i>i april</i>",
                                   "Länets nätverk träffas i april.\n\nAnmäl dig senast 10 april & ta med en kollega.",
                                   "0"),
                         strategist_08());
  ASSERT_EQ(draft.status, 303) << draft.body;
  const std::int64_t id = id_in(draft.location);
  const std::string url = "/lan/08/nyheter/" + std::to_string(id);
  EXPECT_EQ(draft.location, url + "?sparad=1");
  auto own = get(*client, url, &strategist_08());
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(has(own.body, "Utkast, inte publicerad"));
  EXPECT_EQ(get(*client, url, nullptr).status, 404);
  EXPECT_EQ(get(*client, url, &strategist_01()).status, 404);
  EXPECT_FALSE(has(get(*client, "/lan/08/nyheter", nullptr).body, "Nätverksträff"));
  EXPECT_TRUE(has(get(*client, "/lan/08/nyheter", &strategist_08()).body, "Nätverksträff"));

  // Published an hour later: dated by the clock, visible to everyone, the
  // markup in the title shown as text, paragraphs kept apart.
  clock.advance(std::chrono::hours(1));
  auto publish = post_form(*client, url + "/publicera", {{"publish", "1"}}, strategist_08());
  ASSERT_EQ(publish.status, 303);
  EXPECT_EQ(publish.location, url + "?sparad=1");
  auto item = service::news_item(*db, "08", id, std::nullopt);
  ASSERT_TRUE(item.ok());
  EXPECT_EQ(item->published_at, "2026-03-31T11:00:00Z");
  auto page = get(*client, url, nullptr);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "<h1>Nätverksträff &lt;i&gt;i april&lt;/i&gt;</h1>"));
  EXPECT_TRUE(has(page.body, "Publicerad <time datetime=\"2026-03-31\">2026-03-31</time>"));
  EXPECT_TRUE(has(page.body, "<p class=\"long-text\">Länets nätverk träffas i april.</p>"));
  EXPECT_TRUE(has(page.body, "<p class=\"long-text\">Anmäl dig senast 10 april &amp; ta med en kollega.</p>"));
  EXPECT_FALSE(has(page.body, "Publicera nyheten")) << "no buttons for the public";
  EXPECT_TRUE(has(get(*client, "/lan/08/nyheter", nullptr).body, "Nätverksträff"));
  // The list links the feed in its head.
  EXPECT_TRUE(has(get(*client, "/lan/08/nyheter", nullptr).body,
                  "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/lan/08/nyheter.atom\""));

  auto audit = audit_of(*db, "news_item", id);
  ASSERT_EQ(audit.size(), 2u);
  EXPECT_EQ(audit[0].action, "create");
  EXPECT_EQ(audit[0].actor, "strateg@kalmar.example");
  EXPECT_EQ(audit[1].action, "publish");
  EXPECT_EQ(nlohmann::json::parse(*audit[1].after_json)["published_at"], "2026-03-31T11:00:00Z");
}

TEST_F(NewsTest, AnItemIsChangedUnpublishedAndDeletedAfterConfirmation) {
  const std::int64_t id = published("Ny strategi antagen", "Länsstyrelsen har antagit strategin.");
  const std::string url = "/lan/08/nyheter/" + std::to_string(id);

  auto edit = get(*client, url + "/andra", &strategist_08());
  ASSERT_EQ(edit.status, 200);
  EXPECT_TRUE(has(edit.body, "value=\"Ny strategi antagen\""));
  // An English text without an English title is refused beside that field.
  auto wrong = post_form(*client, url + "/andra",
                         {{"title", "Ny strategi antagen"}, {"body", "Text."}, {"title_en", ""},
                          {"body_en", "The board has adopted the strategy."}},
                         strategist_08());
  ASSERT_EQ(wrong.status, 400);
  EXPECT_TRUE(has(wrong.body, "id=\"title_en-error\">Ange en engelsk rubrik till den engelska texten<"));
  auto saved = post_form(*client, url + "/andra",
                         {{"title", "Ny strategi antagen 2024"}, {"body", "Länsstyrelsen har antagit strategin."},
                          {"title_en", "New strategy adopted"}, {"body_en", "The board has adopted the strategy."}},
                         admin());
  ASSERT_EQ(saved.status, 303);
  auto page = get(*client, url, nullptr);
  EXPECT_TRUE(has(page.body, "<h1>Ny strategi antagen 2024</h1>"));
  EXPECT_TRUE(has(page.body, "<section lang=\"en\""));
  EXPECT_TRUE(has(page.body, "New strategy adopted"));
  EXPECT_EQ(service::news_item(*db, "08", id, std::nullopt)->published_at, "2026-03-31T10:00:00Z")
      << "changing the text keeps the publish date";

  ASSERT_EQ(post_form(*client, url + "/publicera", {{"publish", "0"}}, strategist_08()).status, 303);
  EXPECT_EQ(get(*client, url, nullptr).status, 404);

  auto confirm = get(*client, url + "/ta-bort", &strategist_08());
  ASSERT_EQ(confirm.status, 200);
  EXPECT_TRUE(has(confirm.body, "Vill du ta bort nyheten ”Ny strategi antagen 2024”?"));
  auto removed = post_form(*client, url + "/ta-bort", {}, strategist_08());
  ASSERT_EQ(removed.status, 303);
  EXPECT_EQ(removed.location, "/lan/08/nyheter?borttagen=1");
  EXPECT_EQ(get(*client, url, &strategist_08()).status, 404);

  auto audit = audit_of(*db, "news_item", id);
  ASSERT_EQ(audit.size(), 4u);
  EXPECT_EQ(audit[1].action, "update");
  EXPECT_EQ(audit[1].actor, "admin@example.se");
  EXPECT_EQ(audit[2].action, "unpublish");
  EXPECT_EQ(audit[3].action, "delete");
  EXPECT_FALSE(audit[3].after_json.has_value());
}

TEST_F(NewsTest, OnlyTheCountysStrategistsAndAdminsWriteItsNews) {
  const std::int64_t id = published("Öppet hus", "Välkommen.");
  const std::string url = "/lan/08/nyheter/" + std::to_string(id);
  for (const TestLogin* who : {&strategist_01(), &contact_a(), &coordinator()}) {
    EXPECT_EQ(get(*client, "/lan/08/nyheter/ny", who).status, 403) << who->email;
    EXPECT_EQ(post_form(*client, "/lan/08/nyheter/ny", news_form("X", "Y", "1"), *who).status, 403) << who->email;
    EXPECT_EQ(post_form(*client, url + "/publicera", {{"publish", "0"}}, *who).status, 403) << who->email;
    EXPECT_EQ(post_form(*client, url + "/ta-bort", {}, *who).status, 403) << who->email;
    EXPECT_EQ(get(*client, url, who).status, 200) << "a published item is public";
  }
  // The public is sent to log in; a form without the CSRF token is refused.
  auto anonymous = get(*client, "/lan/08/nyheter/ny", nullptr);
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.location.rfind("/logga-in", 0), 0u);
  EXPECT_EQ(post_form(*client, url + "/ta-bort", {}, strategist_08(), false).status, 403);
  EXPECT_EQ(get(*client, "/lan/99/nyheter", nullptr).status, 404) << "no county 99";
  EXPECT_EQ(service::county_news(*db, "08", std::nullopt)->size(), 1u);
}

TEST_F(NewsTest, LatestNewsGivesThePortalTheNewestPublishedItems) {
  published("Första", "Ett.");
  clock.advance(std::chrono::hours(1));
  published("Andra", "Två.");
  clock.advance(std::chrono::hours(1));
  published("Tredje", "Tre.");
  ASSERT_TRUE(service::create_news(*db, "08", {.title = "Utkast", .body = "Ej klart.", .title_en = "", .body_en = ""},
                                   false, kalmar_user())
                  .ok());
  auto latest = service::latest_news(*db, "08", 2);
  ASSERT_TRUE(latest.ok());
  ASSERT_EQ(latest->size(), 2u);
  EXPECT_EQ((*latest)[0].title, "Tredje");
  EXPECT_EQ((*latest)[1].title, "Andra");
  EXPECT_TRUE(service::latest_news(*db, "01", 5)->empty());
  EXPECT_FALSE(service::latest_news(*db, "99", 5).ok());
}

TEST_F(NewsTest, TheAtomFeedParsesWithThePublishedEntriesEscaped) {
  const std::int64_t first = published("Möte <i> & fika", "Vi ses <b>kl. 10</b> & fikar.\n\nVälkomna!");
  clock.advance(std::chrono::hours(2));
  const std::int64_t second = published("Rapporten för 2025", "Uppföljningen är publicerad.");
  ASSERT_TRUE(service::create_news(*db, "08", {.title = "Hemligt utkast", .body = "Nej.", .title_en = "", .body_en = ""},
                                   false, kalmar_user())
                  .ok());

  auto r = client->Get("/lan/08/nyheter.atom");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "application/atom+xml; charset=utf-8");
  EXPECT_FALSE(has(r->body, "Hemligt utkast"));
  EXPECT_TRUE(has(r->body, "Möte &lt;i&gt; &amp; fika"));

  std::string error;
  auto feed = parse_xml(r->body, &error);
  ASSERT_TRUE(feed) << error << "\n" << r->body;
  EXPECT_EQ(feed->name, kAtom + "feed");
  ASSERT_TRUE(feed->first(kAtom + "id"));
  EXPECT_EQ(feed->first(kAtom + "id")->text, "tag:jamt.test,2026:lan/08/nyheter");
  EXPECT_EQ(feed->first(kAtom + "title")->text, "Nyheter från Länsstyrelsen i Kalmar län");
  EXPECT_EQ(feed->first(kAtom + "updated")->text, "2026-03-31T12:00:00Z");
  std::map<std::string, std::string> links;
  for (const auto* l : feed->all(kAtom + "link")) links[l->attr("rel")] = l->attr("href");
  EXPECT_EQ(links["self"], "http://jamt.test/lan/08/nyheter.atom");
  EXPECT_EQ(links["alternate"], "http://jamt.test/lan/08/nyheter");
  ASSERT_TRUE(feed->first(kAtom + "author"));

  auto entries = feed->all(kAtom + "entry");
  ASSERT_EQ(entries.size(), 2u);
  // Newest first; ids are tag: URIs that do not change with the title.
  EXPECT_EQ(entries[0]->first(kAtom + "id")->text, "tag:jamt.test,2026-03-31:lan/08/nyheter/" + std::to_string(second));
  EXPECT_EQ(entries[0]->first(kAtom + "published")->text, "2026-03-31T12:00:00Z");
  const XmlNode* e = entries[1];
  EXPECT_EQ(e->first(kAtom + "id")->text, "tag:jamt.test,2026-03-31:lan/08/nyheter/" + std::to_string(first));
  EXPECT_EQ(e->first(kAtom + "title")->text, "Möte <i> & fika");
  EXPECT_EQ(e->first(kAtom + "published")->text, "2026-03-31T10:00:00Z");
  EXPECT_EQ(e->first(kAtom + "updated")->text, "2026-03-31T10:00:00Z");
  EXPECT_EQ(e->first(kAtom + "content")->attr("type"), "text");
  EXPECT_EQ(e->first(kAtom + "content")->text, "Vi ses <b>kl. 10</b> & fikar.\n\nVälkomna!");
  EXPECT_EQ(e->first(kAtom + "link")->attr("href"), "http://jamt.test/lan/08/nyheter/" + std::to_string(first));

  // Renaming keeps the entry's id.
  ASSERT_TRUE(service::update_news(*db, "08", first, {.title = "Möte och fika", .body = "Ändrat.", .title_en = "", .body_en = ""},
                                   kalmar_user())
                  .ok());
  auto again = parse_xml(client->Get("/lan/08/nyheter.atom")->body);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->all(kAtom + "entry")[1]->first(kAtom + "id")->text,
            "tag:jamt.test,2026-03-31:lan/08/nyheter/" + std::to_string(first));
}
