#pragma once
// Reader of PX (PC-Axis) statistics files, AXIS-VERSION up to 2013
// (docs/formats/px.md). Bytes in, a jamt::stats::Dataset out; no database.
// Hand-written: there is no C++ PX parser to use instead.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"

namespace jamt::formats {

struct PxOptions {
  // Name used in messages ("BE0101F1.px:23: ..."); read_px_file uses the
  // file's name when this is empty. May be empty (messages then say "23: ...").
  std::string file_name{};
  // Language to read ("sv", "en"); empty = the file's default (its LANGUAGE).
  // A language the file does not offer is an error.
  std::string language{};
  // Tables with more cells are refused before any memory is reserved for
  // them (8 bytes a cell). Lower it where input is untrusted and small.
  std::uint64_t max_cells = 200'000'000;
};

// Reads a whole PX file held in memory. On success the Dataset holds the
// metadata in `opts.language` (UTF-8, whatever the file's code page), one
// value per cell in `values` (stub variables first, the last heading variable
// varying fastest: the order of PX DATA) and a `status` entry for each data
// symbol, plus a Warning for each problem that did not stop reading (an
// unknown variable in an optional keyword, a declared encoding the bytes
// contradict, ...). On failure the Error's `where` is "file:line" and its
// message names the keyword, e.g. "mandatory keyword TITLE is missing" or
// "VALUES("region") has 3 values but CODES has 4". Thread-safe (no shared
// state); `bytes` is only read during the call.
Result<stats::Dataset> read_px(std::string_view bytes, const PxOptions& opts = {});

// As read_px, reading the file at `path` piece by piece: memory use is the
// metadata plus the values (8 bytes a cell) plus a 1 MiB buffer, never a
// copy of the whole file. A file that cannot be opened or read is an Error
// with code "io".
Result<stats::Dataset> read_px_file(const std::string& path, const PxOptions& opts = {});

// As read_px_file, reading from a stream (opened in binary mode) to its end.
Result<stats::Dataset> read_px_stream(std::istream& in, const PxOptions& opts = {});

}  // namespace jamt::formats
