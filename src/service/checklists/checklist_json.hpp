#pragma once
// Checklists as JSON for the API (docs/api.md): the ten answers as an
// array instead of twenty flat fields.
#include <nlohmann/json.hpp>

#include "domain/registers/field_spec.hpp"
#include "domain/result.hpp"

namespace jamt::service {

// {"id", "organisation_id", "year", "county_code", "title",
//  "answers": [{"point": 1, "text": "Den politiska …", "answer": "ja",
//               "comment": null}, … ten],
//  "counts": {"ja", "delvis", "nej", "unanswered"}, "created_at", "updated_at"}
nlohmann::ordered_json checklist_json(const registers::Record& checklist);

// The input fields of a checklist JSON body as a Record (answer_N,
// comment_N and the other keys as they are, for check_record). "answers" is
// an array of ten items in point order, or an object keyed by point number
// ("1"–"10"; with `partial`, any subset); each item is
// {"answer": "ja"|"delvis"|"nej", "comment": text or null} (an item's
// "point", when given, must be its position) or just the answer as a
// string. Points left out are left out of the Record too (on a create,
// check_record reports their answers as missing). Error "validation" for another shape: field "answers" for the
// list, answer_N or comment_N for an item, the key for top-level
// answer_N/comment_N keys.
Result<registers::Record> checklist_input_from_json(const nlohmann::json& body, bool partial);

}  // namespace jamt::service
