#pragma once
// Markers a source prints beside a figure (PX DATANOTECELL, e.g. SCB's "*"
// for a provisional value and "|" for a break in series), kept as the
// observation's status symbol when the cell has no symbol of its own.
#include <cstddef>
#include <string>
#include <vector>

#include "domain/statistics/dataset.hpp"

namespace jamt::service {

class CellMarkers {
 public:
  // Keeps the data-note cell notes of `dataset` (not the footnotes shown on
  // request); the dataset must outlive this object.
  explicit CellMarkers(const stats::Dataset& dataset);
  // The marker of the cell at `index` (one category index per dimension),
  // trimmed of spaces; the first matching note wins; "" when none applies.
  // Cheap when the dataset has no markers.
  std::string marker_of(const std::vector<std::size_t>& index) const;

 private:
  std::vector<const stats::CellNote*> notes_;
};

}  // namespace jamt::service
