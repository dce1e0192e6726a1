#pragma once
// Every register by entity name, for the audit endpoint, references and
// route registration.
#include <string_view>
#include <vector>

#include "service/registers/register_service.hpp"

namespace jamt::service {

// All registers, in the order they appear in menus.
const std::vector<const RegisterRules*>& all_registers();

// The register of `entity` ("organisation", …), or nullptr.
const RegisterRules* find_register(std::string_view entity);

}  // namespace jamt::service
