#pragma once
// Survey results as pictures and tables (issue 11, item 5): a stacked bar
// per question drawn on the server, always followed by a table of the same
// numbers. Follows svg_chart.hpp's habits: role="img" with a title and a
// description that carries the numbers, XML-escaped text, and no meaning in
// colour alone — each segment has its percent written on it when there is
// room, a <title> with count and percent, a legend in order, and "vet ej"
// is hatched.
#include <cstddef>
#include <string>
#include <vector>

#include "domain/surveys/results.hpp"
#include "domain/surveys/results_breakdown.hpp"
#include "domain/surveys/results_national.hpp"

namespace jamt::report {

// One bar: the counts of each segment out of `n`.
struct StackedBarRow {
  std::string label{};
  std::vector<int> counts{};  // one per segment of the chart
  int n = 0;                  // the whole bar; widths are count / n
  std::string note{};         // shown instead of a bar when set (e.g. why a group is withheld)
};

struct StackedBarChart {
  std::string id{};           // unique on the page; used for aria and pattern ids
  std::string title{};
  std::string description{};  // for screen readers; question_chart writes the numbers into it
  std::vector<std::string> segments{};  // legend labels, in stacking order
  std::vector<bool> hatched{};          // per segment (may be shorter): drawn hatched ("vet ej")
  std::vector<StackedBarRow> rows{};
};

// The chart as an <svg> element. Segment percents are count / n rounded to
// one decimal the way results are (72,1 %); an empty row (n = 0) is drawn
// as an empty frame with "Inga svar".
std::string render_stacked_bar_chart(const StackedBarChart& chart);

// One bar for a choice question (agreement4, yes_partly_no, single, matrix
// statement): its options, then "Vet ej" (hatched) when the scale has it.
StackedBarChart question_chart(const surveys::QuestionResult& question, const std::string& id);

// One bar per shown group of `breakdown` for its question number
// `question_index`; a withheld group gets its reason as the note.
StackedBarChart breakdown_chart(const surveys::Breakdown& breakdown, std::size_t question_index, const std::string& id);

// The question's numbers as an HTML <table> (caption = question text):
// per option count and percent, "Vet ej", n, skipped, not shown, and the
// positive share; mean, median, min and max for a number question; the
// visible answers as a list for a text question. All text HTML-escaped.
std::string question_table_html(const surveys::QuestionResult& question, const std::string& id);

// The numbers of breakdown_chart as an HTML <table>: one row per shown
// group (respondents, n, percent and count per option, "Vet ej", positive
// share; a withheld group's reason instead), then the values merged into
// Övriga with their reasons in a list after the table.
std::string breakdown_table_html(const surveys::Breakdown& breakdown, std::size_t question_index, const std::string& id);

// What a results page shows per question: the chart (stacked bars for a
// choice question, a bar per option for multiple choice, none for number
// and text) followed by question_table_html, in a <figure>.
std::string question_figure_html(const surveys::QuestionResult& question, const std::string& id);

// The national Ja/Delvis/Nej compilation as an HTML <table> (counts of
// counties per statement, and how many did not answer).
std::string national_table_html(const std::vector<surveys::NationalRow>& rows, const std::string& caption);

}  // namespace jamt::report
