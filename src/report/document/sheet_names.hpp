#pragma once
// Worksheet names made from table captions.
#include <string>
#include <vector>

namespace jamt::report {

// One sheet name per caption, in order: the caption with []:*?/\ replaced
// by '-', leading and trailing apostrophes and spaces dropped, cut to 31
// characters (whole UTF-8 characters); "Tabell N" for an empty caption; a
// name already used (ignoring ASCII case) gets " (2)", " (3)" … within the
// 31 characters. Every result is a valid, unique Excel sheet name.
std::vector<std::string> unique_sheet_names(const std::vector<std::string>& captions);

}  // namespace jamt::report
