#include "store/audit_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

void append_audit(soci::session& s, const AuditEntry& e) {
  std::string at = clock_of(s).now_text();
  long long entity_id = e.entity_id;
  std::string before = e.before_json.value_or(""), after = e.after_json.value_or("");
  soci::indicator bi = e.before_json ? soci::i_ok : soci::i_null;
  soci::indicator ai = e.after_json ? soci::i_ok : soci::i_null;
  s << "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json) "
       "VALUES (:at, :ac, :an, :en, :id, :b, :a)",
      soci::use(at), soci::use(e.actor), soci::use(e.action), soci::use(e.entity), soci::use(entity_id),
      soci::use(before, bi), soci::use(after, ai);
}

std::vector<AuditEntry> list_audit(soci::session& s, const std::string& entity, std::int64_t entity_id_in) {
  long long entity_id = entity_id_in;
  std::vector<AuditEntry> out;
  AuditEntry row;
  std::string before, after;
  soci::indicator bi, ai;
  soci::statement st = (s.prepare << "SELECT id, at, actor, action, entity, entity_id, before_json, after_json "
                                     "FROM audit_log WHERE entity = :e AND entity_id = :i ORDER BY id",
                        soci::use(entity), soci::use(entity_id), soci::into(row.id), soci::into(row.at),
                        soci::into(row.actor), soci::into(row.action), soci::into(row.entity),
                        soci::into(row.entity_id), soci::into(before, bi), soci::into(after, ai));
  st.execute();
  while (st.fetch()) {
    row.before_json = bi == soci::i_ok ? std::optional<std::string>(before) : std::nullopt;
    row.after_json = ai == soci::i_ok ? std::optional<std::string>(after) : std::nullopt;
    out.push_back(row);
  }
  return out;
}

}  // namespace jamt::store
