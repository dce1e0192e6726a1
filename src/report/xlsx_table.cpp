#include "report/xlsx_table.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <vector>

namespace jamt::report {

namespace {

// A temporary file path that exists (empty) until the object goes away.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "jamt-xlsx-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    int fd = ::mkstemp(buf.data());
    if (fd >= 0) {
      ::close(fd);
      path_ = buf.data();
    }
  }
  ~TempFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Number of characters (UTF-8 code points), for column widths.
std::size_t width_of(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

Error io_error(const std::string& what) { return Error{ErrorKind::io, "could not write the XLSX file: " + what, {}, {}}; }

bool valid_sheet_name(const std::string& name) {
  return !name.empty() && width_of(name) <= 31 && name.find_first_of("[]:*?/\\") == std::string::npos;
}

// ASCII case folded, for Excel's case-blind comparison of sheet names.
std::string folded(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Writes one sheet; formats are shared through `formats` (code → format).
lxw_error write_sheet(lxw_workbook* workbook, lxw_worksheet* sheet, const XlsxSheet& data, lxw_format* bold,
                      lxw_format* wrapped, std::map<std::string, lxw_format*>& formats) {
  std::vector<std::size_t> widths(data.header.size(), 8);
  lxw_error problem = LXW_NO_ERROR;
  for (std::size_t c = 0; c < data.header.size() && problem == LXW_NO_ERROR; ++c) {
    problem = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), data.header[c].c_str(), bold);
    widths[c] = std::max(widths[c], width_of(data.header[c]));
  }
  for (std::size_t r = 0; r < data.rows.size() && problem == LXW_NO_ERROR; ++r) {
    auto row = static_cast<lxw_row_t>(r + 1);
    for (std::size_t c = 0; c < data.rows[r].size() && problem == LXW_NO_ERROR; ++c) {
      auto col = static_cast<lxw_col_t>(c);
      const auto& cell = data.rows[r][c];
      if (const auto* text = std::get_if<std::string>(&cell.value)) {
        if (text->empty()) continue;
        // worksheet_write_string stores a shared string, never a formula.
        problem = worksheet_write_string(sheet, row, col, text->c_str(), wrapped);
        if (c < widths.size()) widths[c] = std::max(widths[c], std::min<std::size_t>(width_of(*text), 60));
      } else if (const auto* n = std::get_if<double>(&cell.value)) {
        lxw_format* format = nullptr;
        if (!cell.number_format.empty()) {
          auto [it, added] = formats.try_emplace(cell.number_format, nullptr);
          if (added) {
            it->second = workbook_add_format(workbook);
            format_set_num_format(it->second, cell.number_format.c_str());
          }
          format = it->second;
        }
        problem = worksheet_write_number(sheet, row, col, *n, format);
      }
    }
  }
  if (problem == LXW_NO_ERROR) {
    for (std::size_t c = 0; c < widths.size(); ++c)
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           static_cast<double>(widths[c] + 2), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
  }
  return problem;
}

}  // namespace

Result<std::string> xlsx_workbook(const std::vector<XlsxSheet>& sheets) {
  if (sheets.empty()) return Error{ErrorKind::internal, "a workbook needs at least one sheet", {}, {}};
  std::set<std::string> names;
  for (const auto& sheet : sheets) {
    if (!valid_sheet_name(sheet.name)) return Error{ErrorKind::internal, "invalid sheet name \"" + sheet.name + "\"", {}, {}};
    if (!names.insert(folded(sheet.name)).second)
      return Error{ErrorKind::internal, "duplicate sheet name \"" + sheet.name + "\"", {}, {}};
  }
  TempFile file;
  if (file.path().empty()) return io_error("no temporary file");

  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (!workbook) return io_error("cannot create the workbook");
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_format* wrapped = workbook_add_format(workbook);
  format_set_text_wrap(wrapped);
  format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
  std::map<std::string, lxw_format*> formats;

  lxw_error problem = LXW_NO_ERROR;
  for (std::size_t i = 0; i < sheets.size() && problem == LXW_NO_ERROR; ++i) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheets[i].name.c_str());
    if (!sheet) {
      problem = LXW_ERROR_SHEETNAME_ALREADY_USED;
      break;
    }
    problem = write_sheet(workbook, sheet, sheets[i], bold, wrapped, formats);
  }
  lxw_error closed = workbook_close(workbook);  // also frees the workbook
  if (problem != LXW_NO_ERROR) return io_error(lxw_strerror(problem));
  if (closed != LXW_NO_ERROR) return io_error(lxw_strerror(closed));

  std::ifstream in(file.path(), std::ios::binary);
  if (!in) return io_error("cannot read the temporary file back");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Result<std::string> xlsx_table(const std::string& sheet_name, const std::vector<std::string>& header,
                               const std::vector<std::vector<XlsxCell>>& rows) {
  return xlsx_workbook({XlsxSheet{.name = sheet_name, .header = header, .rows = rows}});
}

}  // namespace jamt::report
