#include "service/registers/registers.hpp"

#include "service/activities/activity_register.hpp"

#include "service/groups/group_register.hpp"
#include "service/groups/meeting_register.hpp"

#include "service/joining/joining_register.hpp"
#include "service/organisations/organisation_register.hpp"
#include "service/organisations/person_register.hpp"
#include "service/groups/representative_change_register.hpp"

#include "service/checklists/checklist_register.hpp"
#include "service/checklists/steering_document_register.hpp"

namespace jamt::service {

const std::vector<const RegisterRules*>& all_registers() {
  static const std::vector<const RegisterRules*> list{
      &organisation_rules(),
      &person_rules(),
      &activity_rules(),
      &group_rules(), &group_member_rules(), &meeting_rules(), &attendance_rules(), &representative_change_rules(),
      &checklist_rules(),
      &steering_document_rules(),
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
