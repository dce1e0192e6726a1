#include "service/registers/record_history.hpp"

#include "domain/i18n/translate.hpp"
#include "domain/registers/label_text.hpp"

#include <nlohmann/json.hpp>

#include "service/audit_service.hpp"
#include "service/registers/registers.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using json = nlohmann::json;

std::string history_action(const std::string& action) {
  if (action == "create") return i18n::tr("Skapad");
  if (action == "update") return i18n::tr("Ändrad");
  if (action == "delete") return i18n::tr("Borttagen");
  if (action == "erase") return i18n::tr("Personuppgifter raderade");
  if (action == "confirm") return i18n::tr("Bekräftad");
  if (action == "reject") return i18n::tr("Avslagen");
  if (action == "assess") return i18n::tr("Bedömd");
  if (action == "approve") return i18n::tr("Godkänd");
  if (action == "withdraw") return i18n::tr("Utträde");
  if (action == "follow_up") return i18n::tr("Uppföljning registrerad");
  if (action == "action_plan") return i18n::tr("Handlingsplan uppladdad");
  return action;
}

// "2026-11-23T10:15:00Z" → "2026-11-23 10:15 UTC".
std::string shown_time(const std::string& at) {
  if (at.size() < 16) return at;
  return at.substr(0, 10) + " " + at.substr(11, 5) + " UTC";
}

// An audit JSON value (string, number, boolean or null) as the stored text.
std::string stored_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "1" : "0";
  if (v.is_null()) return "";
  return v.dump();
}

}  // namespace

std::string shown_field_value(store::Database& db, const registers::FieldSpec& field, const std::string& stored) {
  if (stored.empty()) return "";
  if (field.kind != registers::FieldKind::reference) return registers::display_value(field, stored);
  const auto* rules = find_register(field.references);
  if (!rules || stored.find_first_not_of("0123456789") != std::string::npos || stored.size() > 18) return stored;
  std::string name = stored;
  (void)db.read([&](soci::session& s) -> Status {
    if (auto r = store::find_record(s, *rules->spec, std::stoll(stored)))
      name = registers::value_of(*r, rules->spec->title_field);
    return {};
  });
  return name;
}

Result<std::vector<HistoryRow>> record_history(store::Database& db, const registers::EntitySpec& spec, std::int64_t id,
                                               const std::optional<User>& user) {
  auto entries = audit_trail(db, spec.entity, id, user);
  if (!entries) return entries.error();
  std::vector<HistoryRow> rows;
  for (const auto& e : *entries) {
    auto before = json::parse(e.before_json.value_or("{}"), nullptr, false);
    auto after = json::parse(e.after_json.value_or("{}"), nullptr, false);
    std::string changed;
    for (const auto& f : spec.fields) {
      json b = before.is_object() && before.contains(f.name) ? before[f.name] : json();
      json a = after.is_object() && after.contains(f.name) ? after[f.name] : json();
      if (a == b || (e.action == "create" && a.is_null())) continue;
      std::string shown;
      if (e.action != "delete") {
        shown = a.is_null() ? "(tomt)" : shown_field_value(db, f, stored_text(a));
      }
      changed += (changed.empty() ? "" : "; ") + registers::label_text(f.label_sv) + (shown.empty() ? "" : ": " + shown);
    }
    rows.push_back({shown_time(e.at), e.actor, history_action(e.action), changed});
  }
  return rows;
}

}  // namespace jamt::service
