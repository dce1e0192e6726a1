#include "service/statistics/statistics_files.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "formats/csv/csv.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "formats/kolada/kolada.hpp"
#include "formats/px/px_reader.hpp"
#include "service/account/sha256.hpp"

namespace jamt::service {

namespace {

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

Result<std::vector<stats::Dataset>> read_as(formats::StatisticsFormat format, std::string_view bytes,
                                            const std::string& name) {
  std::string_view content = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
  if (content.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return Error{ErrorKind::validation, "the file is empty", name, {}};
  switch (format) {
    case formats::StatisticsFormat::px: {
      auto d = formats::read_px(bytes, {name, "", 200'000'000});
      if (!d) return d.error();
      return std::vector<stats::Dataset>{std::move(*d)};
    }
    case formats::StatisticsFormat::jsonstat:
      return formats::read_jsonstat(bytes, name);
    case formats::StatisticsFormat::csv: {
      formats::CsvOptions options;
      options.file_name = name;
      auto d = formats::read_csv(bytes, options);
      if (!d) return d.error();
      return std::vector<stats::Dataset>{std::move(*d)};
    }
    case formats::StatisticsFormat::kolada: {
      auto page = formats::read_kolada(bytes, name);
      if (!page) return page.error();
      return std::vector<stats::Dataset>{std::move(page->dataset)};
    }
  }
  return Error{ErrorKind::validation, "unknown format", name, {}};
}

}  // namespace

Result<StatisticsFile> read_statistics_bytes(std::string_view bytes, const std::string& name,
                                             std::optional<formats::StatisticsFormat> format) {
  StatisticsFile file;
  file.format = format.value_or(formats::detect_format(bytes.substr(0, 65536)));
  file.sha256 = sha256_hex(bytes);
  auto datasets = read_as(file.format, bytes, name);
  if (!datasets) return datasets.error();
  file.datasets = std::move(*datasets);
  return file;
}

Result<StatisticsFile> read_statistics_file(const std::string& path, std::optional<formats::StatisticsFormat> format,
                                            Checksum checksum) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorKind::io, "cannot read " + path, path, {}};
  std::string head(65536, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  StatisticsFile file;
  file.format = format.value_or(formats::detect_format(head));
  if (checksum == Checksum::compute) {
    auto sha = sha256_file_hex(path);
    if (!sha) return sha.error();
    file.sha256 = *sha;
  }
  if (file.format == formats::StatisticsFormat::px && !head.empty()) {
    auto d = formats::read_px_file(path, {base_name(path), "", 200'000'000});
    if (!d) return d.error();
    file.datasets.push_back(std::move(*d));
    return file;
  }
  // Read in one piece into a string of the file's size (no second copy).
  in.clear();
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg()));
  in.seekg(0);
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  auto datasets = read_as(file.format, bytes, base_name(path));
  if (!datasets) return datasets.error();
  file.datasets = std::move(*datasets);
  return file;
}

}  // namespace jamt::service
