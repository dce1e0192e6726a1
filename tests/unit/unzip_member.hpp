#pragma once
// Reading one member of a zip file (an XLSX workbook) in tests, with the
// `unzip` program (scripts/bootstrap installs it).
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace jamt::testing {

// The bytes of `member` in the zip `archive`, or "" when unzip fails or
// the member is missing.
inline std::string unzip_member(const std::string& archive, const std::string& member) {
  std::string path = (std::filesystem::temp_directory_path() / "jamt-test-XXXXXX").string();
  int fd = ::mkstemp(path.data());
  if (fd < 0) return "";
  ::close(fd);
  { std::ofstream(path, std::ios::binary) << archive; }
  std::string command = "unzip -p '" + path + "' '" + member + "' 2>/dev/null";
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    ::pclose(pipe);
  }
  std::filesystem::remove(path);
  return out;
}

}  // namespace jamt::testing
