#pragma once
// The strategy editor's pages (issue 12, part A, item 2; docs/strategy-editing.md).
// Each returns the handler of one route of web/route_table.cpp, bound to
// `db` (which must outlive it). GET pages show a form or the editor; POST
// handlers change the strategy through one service function and redirect
// (303) to the editor, or show the form again (400) with what was typed and
// each message beside its field. The public is sent to the login page;
// viewers who may not change the strategy get 403 (or 404 for a draft they
// may not read). Changes to an adopted strategy go to its draft revision.
#include "web/route_table.hpp"

namespace jamt::web {

// GET /strategier/{id}/redigera: the goal tree with each node's actions.
Handler strategy_editor_page(store::Database& db);
// GET|POST /strategier/{id}/redigera/uppgifter: title, period, vision, description.
Handler strategy_fields_form(store::Database& db);
Handler strategy_fields_submit(store::Database& db);
// GET|POST /strategier/{id}/anta: adopt (date not in the future, decision).
Handler strategy_adopt_form(store::Database& db);
Handler strategy_adopt_submit(store::Database& db);
// GET|POST /strategier/{id}/arkivera: archive an adopted strategy.
Handler strategy_archive_form(store::Database& db);
Handler strategy_archive_submit(store::Database& db);
// GET|POST /strategier/{id}/las-in: a strategy file as the draft (revision).
Handler strategy_file_form(store::Database& db);
Handler strategy_file_submit(store::Database& db);
// GET|POST /strategier/ny: a new draft from scratch; POST /strategier/ny/fil: from a file.
Handler strategy_new_form(store::Database& db);
Handler strategy_new_submit(store::Database& db);
Handler strategy_new_file_submit(store::Database& db);
// GET|POST /strategier/{id}/mal/ny[?under={node}]: a new node.
Handler strategy_node_new_form(store::Database& db);
Handler strategy_node_new_submit(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}: change or move a node.
Handler strategy_node_form(store::Database& db);
Handler strategy_node_submit(store::Database& db);
// POST /strategier/{id}/mal/{node}/flytta (direction=up|down).
Handler strategy_node_move(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}/ta-bort: confirm and remove.
Handler strategy_node_remove_form(store::Database& db);
Handler strategy_node_remove_submit(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}/indikatorer: list and add.
Handler strategy_indicators_page(store::Database& db);
Handler strategy_indicator_add(store::Database& db);
// GET|POST /strategier/{id}/mal/{node}/indikatorer/{ind}; POST …/ta-bort.
Handler strategy_indicator_form(store::Database& db);
Handler strategy_indicator_submit(store::Database& db);
Handler strategy_indicator_remove(store::Database& db);

}  // namespace jamt::web
