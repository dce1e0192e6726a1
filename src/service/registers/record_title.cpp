#include "service/registers/record_title.hpp"

#include "service/registers/registers.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

std::optional<std::string> record_title(store::Database& db, const std::string& entity, std::int64_t id) {
  const auto* rules = find_register(entity);
  if (!rules) return std::nullopt;
  std::optional<std::string> name;
  (void)db.read([&](soci::session& s) -> Status {
    if (auto r = store::find_record(s, *rules->spec, id)) name = registers::value_of(*r, rules->spec->title_field);
    return {};
  });
  return name;
}

}  // namespace jamt::service
