#include "report/document/document_pdf.hpp"

#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <semaphore>
#include <sstream>

#include "report/document/child_process.hpp"
#include "report/document/document_print_html.hpp"

extern char** environ;

namespace jamt::report {

namespace {

namespace fs = std::filesystem;

const char* const kInstallHint =
    "PDF skapas med Chromium, som inte är installerat på servern: installera paketet chromium "
    "(apt-get install chromium) eller ange programmet i miljövariabeln JAMT_CHROMIUM.";

Error pdf_error(std::string message) { return Error{ErrorKind::io, std::move(message), {}, {}}; }

// At most two Chromium processes at once: each takes some 200 MB and a core.
std::counting_semaphore<2>& chromium_slots() {
  static std::counting_semaphore<2> slots(2);
  return slots;
}

// A private folder (0700) removed when the guard goes.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::error_code ec;
    fs::path base = fs::temp_directory_path(ec);
    std::string pattern = ((ec ? fs::path("/tmp") : base) / "jamt-pdf-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// `path` as a file: URL, every byte but unreserved ones and '/' percent-encoded.
std::string file_url(const fs::path& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : path.string()) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// The caller's environment with HOME and the XDG folders in `folder`, so
// that Chromium writes nothing outside it.
std::vector<std::string> private_environment(const fs::path& folder) {
  std::vector<std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string entry = *e;
    if (entry.rfind("HOME=", 0) == 0 || entry.rfind("XDG_CONFIG_HOME=", 0) == 0 || entry.rfind("XDG_CACHE_HOME=", 0) == 0)
      continue;
    env.push_back(entry);
  }
  env.push_back("HOME=" + folder.string());
  env.push_back("XDG_CONFIG_HOME=" + (folder / "config").string());
  env.push_back("XDG_CACHE_HOME=" + (folder / "cache").string());
  return env;
}

// The last non-empty line Chromium wrote that is not D-Bus noise (headless
// Chromium complains about the missing session bus on every run).
std::string last_output_line(const fs::path& file) {
  std::ifstream in(file);
  std::string line, last;
  while (std::getline(in, line))
    if (!line.empty() && line.find("dbus") == std::string::npos && line.find("bytes written to file") == std::string::npos)
      last = line;
  if (last.size() > 300) last = last.substr(0, 300) + "…";
  return last;
}

bool write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out.flush());
}

}  // namespace

std::string chromium_program(const PdfOptions& options) {
  if (!options.chromium.empty()) return find_program(options.chromium);
  if (const char* configured = std::getenv("JAMT_CHROMIUM"); configured && *configured) return find_program(configured);
  std::string found = find_program("chromium");
  return found.empty() ? find_program("/usr/bin/chromium") : found;
}

Result<std::string> html_to_pdf(const std::string& html, const PdfOptions& options) {
  std::string chromium = chromium_program(options);
  if (chromium.empty()) {
    std::string named = !options.chromium.empty() ? options.chromium : std::getenv("JAMT_CHROMIUM") ? std::getenv("JAMT_CHROMIUM") : "";
    return pdf_error(named.empty() ? kInstallHint : std::string(kInstallHint) + " (Sökte efter: " + named + ")");
  }
  TemporaryFolder folder;
  if (folder.path().empty()) return pdf_error("PDF kunde inte skapas: ingen tillfällig mapp kunde skapas (TMPDIR).");
  const fs::path page = folder.path() / "rapport.html";
  const fs::path pdf = folder.path() / "rapport.pdf";
  const fs::path output = folder.path() / "chromium.log";
  if (!write_file(page, html)) return pdf_error("PDF kunde inte skapas: sidan kunde inte skrivas till " + page.string() + ".");

  ChildProcessOptions run{
      .argv = {chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--generate-pdf-document-outline", "--user-data-dir=" + (folder.path() / "profile").string(),
               "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
               "--disable-crash-reporter", "--disable-breakpad", "--mute-audio",
               // Nothing from outside: no name resolves, every request
               // (loopback too) goes to a proxy that is not there. (Turning
               // scripts off with --blink-settings=scriptEnabled=false makes
               // headless Chromium 156 print nothing; the page has none and
               // its CSP allows none.)
               "--host-resolver-rules=MAP * ~NOTFOUND",
               "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
               "--print-to-pdf=" + pdf.string(), file_url(page)},
      .environment = private_environment(folder.path()),
      .output_file = output.string(),
      .time_limit = options.time_limit};
  chromium_slots().acquire();
  auto outcome = run_child_process(run);
  chromium_slots().release();
  if (!outcome) return pdf_error("PDF kunde inte skapas: " + outcome.error().message + ". " + kInstallHint);
  if (outcome->timed_out)
    return pdf_error("PDF kunde inte skapas: Chromium blev inte klart inom tidsgränsen (" +
                     std::to_string(options.time_limit.count()) + " ms) och avbröts.");
  std::ifstream in(pdf, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string result = bytes.str();
  if (outcome->exit_code != 0 || result.rfind("%PDF-", 0) != 0) {
    std::string why = last_output_line(output);
    std::string what = outcome->exit_code == 0 ? "avslutades utan att skriva någon PDF"
                                               : "avslutades med kod " + std::to_string(outcome->exit_code);
    return pdf_error("PDF kunde inte skapas: Chromium (" + chromium + ") " + what + (why.empty() ? "" : ": " + why) + ".");
  }
  return result;
}

Result<std::string> to_pdf(const report_doc::Document& document, const PdfOptions& options) {
  return html_to_pdf(to_print_html(document), options);
}

}  // namespace jamt::report
