#include "service/reporting/form_json.hpp"

namespace jamt::service {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;
using namespace reporting;

std::string at(const std::string& list, std::size_t i, const std::string& field = "") {
  return list + "[" + std::to_string(i) + "]" + (field.empty() ? "" : "." + field);
}

// The string member `name` of `o` ("" when absent or null), or an error
// naming `field` when it is something else.
Result<std::string> text(const json& o, const std::string& name, const std::string& field) {
  if (!o.contains(name) || o[name].is_null()) return std::string{};
  if (!o[name].is_string()) return validation_error("Ska vara text.", {}, field);
  return o[name].get<std::string>();
}

Result<std::optional<int>> whole(const json& o, const std::string& name, const std::string& field) {
  if (!o.contains(name) || o[name].is_null()) return std::optional<int>{};
  if (!o[name].is_number_integer()) return validation_error("Ska vara ett heltal.", {}, field);
  return std::optional<int>(o[name].get<int>());
}

Result<DataElement> element_from(const json& e, std::size_t i) {
  if (!e.is_object()) return validation_error("Ska vara ett objekt.", {}, at("elements", i));
  DataElement out;
  auto code = text(e, "code", at("elements", i, "code"));
  if (!code) return code.error();
  auto name = text(e, "title", at("elements", i, "title"));
  if (!name) return name.error();
  auto help = text(e, "help_text", at("elements", i, "help_text"));
  if (!help) return help.error();
  auto unit = text(e, "unit", at("elements", i, "unit"));
  if (!unit) return unit.error();
  auto type = text(e, "value_type", at("elements", i, "value_type"));
  if (!type) return type.error();
  auto parsed_type = parse_value_type(*type);
  if (!parsed_type)
    return validation_error("Värdetypen ska vara integer, decimal, yes_no eller text.", {},
                            at("elements", i, "value_type"));
  out = {.code = *code, .name = *name, .help_text = *help, .value_type = *parsed_type, .unit = *unit,
         .disaggregation = {}, .categories = {}};
  const std::string dfield = at("elements", i, "disaggregation");
  if (!e.contains("disaggregation") || !e["disaggregation"].is_array())
    return validation_error("Ange könen som en lista, t.ex. [\"women\", \"men\", \"unknown\", \"total\"].", {}, dfield);
  for (const auto& d : e["disaggregation"]) {
    auto sex = d.is_string() ? parse_sex(d.get<std::string>()) : std::nullopt;
    if (!sex) return validation_error("Könen heter women, men, unknown och total.", {}, dfield);
    out.disaggregation.push_back(*sex);
  }
  if (e.contains("categories") && !e["categories"].is_null()) {
    const auto& c = e["categories"];
    const std::string cfield = at("elements", i, "categories");
    if (!c.is_object() || !c.contains("items") || !c["items"].is_array())
      return validation_error("Ange {code, title, items: [{code, title}]}.", {}, cfield);
    CategorySet set;
    auto scode = text(c, "code", cfield + ".code");
    if (!scode) return scode.error();
    auto sname = text(c, "title", cfield + ".title");
    if (!sname) return sname.error();
    set.code = *scode;
    set.name = *sname;
    for (const auto& item : c["items"]) {
      if (!item.is_object()) return validation_error("Varje kategori är {code, title}.", {}, cfield);
      auto icode = text(item, "code", cfield);
      if (!icode) return icode.error();
      auto iname = text(item, "title", cfield);
      if (!iname) return iname.error();
      set.categories.push_back({.code = *icode, .name = *iname});
    }
    out.categories = set;
  }
  return out;
}

Result<Rule> rule_from(const json& r, std::size_t i) {
  if (!r.is_object()) return validation_error("Ska vara ett objekt.", {}, at("rules", i));
  Rule out;
  auto id = text(r, "id", at("rules", i, "id"));
  if (!id) return id.error();
  out.id = id->empty() ? "R" + std::to_string(i + 1) : *id;
  auto kind = text(r, "kind", at("rules", i, "kind"));
  if (!kind) return kind.error();
  auto parsed_kind = kind->empty() ? RuleKind::comparison : parse_rule_kind(*kind);
  if (!parsed_kind)
    return validation_error("Regeltypen ska vara comparison, required eller outlier.", {}, at("rules", i, "kind"));
  out.kind = *parsed_kind;
  auto left = text(r, "left", at("rules", i, "left"));
  if (!left) return left.error();
  auto l = parse_operand(*left, at("rules", i, "left"));
  if (!l) return l.error();
  out.left = *l;
  if (out.kind == RuleKind::comparison) {
    auto op = text(r, "operator", at("rules", i, "operator"));
    if (!op) return op.error();
    auto parsed_op = parse_operator(*op);
    if (!parsed_op)
      return validation_error("Operatorn ska vara ==, !=, <, <=, > eller >=.", {}, at("rules", i, "operator"));
    out.op = *parsed_op;
    auto right = text(r, "right", at("rules", i, "right"));
    if (!right) return right.error();
    auto rr = parse_operand(*right, at("rules", i, "right"));
    if (!rr) return rr.error();
    out.right = *rr;
  }
  auto importance = text(r, "importance", at("rules", i, "importance"));
  if (!importance) return importance.error();
  auto parsed_importance = importance->empty()
                               ? (out.kind == RuleKind::outlier ? Importance::warning : Importance::error)
                               : parse_importance(*importance);
  if (!parsed_importance)
    return validation_error("Vikten ska vara error eller warning.", {}, at("rules", i, "importance"));
  out.importance = *parsed_importance;
  auto message = text(r, "message", at("rules", i, "message"));
  if (!message) return message.error();
  out.message = *message;
  return out;
}

Result<store::Assignment> assignment_from(const json& a, std::size_t i) {
  if (!a.is_object()) return validation_error("Ska vara ett objekt.", {}, at("assignments", i));
  store::Assignment out;
  if (a.contains("organisation_id") && !a["organisation_id"].is_null()) {
    if (!a["organisation_id"].is_number_integer())
      return validation_error("Ska vara en organisations id.", {}, at("assignments", i, "organisation_id"));
    out.organisation_id = a["organisation_id"].get<std::int64_t>();
    return out;
  }
  auto type = text(a, "organisation_type", at("assignments", i, "organisation_type"));
  if (!type) return type.error();
  auto county = text(a, "county_code", at("assignments", i, "county_code"));
  if (!county) return county.error();
  out.organisation_type = *type;
  out.county_code = *county;
  return out;
}

ordered_json operand_json(const Operand& o) { return to_string(o); }

ordered_json value_json(const DataElement* e, const ReportedValue& v) {
  if (e && v.number) {
    if (e->value_type == ValueType::yes_no) return *v.number != 0;
    if (e->value_type == ValueType::integer) return static_cast<long long>(*v.number);
    if (e->value_type == ValueType::decimal) return *v.number;
  }
  return v.text;
}

}  // namespace

Result<FormInput> form_input_from_json(const json& body) {
  if (!body.is_object()) return validation_error("Skicka formuläret som ett JSON-objekt.", {}, "");
  FormInput in;
  auto& d = in.definition;
  for (auto [name, target] : {std::pair<const char*, std::string*>{"code", &d.code}, {"title", &d.title},
                              {"description", &d.description}, {"county_code", &in.county_code}}) {
    auto t = text(body, name, name);
    if (!t) return t.error();
    *target = *t;
  }
  auto periodicity = text(body, "periodicity", "periodicity");
  if (!periodicity) return periodicity.error();
  auto parsed = parse_periodicity(*periodicity);
  if (!parsed)
    return validation_error("Periodiciteten ska vara monthly, quarterly, half_yearly eller yearly.", {}, "periodicity");
  d.periodicity = *parsed;
  auto due = whole(body, "due_days", "due_days");
  if (!due) return due.error();
  d.due_days = due->value_or(30);
  auto closes = whole(body, "closes_after_days", "closes_after_days");
  if (!closes) return closes.error();
  d.closes_after_days = *closes;
  if (!body.contains("elements") || !body["elements"].is_array())
    return validation_error("Ange dataelementen som en lista.", {}, "elements");
  for (std::size_t i = 0; i < body["elements"].size(); ++i) {
    auto e = element_from(body["elements"][i], i);
    if (!e) return e.error();
    d.elements.push_back(*e);
  }
  if (body.contains("rules") && !body["rules"].is_null()) {
    if (!body["rules"].is_array()) return validation_error("Ange reglerna som en lista.", {}, "rules");
    for (std::size_t i = 0; i < body["rules"].size(); ++i) {
      auto r = rule_from(body["rules"][i], i);
      if (!r) return r.error();
      d.rules.push_back(*r);
    }
  }
  if (body.contains("assignments") && !body["assignments"].is_null()) {
    if (!body["assignments"].is_array()) return validation_error("Ange tilldelningarna som en lista.", {}, "assignments");
    in.assignments.emplace();
    for (std::size_t i = 0; i < body["assignments"].size(); ++i) {
      auto a = assignment_from(body["assignments"][i], i);
      if (!a) return a.error();
      in.assignments->push_back(*a);
    }
  }
  if (auto ok = validate_form(d); !ok) return ok.error();
  return in;
}

ordered_json form_json(const store::StoredForm& form, const std::vector<store::Assignment>& assignments) {
  const auto& d = form.definition;
  ordered_json elements = ordered_json::array();
  for (const auto& e : d.elements) {
    ordered_json sexes = ordered_json::array();
    for (auto s : e.disaggregation) sexes.push_back(std::string(to_string(s)));
    ordered_json item = {{"code", e.code}, {"title", e.name}, {"help_text", e.help_text},
                         {"value_type", std::string(to_string(e.value_type))}, {"unit", e.unit},
                         {"disaggregation", sexes}};
    if (e.categories) {
      ordered_json items = ordered_json::array();
      for (const auto& c : e.categories->categories) items.push_back({{"code", c.code}, {"title", c.name}});
      item["categories"] = {{"code", e.categories->code}, {"title", e.categories->name}, {"items", items}};
    } else {
      item["categories"] = nullptr;
    }
    elements.push_back(item);
  }
  ordered_json rules = ordered_json::array();
  for (const auto& r : d.rules) {
    bool comparison = r.kind == RuleKind::comparison;
    rules.push_back({{"id", r.id}, {"kind", std::string(to_string(r.kind))}, {"left", operand_json(r.left)},
                     {"operator", comparison ? ordered_json(std::string(to_string(r.op))) : ordered_json(nullptr)},
                     {"right", comparison ? operand_json(r.right) : ordered_json(nullptr)},
                     {"importance", std::string(to_string(r.importance))}, {"message", r.message}});
  }
  ordered_json assigned = ordered_json::array();
  for (const auto& a : assignments) {
    if (a.organisation_id)
      assigned.push_back({{"organisation_id", *a.organisation_id}});
    else
      assigned.push_back({{"organisation_type", a.organisation_type.empty() ? ordered_json(nullptr) : ordered_json(a.organisation_type)},
                          {"county_code", a.county_code.empty() ? ordered_json(nullptr) : ordered_json(a.county_code)}});
  }
  return {{"id", form.id},
          {"code", d.code},
          {"title", d.title},
          {"description", d.description},
          {"periodicity", std::string(to_string(d.periodicity))},
          {"version", form.version},
          {"county_code", form.county_code.empty() ? ordered_json(nullptr) : ordered_json(form.county_code)},
          {"due_days", d.due_days},
          {"closes_after_days", d.closes_after_days ? ordered_json(*d.closes_after_days) : ordered_json(nullptr)},
          {"elements", elements},
          {"rules", rules},
          {"assignments", assigned}};
}

Result<Values> values_from_json(const FormDefinition& form, const json& values) {
  Values out;
  if (values.is_null()) return out;
  if (!values.is_object()) return validation_error("Ange värdena som {\"E1\": {\"women\": 4, …}}.", {}, "values");
  auto cell_value = [&](const DataElement& e, const std::string& category, const std::string& sex_name,
                        const json& v, const std::string& field) -> Status {
    auto sex = parse_sex(sex_name);
    if (!sex || !e.has_cell(*sex, category)) return validation_error("Fältet finns inte i formuläret.", {}, field);
    std::string typed;
    if (v.is_null()) return {};
    if (v.is_string()) typed = v.get<std::string>();
    else if (v.is_boolean()) typed = v.get<bool>() ? "ja" : "nej";
    else if (v.is_number_integer()) typed = std::to_string(v.get<long long>());
    else if (v.is_number()) typed = v.dump();
    else return validation_error("Ett värde är ett tal, en text eller ja/nej.", {}, field);
    while (!typed.empty() && typed.back() == ' ') typed.pop_back();
    while (!typed.empty() && typed.front() == ' ') typed.erase(typed.begin());
    if (typed.empty()) return {};
    Cell c{.element = e.code, .sex = *sex, .category = category};
    out[c] = {.text = typed, .number = number_of(e.value_type, typed)};
    return {};
  };
  for (const auto& [code, cells] : values.items()) {
    const std::string field = "values." + code;
    const auto* e = form.element(code);
    if (!e) return validation_error("Elementet " + code + " finns inte i formuläret.", {}, field);
    if (!cells.is_object()) return validation_error("Ange cellerna som {\"women\": 4, …}.", {}, field);
    for (const auto& [key, v] : cells.items()) {
      if (e->categories) {
        if (!v.is_object())
          return validation_error("Ange cellerna per kategori: {\"" + e->categories->categories.front().code +
                                      "\": {\"women\": 4}}.",
                                  {}, field + "." + key);
        for (const auto& [sex, inner] : v.items())
          if (auto ok = cell_value(*e, key, sex, inner, field + "." + key + "." + sex); !ok) return ok.error();
      } else if (auto ok = cell_value(*e, "", key, v, field + "." + key); !ok) {
        return ok.error();
      }
    }
  }
  return out;
}

ordered_json values_json(const FormDefinition& form, const Values& values) {
  ordered_json out = ordered_json::object();
  for (const auto& [cell, v] : values) {
    const auto* e = form.element(cell.element);
    std::string sex(to_string(cell.sex));
    if (cell.category.empty()) out[cell.element][sex] = value_json(e, v);
    else out[cell.element][cell.category][sex] = value_json(e, v);
  }
  return out;
}

}  // namespace jamt::service
