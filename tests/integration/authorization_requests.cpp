#include "authorization_requests.hpp"

#include <gtest/gtest.h>

#include <tuple>  // fresh_commitment (engineer B)

#include "service/account/auth_service.hpp"
#include "service/demo/demo_registers.hpp"
#include "store/surveys/respondent_repository.hpp"
#include "service/news/news_service.hpp"  // issue 15, item 1 (engineer P2)
#include "service/joining/join_guard.hpp"
#include "test_documents.hpp"

namespace jamt::testing::authz {

using nlohmann::json;

std::string path_of(const std::string& pattern, const std::vector<std::string>& values) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '(') {
      int depth = 1;
      std::size_t j = i + 1;
      for (; j < pattern.size() && depth > 0; ++j) {
        if (pattern[j] == '\\') ++j;
        else if (pattern[j] == '(') ++depth;
        else if (pattern[j] == ')') --depth;
      }
      if (j < pattern.size() && pattern[j] == '?') ++j;  // an optional group: left out unless given
      out += next < values.size() ? values[next] : "";
      ++next;
      i = j - 1;
    } else if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out += pattern[++i];
    } else {
      out += pattern[i];
    }
  }
  return out;
}

namespace {

using Recipes = std::map<std::string, Recipe>;

std::string str(std::int64_t id) { return std::to_string(id); }

// The path of `row` with its ids, and its query filled from the fixtures.
std::string target(World& w, const TableRow& row, const std::vector<std::string>& ids) {
  return path_of(row.pattern, ids) + w.fill(row.query);
}

HttpCall get(World& w, const TableRow& row, const std::vector<std::string>& ids = {}) {
  return {.method = "GET", .path = target(w, row, ids)};
}

HttpCall with_json(World& w, const TableRow& row, const std::vector<std::string>& ids, json body) {
  return {.method = row.method, .path = target(w, row, ids), .json = std::move(body)};
}

HttpCall with_form(World& w, const TableRow& row, const std::vector<std::string>& ids, httplib::Params form) {
  return {.method = row.method, .path = target(w, row, ids), .form = std::move(form)};
}

// A JSON body as an HTML form sends it: text, "1"/"0" for booleans, one
// field per list item; checklist answers as answer_N.
httplib::Params form_of(const json& body) {
  httplib::Params form;
  for (const auto& [name, value] : body.items()) {
    if (name == "answers" && value.is_array()) {
      for (std::size_t i = 0; i < value.size(); ++i)
        form.emplace("answer_" + std::to_string(i + 1), value[i].get<std::string>());
    } else if (value.is_array()) {
      for (const auto& item : value) form.emplace(name, item.is_string() ? item.get<std::string>() : item.dump());
    } else if (value.is_boolean()) {
      form.emplace(name, value.get<bool>() ? "1" : "0");
    } else if (value.is_null()) {
      form.emplace(name, "");
    } else {
      form.emplace(name, value.is_string() ? value.get<std::string>() : value.dump());
    }
  }
  return form;
}

// The fixture record of `api_path` as a form would send it back changed:
// every stored field, with the update applied.
httplib::Params full_form(World& w, const std::string& api_path, const std::string& fixture) {
  json record = w.as_admin("GET", "/api/v1/" + api_path + "/" + str(w.id(fixture)), nullptr, 200);
  if (api_path == "checklists") {
    // The form has one field per point: answer_N (the update changes point 4).
    json answers = json::array();
    for (const auto& a : record["answers"]) answers.push_back(a.is_object() ? json(a.value("answer", "ja")) : a);
    answers[3] = "delvis";
    record["answers"] = answers;
  } else {
    const json update = w.update_body(api_path);
    for (const auto& [name, value] : update.items()) record[name] = value;
  }
  for (const char* drop : {"id", "created_at", "updated_at", "counts", "title"})
    if (api_path == "checklists" || std::string(drop) != "title") record.erase(drop);
  return form_of(record);
}

// The common register API: list, create, read, update, delete.
void add_register_api(Recipes& r, const std::string& api_path, const std::string& fixture) {
  const std::string base = "/api/v1/" + api_path, one = base + R"(/(\d+))";
  r["GET " + base + " list"] = [](World& w, const TableRow& row, Role) { return get(w, row); };
  r["POST " + base + " create"] = [api_path](World& w, const TableRow& row, Role) {
    return with_json(w, row, {}, w.create_body(api_path));
  };
  r["GET " + one + " read"] = [fixture](World& w, const TableRow& row, Role) { return get(w, row, {str(w.id(fixture))}); };
  r["PATCH " + one + " update"] = [api_path, fixture](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.id(fixture))}, w.update_body(api_path));
  };
  r["DELETE " + one + " delete"] = [api_path](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.fresh(api_path))}, json::object());
  };
}

// The common register pages: list, CSV, forms, record, delete.
void add_register_pages(Recipes& r, const std::string& page, const std::string& api_path, const std::string& fixture) {
  const std::string base = "/" + page, one = base + R"(/(\d+))";
  r["GET " + base + " list"] = [](World& w, const TableRow& row, Role) { return get(w, row); };
  r["GET " + base + R"(/export\.csv list)"] = [](World& w, const TableRow& row, Role) { return get(w, row); };
  r["GET " + base + "/ny create"] = [](World& w, const TableRow& row, Role) { return get(w, row); };
  r["POST " + base + "/ny create"] = [api_path](World& w, const TableRow& row, Role) {
    return with_form(w, row, {}, form_of(w.create_body(api_path)));
  };
  r["GET " + one + " read"] = [fixture](World& w, const TableRow& row, Role) { return get(w, row, {str(w.id(fixture))}); };
  r["GET " + one + "/andra update"] = [fixture](World& w, const TableRow& row, Role) {
    return get(w, row, {str(w.id(fixture))});
  };
  r["POST " + one + "/andra update"] = [api_path, fixture](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id(fixture))}, full_form(w, api_path, fixture));
  };
  r["POST " + one + "/ta-bort delete"] = [api_path](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.fresh(api_path))}, {});
  };
}

// A GET of `row` with the fixture `fixture` (or no id) in its path.
Recipe plain_get(const std::string& fixture = "") {
  return [fixture](World& w, const TableRow& row, Role) {
    return get(w, row, fixture.empty() ? std::vector<std::string>{} : std::vector<std::string>{str(w.id(fixture))});
  };
}

// A JSON decision on a fresh record made by `make`.
Recipe decision(std::function<std::int64_t(World&)> make, json body) {
  return [make, body](World& w, const TableRow& row, Role) { return with_json(w, row, {str(make(w))}, body); };
}

// A form decision on a fresh record made by `make`.
Recipe form_decision(std::function<std::int64_t(World&)> make, httplib::Params form) {
  return [make, form](World& w, const TableRow& row, Role) { return with_form(w, row, {str(make(w))}, form); };
}

// A fresh Kalmar (08) strategy with one overall goal, made by the admin
// through the API and adopted unless `draft`: {strategy id, node id}.
// The next period (start, end) with `first` <= start < end <= 2100 that the
// `counter` has not handed out: (first, first+1), (first, first+2), …
// (first, 2100), (first+1, first+2), … — a strategy's period is never used
// twice in one run, however many requests the probes make.
std::pair<int, int> unused_period(std::pair<int, int>& counter, int first) {
  auto& [start, end] = counter;
  if (start < first) {
    start = first;
    end = first;
  }
  if (++end > 2100) {
    ++start;
    end = start + 1;
  }
  if (end > 2100) ADD_FAILURE() << "every period from " << first << " to 2100 was used";
  return counter;
}

std::pair<std::int64_t, std::int64_t> fresh_strategy(World& w, bool draft) {
  // Periods 2000–2001, 2000–2002, … 2000–2100, 2001–2002, … (5 050 of them).
  static std::pair<int, int> periods{0, 0};
  static int made = 0;
  ++made;
  const auto [start, end] = unused_period(periods, 2000);
  json strategy = w.as_admin("POST", "/api/v1/strategies",
                             {{"county_code", "08"}, {"title", "Tabellens strategi " + str(made)},
                              {"start_year", start}, {"end_year", end}},
                             201);
  const std::int64_t id = strategy.value("id", std::int64_t{0});
  const std::string path = "/api/v1/strategies/" + str(id);
  json node = w.as_admin("POST", path + "/nodes", {{"kind", "overall"}, {"code", "0"}, {"title", "Samma makt"}}, 201);
  if (!draft) w.as_admin("POST", path + "/adopt", {{"adopted_on", "2026-01-15"}, {"decision", "Dnr 1"}}, 200);
  return {id, node.value("id", std::int64_t{0})};
}

// Strategies written through the API (docs/api.md, "Strategies: drafts,
// revisions and versions"): each row on a fresh Kalmar strategy.
void add_strategy_editing(Recipes& r) {
  const std::string one = R"(/api/v1/strategies/(\d{1,15}))";
  const std::string node = one + R"(/nodes/(\d{1,15}))";
  r["POST /api/v1/strategies create"] = [](World& w, const TableRow& row, Role) {
    // Periods starting 1991–1999, apart from fresh_strategy's.
    static std::pair<int, int> periods{0, 0};
    static int made = 0;
    ++made;
    const auto [start, end] = unused_period(periods, 1991);
    return with_json(w, row, {},
                     {{"county_code", "08"}, {"title", "Ny strategi " + str(made)}, {"start_year", start},
                      {"end_year", end}, {"national_goal_version", "2017"}});
  };
  r["PATCH " + one + " update"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(fresh_strategy(w, false).first)}, {{"title", "Reviderad titel"}});
  };
  r["POST " + one + "/nodes create"] = [](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    return with_json(w, row, {str(id)}, {{"kind", "subgoal"}, {"code", "1"}, {"title", "Delmål"}, {"parent_id", overall}});
  };
  r["PATCH " + node + " update"] = [](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    return with_json(w, row, {str(id), str(overall)}, {{"title", "Ny rubrik"}});
  };
  r["DELETE " + node + " delete"] = [](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    return with_json(w, row, {str(id), str(overall)}, json::object());
  };
  r["POST " + one + "/adopt decide"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(fresh_strategy(w, true).first)}, {{"adopted_on", "2026-02-01"}, {"decision", "Dnr 2"}});
  };
  r["GET " + one + "/versions list"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_strategy(w, false).first)});
  };
  r["GET " + one + R"(/versions/(\d{1,9}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_strategy(w, false).first), "1"});
  };
  r["GET " + one + R"(/versions/(\d{1,9})/diff/(\d{1,9}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_strategy(w, false).first), "1", "1"});
  };
}

// Part A of issue 12: editing a strategy's content, archiving, drafts from a
// file (docs/authorization.md). Each row on a fresh adopted Kalmar strategy
// to which the admin first added what the row changes.
void add_strategy_content_editing(Recipes& r) {
  const std::string one = R"(/api/v1/strategies/(\d{1,15}))";
  const std::string node = one + R"(/nodes/(\d{1,15}))";
  const std::string ind = node + R"(/indicators/(\d{1,15}))";
  const json indicator = {{"code", "I1"}, {"name", "Andel kvinnor"}, {"unit", "percent"}};
  const json area = {{"problem", "Få vet var de får stöd"}, {"actions", json::array()}};
  const json plan = {{"title", "Handlingsplan"}, {"start_year", 2024}, {"end_year", 2027},
                     {"objectives", {{{"code", "1"}, {"title", "Delmål"}, {"targets", json::array()}}}}};
  // {strategy id, node id, indicator id} with one indicator on the node.
  auto with_indicator = [indicator](World& w) {
    auto [id, overall] = fresh_strategy(w, false);
    json made = w.as_admin("POST", "/api/v1/strategies/" + str(id) + "/nodes/" + str(overall) + "/indicators",
                           indicator, 201);
    return std::tuple{id, overall, made.value("id", std::int64_t{0})};
  };
  r["POST " + node + "/position update"] = [](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    return with_json(w, row, {str(id), str(overall)}, {{"position", 1}});
  };
  r["POST " + node + "/indicators create"] = [indicator](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    return with_json(w, row, {str(id), str(overall)}, indicator);
  };
  r["PUT " + ind + " update"] = [with_indicator, indicator](World& w, const TableRow& row, Role) {
    auto [id, overall, i] = with_indicator(w);
    json changed = indicator;
    changed["name"] = "Andel kvinnor bland chefer";
    return with_json(w, row, {str(id), str(overall), str(i)}, changed);
  };
  r["DELETE " + ind + " delete"] = [with_indicator](World& w, const TableRow& row, Role) {
    auto [id, overall, i] = with_indicator(w);
    return with_json(w, row, {str(id), str(overall), str(i)}, json::object());
  };
  r["POST " + ind + "/position update"] = [with_indicator](World& w, const TableRow& row, Role) {
    auto [id, overall, i] = with_indicator(w);
    return with_json(w, row, {str(id), str(overall), str(i)}, {{"position", 1}});
  };
  r["POST " + node + "/problem-areas create"] = [area](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    return with_json(w, row, {str(id), str(overall)}, area);
  };
  auto with_area = [area](World& w) {
    auto [id, overall] = fresh_strategy(w, false);
    w.as_admin("POST", "/api/v1/strategies/" + str(id) + "/nodes/" + str(overall) + "/problem-areas", area, 201);
    return std::pair{id, overall};
  };
  r["PUT " + node + R"(/problem-areas/(\d{1,5}) update)"] = [with_area, area](World& w, const TableRow& row, Role) {
    auto [id, overall] = with_area(w);
    return with_json(w, row, {str(id), str(overall), "1"}, area);
  };
  r["DELETE " + node + R"(/problem-areas/(\d{1,5}) delete)"] = [with_area](World& w, const TableRow& row, Role) {
    auto [id, overall] = with_area(w);
    return with_json(w, row, {str(id), str(overall), "1"}, json::object());
  };
  auto with_plan = [plan](World& w) {
    auto id = fresh_strategy(w, false).first;
    w.as_admin("PUT", "/api/v1/strategies/" + str(id) + "/action-plan", plan, 200);
    return id;
  };
  r["PUT " + one + "/action-plan update"] = [plan](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(fresh_strategy(w, false).first)}, plan);
  };
  r["DELETE " + one + "/action-plan delete"] = [with_plan](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(with_plan(w))}, json::object());
  };
  r["POST " + one + "/action-plan/objectives create"] = [with_plan](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(with_plan(w))}, {{"code", "2"}, {"title", "Nytt delmål"}, {"targets", json::array()}});
  };
  r["PUT " + one + R"(/action-plan/objectives/(\d{1,5}) update)"] = [with_plan](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(with_plan(w)), "1"},
                     {{"code", "1"}, {"title", "Ändrat delmål"}, {"targets", json::array()}});
  };
  r["DELETE " + one + R"(/action-plan/objectives/(\d{1,5}) delete)"] = [with_plan](World& w, const TableRow& row,
                                                                                       Role) {
    return with_json(w, row, {str(with_plan(w)), "1"}, json::object());
  };
  r["POST " + one + "/archive decide"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(fresh_strategy(w, false).first)}, json::object());
  };
  r["POST /api/v1/strategies/import create"] = [](World& w, const TableRow& row, Role) {
    static int made = 0;  // periods 1992–1993, 1992–1994, … never used twice
    ++made;
    return with_json(w, row, {},
                     {{"format", "jamt-strategy/1"}, {"county_code", "08"}, {"title", "Inläst strategi " + str(made)},
                      {"start_year", 1992}, {"end_year", 1992 + made}, {"goals", json::array()}});
  };
  r["POST " + one + "/import update"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    json doc = w.as_admin("GET", "/api/v1/strategies/" + str(id), nullptr, 200);
    doc.erase("revision_open");
    doc["title"] = "Reviderad genom fil";
    return with_json(w, row, {str(id)}, doc);
  };
}

// Part A of issue 12: the strategy editor's pages (docs/authorization.md).
void add_strategy_editor_pages(Recipes& r) {
  const std::string one = R"(/strategier/(\d{1,15}))";
  const std::string node = one + R"(/mal/(\d{1,15}))";
  const std::string ind = node + R"(/indikatorer/(\d{1,15}))";
  const json indicator = {{"code", "I1"}, {"name", "Andel kvinnor"}, {"unit", "percent"}};
  auto with_indicator = [indicator](World& w) {
    auto [id, overall] = fresh_strategy(w, false);
    json made = w.as_admin("POST", "/api/v1/strategies/" + str(id) + "/nodes/" + str(overall) + "/indicators",
                           indicator, 201);
    return std::vector<std::string>{str(id), str(overall), str(made.value("id", std::int64_t{0}))};
  };
  auto on_strategy = [](World& w) { return std::vector<std::string>{str(fresh_strategy(w, false).first)}; };
  auto on_node = [](World& w) {
    auto [id, overall] = fresh_strategy(w, false);
    return std::vector<std::string>{str(id), str(overall)};
  };
  // A strategy document of Kalmar with a period never used before.
  auto fresh_document = []() {
    static int made = 0;  // periods 1994–1995, 1994–1996, …
    ++made;
    return json{{"format", "jamt-strategy/1"}, {"county_code", "08"}, {"title", "Strategi från fil " + str(made)},
                {"start_year", 1994}, {"end_year", 1994 + made}, {"goals", json::array()}}
        .dump();
  };
  r["GET /strategier/ny create"] = plain_get();
  r["POST /strategier/ny create"] = [](World& w, const TableRow& row, Role) {
    static int made = 0;  // periods 1993–1994, 1993–1995, …
    ++made;
    return with_form(w, row, {}, {{"county_code", "08"}, {"title", "Ny strategi " + str(made)}, {"start_year", "1993"},
                                  {"end_year", str(1993 + made)}});
  };
  r["POST /strategier/ny/fil create"] = [fresh_document](World& w, const TableRow& row, Role) {
    HttpCall c = with_form(w, row, {}, {});
    c.form.reset();
    c.files = httplib::MultipartFormDataItems{{"file", fresh_document(), "strategi.json", "application/json"}};
    return c;
  };
  for (const char* page : {"/redigera", "/redigera/uppgifter", "/anta", "/arkivera", "/las-in", "/mal/ny"})
    r["GET " + one + page + (std::string(page) == "/anta" || std::string(page) == "/arkivera" ? " decide"
                             : std::string(page) == "/mal/ny"                                ? " create"
                                                                                             : " update")] =
        [on_strategy](World& w, const TableRow& row, Role) { return get(w, row, on_strategy(w)); };
  r["POST " + one + "/redigera/uppgifter update"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    json s = w.as_admin("GET", "/api/v1/strategies/" + str(id), nullptr, 200);
    return with_form(w, row, {str(id)}, {{"title", "Ny titel"}, {"start_year", s.value("start_year", 0) ? str(s["start_year"].get<int>()) : ""},
                                         {"end_year", s.value("end_year", 0) ? str(s["end_year"].get<int>()) : ""},
                                         {"vision", "Vision"}, {"description", ""}});
  };
  r["POST " + one + "/anta decide"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(fresh_strategy(w, true).first)}, {{"adopted_on", "2026-02-01"}, {"decision", "Dnr 2"}});
  };
  r["POST " + one + "/arkivera decide"] = [on_strategy](World& w, const TableRow& row, Role) {
    return with_form(w, row, on_strategy(w), {});
  };
  r["POST " + one + "/las-in update"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    json doc = w.as_admin("GET", "/api/v1/strategies/" + str(id), nullptr, 200);
    doc.erase("revision_open");
    doc["title"] = "Reviderad genom fil";
    HttpCall c = with_form(w, row, {str(id)}, {});
    c.form.reset();
    c.files = httplib::MultipartFormDataItems{{"file", doc.dump(), "strategi.json", "application/json"}};
    return c;
  };
  r["POST " + one + "/mal/ny create"] = [](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    return with_form(w, row, {str(id)}, {{"kind", "subgoal"}, {"code", "1"}, {"title", "Delmål"}, {"parent_id", str(overall)}});
  };
  r["GET " + node + " update"] = [on_node](World& w, const TableRow& row, Role) { return get(w, row, on_node(w)); };
  r["POST " + node + " update"] = [on_node](World& w, const TableRow& row, Role) {
    return with_form(w, row, on_node(w), {{"kind", "overall"}, {"code", "0"}, {"title", "Ny rubrik"}, {"parent_id", ""}});
  };
  r["POST " + node + "/flytta update"] = [](World& w, const TableRow& row, Role) {
    auto [id, overall] = fresh_strategy(w, false);
    const std::string nodes = "/api/v1/strategies/" + str(id) + "/nodes";
    w.as_admin("POST", nodes, {{"kind", "subgoal"}, {"code", "1"}, {"title", "Första"}, {"parent_id", overall}}, 201);
    json second = w.as_admin("POST", nodes, {{"kind", "subgoal"}, {"code", "2"}, {"title", "Andra"}, {"parent_id", overall}}, 201);
    return with_form(w, row, {str(id), str(second.value("id", std::int64_t{0}))}, {{"direction", "up"}});
  };
  r["GET " + node + "/ta-bort delete"] = [on_node](World& w, const TableRow& row, Role) { return get(w, row, on_node(w)); };
  r["POST " + node + "/ta-bort delete"] = [on_node](World& w, const TableRow& row, Role) {
    return with_form(w, row, on_node(w), {});
  };
  r["GET " + node + "/indikatorer update"] = [on_node](World& w, const TableRow& row, Role) {
    return get(w, row, on_node(w));
  };
  r["POST " + node + "/indikatorer create"] = [on_node](World& w, const TableRow& row, Role) {
    return with_form(w, row, on_node(w), {{"code", "I2"}, {"name", "Andel män"}, {"unit", "percent"},
                                          {"periodicity", "yearly"}, {"disaggregation", "sex"}, {"direction", "none"}});
  };
  r["GET " + ind + " update"] = [with_indicator](World& w, const TableRow& row, Role) {
    return get(w, row, with_indicator(w));
  };
  r["POST " + ind + " update"] = [with_indicator](World& w, const TableRow& row, Role) {
    return with_form(w, row, with_indicator(w), {{"code", "I1"}, {"name", "Andel kvinnor bland chefer"},
                                                 {"unit", "percent"}, {"periodicity", "yearly"},
                                                 {"disaggregation", "sex"}, {"direction", "none"}});
  };
  r["POST " + ind + "/ta-bort delete"] = [with_indicator](World& w, const TableRow& row, Role) {
    return with_form(w, row, with_indicator(w), {});
  };
}

// --- Issue 12 item 1, part D: editor pages for problem areas, the action plan and commitments ---
std::tuple<std::int64_t, std::int64_t, std::int64_t> fresh_commitment(World& w);

void add_strategy_content_pages(Recipes& r) {
  const std::string one = R"(/strategier/(\d{1,15}))";
  const std::string node = one + R"(/mal/(\d{1,15}))";
  const std::string area_path = node + R"(/problemomraden/(\d{1,15}))";
  const std::string objective_path = one + R"(/handlingsplan/delmal/(\d{1,15}))";
  const std::string commitment_path = node + R"(/ataganden/(\d{1,15}))";
  const json area = {{"problem", "Få vet var de får stöd"}, {"actions", json::array()}};
  const json plan = {{"title", "Handlingsplan"}, {"start_year", 2024}, {"end_year", 2027},
                     {"objectives", {{{"code", "1"}, {"title", "Delmål"}, {"targets", json::array()}}}}};
  auto on_node = [](World& w) {
    auto [id, overall] = fresh_strategy(w, false);
    return std::vector<std::string>{str(id), str(overall)};
  };
  auto with_area = [area](World& w) {
    auto [id, overall] = fresh_strategy(w, false);
    w.as_admin("POST", "/api/v1/strategies/" + str(id) + "/nodes/" + str(overall) + "/problem-areas", area, 201);
    return std::vector<std::string>{str(id), str(overall), "1"};
  };
  auto with_plan = [plan](World& w) {
    auto id = fresh_strategy(w, false).first;
    w.as_admin("PUT", "/api/v1/strategies/" + str(id) + "/action-plan", plan, 200);
    return str(id);
  };
  auto with_commitment = [](World& w) {
    auto [id, overall, cid] = fresh_commitment(w);
    return std::vector<std::string>{str(id), str(overall), str(cid)};
  };
  r["GET " + node + "/problemomraden update"] = [on_node](World& w, const TableRow& row, Role) {
    return get(w, row, on_node(w));
  };
  r["POST " + node + "/problemomraden create"] = [on_node](World& w, const TableRow& row, Role) {
    return with_form(w, row, on_node(w), {{"problem", "Få vet var de får stöd"}, {"action1", "Informera"}});
  };
  r["GET " + area_path + " update"] = [with_area](World& w, const TableRow& row, Role) { return get(w, row, with_area(w)); };
  r["POST " + area_path + " update"] = [with_area](World& w, const TableRow& row, Role) {
    return with_form(w, row, with_area(w), {{"problem", "Ändrat problem"}});
  };
  r["GET " + area_path + "/ta-bort delete"] = [with_area](World& w, const TableRow& row, Role) {
    return get(w, row, with_area(w));
  };
  r["POST " + area_path + "/ta-bort delete"] = [with_area](World& w, const TableRow& row, Role) {
    return with_form(w, row, with_area(w), {});
  };
  r["GET " + one + "/handlingsplan update"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_strategy(w, false).first)});
  };
  r["POST " + one + "/handlingsplan update"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(fresh_strategy(w, false).first)},
                     {{"title", "Handlingsplan"}, {"start_year", "2024"}, {"end_year", "2027"}, {"description", ""}});
  };
  r["GET " + one + "/handlingsplan/ta-bort delete"] = [with_plan](World& w, const TableRow& row, Role) {
    return get(w, row, {with_plan(w)});
  };
  r["POST " + one + "/handlingsplan/ta-bort delete"] = [with_plan](World& w, const TableRow& row, Role) {
    return with_form(w, row, {with_plan(w)}, {});
  };
  r["GET " + one + "/handlingsplan/delmal/ny create"] = [with_plan](World& w, const TableRow& row, Role) {
    return get(w, row, {with_plan(w)});
  };
  r["POST " + one + "/handlingsplan/delmal/ny create"] = [with_plan](World& w, const TableRow& row, Role) {
    return with_form(w, row, {with_plan(w)}, {{"code", "2"}, {"title", "Nytt delmål"}});
  };
  r["GET " + objective_path + " update"] = [with_plan](World& w, const TableRow& row, Role) {
    return get(w, row, {with_plan(w), "1"});
  };
  r["POST " + objective_path + " update"] = [with_plan](World& w, const TableRow& row, Role) {
    return with_form(w, row, {with_plan(w), "1"}, {{"code", "1"}, {"title", "Ändrat delmål"}});
  };
  r["GET " + objective_path + "/ta-bort delete"] = [with_plan](World& w, const TableRow& row, Role) {
    return get(w, row, {with_plan(w), "1"});
  };
  r["POST " + objective_path + "/ta-bort delete"] = [with_plan](World& w, const TableRow& row, Role) {
    return with_form(w, row, {with_plan(w), "1"}, {});
  };
  r["GET " + node + "/ataganden update"] = [on_node](World& w, const TableRow& row, Role) {
    return get(w, row, on_node(w));
  };
  r["POST " + node + "/ataganden create"] = [on_node](World& w, const TableRow& row, Role) {
    return with_form(w, row, on_node(w), {{"text", "Samla statistik"}, {"owner_choice", ""}});
  };
  r["GET " + commitment_path + " update"] = [with_commitment](World& w, const TableRow& row, Role) {
    return get(w, row, with_commitment(w));
  };
  r["POST " + commitment_path + " update"] = [with_commitment](World& w, const TableRow& row, Role) {
    return with_form(w, row, with_commitment(w), {{"text", "Utbilda alla chefer"}, {"owner_choice", ""}});
  };
  r["GET " + commitment_path + "/ta-bort delete"] = [with_commitment](World& w, const TableRow& row, Role) {
    return get(w, row, with_commitment(w));
  };
  r["POST " + commitment_path + "/ta-bort delete"] = [with_commitment](World& w, const TableRow& row, Role) {
    return with_form(w, row, with_commitment(w), {});
  };
}
// --- end of part D ---

// --- Issue 12 item 3, engineer B: commitments followed up ---
// The adopted Kalmar strategy of these rows, made once per World (the
// periods of fresh_strategy run out after some hundred): {strategy id, node id}.
std::pair<std::int64_t, std::int64_t> commitments_strategy(World& w) {
  static std::pair<std::int64_t, std::int64_t> made{0, 0};
  if (made.first != 0) {
    HttpAnswer a = w.send({.method = "GET", .path = "/api/v1/strategies/" + str(made.first)}, Role::admin);
    json doc = json::parse(a.body, nullptr, false);
    if (a.status == 200 && doc.is_object() && doc["goals"].is_array() && !doc["goals"].empty() &&
        doc["goals"][0].value("id", std::int64_t{0}) == made.second)
      return made;
  }
  made = fresh_strategy(w, false);
  return made;
}

// A fresh commitment owned by organisation A on the overall goal of the rows'
// adopted Kalmar strategy: {strategy id, node id, commitment id}.
std::tuple<std::int64_t, std::int64_t, std::int64_t> fresh_commitment(World& w) {
  auto [id, overall] = commitments_strategy(w);
  json c = w.as_admin("POST", "/api/v1/strategies/" + str(id) + "/commitments",
                      {{"node_id", overall}, {"text", "Utbilda chefer " + str(w.next())}, {"owner_organisation_id", w.id("org_a")}},
                      201);
  return {id, overall, c.value("id", std::int64_t{0})};
}

// The first year of strategy `id`'s period, as text.
std::string strategy_start_year(World& w, std::int64_t id) {
  json doc = w.as_admin("GET", "/api/v1/strategies/" + str(id), json(), 200);
  return str(doc.value("start_year", 0));
}

void add_commitments(Recipes& r) {
  const std::string one = R"(/api/v1/strategies/(\d{1,15})/commitments)";
  const std::string item = one + R"(/(\d{1,15}))";
  r[R"(GET /strategier/(\d{1,15})/ataganden read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(std::get<0>(fresh_commitment(w)))});
  };
  r[R"(POST /strategier/(\d{1,15})/ataganden/(\d{1,15})/status update)"] = [](World& w, const TableRow& row, Role) {
    auto [id, node, cid] = fresh_commitment(w);
    return with_form(w, row, {str(id), str(cid)},
                     {{"year", strategy_start_year(w, id)}, {"status", "ongoing"}, {"comment", "I gång"}});
  };
  r["GET " + one + " list"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(std::get<0>(fresh_commitment(w)))});
  };
  r["POST " + one + " create"] = [](World& w, const TableRow& row, Role) {
    auto [id, overall] = commitments_strategy(w);
    return with_json(w, row, {str(id)}, {{"node_id", overall}, {"text", "Samla statistik " + str(w.next())}});
  };
  r["PATCH " + item + " update"] = [](World& w, const TableRow& row, Role) {
    auto [id, node, cid] = fresh_commitment(w);
    return with_json(w, row, {str(id), str(cid)}, {{"text", "Utbilda alla chefer"}});
  };
  r["DELETE " + item + " delete"] = [](World& w, const TableRow& row, Role) {
    auto [id, node, cid] = fresh_commitment(w);
    return with_json(w, row, {str(id), str(cid)}, json::object());
  };
  r["PUT " + item + R"(/status/(\d{4}) update)"] = [](World& w, const TableRow& row, Role) {
    auto [id, node, cid] = fresh_commitment(w);
    return with_json(w, row, {str(id), str(cid), strategy_start_year(w, id)}, {{"status", "done"}, {"comment", "Klart"}});
  };
}
// --- end of engineer B's block ---

// Issue 12, item 6: the year view of a fresh adopted Kalmar strategy, in its first year.
void add_strategy_year(Recipes& r) {
  r[R"(GET /strategier/(\d{1,15})/ar/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    return get(w, row, {str(id), strategy_start_year(w, id)});
  };
  r[R"(GET /api/v1/strategies/(\d{1,15})/years/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    return get(w, row, {str(id), strategy_start_year(w, id)});
  };
}

// Issue 14, items 1 and 6 (engineer R1): the yearly follow-up of a fresh
// adopted Kalmar strategy in its first year; the published rows read a
// version the admin published through the API.
std::int64_t fresh_published_report(World& w) {
  auto id = fresh_strategy(w, false).first;
  json made = w.as_admin("POST", "/api/v1/reports/strategies/" + str(id) + "/" + strategy_start_year(w, id) + "/publish",
                         json::object(), 201);
  return made.value("id", std::int64_t{0});
}

void add_report_year(Recipes& r) {
  const std::string live = R"(/strategier/(\d{1,15})/uppfoljning/(\d{4}))";
  r["GET " + live + " read"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    return get(w, row, {str(id), strategy_start_year(w, id)});
  };
  r["POST " + live + "/avsnitt update"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    return with_form(w, row, {str(id), strategy_start_year(w, id)},
                     {{"section_id", "sammanfattning"}, {"text", "Året i korthet."}, {"done", "1"}});
  };
  r["POST " + live + "/publicera update"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    return with_form(w, row, {str(id), strategy_start_year(w, id)}, {{"confirm", "ja"}});
  };
  r[R"(GET /rapporter/(\d{1,15}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_published_report(w))});
  };
  r[R"(GET /rapporter/(\d{1,15})/filer/(html|json|xlsx|pdf) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_published_report(w)), "json"});
  };
  r[R"(GET /api/v1/reports/strategies/(\d{1,15})/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    return get(w, row, {str(id), strategy_start_year(w, id)});
  };
  r[R"(POST /api/v1/reports/strategies/(\d{1,15})/(\d{4})/publish create)"] = [](World& w, const TableRow& row, Role) {
    auto id = fresh_strategy(w, false).first;
    return with_json(w, row, {str(id), strategy_start_year(w, id)}, json::object());
  };
  r[R"(GET /api/v1/reports/(\d{1,15}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_published_report(w))});
  };
}
// --- end of engineer R1's block ---

void add_general(Recipes& r) {
  r["GET /static/(.+) read"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"style.css"}); };
  r["GET / read"] = plain_get();
  r[R"(GET /strategier/(\d{1,15}) read)"] = plain_get("strategy");
  r[R"(GET /nationella-mal/(\d{4})/(\d{1,2}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"2017", "1"});
  };
  r["GET /healthz read"] = plain_get();
  r["GET /readyz read"] = plain_get();
  // From loopback, as the table's requests come; other addresses get 404
  // whoever is signed in (operations_test.cpp).
  r["GET /metrics read"] = plain_get();
  r["GET /api/v1/regions list"] = plain_get();
  r["GET /api/v1/national-goals list"] = plain_get();
  r["GET /api/v1/strategies list"] = plain_get();
  r["GET /api/v1/strategies/([^/]+) read"] = plain_get("strategy");

  r["GET /logga-in read"] = plain_get();
  r["POST /logga-in create"] = [](World& w, const TableRow& row, Role role) {
    HttpCall c = with_form(w, row, {}, {{"email", role == Role::anonymous ? w.email_of(Role::admin) : w.email_of(role)},
                                        {"password", "correct horse battery"},
                                        {"login_token", "abc123"},
                                        {"next", "/"}});
    c.extra_cookie = "jamt_login=abc123";
    return c;
  };
  r["POST /logga-ut delete"] = [](World& w, const TableRow& row, Role role) {
    HttpCall c = with_form(w, row, {}, {});
    if (role != Role::anonymous) c.session = w.fresh_session(role);
    return c;
  };
  r["POST /api/v1/auth/login create"] = [](World& w, const TableRow& row, Role role) {
    return with_json(w, row, {},
                     {{"email", role == Role::anonymous ? w.email_of(Role::admin) : w.email_of(role)},
                      {"password", "correct horse battery"}});
  };
  r["POST /api/v1/auth/logout delete"] = [](World& w, const TableRow& row, Role role) {
    HttpCall c = with_json(w, row, {}, json::object());
    if (role != Role::anonymous) c.session = w.fresh_session(role);
    return c;
  };
  r["GET /api/v1/auth/me read"] = plain_get();
  r["GET /api/v1/audit read"] = plain_get();
}

// A fresh e-mail address for each invitation a row sends.
std::string fresh_address() {
  static int n = 0;
  return "inbjuden" + std::to_string(++n) + "@kommun.example.se";
}

// A fresh organisation contact of A with a password, for rows that change
// or disable an account.
std::int64_t fresh_account(World& w) {
  User u;
  u.email = fresh_address();
  u.role = jamt::Role::org_contact;
  u.organisation_id = w.id("org_a");
  u.county_code = "08";
  auto id = service::create_user(w.db(), u, "correct horse battery", service::Actor{"test"});
  EXPECT_TRUE(id.ok()) << id.error().to_string();
  return id ? *id : 0;
}

void add_accounts(Recipes& r) {
  r["GET /glomt-losenord read"] = plain_get();
  // An address without an account: the same answer as for one with.
  r["POST /glomt-losenord create"] = [](World& w, const TableRow& row, Role) {
    HttpCall c = with_form(w, row, {}, {{"email", "ingen@kommun.example.se"}, {"form_token", "abc123"}});
    c.extra_cookie = "jamt_form=abc123";
    return c;
  };
  // A link that does not exist: 404 for everyone.
  r["GET /konto/losenord/([0-9a-f]{64}) read"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {std::string(64, 'a')});
  };
  r["POST /konto/losenord/([0-9a-f]{64}) update"] = [](World& w, const TableRow& row, Role) {
    HttpCall c = with_form(w, row, {std::string(64, 'a')},
                           {{"password", "correct horse battery"}, {"password_repeat", "correct horse battery"},
                            {"form_token", "abc123"}});
    c.extra_cookie = "jamt_form=abc123";
    return c;
  };
  r["GET /konton/bjud-in create"] = plain_get();
  r["POST /konton/bjud-in create"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {},
                     {{"email", fresh_address()}, {"role", "org_contact"}, {"organisation_id", str(w.id("org_a"))}});
  };
  r["GET /konton list"] = plain_get();
  r[R"(GET /konton/(\d{1,15}) read)"] = plain_get("admin_user");
  r[R"(POST /konton/(\d{1,15}) update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(fresh_account(w))},
                     {{"role", "org_contact"}, {"organisation_id", str(w.id("org_a"))}, {"disabled", "1"}});
  };
  r["POST /api/v1/users create"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {},
                     {{"email", fresh_address()},
                      {"role", "org_contact"},
                      {"county_code", "08"},
                      {"organisation_id", w.id("org_a")}});
  };
  r["GET /api/v1/users list"] = plain_get();
  r[R"(GET /api/v1/users/(\d{1,15}) read)"] = plain_get("admin_user");
  // Issue 16 (engineer H2): API tokens, listed for their owner and admins.
  r["GET /konto/nycklar read"] = plain_get();
  r[R"(GET /konton/(\d{1,15})/nycklar read)"] = plain_get("admin_user");
  r[R"(GET /api/v1/users/(\d{1,15})/tokens read)"] = plain_get("admin_user");
  r[R"(PATCH /api/v1/users/(\d{1,15}) update)"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(fresh_account(w))}, {{"disabled", true}});
  };
}

void add_statistics(Recipes& r) {
  r["GET /statistik list"] = plain_get();
  r[R"(GET /statistik/(\d{1,15})(/data\.csv)? read)"] = plain_get("measure");
  r["GET /api/v1/measures list"] = plain_get();
  r["GET /api/v1/measures/([^/]+)/data read"] = plain_get("measure");
  r["GET /api/v1/measures/([^/]+)/analysis read"] = plain_get("measure");
  r["GET /statistik/importera create"] = plain_get();
  r["POST /statistik/importera create"] = [](World& w, const TableRow& row, Role) {
    // The file the fixtures imported: a second import is a no-op.
    HttpCall c{.method = "POST", .path = target(w, row, {})};
    c.files = httplib::MultipartFormDataItems{{"file", w.measure_file(), "BE0101D1.px", "application/octet-stream"}};
    return c;
  };
  r["GET /api/v1/statistics/batches list"] = plain_get();
  // A batch that does not exist: whoever may roll back batches at all learns
  // 404, the same answer as for another county's batch.
  r["DELETE /api/v1/statistics/batches/([^/]+) delete"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {"999999"}, json::object());
  };
  r["GET /statistik/importer list"] = plain_get();
  // Statistics fetched from SCB/Kolada (issue 13, item 4): adding a source
  // fetches nothing; the others name a source that does not exist, so no
  // row reaches the network.
  r["GET /statistik/kallor list"] = plain_get();
  r["POST /statistik/kallor create"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {}, {{"address", "N00906"}, {"schedule", "manual"}});
  };
  r[R"(GET /statistik/kallor/(\d{1,15}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"999999"});
  };
  r[R"(POST /statistik/kallor/(\d{1,15})/hamta update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"999999"}, {});
  };
  r["GET /api/v1/statistics/sources list"] = plain_get();
  r["POST /api/v1/statistics/sources create"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {}, json{{"address", "N00906"}, {"schedule", "monthly"}});
  };
  r[R"(POST /api/v1/statistics/sources/(\d{1,15})/fetch update)"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {"999999"}, json::object());
  };
  // The page's rollback button, for a batch that does not exist (as above).
  r[R"(POST /statistik/importer/(\d{1,15})/angra delete)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"999999"}, {});
  };
}

void add_organisations(Recipes& r) {
  add_register_api(r, "organisations", "org_a");
  add_register_pages(r, "organisationer", "organisations", "org_a");
  r["GET /api/v1/organisations/summary list"] = plain_get();
  add_register_api(r, "people", "person");
  add_register_pages(r, "personer", "people", "person");
  r[R"(GET /api/v1/people/(\d+)/export read)"] = plain_get("person");
  r[R"(GET /personer/(\d+)/export\.json read)"] = plain_get("person");
}

void add_groups(Recipes& r) {
  add_register_api(r, "groups", "group");
  add_register_pages(r, "grupper", "groups", "group");
  add_register_api(r, "group-members", "member");
  add_register_pages(r, "grupper/medlemskap", "group-members", "member");
  add_register_api(r, "meetings", "meeting");
  add_register_pages(r, "grupper/moten", "meetings", "meeting");
  add_register_api(r, "meeting-attendance", "attendance");
  add_register_api(r, "representative-changes", "change");
  add_register_pages(r, "grupper/byten", "representative-changes", "change");
  r[R"(GET /api/v1/groups/(\d+)/attendance read)"] = plain_get("group");
  r[R"(GET /grupper/(\d+)/narvaro\.csv read)"] = plain_get("group");
  r[R"(PUT /api/v1/meetings/(\d+)/attendance update)"] = [](World& w, const TableRow& row, Role) {
    json marks = {{{"organisation_id", w.id("org_a")}, {"present", true}, {"attended_by", w.id("person")}}};
    return with_json(w, row, {str(w.id("meeting"))}, {{"attendance", marks}});
  };
  r[R"(POST /grupper/moten/(\d+)/narvaro update)"] = [](World& w, const TableRow& row, Role) {
    const std::string a = str(w.id("org_a"));
    return with_form(w, row, {str(w.id("meeting"))},
                     {{"present-" + a, "1"}, {"attended_by-" + a, str(w.id("person"))}});
  };
  auto change = [](World& w) { return w.fresh("representative-changes"); };
  r[R"(POST /api/v1/representative-changes/(\d+)/confirm decide)"] = decision(change, json::object());
  r[R"(POST /api/v1/representative-changes/(\d+)/reject decide)"] =
      decision(change, {{"reason", "Personen är inte anställd hos organisationen."}});
  r[R"(POST /grupper/byten/(\d+)/bekrafta decide)"] = form_decision(change, {});
  r[R"(POST /grupper/byten/(\d+)/avsla decide)"] =
      form_decision(change, {{"decision_reason", "Personen är inte anställd hos organisationen."}});
}

void add_joinings(Recipes& r) {
  add_register_api(r, "joinings", "joining");
  add_register_pages(r, "anslutningar", "joinings", "joining");
  auto pending = [](World& w) { return w.fresh_joining(false); };
  auto approved = [](World& w) { return w.fresh_joining(true); };
  // Issue 16 (engineer H2): the queue of pending applications, cleared in one step.
  r["GET /anslutningar/vantande list"] = plain_get();
  r["POST /anslutningar/vantande/avsla decide"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {},
                     {{"mode", "valda"}, {"ids", str(w.fresh_joining(false))}, {"reason", "Skräpansökan."}});
  };
  r[R"(POST /api/v1/joinings/(\d+)/approve decide)"] = decision(pending, {{"date", "2025-03-01"}});
  r[R"(POST /api/v1/joinings/(\d+)/reject decide)"] = decision(pending, {{"reason", "Beslut saknas."}});
  r[R"(POST /api/v1/joinings/(\d+)/withdraw update)"] =
      decision(approved, {{"date", "2026-01-31"}, {"reason", "Organisationen läggs ned."}});
  r[R"(POST /api/v1/joinings/(\d+)/follow-up decide)"] =
      decision(approved, {{"date", "2026-01-20"}, {"note", "Uppföljningsmöte."}});
  r[R"(GET /api/v1/joinings/(\d+)/follow-ups read)"] = plain_get("joining");
  r[R"(GET /api/v1/joinings/(\d+)/action-plan read)"] = plain_get("joining");
  r["GET /api/v1/joinings/summary read"] = plain_get();
  r["GET /api/v1/joinings/overdue list"] = plain_get();
  r[R"(POST /anslutningar/(\d+)/godkann decide)"] = form_decision(pending, {{"joined_on", "2025-03-01"}});
  r[R"(POST /anslutningar/(\d+)/avsla decide)"] = form_decision(pending, {{"reason", "Beslut saknas."}});
  r[R"(POST /anslutningar/(\d+)/uttrade update)"] =
      form_decision(approved, {{"withdrawn_on", "2026-01-31"}, {"reason", "Organisationen läggs ned."}});
  r[R"(POST /anslutningar/(\d+)/uppfoljning decide)"] =
      form_decision(approved, {{"held_on", "2026-01-20"}, {"note", "Uppföljningsmöte."}});
  r[R"(POST /anslutningar/(\d+)/handlingsplan update)"] = [](World& w, const TableRow& row, Role) {
    HttpCall c{.method = "POST", .path = target(w, row, {str(w.id("joining"))})};
    c.files = httplib::MultipartFormDataItems{
        {"action_plan_file", testing::real_pdf(), "plan.pdf", "application/pdf"}};
    return c;
  };
  r[R"(GET /anslutningar/(\d+)/handlingsplan read)"] = plain_get("joining");
  r["GET /anslutningar/forsenade-uppfoljningar list"] = plain_get();
  r[R"(GET /anslut/(\d\d) create)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(POST /anslut/(\d\d) create)"] = [](World& w, const TableRow& row, Role) {
    const int n = w.next();
    HttpCall c = with_form(w, row, {"08"},
                           {{"organisation_name", "Förening " + std::to_string(n)},
                            {"org_number", service::demo_org_number(7000 + n)},
                            {"organisation_type", "civilsamhalle"},
                            {"municipality_code", "0880"},
                            {"contact_name", "Cecilia Ek"},
                            {"contact_email", "cecilia@forening.se"},
                            {"decision_date", "2025-12-01"}});
    // A token the server issued, as the form would carry it (issue 16).
    auto token = service::issue_join_token(w.db(), "08");
    EXPECT_TRUE(token.ok());
    const std::string t = token.ok() ? *token : "";
    c.form->emplace("csrf_token", t);
    c.extra_cookie = "jamt_apply=" + t;
    return c;
  };
  r["GET /anslutna list"] = plain_get();
  r[R"(GET /anslutna/(\d\d) list)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(GET /anslutna/(\d\d)\.csv list)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(GET /api/v1/counties/(\d+)/joined list)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"08"});
  };
}

void add_checklists(Recipes& r) {
  add_register_api(r, "checklists", "checklist");
  add_register_pages(r, "checklistor", "checklists", "checklist");
  r["GET /api/v1/checklists/summary read"] = plain_get();
  r["GET /checklistor/sammanstallning read"] = plain_get();
  r[R"(GET /checklistor/organisation/(\d+) read)"] = plain_get("org_a");
  add_register_api(r, "steering-documents", "steering");
  add_register_pages(r, "styrdokument", "steering-documents", "steering");
  r["GET /api/v1/steering-documents/summary read"] = plain_get();
  r["GET /styrdokument/sammanstallning read"] = plain_get();
  auto document = [](World& w) { return w.fresh("steering-documents"); };
  json assessment = {{"relevant", true}, {"level", "konkret"}, {"comment", "Mål och uppföljning per kön."}};
  r[R"(POST /api/v1/steering-documents/(\d+)/assessment decide)"] = decision(document, assessment);
  r[R"(GET /styrdokument/(\d+)/bedomning decide)"] = plain_get("steering");
  r[R"(POST /styrdokument/(\d+)/bedomning decide)"] =
      form_decision(document, {{"relevant", "1"}, {"level", "konkret"}, {"comment", "Mål per kön."}});
}

void add_activities(Recipes& r) {
  add_register_api(r, "activities", "activity");
  r["GET /api/v1/activities/summary read"] = plain_get();
  r["GET /insatser list"] = plain_get();
  r[R"(GET /insatser/export\.csv list)"] = plain_get();
  r[R"(GET /insatser/export\.xlsx list)"] = plain_get();
  r["GET /insatser/sammanstallning read"] = plain_get();
  r["GET /insatser/ny create"] = plain_get();
  r["POST /insatser/ny create"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {}, form_of(w.create_body("activities")));
  };
  r[R"(GET /insatser/(\d+) read)"] = plain_get("activity");
  r[R"(GET /insatser/(\d+)/andra update)"] = plain_get("activity");
  r[R"(POST /insatser/(\d+)/andra update)"] = [](World& w, const TableRow& row, Role) {
    json body = w.create_body("activities");
    body["title"] = "Grundutbildning om jämställdhet";
    body["start_date"] = "2026-03-12";
    body["co_organiser_ids"] = {std::to_string(w.id("org_d"))};
    return with_form(w, row, {str(w.id("activity"))}, form_of(body));
  };
  r[R"(POST /insatser/(\d+)/ta-bort delete)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.fresh("activities"))}, {});
  };
}

// Reporting pages: the same fixture form and A's reports, as forms send them.
void add_reporting_pages(Recipes& r) {
  const std::string form = R"(/rapportering/formular/(\d+))";
  const std::string one = form + R"(/(\d+)/([^/]+))";
  auto ids = [](World& w, const std::string& period) {
    return std::vector<std::string>{str(w.id("form")), str(w.id("org_a")), period};
  };
  r["GET /rapportering list"] = plain_get();
  r["GET " + form + " read"] = plain_get("form");
  r["GET " + form + "/nationellt read"] = plain_get("form");
  r[R"(GET /api/v1/forms/(\d+)/completeness/counties read)"] = plain_get("form");
  r[R"(GET /rapportering/organisation/(\d+) read)"] = plain_get("org_a");
  r["GET " + one + " read"] = [ids](World& w, const TableRow& row, Role) { return get(w, row, ids(w, "2025Q4")); };
  r["POST " + one + " update"] = [ids](World& w, const TableRow& row, Role) {
    return with_form(w, row, ids(w, "2025Q4"),
                     {{"values.E1.women", "1"}, {"values.E1.men", "1"}, {"values.E1.total", "2"}, {"action", "spara"}});
  };
  auto fresh = [ids](const std::string& status, httplib::Params form) -> Recipe {
    return [ids, status, form](World& w, const TableRow& row, Role) {
      return with_form(w, row, ids(w, w.fresh_submission(status)), form);
    };
  };
  r["POST " + one + "/godkann decide"] = fresh("submitted", {});
  r["POST " + one + "/returnera decide"] = fresh("submitted", {{"return_comment", "Kontrollera totalen."}});
  r["POST " + one + "/oppna-igen decide"] = fresh("approved", {{"reason", "Siffrorna har rättats."}});
}

// Reporting: the fixture form (Kalmar, assigned to organisation A alone)
// and A's submissions; decisions act on a fresh period in the right status.
void add_reporting(Recipes& r) {
  const std::string form = R"(/api/v1/forms/(\d+))";
  const std::string one = form + R"(/submissions/(\d+)/([^/]+))";
  auto ids = [](World& w, const std::string& period) {
    return std::vector<std::string>{str(w.id("form")), str(w.id("org_a")), period};
  };
  r["GET /api/v1/forms list"] = plain_get();
  r["POST /api/v1/forms create"] = [](World& w, const TableRow& row, Role) {
    json body = w.form_body("T" + std::to_string(w.next()));
    body["county_code"] = "08";
    return with_json(w, row, {}, body);
  };
  r["GET " + form + " read"] = plain_get("form");
  r["PUT " + form + " update"] = [](World& w, const TableRow& row, Role) {
    json body = w.form_body("TABLE");
    body["title"] = "Tabellens formulär " + std::to_string(w.next());
    return with_json(w, row, {str(w.id("form"))}, body);
  };
  r["GET " + form + "/completeness read"] = plain_get("form");
  r["GET " + one + " read"] = [ids](World& w, const TableRow& row, Role) { return get(w, row, ids(w, "2025Q4")); };
  r["PUT " + one + " update"] = [ids](World& w, const TableRow& row, Role) {
    return with_json(w, row, ids(w, "2025Q4"), {{"values", {{"E1", {{"women", 1}, {"men", 1}, {"total", 2}}}}}});
  };
  auto fresh = [ids](const std::string& status, json body) -> Recipe {
    return [ids, status, body](World& w, const TableRow& row, Role) {
      return with_json(w, row, ids(w, w.fresh_submission(status)), body);
    };
  };
  r["POST " + one + "/submit update"] = fresh("draft", json::object());
  r["POST " + one + "/approve decide"] = fresh("submitted", json::object());
  r["POST " + one + "/return decide"] = fresh("submitted", {{"comment", "Kontrollera totalen."}});
  r["POST " + one + "/reopen decide"] = fresh("approved", {{"reason", "Siffrorna har rättats."}});
  add_reporting_pages(r);

  // Upload: the template and an upload of A's 2025Q4 draft (saved again).
  const std::string page = R"(/rapportering/formular/(\d+))";
  auto upload_csv = [](World& w) {
    return "organisation_id;period;E1.women;E1.men;E1.total\r\n" + str(w.id("org_a")) + ";2025Q4;1;1;2\r\n";
  };
  r["GET " + page + "/mall\\.csv read"] = plain_get("form");
  r["GET " + page + "/mall\\.xlsx read"] = plain_get("form");
  r["GET " + page + "/uppladdning update"] = plain_get("form");
  r["POST " + page + "/uppladdning update"] = [upload_csv](World& w, const TableRow& row, Role) {
    HttpCall c{.method = "POST", .path = target(w, row, {str(w.id("form"))})};
    c.files = httplib::MultipartFormDataItems{{"period", "2025Q4", "", ""},
                                              {"file", upload_csv(w), "rapporter.csv", "text/csv"}};
    return c;
  };
  r["POST " + form + "/uploads update"] = [upload_csv](World& w, const TableRow& row, Role) {
    HttpCall c{.method = "POST", .path = target(w, row, {str(w.id("form"))})};
    c.raw = std::make_pair(std::string("text/csv"), upload_csv(w));
    return c;
  };
}

// Issue 11, the board's survey pages: the fixture Kalmar survey; the status
// button acts on a fresh draft, the county invitations on a fresh national survey.
void add_survey_pages(Recipes& r) {
  const std::string page = R"(/enkater/(\d+))";
  r["GET /enkater list"] = plain_get();
  r["GET /enkater/ny read"] = plain_get();
  r["POST /enkater/ny create"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {}, {{"template", "nyckelpersoner"}, {"round", "2025"}});
  };
  r["GET " + page + " read"] = plain_get("survey");
  r["POST " + page + "/status update"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.fresh_survey(false))}, {{"action", "oppna"}});
  };
  r["POST " + page + "/fragor update"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("survey"))},
                     {{"code", "T" + std::to_string(w.next())}, {"kind", "text"}, {"text", "Övrigt"}});
  };
  r["POST " + page + "/fragor/([A-Za-z0-9_-]{1,40}) update"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("survey")), "Q1"},
                     {{"text", "Länsstyrelsen stödjer vårt arbete " + std::to_string(w.next()) + "."},
                      {"action", "spara"}});
  };
  r["POST " + page + "/inbjudan create"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("survey"))},
                     {{"csv", "e-post;namn\nlista" + std::to_string(w.next()) + "@kommun.example.se;Lista\n"}});
  };
  r["POST " + page + "/register create"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("survey"))}, {{"source", "joined_contacts"}});
  };
  r["POST " + page + "/omgang create"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("survey"))}, {{"round", "R" + std::to_string(w.next())}});
  };
  r["POST " + page + "/paminn update"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("survey"))}, {});
  };
  r["POST " + page + "/oppen-lank update"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("survey"))}, {{"action", "pa"}});
  };
  r["POST /api/v1/surveys/(\\d+)/open-link update"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.id("survey"))}, {{"enabled", true}});
  };
  r["GET /enkat/oppen/([0-9a-f]{64}) read"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {std::string(64, 'b')});
  };
  r["POST " + page + "/lan create"] = [](World& w, const TableRow& row, Role) {
    json body = w.survey_body();
    body.erase("county_code");
    body["national"] = true;
    std::int64_t made = w.create("surveys", body);
    w.as_admin("POST", "/api/v1/surveys/" + std::to_string(made) + "/open", json::object(), 200);
    return with_form(w, row, {str(made)}, {{"county.08", "lan" + std::to_string(w.next()) + "@lansstyrelsen.example"}});
  };
}

// Issue 11, surveys: the fixture Kalmar survey (open); open and close act
// on fresh surveys; respondent rows use a link that does not exist.
void add_surveys(Recipes& r) {
  const std::string one = R"(/api/v1/surveys/(\d+))";
  const std::string link = R"(/api/v1/responses/([0-9a-f]{64}))";
  r["GET /api/v1/surveys list"] = plain_get();
  r["POST /api/v1/surveys create"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {}, w.survey_body());
  };
  r["GET " + one + " read"] = plain_get("survey");
  r["PUT " + one + " update"] = [](World& w, const TableRow& row, Role) {
    json body = w.survey_body();
    body["title"] = "Tabellens enkät " + std::to_string(w.next());
    return with_json(w, row, {str(w.id("survey"))}, body);
  };
  r["POST " + one + "/open update"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.fresh_survey(false))}, json::object());
  };
  r["POST " + one + "/close update"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.fresh_survey(true))}, json::object());
  };
  r["POST " + one + "/rounds create"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.id("survey"))}, {{"round", "R" + std::to_string(w.next())}});
  };
  r["POST " + one + "/invitations create"] = [](World& w, const TableRow& row, Role) {
    json body{{"respondents", {{{"email", "svarande" + std::to_string(w.next()) + "@kommun.example.se"}}}}};
    return with_json(w, row, {str(w.id("survey"))}, body);
  };
  r["POST " + one + "/invitations/from-register create"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.id("survey"))}, {{"source", "joined_contacts"}});
  };
  r["GET /api/v1/survey-templates list"] = plain_get();
  add_survey_pages(r);
  const std::string missing(64, 'a');
  r["GET " + link + " read"] = [missing](World& w, const TableRow& row, Role) { return get(w, row, {missing}); };
  r["PUT " + link + " update"] = [missing](World& w, const TableRow& row, Role) {
    return with_json(w, row, {missing}, {{"answers", {{"Q1", "helt"}}}, {"submit", false}});
  };
  const std::string page = R"(/enkat/([0-9a-f]{64}))";
  r["GET " + page + " read"] = [missing](World& w, const TableRow& row, Role) { return get(w, row, {missing}); };
  r["POST " + page + " update"] = [missing](World& w, const TableRow& row, Role) {
    return with_form(w, row, {missing}, {{"Q1", "helt"}, {"action", "spara"}});
  };
  r["POST " + link + "/opt-out update"] = [missing](World& w, const TableRow& row, Role) {
    return with_json(w, row, {missing}, json::object());
  };
}

// A fresh open Kalmar survey with a free-text question T1 and one submitted
// response that answered it, written to the store directly (the table
// needs an answer to hide without a respondent's mail): {survey id, response id}.
std::pair<std::int64_t, std::string> fresh_text_answer(World& w) {
  json body = w.survey_body();
  body["questions"].push_back({{"code", "T1"}, {"kind", "text"}, {"text", "Övriga synpunkter"}});
  const std::int64_t survey = w.create("surveys", body);
  const std::string response = "tabell" + std::to_string(w.next());
  Status st = w.db().transaction([&](soci::session& s) -> Status {
    store::insert_response(s, {.id = response,
                               .survey_id = survey,
                               .respondent_id = std::nullopt,
                               .submitted_on = std::nullopt,
                               .profile_json = "{}",
                               .answers = {{"T1", surveys::Answer{.kind = surveys::Answer::Kind::text, .text = "Bra."}}},
                               .versions = {{"T1", 1}}});
    return {};
  });
  EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
  return {survey, response};
}

// Issue 11, survey results: the fixture survey's numbers, files and page;
// hiding acts on a fresh answer, showing again on one the admin hid.
void add_survey_results(Recipes& r) {
  const std::string one = R"(/api/v1/surveys/(\d+))";
  for (const char* tail : {"/results", R"(/results\.csv)", R"(/results\.xlsx)", R"(/answers\.csv)", R"(/answers\.xlsx)"})
    r["GET " + one + tail + " read"] = plain_get("survey");
  r[R"(GET /enkater/(\d+)/resultat read)"] = plain_get("survey");
  r["POST " + one + "/texts/hide update"] = [](World& w, const TableRow& row, Role) {
    auto [survey, response] = fresh_text_answer(w);
    return with_json(w, row, {str(survey)}, {{"response_id", response}, {"question", "T1"}});
  };
  r["POST " + one + "/texts/unhide update"] = [](World& w, const TableRow& row, Role) {
    auto [survey, response] = fresh_text_answer(w);
    json body{{"response_id", response}, {"question", "T1"}};
    w.as_admin("POST", "/api/v1/surveys/" + str(survey) + "/texts/hide", body, 200);
    return with_json(w, row, {str(survey)}, body);
  };
  r[R"(POST /enkater/(\d+)/resultat/dolj update)"] = [](World& w, const TableRow& row, Role) {
    auto [survey, response] = fresh_text_answer(w);
    return with_form(w, row, {str(survey)}, {{"response_id", response}, {"question", "T1"}});
  };
}

// Issue 12, part C: organisations' own plans, the board's view per target,
// a joining's follow-ups.
void add_organisation_plans(Recipes& r) {
  r[R"(GET /organisationer/(\d+)/plan read)"] = plain_get("org_a");
  r[R"(POST /organisationer/(\d+)/plan update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("org_a"))}, {{"targets", "1.1"}, {"note_target_1.1", "Ur vår plan."}});
  };
  r[R"(GET /api/v1/organisations/(\d+)/plan-links read)"] = plain_get("org_a");
  r[R"(PUT /api/v1/organisations/(\d+)/plan-links update)"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {str(w.id("org_a"))}, {{"links", {{{"target_code", "1.1"}, {"note", "Ur vår plan."}}}}});
  };
  // Kalmar's demo strategy, which has the action plan.
  auto kalmar = [](World& w) {
    json all = w.as_admin("GET", "/api/v1/strategies", nullptr, 200);
    for (const auto& s : all)
      if (s.value("county_code", "") == "08" && s.value("start_year", 0) == 2024) return s.value("id", std::int64_t{0});
    ADD_FAILURE() << "no Kalmar strategy 2024–2027";
    return std::int64_t{0};
  };
  r[R"(GET /strategier/(\d{1,15})/handlingsplan/bidrag read)"] = [kalmar](World& w, const TableRow& row, Role) {
    return get(w, row, {str(kalmar(w))});
  };
  r[R"(GET /api/v1/strategies/(\d{1,15})/action-plan/contributions read)"] =
      [kalmar](World& w, const TableRow& row, Role) { return get(w, row, {str(kalmar(w))}); };
  r[R"(GET /anslutningar/(\d+)/uppfoljningar read)"] = plain_get("joining");
}

// Issue 10, reminders + demo + home pages: the home page by role.
void add_home(Recipes& r) { r["GET /hem read"] = plain_get(); }

// --- Issue 13, engineer IA: indicators that compute themselves ---
// An indicator (typed-in values) on a fresh Kalmar strategy adopted after the
// indicator was added, so the public reads it.
std::int64_t fresh_indicator(World& w) {
  auto [id, overall] = fresh_strategy(w, true);
  const std::string path = "/api/v1/strategies/" + str(id);
  json made = w.as_admin("POST", path + "/nodes/" + str(overall) + "/indicators",
                         {{"code", "I1"}, {"name", "Andel kvinnor"}, {"unit", "percent"}}, 201);
  w.as_admin("POST", path + "/adopt", {{"adopted_on", "2026-01-15"}, {"decision", "Dnr 1"}}, 200);
  return made.value("id", std::int64_t{0});
}

void add_indicators(Recipes& r) {
  r[R"(GET /indikatorer/(\d{1,15}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_indicator(w))});
  };
  r[R"(POST /indikatorer/(\d{1,15})/varden update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(fresh_indicator(w))},
                     {{"period", "2018"}, {"women", "12"}, {"men", "10"}, {"total", ""}, {"source", "Egen räkning"}});
  };
  r["GET /indikatorer/metod read"] = plain_get();
  r[R"(GET /api/v1/indicators/(\d{1,15}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_indicator(w))});
  };
  r[R"(GET /api/v1/indicators/(\d{1,15})/values read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {str(fresh_indicator(w))});
  };
}
// --- end of engineer IA's block ---

// --- Issue 14, item 3, engineer R4b: the national level ---
void add_national(Recipes& r) {
  r[R"(GET /nationellt/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"2025"});
  };
  r["GET /nationellt/handlingsplan read"] = plain_get();
  r["POST /nationellt/handlingsplan update"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {},
                     {{"title", "Nationell handlingsplan 2025"},
                      {"overall_goal", "Jämställdhetsintegreringen i länen fördjupas."},
                      {"subgoal-1-title", "Alla län har en aktuell lägesbild."},
                      {"subgoal-1-insatser", "Kartläggningar\nUppföljningar"},
                      {"subgoal-1-effects", "En grund för dialog med länets aktörer"}});
  };
  r[R"(GET /nationellt/resurser/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"2025"});
  };
  r[R"(POST /nationellt/resurser/(\d{4}) update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"2025"},
                     {{"county_code", "08"}, {"granted", "500 000"}, {"used", "420000"}, {"carried_over", "80000"}});
  };
  r["GET /nationellt/exempel list"] = plain_get();
  r[R"(POST /insatser/(\d+)/exempel update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {str(w.id("activity"))}, {{"development_area", "Våld i nära relationer"}});
  };
  r[R"(GET /api/v1/reports/national/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"2025"});
  };
  r["GET /api/v1/national/plan read"] = plain_get();
  r["PUT /api/v1/national/plan update"] = [](World& w, const TableRow& row, Role) {
    return with_json(w, row, {},
                     {{"title", "Nationell handlingsplan 2025"},
                      {"overall_goal", "Jämställdhetsintegreringen i länen fördjupas."},
                      {"subgoals", {{{"title", "Alla län har en aktuell lägesbild."},
                                     {"insatser", {"Kartläggningar"}},
                                     {"expected_effects", {"En grund för dialog"}}}}}});
  };
  r[R"(GET /api/v1/national/resources/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"2025"});
  };
}
// --- end of engineer R4b's block ---

// --- Issue 15, item 1, engineer P2: county portals, news, /lan, the sitemap ---
// A fresh published news item of Kalmar, made by an admin through the service.
std::int64_t fresh_news(World& w) {
  User admin;
  admin.email = "fixture@jamt.test";
  admin.role = jamt::Role::admin;
  auto made = service::create_news(w.db(), "08",
                                   {.title = "Nyhet " + std::to_string(w.next()), .body = "Text.", .title_en = "",
                                    .body_en = ""},
                                   true, admin);
  EXPECT_TRUE(made.ok());
  return made.ok() ? made->id : 0;
}

void add_county_portals(Recipes& r) {
  const httplib::Params news = {{"title", "Nätverksträff"}, {"body", "Välkommen."}, {"title_en", ""},
                                {"body_en", ""}, {"publish", "1"}};
  r["GET /lan list"] = plain_get();
  r[R"(GET /lan/(\d\d)/installningar update)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(POST /lan/(\d\d)/installningar update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"08"},
                     {{"board_name", "Länsstyrelsen i Kalmar län"}, {"email", "kalmar@lansstyrelsen.se"},
                      {"phone", "010-223 80 00"}, {"postal_address", "391 86 Kalmar"}, {"visiting_address", ""},
                      {"intro", "Jämställdhet i Kalmar län."}, {"intro_en", ""}});
  };
  r[R"(GET /lan/(\d\d)/nyheter list)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(GET /lan/(\d\d)/nyheter\.atom list)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(GET /lan/(\d\d)/nyheter/ny create)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(POST /lan/(\d\d)/nyheter/ny create)"] = [news](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"08"}, news);
  };
  r[R"(GET /lan/(\d\d)/nyheter/(\d{1,15}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"08", str(fresh_news(w))});
  };
  r[R"(GET /lan/(\d\d)/nyheter/(\d{1,15})/andra update)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"08", str(fresh_news(w))});
  };
  r[R"(POST /lan/(\d\d)/nyheter/(\d{1,15})/andra update)"] = [news](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"08", str(fresh_news(w))}, news);
  };
  r[R"(POST /lan/(\d\d)/nyheter/(\d{1,15})/publicera update)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"08", str(fresh_news(w))}, {{"publish", "0"}});
  };
  r[R"(GET /lan/(\d\d)/nyheter/(\d{1,15})/ta-bort delete)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"08", str(fresh_news(w))});
  };
  r[R"(POST /lan/(\d\d)/nyheter/(\d{1,15})/ta-bort delete)"] = [](World& w, const TableRow& row, Role) {
    return with_form(w, row, {"08", str(fresh_news(w))}, {});
  };
  r[R"(GET /sitemap\.xml read)"] = plain_get();
  r[R"(GET /robots\.txt read)"] = plain_get();
}
// --- end of engineer P2's block ---

}  // namespace

// --- Issue 14, item 2: the three-year follow-up (R3) ---
// Kalmar's round of 2026 and A's follow-up in it (A has an approved joining).
void add_follow_up_round(Recipes& r) {
  r[R"(GET /uppfoljning/(\d\d)/(\d{4}) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"08", "2026"});
  };
  r[R"(GET /uppfoljning/(\d\d)/(\d{4})/organisationer/(\d+) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"08", "2026", str(w.id("org_a"))});
  };
}

// --- Issue 15, item 1 (engineer P1): the county portal of Kalmar ---
void add_portal(Recipes& r) {
  r[R"(GET /lan/(\d\d) read)"] = [](World& w, const TableRow& row, Role) { return get(w, row, {"08"}); };
  r[R"(GET /lan/(\d\d)/statistik\.(csv|xlsx|json) read)"] = [](World& w, const TableRow& row, Role) {
    return get(w, row, {"08", "xlsx"});
  };
}
// --- end of engineer P1's block ---
// --- Issue 15, item 3, engineer A1: the accessibility statement ---
void add_accessibility(Recipes& r) { r["GET /tillganglighet read"] = plain_get(); }
// --- end of engineer A1's block ---

const std::map<std::string, Recipe>& recipes() {
  static const Recipes all = [] {
    Recipes r;
    add_general(r);
    add_strategy_editing(r);
    add_strategy_content_editing(r);  // issue 12, part A
    add_strategy_editor_pages(r);     // issue 12, part A
    add_strategy_content_pages(r);    // issue 12, part D
    add_commitments(r);  // issue 12 item 3 (engineer B)
    add_strategy_year(r);  // issue 12 item 6
    add_report_year(r);    // issue 14, items 1 and 6
    add_accounts(r);
    add_statistics(r);
    add_organisations(r);
    add_groups(r);
    add_joinings(r);
    add_checklists(r);
    add_activities(r);
    add_reporting(r);
    add_surveys(r);
    add_survey_results(r);
    add_home(r);
    add_organisation_plans(r);  // issue 12 C
    add_indicators(r);          // issue 13, engineer IA
    add_follow_up_round(r);     // issue 14, item 2
    add_national(r);            // issue 14, engineer R4b
    add_portal(r);              // issue 15 item 1, engineer P1
    add_accessibility(r);       // issue 15 item 3, engineer A1
    add_county_portals(r);      // issue 15, item 1, engineer P2
    return r;
  }();
  return all;
}

}  // namespace jamt::testing::authz
