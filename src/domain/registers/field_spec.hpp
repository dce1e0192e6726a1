#pragma once
// Registers (organisations, joinings, groups, activities, …) are described
// by their fields. One description drives checking input, storing, the JSON
// API, the forms and the exports, so every register behaves the same way.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace jamt::registers {

// How a field's value is written and checked.
//   text, long_text  free text (long_text: a textarea)
//   date             "YYYY-MM-DD", a real calendar date
//   integer          a whole number ≥ 0
//   boolean          "1" or "0" (JSON true/false, a form checkbox)
//   url              http:// or https:// address
//   email, phone     contact details
//   org_number       organisationsnummer: 10 digits with a Luhn check digit
//   municipality     one of the 290 municipality codes
//   county           one of the 21 county codes
//   choice           one of the field's `choices`
//   reference        the id of a record of entity `references`
enum class FieldKind { text, long_text, date, integer, boolean, url, email, phone, org_number, municipality, county, choice, reference };

struct Choice {
  std::string code;      // stored and used in the API: "kommun"
  std::string label_sv;  // shown: "Kommun"
};

// Fill with designated initialisers: `{.name = "year", .kind = FieldKind::integer}`.
struct FieldSpec {
  std::string name{};      // column, JSON key and form field name
  std::string label_sv{};  // label in forms, tables and exports
  FieldKind kind = FieldKind::text;
  bool required = false;
  std::vector<Choice> choices{};  // for choice
  std::string references{};       // for reference: the entity name, e.g. "organisation"
  std::size_t max_length = 300;
  bool personal = false;  // personal data: the audit log records that it changed, never its value
  bool system = false;    // set by the service (status, decisions), not by forms or API input
  std::string hint_sv{};  // help text under the field
};

// One register.
struct EntitySpec {
  std::string entity;     // "organisation": audit log entity and reference name
  std::string table;      // "organisations"
  std::string label_sv;   // "Organisation"
  std::string plural_sv;  // "Organisationer"
  std::string api_path;   // "organisations" → /api/v1/organisations
  std::string page_path;  // "organisationer" → /organisationer
  std::string title_field;                 // the field that names a record
  std::vector<FieldSpec> fields;
  std::vector<std::string> list_columns;   // fields shown in lists, in order
  std::vector<std::string> search_fields;  // fields searched by a free-text query
  // Fields that a unique constraint of the table covers together (empty:
  // none); a refused duplicate names them, and the last is the form field
  // the message is shown beside.
  std::vector<std::string> unique_fields;

  // The field called `name`, or nullptr.
  const FieldSpec* field(std::string_view name) const;
};

// A record's values as stored text, keyed by field name, plus "id" (and
// "created_at", "updated_at" when read from the store). A missing key or ""
// means no value. Integers and references are decimal digits, booleans
// "1"/"0", org numbers 10 digits, dates "YYYY-MM-DD".
using Record = std::map<std::string, std::string>;

// The value of `name` in `record`, or "".
const std::string& value_of(const Record& record, const std::string& name);

struct CheckedRecord {
  Record record;              // normalised values
  std::vector<Error> errors;  // every problem, each with `field` set; empty when fine
};

// Normalises and checks `input` against `spec`: trims text, checks lengths,
// dates, numbers, org numbers (stored as 10 digits), addresses, codes and
// choices, and that required fields have a value. Keys that are not fields
// of the spec, and system fields, are errors. With `partial` (an update),
// only the fields present are checked and returned; otherwise every field is
// returned, missing ones as "".
CheckedRecord check_record(const EntitySpec& spec, const Record& input, bool partial);

// A stored value as a user reads it: org numbers "NNNNNN-NNNN", choices by
// label, booleans "Ja"/"Nej", municipalities and counties by name; other
// kinds unchanged. References are shown by the caller (they need the store).
std::string display_value(const FieldSpec& field, const std::string& stored);

// Lower-cases ASCII and the Swedish letters Å Ä Ö É (for searching).
std::string fold_case(std::string_view text);

}  // namespace jamt::registers
