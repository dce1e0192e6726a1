#pragma once
// The HTML pages of a register, the same for every one:
//   /<page>                 list with search, filters and a CSV download link
//   /<page>/export.csv      the list as CSV for Excel
//   /<page>/ny              form for a new record (POST creates)
//   /<page>/{id}            the record, its history and register-specific parts
//   /<page>/{id}/andra      form to change it (POST saves)
//   /<page>/{id}/ta-bort    POST deletes
// Forms keep what the user typed and show each message beside its field.
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "service/registers/register_service.hpp"
#include "web/http/request_auth.hpp"

namespace httplib {
class Server;
}

namespace jamt::web {

struct RecordPageHooks {
  // HTML shown after the record's fields on its page (already escaped,
  // e.g. from render_template), or "".
  std::function<std::string(store::Database&, const registers::Record&, const RequestAuth&)> detail_extra{};
  // HTML shown above the list, or "".
  std::function<std::string(store::Database&, const RequestAuth&)> list_extra{};
  // The fields listed on the record's page, in spec order; all when empty.
  std::vector<std::string> detail_fields{};
};

void register_record_pages(httplib::Server& server, store::Database& db, const service::RegisterRules& rules,
                           RecordPageHooks hooks = {});

// The text a user reads for a stored value, references shown by the name
// of the record they point to (looked up in `db`).
std::string shown_value(store::Database& db, const registers::FieldSpec& field, const std::string& stored);

// A register form's fields for the template register_form: label, input
// kind, the value to show (`values` as typed or stored), options for
// choices and references (records `auth` may read), the error beside it.
nlohmann::json form_fields(store::Database& db, const registers::EntitySpec& spec, const registers::Record& values,
                           const std::vector<Error>& errors, const RequestAuth& auth);

// The register's user-editable fields from a submitted form (a missing
// checkbox is "0").
registers::Record record_from_form(const registers::EntitySpec& spec, const httplib::Request& req);

}  // namespace jamt::web
