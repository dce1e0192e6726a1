#include "service/checklists/checklist_json.hpp"

#include "domain/registers/checklist.hpp"
#include "domain/registers/checklist_summary.hpp"
#include "service/registers/record_json.hpp"

namespace jamt::service {

namespace {

using registers::kChecklistPoints;
using registers::Record;

nlohmann::ordered_json text_or_null(const std::string& v) {
  return v.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
}

bool is_flat_point_field(const std::string& key) {
  return key.rfind("answer_", 0) == 0 || key.rfind("comment_", 0) == 0;
}

// One answer item (a string, or an object with answer, comment and
// optionally point) into `out`.
Status read_item(const nlohmann::json& item, int point, Record& out) {
  auto problem = [&](const std::string& message, const std::string& field) {
    return validation_error("Punkt " + std::to_string(point) + ": " + message, {}, field);
  };
  const std::string answer = registers::answer_field(point);
  if (item.is_string()) {
    out[registers::answer_field(point)] = item.get<std::string>();
    return {};
  }
  if (item.is_null()) {
    out[registers::answer_field(point)] = "";
    return {};
  }
  if (!item.is_object()) return problem("ska vara ett objekt {\"answer\", \"comment\"} eller ett svar som text", answer);
  for (const auto& [key, v] : item.items()) {
    if (key == "point") {
      if (!v.is_number_integer() || v.get<long long>() != point) return problem("\"point\" stämmer inte med platsen i listan", answer);
    } else if (key == "text") {
      // The point's text as answered by GET; ignored.
    } else if (key == "answer" || key == "comment") {
      const std::string field = key == "answer" ? answer : registers::comment_field(point);
      if (!v.is_string() && !v.is_null()) return problem("\"" + key + "\" ska vara text eller null", field);
      out[field] = v.is_null() ? "" : v.get<std::string>();
    } else {
      return problem("okänt fält \"" + key + "\"", answer);
    }
  }
  return {};
}

}  // namespace

nlohmann::ordered_json checklist_json(const Record& r) {
  const auto& spec = registers::checklist_spec();
  nlohmann::ordered_json flat = record_json(spec, r);
  nlohmann::ordered_json out;
  for (const char* key : {"id", "organisation_id", "year", "county_code", "title"})
    if (flat.contains(key)) out[key] = flat[key];
  nlohmann::ordered_json answers = nlohmann::ordered_json::array();
  const auto& texts = registers::checklist_point_texts();
  for (int n = 1; n <= kChecklistPoints; ++n)
    answers.push_back({{"point", n},
                       {"text", std::string(texts[n - 1])},
                       {"answer", text_or_null(registers::value_of(r, registers::answer_field(n)))},
                       {"comment", text_or_null(registers::value_of(r, registers::comment_field(n)))}});
  out["answers"] = answers;
  auto counts = registers::count_answers(r);
  out["counts"] = {{"ja", counts.ja}, {"delvis", counts.delvis}, {"nej", counts.nej}, {"unanswered", counts.unanswered}};
  for (const char* key : {"created_at", "updated_at"})
    if (flat.contains(key)) out[key] = flat[key];
  return out;
}

Result<Record> checklist_input_from_json(const nlohmann::json& body, bool partial) {
  if (!body.is_object()) return validation_error("the request body must be a JSON object");
  nlohmann::json rest = body;
  rest.erase("answers");
  for (const auto& [key, v] : rest.items())
    if (is_flat_point_field(key))
      return validation_error("okänt fält \"" + key + "\" (svaren skickas i \"answers\")", {}, key);
  auto flat = record_from_json(rest);
  if (!flat) return flat.error();
  Record out = *flat;
  if (!body.contains("answers")) {
    if (partial) return out;
    return validation_error("Svar: \"answers\" med de tio punkternas svar saknas", {}, "answers");
  }
  const auto& answers = body["answers"];
  if (answers.is_array()) {
    if (answers.size() != static_cast<std::size_t>(kChecklistPoints))
      return validation_error("Svar: \"answers\" ska innehålla " + std::to_string(kChecklistPoints) + " svar, inte " +
                                  std::to_string(answers.size()), {}, "answers");
    for (int n = 1; n <= kChecklistPoints; ++n)
      if (auto st = read_item(answers[n - 1], n, out); !st) return st.error();
    return out;
  }
  if (answers.is_object()) {
    std::size_t given = 0;
    for (int n = 1; n <= kChecklistPoints; ++n) {
      auto key = std::to_string(n);
      if (!answers.contains(key)) continue;
      ++given;
      if (auto st = read_item(answers[key], n, out); !st) return st.error();
    }
    if (given != answers.size())
      return validation_error("Svar: nycklarna i \"answers\" ska vara punkternas nummer 1–10", {}, "answers");
    return out;
  }
  return validation_error("Svar: \"answers\" ska vara en lista med tio svar eller ett objekt med punkternas nummer",
                          {}, "answers");
}

}  // namespace jamt::service
