#pragma once
// Request bodies too large to hold in memory (the statistics upload,
// Route::body_on_disk): the server writes them to a temporary file as they
// arrive (web/http/connection.cpp), and the dispatcher splits a multipart
// body from that file into parts, file parts into files of their own, reading
// a bounded window at a time. No network header here.
#include <memory>
#include <map>
#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

// A private temporary folder (mode 0700 under $TMPDIR or /tmp), removed
// with everything in it when the object is destroyed.
class SpoolDirectory {
 public:
  // Creates the folder; throws std::runtime_error when it cannot.
  SpoolDirectory();
  ~SpoolDirectory();
  SpoolDirectory(const SpoolDirectory&) = delete;
  SpoolDirectory& operator=(const SpoolDirectory&) = delete;

  // The folder's path.
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A file name safe to create inside a folder: `filename` without folder
// parts, control bytes or leading dots, at most 100 bytes; "upload" when
// nothing is left.
std::string spool_file_name(std::string_view filename);

// The largest text (non-file) field a body on disk may have; a longer one
// is refused as a malformed body.
inline constexpr std::size_t kSpooledTextFieldLimit = 64u << 10;
// The most parts a spooled form may have (a folder and a file per file part).
inline constexpr int kSpooledPartLimit = 64;

// Splits the multipart/form-data body in the file `body_path` with
// `boundary` into parts, like parse_multipart: text fields in memory (at most
// kSpooledTextFieldLimit bytes each), each file part copied to a file of its
// own in a numbered folder inside `folder` (FormPart::path, named by
// spool_file_name, so readers quote the name it was sent with; content empty).
// Reads at most about 1 MiB at a time. Error kind parse naming the part,
// as parse_multipart's; kind io when a file cannot be read or written.
Result<std::multimap<std::string, FormPart>> parse_multipart_file(const std::string& body_path,
                                                                  std::string_view boundary,
                                                                  const std::string& folder);

}  // namespace jamt::web
