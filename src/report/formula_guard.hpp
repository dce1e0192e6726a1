#pragma once
// Exports of user-typed text must not smuggle formulas into a spreadsheet
// (CSV or formula injection): Excel and LibreOffice run a CSV cell that
// starts with = + - or @ as a formula, e.g. =HYPERLINK(…) or =cmd|…
#include <string>

namespace jamt::report {

// `text` for a CSV text cell: when it starts with = + - @, a tab or a
// carriage return, an apostrophe is put in front so that the spreadsheet
// shows it as text ("'=1+1"); other text is returned unchanged. Use it for
// text typed by users, not for numbers (a negative number keeps its sign).
std::string formula_safe(std::string text);

}  // namespace jamt::report
