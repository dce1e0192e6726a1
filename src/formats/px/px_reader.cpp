#include "formats/px/px_reader.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>

#include "formats/px/px_data.hpp"
#include "formats/px/px_encoding.hpp"
#include "formats/px/px_lexer.hpp"
#include "formats/px/px_metadata.hpp"

namespace jamt::formats {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::size_t kDataPiece = std::size_t{1} << 20;  // 1 MiB

std::string where(const PxOptions& opts, std::size_t line) {
  return opts.file_name.empty() ? std::to_string(line) : opts.file_name + ":" + std::to_string(line);
}

bool is_utf16(std::string_view bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

// Chooses the encoding from CHARSET / CODEPAGE and the metadata bytes, then
// interprets the metadata into `out`.
Result<px::DataLayout> read_metadata(std::string_view text, bool bom, const px::LexResult& lex,
                                     px::EncodingChoice& encoding, const PxOptions& opts, stats::Dataset& out) {
  std::string charset, codepage;
  std::size_t declaration_line = 1;
  for (const auto& s : lex.statements) {
    if (s.values.empty()) continue;
    if (s.keyword == "CHARSET" && charset.empty()) {
      charset = s.values[0].text;
      if (codepage.empty()) declaration_line = s.line;
    }
    if (s.keyword == "CODEPAGE" && codepage.empty()) {
      codepage = s.values[0].text;
      declaration_line = s.line;
    }
  }
  std::string_view sample = text.substr(0, lex.data_found ? lex.data_offset : text.size());
  encoding = px::choose_encoding(sample, charset, codepage, bom);
  if (!encoding.warning.empty())
    out.warnings.push_back({encoding.warning, where(opts, encoding.warning_line ? encoding.warning_line : declaration_line)});
  return px::interpret_metadata(lex, encoding, opts, out);
}

Error utf16_error(const PxOptions& opts) {
  return Error{ErrorKind::parse, "the file is in UTF-16; PX files are read in UTF-8 or an 8-bit code page", where(opts, 1), {}};
}

Result<stats::Dataset> read_stream(std::istream& in, const PxOptions& opts, std::uint64_t total_size) {
  // 1. Metadata: read growing pieces until the lexer has found DATA.
  std::string buffer;
  std::size_t piece = 16 * 1024;
  bool eof = false;
  px::LexResult lex;
  std::size_t skip = 0;
  bool bom = false;
  while (true) {
    std::size_t old = buffer.size();
    buffer.resize(old + piece);
    in.read(buffer.data() + old, static_cast<std::streamsize>(piece));
    buffer.resize(old + static_cast<std::size_t>(in.gcount()));
    if (in.bad()) return Error{ErrorKind::io, "cannot read the file", opts.file_name, {}};
    eof = in.eof();
    if (old == 0 || (!bom && buffer.size() < 3)) {
      if (is_utf16(buffer)) return utf16_error(opts);
      bom = std::string_view(buffer).substr(0, 3) == kUtf8Bom;
      skip = bom ? 3 : 0;
    }
    lex = px::lex_metadata(std::string_view(buffer).substr(skip), eof);
    if (!lex.need_more && (lex.data_found || eof)) break;
    piece = std::min<std::size_t>(piece * 2, 16 * kDataPiece);
  }
  stats::Dataset out;
  std::string_view text = std::string_view(buffer).substr(skip);
  px::EncodingChoice encoding;
  auto layout = read_metadata(text, bom, lex, encoding, opts, out);
  if (!layout) return layout.error();

  // 2. DATA, piece by piece, straight into out.values.
  std::uint64_t consumed = skip + lex.data_offset;
  std::uint64_t hint = total_size > consumed ? total_size - consumed : 0;
  px::DataParser parser(*layout, encoding, opts.file_name, lex.data_line, out, hint);
  Status status = parser.feed(text.substr(lex.data_offset), eof);
  if (!status) return status.error();
  if (eof) return out;
  buffer.clear();
  buffer.shrink_to_fit();
  std::string chunk(kDataPiece, '\0');
  while (!eof) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    auto got = static_cast<std::size_t>(in.gcount());
    if (in.bad()) return Error{ErrorKind::io, "cannot read the file", opts.file_name, {}};
    eof = in.eof();
    status = parser.feed(std::string_view(chunk.data(), got), eof);
    if (!status) return status.error();
  }
  return out;
}

}  // namespace

Result<stats::Dataset> read_px(std::string_view bytes, const PxOptions& opts) {
  if (is_utf16(bytes)) return utf16_error(opts);
  bool bom = bytes.substr(0, 3) == kUtf8Bom;
  std::string_view text = bom ? bytes.substr(3) : bytes;
  px::LexResult lex = px::lex_metadata(text, true);
  stats::Dataset out;
  px::EncodingChoice encoding;
  auto layout = read_metadata(text, bom, lex, encoding, opts, out);
  if (!layout) return layout.error();
  std::string_view data = text.substr(lex.data_offset);
  px::DataParser parser(*layout, encoding, opts.file_name, lex.data_line, out, data.size());
  Status status = parser.feed(data, true);
  if (!status) return status.error();
  return out;
}

Result<stats::Dataset> read_px_stream(std::istream& in, const PxOptions& opts) { return read_stream(in, opts, 0); }

Result<stats::Dataset> read_px_file(const std::string& path, const PxOptions& opts) {
  PxOptions o = opts;
  if (o.file_name.empty()) o.file_name = std::filesystem::path(path).filename().string();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorKind::io, "cannot open the file: " + std::string(std::strerror(errno)), path, {}};
  std::error_code ec;
  std::uint64_t size = std::filesystem::file_size(path, ec);
  return read_stream(in, o, ec ? 0 : size);
}

}  // namespace jamt::formats
