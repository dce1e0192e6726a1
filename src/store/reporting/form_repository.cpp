#include "store/reporting/form_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

namespace {

using namespace reporting;

std::string sexes_text(const std::vector<Sex>& sexes) {
  std::string out;
  for (auto sex : sexes) out += (out.empty() ? "" : ",") + std::string(to_string(sex));
  return out;
}

std::vector<Sex> sexes_of(const std::string& text) {
  std::vector<Sex> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    auto part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (auto sex = parse_sex(part)) out.push_back(*sex);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

void insert_rules(soci::session& s, long long version_id, const std::vector<Rule>& rules) {
  int position = 0;
  for (const auto& r : rules) {
    std::string kind(to_string(r.kind)), left = to_string(r.left), op(to_string(r.op)), right = to_string(r.right),
        importance(to_string(r.importance));
    if (r.kind != RuleKind::comparison) {
      op = "";
      right = "";
    }
    s << "INSERT INTO reporting_rules (version_id, position, rule_code, kind, left_side, operator, right_side, "
         "importance, message) VALUES (:v, :p, :c, :k, :l, :o, :r, :i, :m)",
        soci::use(version_id), soci::use(position), soci::use(r.id), soci::use(kind), soci::use(left), soci::use(op),
        soci::use(right), soci::use(importance), soci::use(r.message);
    ++position;
  }
}

void insert_elements(soci::session& s, long long version_id, const std::vector<DataElement>& elements) {
  int position = 0;
  for (const auto& e : elements) {
    std::string type(to_string(e.value_type)), sexes = sexes_text(e.disaggregation);
    std::string set_code = e.categories ? e.categories->code : "", set_name = e.categories ? e.categories->name : "";
    soci::indicator set_ind = e.categories ? soci::i_ok : soci::i_null;
    long long element_id = 0;
    s << "INSERT INTO reporting_elements (version_id, position, code, name, help_text, value_type, unit, "
         "disaggregation, category_set_code, category_set_name) VALUES (:v, :p, :c, :n, :h, :t, :u, :d, :sc, :sn) "
         "RETURNING id",
        soci::use(version_id), soci::use(position), soci::use(e.code), soci::use(e.name), soci::use(e.help_text),
        soci::use(type), soci::use(e.unit), soci::use(sexes), soci::use(set_code, set_ind),
        soci::use(set_name, set_ind), soci::into(element_id);
    if (e.categories) {
      int cp = 0;
      for (const auto& c : e.categories->categories) {
        s << "INSERT INTO reporting_element_categories (element_id, position, code, name) VALUES (:e, :p, :c, :n)",
            soci::use(element_id), soci::use(cp), soci::use(c.code), soci::use(c.name);
        ++cp;
      }
    }
    ++position;
  }
}

long long insert_version(soci::session& s, long long form_id, int version, const FormDefinition& d,
                         const std::string& actor) {
  std::string now = clock_of(s).now_text();
  long long version_id = 0;
  s << "INSERT INTO reporting_form_versions (form_id, version, created_at, created_by) VALUES (:f, :v, :c, :b) "
       "RETURNING id",
      soci::use(form_id), soci::use(version), soci::use(now), soci::use(actor), soci::into(version_id);
  insert_elements(s, version_id, d.elements);
  insert_rules(s, version_id, d.rules);
  return version_id;
}

void update_form_row(soci::session& s, long long form_id, const FormDefinition& d, int version) {
  std::string now = clock_of(s).now_text();
  int closes = d.closes_after_days.value_or(0);
  soci::indicator ci = d.closes_after_days ? soci::i_ok : soci::i_null;
  s << "UPDATE reporting_forms SET title = :t, description = :d, due_days = :dd, closes_after_days = :ca, "
       "current_version = :v, updated_at = :u WHERE id = :id",
      soci::use(d.title), soci::use(d.description), soci::use(d.due_days), soci::use(closes, ci), soci::use(version),
      soci::use(now), soci::use(form_id);
}

Rule rule_of(const std::string& code, const std::string& kind, const std::string& left, const std::string& op,
             const std::string& right, const std::string& importance, const std::string& message) {
  Rule r{.id = code, .kind = parse_rule_kind(kind).value_or(RuleKind::comparison), .left = {}, .op = Operator::eq,
         .right = {}, .importance = parse_importance(importance).value_or(Importance::error), .message = message};
  if (auto l = parse_operand(left, "left")) r.left = *l;
  if (r.kind == RuleKind::comparison) {
    r.op = parse_operator(op).value_or(Operator::eq);
    if (auto rr = parse_operand(right, "right")) r.right = *rr;
  }
  return r;
}

}  // namespace

std::int64_t insert_form(soci::session& s, const FormDefinition& d, const std::string& county_code,
                         const std::string& actor) {
  std::string now = clock_of(s).now_text(), periodicity(to_string(d.periodicity));
  int closes = d.closes_after_days.value_or(0);
  soci::indicator ci = d.closes_after_days ? soci::i_ok : soci::i_null;
  long long id = 0;
  s << "INSERT INTO reporting_forms (code, title, description, periodicity, due_days, closes_after_days, "
       "county_code, current_version, created_at, updated_at) VALUES (:c, :t, :d, :p, :dd, :ca, :cc, 1, :n1, :n2) "
       "RETURNING id",
      soci::use(d.code), soci::use(d.title), soci::use(d.description), soci::use(periodicity), soci::use(d.due_days),
      soci::use(closes, ci), soci::use(county_code), soci::use(now), soci::use(now), soci::into(id);
  insert_version(s, id, 1, d, actor);
  return id;
}

std::int64_t insert_form_version(soci::session& s, std::int64_t form_id, int version, const FormDefinition& d,
                                 const std::string& actor) {
  long long id = insert_version(s, form_id, version, d, actor);
  update_form_row(s, form_id, d, version);
  return id;
}

void update_form_labels(soci::session& s, const StoredForm& form, const FormDefinition& d) {
  long long version_id = form.version_id;
  update_form_row(s, form.id, d, form.version);
  for (const auto& e : d.elements) {
    long long element_id = 0;
    s << "SELECT id FROM reporting_elements WHERE version_id = :v AND code = :c", soci::use(version_id),
        soci::use(e.code), soci::into(element_id);
    if (!s.got_data()) continue;
    std::string set_name = e.categories ? e.categories->name : "";
    s << "UPDATE reporting_elements SET name = :n, help_text = :h, unit = :u, category_set_name = :sn WHERE id = :id",
        soci::use(e.name), soci::use(e.help_text), soci::use(e.unit), soci::use(set_name), soci::use(element_id);
    if (e.categories)
      for (const auto& c : e.categories->categories)
        s << "UPDATE reporting_element_categories SET name = :n WHERE element_id = :e AND code = :c",
            soci::use(c.name), soci::use(element_id), soci::use(c.code);
  }
  s << "DELETE FROM reporting_rules WHERE version_id = :v", soci::use(version_id);
  insert_rules(s, version_id, d.rules);
}

std::optional<FormDefinition> form_version(soci::session& s, std::int64_t version_id_in) {
  long long version_id = version_id_in, form_id = 0;
  s << "SELECT form_id FROM reporting_form_versions WHERE id = :v", soci::use(version_id), soci::into(form_id);
  if (!s.got_data()) return std::nullopt;
  FormDefinition d;
  std::string periodicity;
  int closes = 0;
  soci::indicator ci = soci::i_ok;
  s << "SELECT code, title, description, periodicity, due_days, closes_after_days FROM reporting_forms WHERE id = :f",
      soci::use(form_id), soci::into(d.code), soci::into(d.title), soci::into(d.description), soci::into(periodicity),
      soci::into(d.due_days), soci::into(closes, ci);
  d.periodicity = parse_periodicity(periodicity).value_or(Periodicity::yearly);
  if (ci == soci::i_ok) d.closes_after_days = closes;

  long long element_id = 0;
  std::string code, name, help, type, unit, sexes, set_code, set_name;
  soci::indicator set_ind = soci::i_ok, name_ind = soci::i_ok;
  std::vector<long long> element_ids;
  soci::statement st = (s.prepare << "SELECT id, code, name, help_text, value_type, unit, disaggregation, "
                                     "category_set_code, category_set_name FROM reporting_elements "
                                     "WHERE version_id = :v ORDER BY position",
                        soci::use(version_id), soci::into(element_id), soci::into(code), soci::into(name),
                        soci::into(help), soci::into(type), soci::into(unit), soci::into(sexes),
                        soci::into(set_code, set_ind), soci::into(set_name, name_ind));
  st.execute();
  while (st.fetch()) {
    DataElement e{.code = code, .name = name, .help_text = help,
                  .value_type = parse_value_type(type).value_or(ValueType::text), .unit = unit,
                  .disaggregation = sexes_of(sexes), .categories = {}};
    if (set_ind == soci::i_ok)
      e.categories = CategorySet{.code = set_code, .name = name_ind == soci::i_ok ? set_name : "", .categories = {}};
    d.elements.push_back(e);
    element_ids.push_back(element_id);
  }
  for (std::size_t i = 0; i < d.elements.size(); ++i) {
    if (!d.elements[i].categories) continue;
    std::string ccode, cname;
    soci::statement cs = (s.prepare << "SELECT code, name FROM reporting_element_categories WHERE element_id = :e "
                                       "ORDER BY position",
                          soci::use(element_ids[i]), soci::into(ccode), soci::into(cname));
    cs.execute();
    while (cs.fetch()) d.elements[i].categories->categories.push_back({.code = ccode, .name = cname});
  }
  std::string rcode, kind, left, op, right, importance, message;
  soci::indicator oi = soci::i_ok, ri = soci::i_ok;
  soci::statement rs = (s.prepare << "SELECT rule_code, kind, left_side, operator, right_side, importance, message "
                                     "FROM reporting_rules WHERE version_id = :v ORDER BY position",
                        soci::use(version_id), soci::into(rcode), soci::into(kind), soci::into(left),
                        soci::into(op, oi), soci::into(right, ri), soci::into(importance), soci::into(message));
  rs.execute();
  while (rs.fetch())
    d.rules.push_back(rule_of(rcode, kind, left, oi == soci::i_ok ? op : "", ri == soci::i_ok ? right : "",
                              importance, message));
  return d;
}

int version_number(soci::session& s, std::int64_t version_id_in) {
  long long version_id = version_id_in;
  int version = 0;
  s << "SELECT version FROM reporting_form_versions WHERE id = :v", soci::use(version_id), soci::into(version);
  return s.got_data() ? version : 0;
}

std::optional<StoredForm> find_form(soci::session& s, std::int64_t id_in) {
  long long id = id_in, version_id = 0;
  StoredForm f;
  f.id = id;
  s << "SELECT f.county_code, f.current_version, v.id FROM reporting_forms f JOIN reporting_form_versions v "
       "ON v.form_id = f.id AND v.version = f.current_version WHERE f.id = :id",
      soci::use(id), soci::into(f.county_code), soci::into(f.version), soci::into(version_id);
  if (!s.got_data()) return std::nullopt;
  f.version_id = version_id;
  auto d = form_version(s, version_id);
  if (!d) return std::nullopt;
  f.definition = std::move(*d);
  return f;
}

std::vector<FormSummary> list_forms(soci::session& s) {
  std::vector<FormSummary> out;
  FormSummary row;
  long long id = 0;
  soci::statement st = (s.prepare << "SELECT id, code, title, periodicity, current_version, county_code "
                                     "FROM reporting_forms ORDER BY title, id",
                        soci::into(id), soci::into(row.code), soci::into(row.title), soci::into(row.periodicity),
                        soci::into(row.version), soci::into(row.county_code));
  st.execute();
  while (st.fetch()) {
    row.id = id;
    out.push_back(row);
  }
  return out;
}

void replace_assignments(soci::session& s, std::int64_t form_id_in, const std::vector<Assignment>& assignments) {
  long long form_id = form_id_in;
  s << "DELETE FROM reporting_assignments WHERE form_id = :f", soci::use(form_id);
  std::string now = clock_of(s).now_text();
  for (const auto& a : assignments) {
    long long org = a.organisation_id.value_or(0);
    soci::indicator oi = a.organisation_id ? soci::i_ok : soci::i_null;
    soci::indicator ti = a.organisation_type.empty() ? soci::i_null : soci::i_ok;
    soci::indicator ci = a.county_code.empty() ? soci::i_null : soci::i_ok;
    s << "INSERT INTO reporting_assignments (form_id, organisation_id, organisation_type, county_code, created_at) "
         "VALUES (:f, :o, :t, :c, :n)",
        soci::use(form_id), soci::use(org, oi), soci::use(a.organisation_type, ti), soci::use(a.county_code, ci),
        soci::use(now);
  }
}

std::vector<Assignment> list_assignments(soci::session& s, std::int64_t form_id_in) {
  long long form_id = form_id_in, org = 0;
  std::string type, county;
  soci::indicator oi = soci::i_ok, ti = soci::i_ok, ci = soci::i_ok;
  std::vector<Assignment> out;
  soci::statement st = (s.prepare << "SELECT organisation_id, organisation_type, county_code FROM reporting_assignments "
                                     "WHERE form_id = :f ORDER BY id",
                        soci::use(form_id), soci::into(org, oi), soci::into(type, ti), soci::into(county, ci));
  st.execute();
  while (st.fetch())
    out.push_back({.organisation_id = oi == soci::i_ok ? std::optional<std::int64_t>(org) : std::nullopt,
                   .organisation_type = ti == soci::i_ok ? type : "",
                   .county_code = ci == soci::i_ok ? county : ""});
  return out;
}

std::vector<ReportingOrganisation> assigned_organisations(soci::session& s, std::int64_t form_id_in,
                                                          const std::string& county_code) {
  long long form_id = form_id_in, id = 0;
  std::string c1 = county_code, c2 = county_code;
  ReportingOrganisation row;
  std::vector<ReportingOrganisation> out;
  soci::statement st =
      (s.prepare << "SELECT o.id, o.name, o.type, o.county_code FROM organisations o WHERE EXISTS ("
                    "SELECT 1 FROM reporting_assignments a WHERE a.form_id = :f AND (a.organisation_id = o.id OR "
                    "(a.organisation_id IS NULL AND (a.organisation_type IS NULL OR a.organisation_type = o.type) "
                    "AND (a.county_code IS NULL OR a.county_code = o.county_code)))) "
                    "AND (CAST(:c1 AS TEXT) = '' OR o.county_code = :c2) ORDER BY o.name, o.id",
       soci::use(form_id), soci::use(c1), soci::use(c2), soci::into(id), soci::into(row.name), soci::into(row.type),
       soci::into(row.county_code));
  st.execute();
  while (st.fetch()) {
    row.id = id;
    out.push_back(row);
  }
  return out;
}

bool is_assigned(soci::session& s, std::int64_t form_id_in, std::int64_t organisation_id) {
  long long form_id = form_id_in, org = organisation_id, n = 0;
  s << "SELECT COUNT(*) FROM organisations o WHERE o.id = :o AND EXISTS ("
       "SELECT 1 FROM reporting_assignments a WHERE a.form_id = :f AND (a.organisation_id = o.id OR "
       "(a.organisation_id IS NULL AND (a.organisation_type IS NULL OR a.organisation_type = o.type) "
       "AND (a.county_code IS NULL OR a.county_code = o.county_code))))",
      soci::use(org), soci::use(form_id), soci::into(n);
  return n > 0;
}

std::optional<ReportingOrganisation> find_reporting_organisation(soci::session& s, std::int64_t id_in) {
  long long id = id_in;
  ReportingOrganisation o;
  s << "SELECT name, type, county_code FROM organisations WHERE id = :id", soci::use(id), soci::into(o.name),
      soci::into(o.type), soci::into(o.county_code);
  if (!s.got_data()) return std::nullopt;
  o.id = id;
  return o;
}

}  // namespace jamt::store
