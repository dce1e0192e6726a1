#include "web/http/spooled_body.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "web/http/request_decoding.hpp"

namespace jamt::web {

namespace {

constexpr std::uint64_t kNotFound = ~std::uint64_t{0};
constexpr std::size_t kWindow = 1u << 20;

// A file read with pread in bounded windows.
class FileReader {
 public:
  explicit FileReader(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
    struct stat st {};
    if (fd_ >= 0 && ::fstat(fd_, &st) == 0) size_ = static_cast<std::uint64_t>(st.st_size);
  }
  ~FileReader() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  bool ok() const { return fd_ >= 0; }
  std::uint64_t size() const { return size_; }

  // Up to `n` bytes from offset `at` (fewer at the end of the file).
  std::string read(std::uint64_t at, std::size_t n) const {
    if (at >= size_) return {};
    n = static_cast<std::size_t>(std::min<std::uint64_t>(n, size_ - at));
    std::string out(n, '\0');
    std::size_t got = 0;
    while (got < n) {
      ssize_t r = ::pread(fd_, out.data() + got, n - got, static_cast<off_t>(at + got));
      if (r <= 0) break;
      got += static_cast<std::size_t>(r);
    }
    out.resize(got);
    return out;
  }

  // The first offset at or after `from` where `needle` starts, or kNotFound.
  std::uint64_t find(std::string_view needle, std::uint64_t from) const {
    for (std::uint64_t at = from; at < size_; at += kWindow) {
      std::string window = read(at, kWindow + needle.size() - 1);
      auto hit = window.find(needle);
      if (hit != std::string::npos) return at + hit;
      if (window.size() < kWindow) break;
    }
    return kNotFound;
  }

  // Copies bytes [from, to) into a new file at `path`.
  bool copy(std::uint64_t from, std::uint64_t to, const std::string& path) const {
    int out = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) return false;
    bool ok = true;
    for (std::uint64_t at = from; ok && at < to; at += kWindow) {
      std::string chunk = read(at, static_cast<std::size_t>(std::min<std::uint64_t>(kWindow, to - at)));
      if (chunk.empty()) ok = false;
      for (std::size_t written = 0; ok && written < chunk.size();) {
        ssize_t w = ::write(out, chunk.data() + written, chunk.size() - written);
        if (w <= 0) ok = false;
        else written += static_cast<std::size_t>(w);
      }
    }
    return ::close(out) == 0 && ok;
  }

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

}  // namespace

SpoolDirectory::SpoolDirectory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "jamt-upload-XXXXXX").string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  if (!::mkdtemp(name.data())) throw std::runtime_error("cannot create a folder for an upload in " + pattern);
  path_ = name.data();
}

SpoolDirectory::~SpoolDirectory() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string spool_file_name(std::string_view filename) {
  if (auto slash = filename.find_last_of("/\\"); slash != std::string_view::npos) filename = filename.substr(slash + 1);
  std::string out;
  for (char c : filename) {
    auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? '_' : c;
  }
  out.erase(0, std::min(out.find_first_not_of(". "), out.size()));
  if (out.size() > 100) {
    std::size_t cut = 100;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  return out.empty() ? "upload" : out;
}

Result<std::multimap<std::string, FormPart>> parse_multipart_file(const std::string& body_path,
                                                                  std::string_view boundary,
                                                                  const std::string& folder) {
  auto fail = [](const std::string& what) { return Error{ErrorKind::parse, "multipart body: " + what, {}, {}}; };
  if (boundary.empty() || boundary.size() > 200) return fail("missing or too long boundary");
  FileReader body(body_path);
  if (!body.ok()) return Error{ErrorKind::io, "cannot read the uploaded body", {}, {}};
  const std::string delimiter = "--" + std::string(boundary);
  std::multimap<std::string, FormPart> parts;
  std::uint64_t pos = body.find(delimiter, 0);
  if (pos == kNotFound) return fail("no part starts with the boundary");
  int index = 0;
  while (true) {
    pos += delimiter.size();
    const std::string after = body.read(pos, 2);
    if (after == "--") return parts;  // the closing delimiter
    if (after != "\r\n") return fail("part " + std::to_string(index + 1) + ": no line break after the boundary");
    pos += 2;
    ++index;
    if (index > kSpooledPartLimit) return fail("more than " + std::to_string(kSpooledPartLimit) + " parts");
    const std::string where = "part " + std::to_string(index);
    // A part's headers are short: look for their end in the next 16 KiB.
    const std::string head = body.read(pos, 16u << 10);
    auto headers_end = head.find("\r\n\r\n");
    if (headers_end == std::string::npos) return fail(where + ": headers do not end");
    FormPart part;
    if (auto problem = read_part_headers(std::string_view(head).substr(0, headers_end), part); !problem.empty())
      return fail(where + ": " + problem);
    const std::uint64_t content_start = pos + headers_end + 4;
    const std::uint64_t next = body.find("\r\n" + delimiter, content_start);
    if (next == kNotFound) return fail(where + " (\"" + part.name + "\"): no closing boundary");
    part.size = next - content_start;
    if (!part.filename.empty()) {
      // A folder per part, so that the file keeps the name it was sent with.
      const std::string part_folder = folder + "/" + std::to_string(index);
      std::error_code made;
      std::filesystem::create_directory(part_folder, made);
      part.path = part_folder + "/" + spool_file_name(part.filename);
      if (made || !body.copy(content_start, next, part.path))
        return Error{ErrorKind::io, "cannot store the uploaded file " + part.filename, part.name, {}};
    } else {
      if (part.size > kSpooledTextFieldLimit)
        return fail(where + " (\"" + part.name + "\"): a text field longer than " +
                    std::to_string(kSpooledTextFieldLimit) + " bytes");
      part.content = body.read(content_start, static_cast<std::size_t>(part.size));
    }
    std::string name = part.name;
    parts.emplace(std::move(name), std::move(part));
    pos = next + 2;
  }
}

}  // namespace jamt::web
