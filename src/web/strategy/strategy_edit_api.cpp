// Writing strategies over the JSON API (docs/api.md, "Strategies: drafts,
// revisions and versions"): parse the body, call one service function, answer.
#include <nlohmann/json.hpp>

#include "formats/strategy_json/strategy_json.hpp"
#include "service/strategy/strategy_editing.hpp"
#include "web/http/api_request.hpp"
#include "web/http/guards.hpp"
#include "web/http/json_response.hpp"
#include "web/strategy/strategy_handlers.hpp"

namespace jamt::web {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// Reads the fields of a JSON object one by one; the first problem is kept
// with the name of its field.
class Fields {
 public:
  Fields(const json& body, std::initializer_list<const char*> known) : body_(body) {
    if (!body.is_object()) {
      error_ = validation_error("Skicka ett JSON-objekt.", {}, "");
      return;
    }
    for (const auto& [key, value] : body.items()) {
      bool ok = false;
      for (const char* k : known) ok = ok || key == k;
      if (!ok && !error_) error_ = validation_error("Okänt fält \"" + key + "\".", {}, key);
    }
  }

  std::optional<std::string> text(const char* key) {
    if (error_ || !body_.contains(key)) return std::nullopt;
    if (!body_[key].is_string()) return fail(key, "ska vara en text");
    return body_[key].get<std::string>();
  }

  std::optional<int> year(const char* key) {
    if (error_ || !body_.contains(key)) return std::nullopt;
    const json& v = body_[key];
    if (!v.is_number_integer() || v.get<long long>() < 0 || v.get<long long>() > 9999)
      return fail_int(key, "ska vara ett årtal, till exempel 2024");
    return static_cast<int>(v.get<long long>());
  }

  std::optional<std::vector<std::string>> texts(const char* key) {
    if (error_ || !body_.contains(key)) return std::nullopt;
    const json& v = body_[key];
    std::vector<std::string> out;
    if (!v.is_array()) return fail_list(key);
    for (const auto& x : v) {
      if (!x.is_string()) return fail_list(key);
      out.push_back(x.get<std::string>());
    }
    return out;
  }

  // nullopt: absent; a null inside: null in the body (the top of the tree).
  std::optional<std::optional<std::int64_t>> id_or_null(const char* key) {
    if (error_ || !body_.contains(key)) return std::nullopt;
    const json& v = body_[key];
    if (v.is_null()) return std::optional<std::int64_t>{};
    if (!v.is_number_integer() || v.get<long long>() < 1) {
      error_ = validation_error(std::string(key) + " ska vara id:t för ett mål i strategin, eller null.", {}, key);
      return std::nullopt;
    }
    return std::optional<std::int64_t>{v.get<std::int64_t>()};
  }

  std::string required_text(const char* key, const char* what) {
    auto t = text(key);
    if (!error_ && !t) error_ = validation_error(std::string("Ange ") + what + " (" + key + ").", {}, key);
    return t.value_or("");
  }

  int required_year(const char* key, const char* what) {
    auto y = year(key);
    if (!error_ && !y) error_ = validation_error(std::string("Ange ") + what + " (" + key + ").", {}, key);
    return y.value_or(0);
  }

  const std::optional<Error>& error() const { return error_; }

 private:
  std::optional<std::string> fail(const char* key, const char* what) {
    error_ = validation_error(std::string(key) + " " + what + ".", {}, key);
    return std::nullopt;
  }
  std::optional<int> fail_int(const char* key, const char* what) {
    error_ = validation_error(std::string(key) + " " + what + ".", {}, key);
    return std::nullopt;
  }
  std::optional<std::vector<std::string>> fail_list(const char* key) {
    error_ = validation_error(std::string(key) + " ska vara en lista med texter.", {}, key);
    return std::nullopt;
  }

  const json& body_;
  std::optional<Error> error_;
};

// The node as the strategy document writes it, ids included.
ordered_json node_json(const GoalNode& n) {
  Strategy wrapper;
  wrapper.goals = {n};
  auto doc = ordered_json::parse(formats::write_strategy_json(wrapper, formats::StrategyJsonOptions{.with_ids = true}));
  return doc["goals"][0];
}

ordered_json strategy_json(const Strategy& s) {
  ordered_json out = ordered_json::parse(formats::write_strategy_json(s, formats::StrategyJsonOptions{.with_ids = true}));
  out["revision_open"] = s.revision_open;
  return out;
}

service::NodeInput node_input(Fields& f) {
  return service::NodeInput{.kind = f.text("kind"),
                            .code = f.text("code"),
                            .title = f.text("title"),
                            .description = f.text("description"),
                            .parent_id = f.id_or_null("parent_id"),
                            .national_goals = f.texts("national_goals"),
                            .title_en = f.text("title_en"),
                            .description_en = f.text("description_en")};
}

const std::initializer_list<const char*> kNodeFields{"kind",      "code",           "title",    "description",
                                                     "parent_id", "national_goals", "title_en", "description_en"};

}  // namespace

Handler api_strategy_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    Fields f(*body, {"county_code", "title", "start_year", "end_year", "national_goal_version"});
    service::NewStrategyInput input{.county_code = f.required_text("county_code", "länskoden"),
                                    .title = f.required_text("title", "strategins titel"),
                                    .start_year = f.required_year("start_year", "första året"),
                                    .end_year = f.required_year("end_year", "sista året"),
                                    .national_goal_version = f.text("national_goal_version").value_or("2017")};
    if (f.error()) return send_service_error(req, res, *f.error());
    auto created = service::create_strategy(db, input, auth->user);
    if (!created) return send_service_error(req, res, created.error());
    send_json(res, strategy_json(*created), 201);
  };
}

Handler api_strategy_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    Fields f(*body, {"title", "start_year", "end_year", "national_goal_version", "vision", "description", "source",
                     "title_en", "vision_en", "description_en"});
    service::StrategyPatch patch{.title = f.text("title"),
                                 .start_year = f.year("start_year"),
                                 .end_year = f.year("end_year"),
                                 .national_goal_version = f.text("national_goal_version"),
                                 .vision = f.text("vision"),
                                 .description = f.text("description"),
                                 .source = f.text("source"),
                                 .title_en = f.text("title_en"),
                                 .vision_en = f.text("vision_en"),
                                 .description_en = f.text("description_en")};
    if (f.error()) return send_service_error(req, res, *f.error());
    auto changed = service::update_strategy(db, *id, patch, auth->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, strategy_json(*changed));
  };
}

Handler api_strategy_node_create(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    Fields f(*body, kNodeFields);
    auto input = node_input(f);
    if (f.error()) return send_service_error(req, res, *f.error());
    auto made = service::add_node(db, *id, input, auth->user);
    if (!made) return send_service_error(req, res, made.error());
    send_json(res, node_json(*made), 201);
  };
}

Handler api_strategy_node_update(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto node = path_id(req, res, 2);
    if (!node) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    Fields f(*body, kNodeFields);
    auto input = node_input(f);
    if (f.error()) return send_service_error(req, res, *f.error());
    auto changed = service::update_node(db, *id, *node, input, auth->user);
    if (!changed) return send_service_error(req, res, changed.error());
    send_json(res, node_json(*changed));
  };
}

Handler api_strategy_node_delete(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto node = path_id(req, res, 2);
    if (!node) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    if (auto removed = service::remove_node(db, *id, *node, auth->user); !removed)
      return send_service_error(req, res, removed.error());
    res.status = 204;
  };
}

Handler api_strategy_adopt(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    auto id = path_id(req, res);
    if (!id) return;
    auto auth = changing_user(req, res, db);
    if (!auth) return;
    auto body = json_body(req, res);
    if (!body) return;
    Fields f(*body, {"adopted_on", "decision"});
    service::AdoptInput input{.adopted_on = f.text("adopted_on").value_or(""), .decision = f.text("decision").value_or("")};
    if (f.error()) return send_service_error(req, res, *f.error());
    auto adopted = service::adopt_strategy(db, *id, input, auth->user);
    if (!adopted) return send_service_error(req, res, adopted.error());
    send_json(res, {{"version", adopted->version}, {"adopted_on", adopted->adopted_on}, {"decision", adopted->decision}});
  };
}

}  // namespace jamt::web
