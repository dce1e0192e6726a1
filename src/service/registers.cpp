#include "service/registers.hpp"

#include "service/joining_register.hpp"
#include "service/organisation_register.hpp"
#include "service/person_register.hpp"

namespace jamt::service {

const std::vector<const RegisterRules*>& all_registers() {
  static const std::vector<const RegisterRules*> list{
      &organisation_rules(),
      &person_rules(),
      &joining_rules(),
  };
  return list;
}

const RegisterRules* find_register(std::string_view entity) {
  for (const auto* r : all_registers())
    if (r->spec->entity == entity) return r;
  return nullptr;
}

}  // namespace jamt::service
