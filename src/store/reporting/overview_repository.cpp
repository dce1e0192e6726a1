#include "store/reporting/overview_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

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

std::string form_created_at(soci::session& s, std::int64_t form_id_in) {
  long long form_id = form_id_in;
  std::string created;
  soci::indicator ind = soci::i_ok;
  s << "SELECT created_at FROM reporting_forms WHERE id = :f", soci::into(created, ind), soci::use(form_id);
  return s.got_data() && ind == soci::i_ok ? created : "";
}

}  // namespace jamt::store
