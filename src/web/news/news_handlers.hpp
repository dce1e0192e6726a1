#pragma once
// A county's news (issue 15, item 1; docs/news.md): the list, one item, the
// forms to write, change, publish and delete, and the Atom feed. Each
// function returns the handler of one route of web/route_table.cpp, bound to
// `db` (and `mail` for the site's address), which must outlive it. Handlers
// answer every failure themselves (error page) and may throw only for bugs.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /lan/{code}/nyheter: the published news, newest first, and the drafts
// for those who may write the county's news; the page's head links the
// Atom feed.
Handler news_list_page(store::Database& db);
// GET /lan/{code}/nyheter/ny: the form for a new item (county's
// strategists, admins; login for the public, 403 for others).
Handler news_new_form(store::Database& db);
// POST /lan/{code}/nyheter/ny: creates the item (published when the form's
// `publish` is "1", else a draft); 303 to it, or the form again (400) with
// the errors beside the fields.
Handler news_create(store::Database& db);
// GET /lan/{code}/nyheter/{id}: one item; a draft only for its writers
// (404 for everyone else).
Handler news_item_page(store::Database& db);
// GET /lan/{code}/nyheter/{id}/andra: the form to change an item.
Handler news_edit_form(store::Database& db);
// POST /lan/{code}/nyheter/{id}/andra: saves the texts; 303 to the item.
Handler news_update(store::Database& db);
// POST /lan/{code}/nyheter/{id}/publicera: publishes (`publish` = "1") or
// takes back to a draft (`publish` = "0"); 303 to the item.
Handler news_publish(store::Database& db);
// GET /lan/{code}/nyheter/{id}/ta-bort: asks whether to delete the item.
Handler news_remove_form(store::Database& db);
// POST /lan/{code}/nyheter/{id}/ta-bort: deletes it; 303 to the list.
Handler news_remove(store::Database& db);
// GET /lan/{code}/nyheter.atom: the published news as an Atom 1.0 feed
// (application/atom+xml), absolute links from `mail.site_url` (the
// configured public address, `jamt serve --public-url`), never from the
// Host header.
Handler news_feed(store::Database& db, const service::MailSetup& mail);

}  // namespace jamt::web
