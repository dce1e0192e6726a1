#include "store/reporting/submission_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

namespace {

const char* kColumns =
    "id, form_id, version_id, organisation_id, period, status, row_version, comment, submitted_at, submitted_by, "
    "approved_at, approved_by";

// Reads submissions selected with kColumns into `out`.
struct Row {
  long long id = 0, form_id = 0, version_id = 0, organisation_id = 0;
  StoredSubmission sub;
  std::string submitted_at, submitted_by, approved_at, approved_by;
  soci::indicator sa = soci::i_ok, sb = soci::i_ok, aa = soci::i_ok, ab = soci::i_ok;

  StoredSubmission value() const {
    StoredSubmission out = sub;
    out.id = id;
    out.form_id = form_id;
    out.version_id = version_id;
    out.organisation_id = organisation_id;
    out.submitted_at = sa == soci::i_ok ? submitted_at : "";
    out.submitted_by = sb == soci::i_ok ? submitted_by : "";
    out.approved_at = aa == soci::i_ok ? approved_at : "";
    out.approved_by = ab == soci::i_ok ? approved_by : "";
    return out;
  }
};

#define JAMT_SUBMISSION_INTO(r)                                                                          \
  soci::into(r.id), soci::into(r.form_id), soci::into(r.version_id), soci::into(r.organisation_id),            \
      soci::into(r.sub.period), soci::into(r.sub.status), soci::into(r.sub.row_version), soci::into(r.sub.comment), \
      soci::into(r.submitted_at, r.sa), soci::into(r.submitted_by, r.sb), soci::into(r.approved_at, r.aa),      \
      soci::into(r.approved_by, r.ab)

soci::indicator null_if_empty(const std::string& s) { return s.empty() ? soci::i_null : soci::i_ok; }

}  // namespace

std::optional<StoredSubmission> find_submission(soci::session& s, std::int64_t form_id_in,
                                                std::int64_t organisation_id, const std::string& period) {
  long long form_id = form_id_in, org = organisation_id;
  Row r;
  soci::statement st = (s.prepare << std::string("SELECT ") + kColumns +
                                         " FROM reporting_submissions WHERE form_id = :f AND organisation_id = :o "
                                         "AND period = :p",
                        JAMT_SUBMISSION_INTO(r), soci::use(form_id), soci::use(org), soci::use(period));
  if (!st.execute(true)) return std::nullopt;
  return r.value();
}

std::int64_t insert_submission(soci::session& s, const StoredSubmission& sub) {
  long long form_id = sub.form_id, version_id = sub.version_id, org = sub.organisation_id, id = 0;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO reporting_submissions (form_id, version_id, organisation_id, period, status, row_version, "
       "comment, created_at, updated_at) VALUES (:f, :v, :o, :p, :s, 1, :c, :n1, :n2) RETURNING id",
      soci::use(form_id), soci::use(version_id), soci::use(org), soci::use(sub.period), soci::use(sub.status),
      soci::use(sub.comment), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

bool update_submission(soci::session& s, const StoredSubmission& sub) {
  long long id = sub.id;
  int expected = sub.row_version, next = sub.row_version + 1;
  std::string now = clock_of(s).now_text();
  soci::indicator sa = null_if_empty(sub.submitted_at), sb = null_if_empty(sub.submitted_by),
                  aa = null_if_empty(sub.approved_at), ab = null_if_empty(sub.approved_by);
  soci::statement st = (s.prepare << "UPDATE reporting_submissions SET status = :s, comment = :c, submitted_at = :sa, "
                                     "submitted_by = :sb, approved_at = :aa, approved_by = :ab, row_version = :n, "
                                     "updated_at = :u WHERE id = :id AND row_version = :rv",
                        soci::use(sub.status), soci::use(sub.comment), soci::use(sub.submitted_at, sa),
                        soci::use(sub.submitted_by, sb), soci::use(sub.approved_at, aa),
                        soci::use(sub.approved_by, ab), soci::use(next), soci::use(now), soci::use(id),
                        soci::use(expected));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void replace_values(soci::session& s, std::int64_t submission_id, const reporting::Values& values) {
  long long id = submission_id;
  s << "DELETE FROM reporting_values WHERE submission_id = :id", soci::use(id);
  for (const auto& [cell, value] : values) {
    std::string sex(reporting::to_string(cell.sex));
    double number = value.number.value_or(0);
    soci::indicator ni = value.number ? soci::i_ok : soci::i_null;
    s << "INSERT INTO reporting_values (submission_id, element_code, sex, category, value_text, value_number) "
         "VALUES (:id, :e, :s, :c, :t, :n)",
        soci::use(id), soci::use(cell.element), soci::use(sex), soci::use(cell.category), soci::use(value.text),
        soci::use(number, ni);
  }
}

reporting::Values values_of(soci::session& s, std::int64_t submission_id) {
  long long id = submission_id;
  std::string element, sex, category, text;
  double number = 0;
  soci::indicator ni = soci::i_ok;
  reporting::Values out;
  soci::statement st = (s.prepare << "SELECT element_code, sex, category, value_text, value_number "
                                     "FROM reporting_values WHERE submission_id = :id",
                        soci::use(id), soci::into(element), soci::into(sex), soci::into(category), soci::into(text),
                        soci::into(number, ni));
  st.execute();
  while (st.fetch()) {
    auto parsed = reporting::parse_sex(sex);
    if (!parsed) continue;
    out[{.element = element, .sex = *parsed, .category = category}] = {
        .text = text, .number = ni == soci::i_ok ? std::optional<double>(number) : std::nullopt};
  }
  return out;
}

void append_event(soci::session& s, std::int64_t submission_id, const SubmissionEvent& e) {
  long long id = submission_id;
  std::string now = clock_of(s).now_text();
  s << "INSERT INTO reporting_events (submission_id, at, actor, action, comment) VALUES (:s, :a, :ac, :an, :c)",
      soci::use(id), soci::use(now), soci::use(e.actor), soci::use(e.action), soci::use(e.comment);
}

std::vector<SubmissionEvent> events_of(soci::session& s, std::int64_t submission_id) {
  long long id = submission_id;
  SubmissionEvent row;
  std::vector<SubmissionEvent> out;
  soci::statement st = (s.prepare << "SELECT at, actor, action, comment FROM reporting_events "
                                     "WHERE submission_id = :s ORDER BY id",
                        soci::use(id), soci::into(row.at), soci::into(row.actor), soci::into(row.action),
                        soci::into(row.comment));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

reporting::History history_before(soci::session& s, std::int64_t form_id_in, std::int64_t organisation_id,
                                  const std::string& period) {
  long long form_id = form_id_in, org = organisation_id;
  std::string element, sex, category;
  double number = 0;
  reporting::History out;
  soci::statement st =
      (s.prepare << "SELECT v.element_code, v.sex, v.category, v.value_number FROM reporting_values v "
                    "JOIN reporting_submissions r ON r.id = v.submission_id WHERE r.form_id = :f "
                    "AND r.organisation_id = :o AND r.period < :p AND r.status IN ('submitted', 'approved') "
                    "AND v.value_number IS NOT NULL ORDER BY r.period",
       soci::use(form_id), soci::use(org), soci::use(period), soci::into(element), soci::into(sex),
       soci::into(category), soci::into(number));
  st.execute();
  while (st.fetch())
    if (auto parsed = reporting::parse_sex(sex))
      out[{.element = element, .sex = *parsed, .category = category}].push_back(number);
  return out;
}

std::vector<StoredSubmission> submissions_for_period(soci::session& s, std::int64_t form_id_in,
                                                     const std::string& period) {
  long long form_id = form_id_in;
  Row r;
  std::vector<StoredSubmission> out;
  soci::statement st = (s.prepare << std::string("SELECT ") + kColumns +
                                         " FROM reporting_submissions WHERE form_id = :f AND period = :p",
                        JAMT_SUBMISSION_INTO(r), soci::use(form_id), soci::use(period));
  st.execute();
  while (st.fetch()) out.push_back(r.value());
  return out;
}

namespace {

// The submissions selected by `where` (one bound id).
std::vector<StoredSubmission> submissions_where(soci::session& s, const std::string& where, long long id) {
  Row r;
  std::vector<StoredSubmission> out;
  soci::statement st = (s.prepare << std::string("SELECT ") + kColumns + " FROM reporting_submissions WHERE " + where,
                        JAMT_SUBMISSION_INTO(r), soci::use(id));
  st.execute();
  while (st.fetch()) out.push_back(r.value());
  return out;
}

}  // namespace

std::vector<StoredSubmission> submissions_of_organisation(soci::session& s, std::int64_t organisation_id) {
  return submissions_where(s, "organisation_id = :o ORDER BY form_id, period", organisation_id);
}

std::vector<StoredSubmission> submissions_of_form(soci::session& s, std::int64_t form_id) {
  return submissions_where(s, "form_id = :f ORDER BY period, organisation_id", form_id);
}

std::optional<std::string> submission_county(soci::session& s, std::int64_t id) {
  std::string county;
  soci::indicator ind = soci::i_null;
  long long key = id;
  s << "SELECT o.county_code FROM reporting_submissions r JOIN organisations o ON o.id = r.organisation_id "
       "WHERE r.id = :id",
      soci::into(county, ind), soci::use(key);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  return county;
}

}  // namespace jamt::store
