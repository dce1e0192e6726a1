#include "service/registers/save_refusal.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/registers/label_text.hpp"

#include "service/registers/registers.hpp"
#include "store/constraint_error.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

std::string label_of(const registers::EntitySpec& spec, const std::string& name) {
  const auto* f = spec.field(name);
  return f ? registers::label_text(f->label_sv) : name;
}

Error duplicate_error(const registers::EntitySpec& spec) {
  if (spec.unique_fields.empty()) return conflict_error(i18n::trf("{1}: finns redan", {registers::label_text(spec.label_sv)}));
  std::string fields;
  for (std::size_t i = 0; i < spec.unique_fields.size(); ++i) {
    if (i > 0) fields += i + 1 == spec.unique_fields.size() ? " " + i18n::tr("och") + " " : ", ";
    fields += label_of(spec, spec.unique_fields[i]);
  }
  Error e = conflict_error(i18n::trf("{1}: det finns redan en med samma {2}", {registers::label_text(spec.label_sv), fields}));
  e.field = spec.unique_fields.back();
  return e;
}

bool is_id(const std::string& v) {
  return !v.empty() && v.size() <= 18 && v.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::optional<Error> save_refusal(const registers::EntitySpec& spec, const std::exception& e) {
  switch (store::constraint_kind(e)) {
    case store::ConstraintKind::unique:
      return duplicate_error(spec);
    case store::ConstraintKind::foreign_key:
      return Error{kMissingReference, i18n::tr("en hänvisning pekar på något som inte finns"), {}, {}};
    case store::ConstraintKind::check:
    case store::ConstraintKind::not_null:
    case store::ConstraintKind::none:
      return std::nullopt;
  }
  return std::nullopt;
}

Error missing_reference_error(store::Database& db, const registers::EntitySpec& spec, const registers::Record& record) {
  Error found = validation_error(i18n::trf("{1}: en hänvisning pekar på något som inte finns", {registers::label_text(spec.label_sv)}));
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& f : spec.fields) {
      if (f.kind != registers::FieldKind::reference) continue;
      const auto& value = registers::value_of(record, f.name);
      if (value.empty()) continue;
      const auto* target = find_register(f.references);
      if (!target) continue;
      if (!is_id(value) || !store::find_record(s, *target->spec, std::stoll(value))) {
        found = validation_error(i18n::trf("{1}: finns inte", {registers::label_text(f.label_sv)}), {}, f.name);
        break;
      }
    }
    return {};
  });
  return found;
}

Status explain_refusal(store::Database& db, const registers::EntitySpec& spec, const registers::Record& record,
                       Status st) {
  if (st || st.error().code != kMissingReference) return st;
  return missing_reference_error(db, spec, record);
}

}  // namespace jamt::service
