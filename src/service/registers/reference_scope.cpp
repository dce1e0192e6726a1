#include "service/registers/reference_scope.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/registers/label_text.hpp"

#include "service/authorization.hpp"
#include "service/registers/register_service.hpp"
#include "service/registers/registers.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

bool is_id(const std::string& v) {
  return !v.empty() && v.size() <= 18 && v.find_first_not_of("0123456789") == std::string::npos;
}

// Whether record `id` of the register `entity` exists and `user` may read it.
bool readable(soci::session& s, const std::string& entity, std::int64_t id, const std::optional<User>& user) {
  const auto* target = find_register(entity);
  if (!target) return true;  // not a register record: nothing to reveal
  auto found = store::find_record(s, *target->spec, id);
  if (!found) return false;
  (*found)["id"] = std::to_string(id);
  return may_reference(user, target->scope_of(s, *found));
}

}  // namespace

std::vector<Error> check_references(soci::session& s, const registers::EntitySpec& spec, registers::Record& record,
                                    const registers::Record* before, const std::optional<User>& user) {
  std::vector<Error> errors;
  for (const auto& f : spec.fields) {
    if (f.kind != registers::FieldKind::reference) continue;
    const auto& value = registers::value_of(record, f.name);
    if (value.empty()) continue;
    if (before && registers::value_of(*before, f.name) == value) continue;
    // A malformed id is already reported by check_record.
    if (!is_id(value) || readable(s, f.references, std::stoll(value), user)) continue;
    errors.push_back(validation_error(i18n::trf("{1}: finns inte", {registers::label_text(f.label_sv)}), {}, f.name));
    record[f.name] = "";
  }
  return errors;
}

bool malformed_reference(const registers::EntitySpec& spec, const registers::Record& record) {
  for (const auto& f : spec.fields) {
    if (f.kind != registers::FieldKind::reference) continue;
    const std::string& value = registers::value_of(record, f.name);
    if (!value.empty() && !is_id(value)) return true;
  }
  return false;
}

}  // namespace jamt::service
