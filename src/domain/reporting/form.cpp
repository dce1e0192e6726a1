#include "domain/reporting/form.hpp"

#include <algorithm>
#include <set>

#include "domain/i18n/translate.hpp"

namespace jamt::reporting {

namespace {

std::string at(const std::string& list, std::size_t i, const std::string& field) {
  return list + "[" + std::to_string(i) + "]" + (field.empty() ? "" : "." + field);
}

// The shape of an element that values depend on: code, type, sexes and
// category codes (names, help texts and units aside).
struct Shape {
  std::string code;
  ValueType type;
  std::vector<Sex> sexes;
  std::string category_set;
  std::vector<std::string> categories;
  bool operator==(const Shape&) const = default;
};

Shape shape_of(const DataElement& e) {
  Shape s{e.code, e.value_type, e.disaggregation, e.categories ? e.categories->code : "", {}};
  if (e.categories)
    for (const auto& c : e.categories->categories) s.categories.push_back(c.code);
  return s;
}

}  // namespace

std::string_view to_string(ValueType type) {
  switch (type) {
    case ValueType::integer: return "integer";
    case ValueType::decimal: return "decimal";
    case ValueType::yes_no: return "yes_no";
    case ValueType::text: return "text";
  }
  return "integer";
}

std::optional<ValueType> parse_value_type(std::string_view text) {
  for (auto t : {ValueType::integer, ValueType::decimal, ValueType::yes_no, ValueType::text})
    if (to_string(t) == text) return t;
  return std::nullopt;
}

bool DataElement::has_cell(Sex sex, const std::string& category) const {
  if (std::find(disaggregation.begin(), disaggregation.end(), sex) == disaggregation.end()) return false;
  if (!categories) return category.empty();
  return std::any_of(categories->categories.begin(), categories->categories.end(),
                     [&](const Category& c) { return c.code == category; });
}

const DataElement* FormDefinition::element(const std::string& code) const {
  for (const auto& e : elements)
    if (e.code == code) return &e;
  return nullptr;
}

bool valid_code(std::string_view code) {
  if (code.empty() || code.size() > 40) return false;
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (!letter(code.front())) return false;
  return std::all_of(code.begin(), code.end(),
                     [&](char c) { return letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-'; });
}

Status validate_form(const FormDefinition& form) {
  const std::string code_rule = "1–40 tecken: bokstäver a–z, siffror, _ eller -, först en bokstav";
  if (!valid_code(form.code)) return validation_error("Koden: " + code_rule + ".", {}, "code");
  if (form.title.empty()) return validation_error(i18n::tr("Titeln måste fyllas i."), {}, "title");
  if (form.title.size() > 200) return validation_error(i18n::tr("Titeln får vara högst 200 tecken."), {}, "title");
  if (form.due_days < 0 || form.due_days > 366)
    return validation_error("Dagar till sista dag: 0–366.", {}, "due_days");
  if (form.closes_after_days && (*form.closes_after_days < form.due_days || *form.closes_after_days > 3660))
    return validation_error(i18n::tr("Dagar tills rapporteringen stänger: minst lika många som till sista dag."), {},
                            "closes_after_days");
  if (form.elements.empty()) return validation_error(i18n::tr("Formuläret behöver minst ett dataelement."), {}, "elements");
  std::set<std::string> codes;
  for (std::size_t i = 0; i < form.elements.size(); ++i) {
    const auto& e = form.elements[i];
    if (!valid_code(e.code)) return validation_error("Elementets kod: " + code_rule + ".", {}, at("elements", i, "code"));
    if (!codes.insert(e.code).second)
      return validation_error("Koden " + e.code + " finns redan i formuläret.", {}, at("elements", i, "code"));
    if (e.name.empty()) return validation_error(i18n::tr("Elementets namn måste fyllas i."), {}, at("elements", i, "title"));
    if (e.disaggregation.empty())
      return validation_error(i18n::tr("Ange minst en av kvinnor, män, annat/okänt och totalt."), {},
                              at("elements", i, "disaggregation"));
    std::set<Sex> sexes(e.disaggregation.begin(), e.disaggregation.end());
    if (sexes.size() != e.disaggregation.size())
      return validation_error(i18n::tr("Varje kön får anges en gång."), {}, at("elements", i, "disaggregation"));
    if (e.categories) {
      if (!valid_code(e.categories->code))
        return validation_error("Kategorimängdens kod: " + code_rule + ".", {}, at("elements", i, "categories.code"));
      if (e.categories->categories.empty())
        return validation_error(i18n::tr("Kategorimängden behöver minst en kategori."), {}, at("elements", i, "categories"));
      std::set<std::string> cats;
      for (const auto& c : e.categories->categories)
        if (!valid_code(c.code) || !cats.insert(c.code).second || c.name.empty())
          return validation_error("Varje kategori behöver en egen kod (" + code_rule + ") och ett namn.", {},
                                  at("elements", i, "categories"));
    }
  }
  std::set<std::string> rule_ids;
  for (std::size_t i = 0; i < form.rules.size(); ++i) {
    const auto& r = form.rules[i];
    if (!rule_ids.insert(r.id).second || r.id.empty())
      return validation_error(i18n::tr("Varje regel behöver ett eget id."), {}, at("rules", i, "id"));
    if (r.message.empty()) return validation_error(i18n::tr("Regelns meddelande måste fyllas i."), {}, at("rules", i, "message"));
    if (r.kind != RuleKind::comparison && r.left.cells.empty())
      return validation_error(i18n::tr("Regeln behöver minst en cell."), {}, at("rules", i, "left"));
    for (const auto* side : {&r.left, &r.right}) {
      for (const auto& c : side->cells) {
        const auto* e = form.element(c.element);
        if (!e || !e->has_cell(c.sex, c.category))
          return validation_error("Cellen " + to_string(c) + " finns inte i formuläret.", {},
                                  at("rules", i, side == &r.left ? "left" : "right"));
      }
    }
    if (r.kind == RuleKind::outlier && r.importance != Importance::warning)
      return validation_error(i18n::tr("En avvikelseregel är alltid en varning."), {}, at("rules", i, "importance"));
  }
  return {};
}

bool needs_new_version(const FormDefinition& before, const FormDefinition& after) {
  if (before.elements.size() != after.elements.size()) return true;
  for (std::size_t i = 0; i < before.elements.size(); ++i) {
    // Order matters for display only; match by code.
    const auto* old = before.element(after.elements[i].code);
    if (!old || !(shape_of(*old) == shape_of(after.elements[i]))) return true;
  }
  return false;
}

}  // namespace jamt::reporting
