#pragma once
// Reader and writer of the strategy JSON format "jamt-strategy/1"
// (docs/formats/strategy-json.md). Bytes in, domain values out; no database.
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "domain/strategy.hpp"

namespace jamt::formats {

// Parses a strategy document. On failure the Error's `where` is the JSON path
// of the offending value ("$.goals[0].children[2].title") and its message says
// what is wrong (missing field, wrong type, unknown field, invalid JSON with
// line and column, arrays and objects nested more than 128 levels with line,
// column and byte offset: parse_json_limited in
// formats/common/json_support.hpp). Checks only the document's shape; the
// model's rules are checked by jamt::validate(). The optional "id" of the
// document, its nodes and indicators (as GET /api/v1/strategies/{id} writes
// them) are read into the ids; absent ids are 0.
Result<Strategy> read_strategy_json(std::string_view text);

struct StrategyJsonOptions {
  bool with_ids = false;  // write "id" on the document, every node and indicator
};

// Writes the strategy as a document with every field, in the documented order,
// indented by two spaces and ending with a newline. Ids are not written;
// "decision" only when the strategy has one; the author's English
// ("title_en", "vision_en", "description_en" of the strategy, "title_en",
// "description_en" of a node) only where given, so that a document without
// English reads and writes as before.
// read_strategy_json(write_strategy_json(s)) gives back `s` (ids aside).
std::string write_strategy_json(const Strategy& strategy);

// As above, with ids when `options.with_ids`: the document of the API and of
// the stored versions (docs/formats/strategy-json.md, "Ids").
std::string write_strategy_json(const Strategy& strategy, const StrategyJsonOptions& options);

// Parts of a document, for the editing API (issue 12, item 1: editing in the
// browser). Each reads one JSON object as the document holds it at that
// place — an indicator of a node, a problem area, the action plan, one of its
// objectives — with the same shape checks and error paths rooted at "$"
// ("$.unit"). Ids ("id") are read as in the document, 0 when absent.
Result<Indicator> read_indicator_json(std::string_view text);
Result<ProblemArea> read_problem_area_json(std::string_view text);
Result<ActionPlan> read_action_plan_json(std::string_view text);
Result<ActionPlanObjective> read_objective_json(std::string_view text);

}  // namespace jamt::formats
