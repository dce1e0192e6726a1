#include "service/statistics/cell_markers.hpp"

namespace jamt::service {

CellMarkers::CellMarkers(const stats::Dataset& dataset) {
  for (const auto& n : dataset.cell_notes)
    if (n.kind == stats::CellNoteKind::data_note && n.indices.size() == dataset.dimensions.size()) notes_.push_back(&n);
}

std::string CellMarkers::marker_of(const std::vector<std::size_t>& index) const {
  for (const stats::CellNote* n : notes_) {
    bool match = true;
    for (std::size_t k = 0; k < index.size() && match; ++k)
      match = n->indices[k] < 0 || static_cast<std::size_t>(n->indices[k]) == index[k];
    if (!match) continue;
    const std::string& t = n->text;
    auto first = t.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    return t.substr(first, t.find_last_not_of(' ') - first + 1);
  }
  return "";
}

}  // namespace jamt::service
