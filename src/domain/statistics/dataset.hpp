#pragma once
// Dataset: a statistical table as read from an outside format (PX, JSON-stat,
// CSV, Kolada) — a cube of dimensions with one value or status per cell.
// This is the common currency of formats/ readers and writers; it knows
// nothing of regions, sex or the database (mapping to observations happens
// in the service layer).
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace jamt::stats {

// The role a dimension plays (JSON-stat "role"; PX TIMEVAL / CONTVARIABLE).
enum class DimensionRole { other, time, geo, metric };

// One category (PX value; JSON-stat category) of a dimension.
struct Category {
  std::string code;   // PX CODES entry, JSON-stat category index key; equals label when the file has no codes
  std::string label;  // text shown to people
};

// Per-content metadata: for a metric dimension each category may carry its
// own unit and decimals (PX CONTVARIABLE with UNITS("var","val") etc.).
struct ContentInfo {
  std::string unit;
  std::optional<int> decimals;       // PX: PRECISION for this content, else the table's decimals
  std::string ref_period;
  std::string base_period;
  std::string source;
  std::string last_updated;          // PX LAST-UPDATED("value"), "CCYYMMDD hh:mm"
  std::string contact;               // PX CONTACT("value"); persons separated by '#'
  std::string stock_flow;            // PX STOCKFA("value"): "S" stock, "F" flow, "A" average, or empty
  std::string cf_prices;             // PX CFPRICES("value"): "C" current, "F" fixed prices, or empty
  std::optional<bool> day_adjusted;  // PX DAYADJ("value")
  std::optional<bool> seasonally_adjusted;  // PX SEASADJ("value")
};

struct Dimension {
  std::string id{};      // PX variable name / JSON-stat dimension id
  std::string label{};   // text shown to people
  DimensionRole role = DimensionRole::other;
  std::vector<Category> categories{};
  std::optional<bool> elimination{};   // PX ELIMINATION YES (true) / value (true) / absent
  std::string elimination_value{};     // PX ELIMINATION="value" label, when given
  std::map<std::string, std::string> value_notes{};  // category code -> note (PX VALUENOTE/VALUENOTEX)
  std::map<std::string, ContentInfo> content{};     // for the metric dimension: category code -> info
  std::string time_scale{};            // PX TIMEVAL TLIST scale A1/H1/Q1/M1/W1, empty if none
  std::string note{};                  // PX NOTE("variable") (several joined by "\n")
  // Added for PX (all optional; other readers may leave them empty):
  std::vector<std::string> time_values{};  // PX TIMEVAL periods ("2003", "200409"), one per category, or empty
  std::string note_mandatory{};            // PX NOTEX("variable"): a note always shown
  std::map<std::string, std::string> value_notes_mandatory{};  // category code -> PX VALUENOTEX
  std::map<std::string, int> precision{};  // category code -> decimals to show (PX PRECISION)
  std::string map{};                       // PX MAP("variable"), e.g. "Sweden_municipality"
  std::string data_note{};                 // PX DATANOTE("variable"): a marker shown with the variable
};

// A problem that did not stop reading: what was wrong and where.
struct Warning {
  std::string message;
  std::string where;  // "file:line" or a JSON path
};

// What a cell note is: a footnote shown on request (PX CELLNOTE), a footnote
// always shown (PX CELLNOTEX), or a short marker printed beside the figure
// (PX DATANOTECELL, and DATANOTE("variable","value") for all cells of a value).
enum class CellNoteKind { note, mandatory_note, data_note };

// A cell note (PX CELLNOTE / DATANOTECELL): the cell it applies to is given by
// one category index per dimension, -1 meaning "every category".
struct CellNote {
  std::vector<long> indices;
  std::string text;
  CellNoteKind kind = CellNoteKind::note;
};

// The cube. Cells are stored row-major over `dimensions` in their order (the
// last dimension varies fastest) — the order of PX DATA (stub then heading)
// and of a JSON-stat value array. A cell is either a number in `values` or,
// when `values[i]` is NaN, a status symbol in `status` (e.g. ".." not
// available, "." not applicable, "-" nil). A cell with both a value and a
// status (a footnoted value) keeps both; the PX reader gives a nil cell ("-",
// "absolutely nil") the value 0 and the status "-".
struct Dataset {
  std::string id;        // PX MATRIX / JSON-stat extension id
  std::string title;     // PX TITLE (or DESCRIPTION) / JSON-stat label
  std::string contents;  // PX CONTENTS
  std::string source;
  std::string unit;      // PX UNITS when no metric dimension carries units
  int decimals = 0;      // PX DECIMALS (or SHOWDECIMALS) / the file's precision
  std::string language;  // language code the text was read in, e.g. "sv"
  std::string updated;   // PX LAST-UPDATED / JSON-stat updated
  std::vector<std::string> notes;
  std::vector<Dimension> dimensions;
  std::vector<double> values;
  std::map<std::uint64_t, std::string> status;  // cell index -> symbol
  std::vector<CellNote> cell_notes;
  std::vector<Warning> warnings;
  // Added for PX (all optional; other readers may leave them empty):
  std::string description;               // PX DESCRIPTION
  std::vector<std::string> mandatory_notes;  // PX NOTEX (notes always shown); `notes` holds PX NOTE
  std::vector<std::string> languages;    // every language the file offers (PX LANGUAGES), in file order
  std::size_t stub_dimensions = 0;       // PX: the first n dimensions come from STUB, the rest from HEADING
  std::map<std::string, std::string> symbol_texts;  // stored symbol ("..", "-") -> text to show (PX DATASYMBOLn/NIL/SUM)
  std::string data_note;                 // PX DATANOTE without sub-key: a marker for the whole table
  std::string data_note_sum;             // PX DATANOTESUM: marker for a sum of cells with differing markers

  // Number of cells: the product of the dimension sizes (1 for no dimensions).
  std::uint64_t cell_count() const {
    std::uint64_t n = 1;
    for (const auto& d : dimensions) n *= d.categories.size();
    return n;
  }
  // Index of the dimension with `id`, or -1.
  int dimension_index(const std::string& dim_id) const {
    for (std::size_t i = 0; i < dimensions.size(); ++i)
      if (dimensions[i].id == dim_id) return static_cast<int>(i);
    return -1;
  }
};

}  // namespace jamt::stats
