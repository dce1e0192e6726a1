#include "store/reporting/overview_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

namespace {

// The submissions `sql` selects (its columns as below, one bound id).
std::vector<StoredSubmission> select_submissions(soci::session& s, const std::string& where, long long id) {
  long long sid = 0, form_id = 0, version_id = 0, org = 0;
  StoredSubmission row;
  std::string submitted_at, submitted_by, approved_at, approved_by;
  soci::indicator sa = soci::i_ok, sb = soci::i_ok, aa = soci::i_ok, ab = soci::i_ok;
  std::vector<StoredSubmission> out;
  soci::statement st =
      (s.prepare << "SELECT id, form_id, version_id, organisation_id, period, status, row_version, comment, "
                    "submitted_at, submitted_by, approved_at, approved_by FROM reporting_submissions WHERE " +
                        where,
       soci::into(sid), soci::into(form_id), soci::into(version_id), soci::into(org), soci::into(row.period),
       soci::into(row.status), soci::into(row.row_version), soci::into(row.comment), soci::into(submitted_at, sa),
       soci::into(submitted_by, sb), soci::into(approved_at, aa), soci::into(approved_by, ab), soci::use(id));
  st.execute();
  while (st.fetch()) {
    StoredSubmission r = row;
    r.id = sid;
    r.form_id = form_id;
    r.version_id = version_id;
    r.organisation_id = org;
    r.submitted_at = sa == soci::i_ok ? submitted_at : "";
    r.submitted_by = sb == soci::i_ok ? submitted_by : "";
    r.approved_at = aa == soci::i_ok ? approved_at : "";
    r.approved_by = ab == soci::i_ok ? approved_by : "";
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<StoredSubmission> submissions_of_organisation(soci::session& s, std::int64_t organisation_id) {
  return select_submissions(s, "organisation_id = :o ORDER BY form_id, period", organisation_id);
}

std::vector<StoredSubmission> submissions_of_form(soci::session& s, std::int64_t form_id) {
  return select_submissions(s, "form_id = :f ORDER BY period, organisation_id", form_id);
}

std::vector<FormVersionInfo> form_versions(soci::session& s, std::int64_t form_id_in) {
  long long form_id = form_id_in;
  FormVersionInfo row;
  std::vector<FormVersionInfo> out;
  soci::statement st = (s.prepare << "SELECT version, created_at, created_by FROM reporting_form_versions "
                                     "WHERE form_id = :f ORDER BY version DESC",
                        soci::into(row.version), soci::into(row.created_at), soci::into(row.created_by),
                        soci::use(form_id));
  st.execute();
  while (st.fetch()) out.push_back(row);
  return out;
}

std::string form_created_on(soci::session& s, std::int64_t form_id_in) {
  long long form_id = form_id_in;
  std::string created;
  s << "SELECT created_at FROM reporting_forms WHERE id = :f", soci::use(form_id), soci::into(created);
  if (!s.got_data()) return "";
  return created.substr(0, 10);
}

}  // namespace jamt::store
