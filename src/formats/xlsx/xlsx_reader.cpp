#include "formats/xlsx/xlsx_reader.hpp"

#include <expat.h>
#include <zip.h>

#include <charconv>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>

namespace jamt::formats {

namespace {

constexpr std::size_t kMaxColumn = 16384;     // XFD
constexpr std::size_t kMaxRow = 1048576;

Error bad(const std::string& file_name, const std::string& message) {
  return validation_error(message, file_name, "file");
}

// The local part of an XML name ("x:row" → "row"): some writers prefix
// the spreadsheet namespace.
std::string_view local(const char* name) {
  std::string_view n(name);
  auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// The attribute whose local name is `want`, or nullptr.
const char* attribute(const char** atts, std::string_view want, bool prefixed = false) {
  for (std::size_t i = 0; atts[i]; i += 2) {
    std::string_view n(atts[i]);
    if (prefixed && n.find(':') == std::string_view::npos) continue;
    if (local(atts[i]) == want) return atts[i + 1];
  }
  return nullptr;
}

// Callbacks of one parse; `fail` stops it with a message.
struct XmlHandler {
  std::function<void(std::string_view name, const char** atts)> start;
  std::function<void(std::string_view name)> end;
  std::function<void(std::string_view text)> text;
  std::string error{};
};

struct ParseState {
  XML_Parser parser;
  XmlHandler* handler;
};

void on_start(void* data, const char* name, const char** atts) {
  auto* st = static_cast<ParseState*>(data);
  if (st->handler->start) st->handler->start(local(name), atts);
  if (!st->handler->error.empty()) XML_StopParser(st->parser, XML_FALSE);
}
void on_end(void* data, const char* name) {
  auto* st = static_cast<ParseState*>(data);
  if (st->handler->end) st->handler->end(local(name));
  if (!st->handler->error.empty()) XML_StopParser(st->parser, XML_FALSE);
}
void on_text(void* data, const char* s, int len) {
  auto* st = static_cast<ParseState*>(data);
  if (st->handler->text) st->handler->text(std::string_view(s, static_cast<std::size_t>(len)));
}

Status parse_xml(const std::string& xml, const std::string& part, XmlHandler& handler, const std::string& file_name) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreate(nullptr),
                                                                                     &XML_ParserFree);
  if (!parser) return Error{ErrorKind::internal, "could not create an XML parser", {}, {}};
  ParseState state{parser.get(), &handler};
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  if (xml.size() > static_cast<std::size_t>(INT32_MAX)) return bad(file_name, part + " är för stor.");
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_ERROR) {
    if (!handler.error.empty()) return bad(file_name, handler.error);
    return bad(file_name, part + " rad " + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
                              ": XML-filen är trasig (" + XML_ErrorString(XML_GetErrorCode(parser.get())) + ").");
  }
  if (!handler.error.empty()) return bad(file_name, handler.error);
  return {};
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// The unzipped part `name`, nullopt when the archive has none; Error when
// it is larger than kXlsxMaxPartBytes or cannot be read.
Result<std::optional<std::string>> read_part(zip_t* z, const std::string& name, const std::string& file_name) {
  zip_int64_t index = zip_name_locate(z, name.c_str(), 0);
  if (index < 0) return std::optional<std::string>{};
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen_index(z, static_cast<zip_uint64_t>(index), 0),
                                                       &zip_fclose);
  if (!f) return bad(file_name, "Delen " + name + " i XLSX-filen går inte att packa upp.");
  std::string out;
  char buffer[65536];
  for (;;) {
    zip_int64_t n = zip_fread(f.get(), buffer, sizeof buffer);
    if (n < 0) return bad(file_name, "Delen " + name + " i XLSX-filen går inte att packa upp.");
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > kXlsxMaxPartBytes)
      return bad(file_name, "Delen " + name + " i XLSX-filen är större än " +
                                std::to_string(kXlsxMaxPartBytes / (1024 * 1024)) + " MB uppackad.");
  }
  return std::optional<std::string>(std::move(out));
}

// The path of the first sheet: workbook.xml's first <sheet>, through the
// workbook's relationships; xl/worksheets/sheet1.xml when those say nothing.
Result<std::string> first_sheet_path(zip_t* z, const std::string& file_name) {
  auto workbook = read_part(z, "xl/workbook.xml", file_name);
  if (!workbook) return workbook.error();
  if (!*workbook) return bad(file_name, "Filen är ingen Excel-arbetsbok (xl/workbook.xml saknas).");
  std::string rel_id;
  XmlHandler wb;
  wb.start = [&](std::string_view name, const char** atts) {
    if (name == "sheet" && rel_id.empty())
      if (const char* id = attribute(atts, "id", true)) rel_id = id;
  };
  if (Status ok = parse_xml(**workbook, "xl/workbook.xml", wb, file_name); !ok) return ok.error();
  std::string target;
  if (!rel_id.empty()) {
    auto rels = read_part(z, "xl/_rels/workbook.xml.rels", file_name);
    if (!rels) return rels.error();
    if (*rels) {
      XmlHandler rh;
      rh.start = [&](std::string_view name, const char** atts) {
        if (name != "Relationship") return;
        const char* id = attribute(atts, "Id");
        const char* t = attribute(atts, "Target");
        if (id && t && rel_id == id) target = t;
      };
      if (Status ok = parse_xml(**rels, "xl/_rels/workbook.xml.rels", rh, file_name); !ok) return ok.error();
    }
  }
  if (target.empty()) return std::string("xl/worksheets/sheet1.xml");
  if (target.front() == '/') return target.substr(1);
  return "xl/" + target;
}

Result<std::vector<std::string>> shared_strings(zip_t* z, const std::string& file_name) {
  std::vector<std::string> out;
  auto part = read_part(z, "xl/sharedStrings.xml", file_name);
  if (!part) return part.error();
  if (!*part) return out;
  std::string current;
  bool in_si = false, in_t = false;
  int phonetic = 0;  // inside <rPh>: a reading aid, not part of the text
  XmlHandler h;
  h.start = [&](std::string_view name, const char**) {
    if (name == "si") {
      in_si = true;
      current.clear();
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t" && in_si && phonetic == 0) {
      in_t = true;
    }
  };
  h.end = [&](std::string_view name) {
    if (name == "t") in_t = false;
    else if (name == "rPh") --phonetic;
    else if (name == "si") {
      in_si = false;
      out.push_back(current);
    }
  };
  h.text = [&](std::string_view t) {
    if (in_t) current.append(t);
  };
  if (Status ok = parse_xml(**part, "xl/sharedStrings.xml", h, file_name); !ok) return ok.error();
  return out;
}

std::string trimmed(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

}  // namespace

std::size_t xlsx_column(std::string_view reference) {
  std::size_t column = 0, letters = 0;
  for (char c : reference) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    if (++letters > 3) return 0;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
  }
  if (letters == 0 || column > kMaxColumn) return 0;
  return column;
}

std::string xlsx_column_name(std::size_t column) {
  std::string out;
  while (column > 0) {
    --column;
    out.insert(out.begin(), static_cast<char>('A' + column % 26));
    column /= 26;
  }
  return out;
}

Result<std::vector<XlsxRow>> read_xlsx(std::string_view bytes, const std::string& file_name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    return Error{ErrorKind::internal, "could not read the upload", {}, {}};
  }
  Zip z(zip_open_from_source(source, ZIP_RDONLY, &error));
  zip_error_fini(&error);
  if (!z) {
    zip_source_free(source);
    return bad(file_name, "Filen är ingen XLSX-fil (den går inte att öppna som zip-arkiv). Spara den som "
                          "Excel-arbetsbok (.xlsx) eller som CSV.");
  }
  auto strings = shared_strings(z.get(), file_name);
  if (!strings) return strings.error();
  auto sheet_path = first_sheet_path(z.get(), file_name);
  if (!sheet_path) return sheet_path.error();
  auto sheet = read_part(z.get(), *sheet_path, file_name);
  if (!sheet) return sheet.error();
  if (!*sheet) return bad(file_name, "Arbetsboken saknar sitt första blad (" + *sheet_path + ").");

  std::vector<XlsxRow> rows;
  XlsxRow row;
  std::size_t last_row = 0, last_column = 0, cells = 0;
  bool in_cell = false, in_value = false, in_inline = false, in_inline_t = false;
  int phonetic = 0;
  std::size_t column = 0;
  std::string type, value, inline_text;
  XmlHandler h;
  h.start = [&](std::string_view name, const char** atts) {
    if (name == "row") {
      std::size_t number = last_row + 1;
      if (const char* r = attribute(atts, "r")) {
        std::string_view t(r);
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), number);
        if (ec != std::errc() || p != t.data() + t.size() || number == 0 || number > kMaxRow) {
          h.error = "Bladet har ett radnummer som inte är ett: \"" + std::string(t.substr(0, 20)) + "\".";
          return;
        }
      }
      row = XlsxRow{.number = number, .cells = {}};
      last_row = number;
      last_column = 0;
    } else if (name == "c") {
      in_cell = true;
      column = last_column + 1;
      if (const char* r = attribute(atts, "r")) {
        column = xlsx_column(r);
        std::string_view rest(r);
        rest.remove_prefix(std::min(rest.size(), xlsx_column_name(column).size()));
        bool digits = !rest.empty() && rest.find_first_not_of("0123456789") == std::string_view::npos;
        if (column == 0 || !digits) {
          h.error = "Bladet har en cellreferens som inte är en: \"" + std::string(std::string_view(r).substr(0, 20)) +
                    "\" (rad " + std::to_string(last_row) + ").";
          return;
        }
      }
      if (column > kMaxColumn) {
        h.error = "Bladet har fler än " + std::to_string(kMaxColumn) + " kolumner.";
        return;
      }
      last_column = column;
      const char* t = attribute(atts, "t");
      type = t ? t : "n";
      value.clear();
      inline_text.clear();
    } else if (name == "v" && in_cell) {
      in_value = true;
    } else if (name == "is" && in_cell) {
      in_inline = true;
    } else if (name == "rPh") {
      ++phonetic;
    } else if (name == "t" && in_inline && phonetic == 0) {
      in_inline_t = true;
    }
  };
  h.end = [&](std::string_view name) {
    if (name == "v") {
      in_value = false;
    } else if (name == "t") {
      in_inline_t = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "is") {
      in_inline = false;
    } else if (name == "c" && in_cell) {
      in_cell = false;
      XlsxValue v;
      if (type == "s") {
        std::string t = trimmed(value);
        std::size_t index = 0;
        auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), index);
        if (t.empty()) return;
        if (ec != std::errc() || p != t.data() + t.size() || index >= strings->size()) {
          h.error = "Cell " + xlsx_column_name(column) + std::to_string(row.number) +
                    " pekar på en delad text som inte finns (" + t.substr(0, 20) + ").";
          return;
        }
        v = {.kind = XlsxValue::Kind::text, .text = (*strings)[index]};
      } else if (type == "inlineStr") {
        v = {.kind = XlsxValue::Kind::text, .text = inline_text};
      } else if (type == "str" || type == "e" || type == "d") {
        v = {.kind = XlsxValue::Kind::text, .text = value};
      } else if (type == "b") {
        v = {.kind = XlsxValue::Kind::number, .text = trimmed(value)};
      } else {
        std::string t = trimmed(value);
        if (!t.empty()) v = {.kind = XlsxValue::Kind::number, .text = t};
      }
      if (v.kind == XlsxValue::Kind::empty || (v.kind == XlsxValue::Kind::text && v.text.empty())) return;
      if (row.cells.size() < column) {
        cells += column - row.cells.size();
        if (cells > kXlsxMaxCells) {
          h.error = "Bladet har fler än " + std::to_string(kXlsxMaxCells) + " celler.";
          return;
        }
        row.cells.resize(column);
      }
      row.cells[column - 1] = std::move(v);
    } else if (name == "row") {
      if (!row.cells.empty()) rows.push_back(std::move(row));
      row = {};
    }
  };
  h.text = [&](std::string_view t) {
    if (in_value) value.append(t);
    else if (in_inline_t) inline_text.append(t);
  };
  if (Status ok = parse_xml(**sheet, *sheet_path, h, file_name); !ok) return ok.error();
  return rows;
}

}  // namespace jamt::formats
