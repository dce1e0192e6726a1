#pragma once
// A report document's chart drawn as SVG (report/svg_chart.hpp).
#include <string>

#include "domain/report/report_document.hpp"

namespace jamt::report {

// The chart as an <svg> element; `id` must be unique on the page (it makes
// the aria ids). A line chart when `chart.kind` is line, else grouped bars.
std::string render_document_chart(const report_doc::Chart& chart, const std::string& id);

}  // namespace jamt::report
