#include "service/registers/record_json.hpp"

#include <cmath>

#include "domain/registers/org_number.hpp"

namespace jamt::service {

namespace {

using registers::FieldKind;

nlohmann::ordered_json field_json(const registers::FieldSpec& f, const std::string& v) {
  if (v.empty()) return nullptr;
  switch (f.kind) {
    case FieldKind::integer:
    case FieldKind::reference:
      try {
        return std::stoll(v);
      } catch (...) {
        return v;
      }
    case FieldKind::boolean:
      return v == "1";
    case FieldKind::org_number:
      return registers::format_org_number(v);
    default:
      return v;
  }
}

nlohmann::ordered_json build(const registers::EntitySpec& spec, const registers::Record& r, bool for_audit) {
  nlohmann::ordered_json out;
  const auto& id = registers::value_of(r, "id");
  if (!id.empty()) out["id"] = std::stoll(id);
  for (const auto& f : spec.fields) {
    const auto& v = registers::value_of(r, f.name);
    if (for_audit && f.personal)
      out[f.name] = v.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json("(personuppgift)");
    else
      out[f.name] = field_json(f, v);
  }
  if (!for_audit) {
    for (const char* k : {"created_at", "updated_at"}) {
      const auto& v = registers::value_of(r, k);
      if (!v.empty()) out[k] = v;
    }
  }
  return out;
}

}  // namespace

nlohmann::ordered_json record_json(const registers::EntitySpec& spec, const registers::Record& r) {
  return build(spec, r, false);
}

nlohmann::ordered_json audit_json(const registers::EntitySpec& spec, const registers::Record& r) {
  return build(spec, r, true);
}

Result<registers::Record> record_from_json(const nlohmann::json& body) {
  if (!body.is_object()) return validation_error("the request body must be a JSON object");
  registers::Record out;
  for (const auto& [key, v] : body.items()) {
    if (v.is_null()) {
      out[key] = "";
    } else if (v.is_string()) {
      out[key] = v.get<std::string>();
    } else if (v.is_boolean()) {
      out[key] = v.get<bool>() ? "1" : "0";
    } else if (v.is_number_integer()) {
      out[key] = v.dump();
    } else if (v.is_number_float()) {
      double d = v.get<double>();
      if (std::floor(d) == d && std::fabs(d) < 1e15)
        out[key] = std::to_string(static_cast<long long>(d));
      else
        out[key] = v.dump();
    } else {
      return validation_error(key + ": must be a string, number, true/false or null", {}, key);
    }
  }
  return out;
}

}  // namespace jamt::service
