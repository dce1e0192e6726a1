#pragma once
// Reading statistics files of any supported format into tables, with the
// file's checksum for provenance.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"
#include "formats/detect.hpp"

namespace jamt::service {

struct StatisticsFile {
  std::vector<stats::Dataset> datasets;
  formats::StatisticsFormat format = formats::StatisticsFormat::csv;
  std::string sha256;
};

// Whether read_statistics_file computes the file's SHA-256 (an import needs
// it to recognise a file seen before; `jamt convert` does not).
enum class Checksum { compute, skip };

// Reads the file at `path` in `format`, or in the format detected from its
// first bytes. PX files are streamed (memory: metadata + values); the others
// are read whole. Errors name the file and the place (line, JSON path). With
// Checksum::skip, `sha256` stays empty.
Result<StatisticsFile> read_statistics_file(const std::string& path,
                                            std::optional<formats::StatisticsFormat> format = std::nullopt,
                                            Checksum checksum = Checksum::compute);

// As read_statistics_file, for bytes already in memory (an upload); `name` is
// used in messages.
Result<StatisticsFile> read_statistics_bytes(std::string_view bytes, const std::string& name,
                                             std::optional<formats::StatisticsFormat> format = std::nullopt);

}  // namespace jamt::service
