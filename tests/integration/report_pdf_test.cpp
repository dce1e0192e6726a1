// The report document as PDF, printed by the real Chromium and read back
// with poppler's pdftotext and pdfinfo as a reader would see it: the title,
// the contents, every heading, numbers in Swedish format, "Sida N av M" and
// the title at the top of every page; A4, tagged, an outline, charts as
// vector graphics; a hostile title cannot break it; Chromium fetches
// nothing; and the errors when Chromium is missing, fails or is too slow.
// Below, the process runner: exit codes, output, the time limit and the
// sweep of what a program leaves running.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <csignal>
#include <thread>

#include "report/document/child_process.hpp"
#include "report/document/document_pdf.hpp"
#include "unit/report/sample_document.hpp"
#include "shared_helpers.hpp"

using jamt::testing::contains;

using jamt::report::PdfOptions;

namespace {

// The standard output of `command` (run by the shell).
std::string output_of(const std::string& command) {
  std::string out;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    ::pclose(pipe);
  }
  return out;
}

// A PDF in a temporary file for poppler's tools; removed with the object.
struct PdfFile {
  std::filesystem::path path;
  explicit PdfFile(const std::string& bytes) {
    path = std::filesystem::temp_directory_path() / ("jamt-pdf-test-" + std::to_string(::getpid()) + "-" +
                                                     std::to_string(counter()++) + ".pdf");
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~PdfFile() { std::filesystem::remove(path); }
  static std::atomic<int>& counter() {
    static std::atomic<int> n{0};
    return n;
  }
  std::string text() const { return output_of("pdftotext -layout -enc UTF-8 '" + path.string() + "' -"); }
  std::string info() const { return output_of("pdfinfo '" + path.string() + "' 2>&1"); }
  std::string images() const { return output_of("pdfimages -list '" + path.string() + "' 2>&1"); }
};

// The value of "Key:" in pdfinfo's answer.
std::string info_value(const std::string& info, const std::string& key) {
  std::smatch m;
  if (std::regex_search(info, m, std::regex("(^|\n)" + key + ":[ \t]*([^\n]*)"))) return m[2];
  return "";
}

// The text of each page (pdftotext ends every page with a form feed).
std::vector<std::string> pages_of(const std::string& text) {
  std::vector<std::string> pages;
  std::size_t start = 0, end;
  while ((end = text.find('\f', start)) != std::string::npos) {
    pages.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return pages;
}

PdfOptions default_options() { return PdfOptions{.chromium = "", .time_limit = std::chrono::seconds(60)}; }

}  // namespace

TEST(ReportPdf, TheSampleReadsBackWithHeadingsNumbersAndPageNumbers) {
  auto pdf = jamt::report::to_pdf(jamt::testing::sample_report_document(), default_options());
  ASSERT_TRUE(pdf.ok()) << pdf.error().to_string();
  PdfFile file(*pdf);
  std::string info = file.info();
  EXPECT_TRUE(contains(info_value(info, "Page size"), "(A4)")) << info;
  EXPECT_EQ(info_value(info, "Tagged"), "yes") << info;
  EXPECT_EQ(info_value(info, "Title"), "Uppföljning 2026 av Kalmar läns jämställdhetsstrategi") << info;
  int page_count = std::atoi(info_value(info, "Pages").c_str());
  ASSERT_GE(page_count, 2) << info;  // the contents have a page of their own

  std::string text = file.text();
  auto pages = pages_of(text);
  ASSERT_EQ(static_cast<int>(pages.size()), page_count) << text;
  for (int i = 0; i < page_count; ++i) {
    const std::string& page = pages[i];
    std::string footer = "Sida " + std::to_string(i + 1) + " av " + std::to_string(page_count);
    EXPECT_TRUE(contains(page, footer)) << "page " << i + 1 << " lacks \"" << footer << "\":\n" << page;
    EXPECT_TRUE(contains(page, "Uppföljning 2026 av Kalmar läns jämställdhetsstrategi")) << "no running header on page " << i + 1;
  }
  EXPECT_TRUE(contains(pages[0], "Innehåll")) << pages[0];
  EXPECT_TRUE(contains(pages[0], "Länsstyrelsen i Kalmar län"));
  EXPECT_TRUE(contains(pages[0], "Skapad 2027-03-31 09:15 (UTC)"));
  for (const char* heading : {"Sammanfattning", "Mål 1 Jämn fördelning av makt", "Delmål 1.1 Makt och inflytande"}) {
    // In the contents on page 1 and as a heading further on.
    EXPECT_TRUE(contains(pages[0], heading)) << heading;
    std::string rest;
    for (std::size_t i = 1; i < pages.size(); ++i) rest += pages[i];
    EXPECT_TRUE(contains(rest, heading)) << heading;
  }
  EXPECT_TRUE(contains(text, "1 234")) << text;
  EXPECT_TRUE(contains(text, "52,9 %")) << text;
  EXPECT_TRUE(contains(text, "Andel kvinnor bland förtroendevalda"));
  EXPECT_TRUE(contains(text, "Arbetet fortsätter <2027>."));  // the strategist's text, escaped in HTML, plain here
  EXPECT_FALSE(contains(text, "counter(")) << "CSS leaked into the text";
}

TEST(ReportPdf, ChartsStayVectorAndTheStructureIsTaggedWithBookmarks) {
  auto pdf = jamt::report::to_pdf(jamt::testing::sample_report_document(), default_options());
  ASSERT_TRUE(pdf.ok()) << pdf.error().to_string();
  PdfFile file(*pdf);
  // The chart's axis labels are text (the years appear nowhere else in the
  // sample), and there is no picture in the file: the inline SVG was not
  // rasterised.
  std::string text = file.text();
  EXPECT_TRUE(std::regex_search(text, std::regex("2024 +2025 +2026"))) << text;
  std::string images = file.images();
  EXPECT_TRUE(contains(images, "page   num  type")) << images;
  EXPECT_FALSE(std::regex_search(images, std::regex(R"(\n\s*\d+\s+\d+\s+image)"))) << images;
  // An outline (bookmarks) for the headings.
  EXPECT_TRUE(contains(*pdf, "/Outlines"));
  // The tags behind "Tagged: yes" (Chromium writes the structure tree
  // uncompressed): the language, headings by level, tables with header
  // cells, and the chart as a figure whose alternative text is its title.
  EXPECT_TRUE(contains(*pdf, "/StructTreeRoot"));
  EXPECT_TRUE(contains(*pdf, "/Lang (sv)"));
  for (const char* tag : {"/S /H1", "/S /H2", "/S /H3", "/S /Table", "/S /TH", "/S /TD", "/S /Figure", "/S /Caption"})
    EXPECT_TRUE(contains(*pdf, tag)) << tag;
  // "Andel kvinnor 2024–2026" in UTF-16BE, as PDF text strings are written.
  std::string alt = "/Alt <FEFF";
  for (char c : std::string("Andel kvinnor 2024")) {
    char hex[5];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned char>(c));
    alt += hex;
  }
  EXPECT_TRUE(contains(*pdf, alt)) << alt;
}

TEST(ReportPdf, ATitleThatClosesTheStyleSheetIsStillAValidPdf) {
  auto document = jamt::testing::sample_report_document();
  document.title = "Rapport \"</style><script>alert('x')</script>\" 'citat' & <b>fet</b>";
  auto pdf = jamt::report::to_pdf(document, default_options());
  ASSERT_TRUE(pdf.ok()) << pdf.error().to_string();
  PdfFile file(*pdf);
  std::string info = file.info();
  EXPECT_GE(std::atoi(info_value(info, "Pages").c_str()), 2) << info;
  EXPECT_EQ(info_value(info, "Title"), document.title) << info;
  auto pages = pages_of(file.text());
  ASSERT_FALSE(pages.empty());
  // As the heading and as the running header on every page, word for word.
  for (const auto& page : pages) EXPECT_TRUE(contains(page, document.title)) << page;
  EXPECT_TRUE(contains(pages[0], "Innehåll"));  // the rest of the page survived
  EXPECT_TRUE(contains(pages.back(), "Sida " + std::to_string(pages.size()) + " av " + std::to_string(pages.size())));
}

TEST(ReportPdf, ChromiumFetchesNothingFromOutside) {
  httplib::Server server;
  std::atomic<int> requests{0};
  server.Get(".*", [&](const httplib::Request&, httplib::Response& res) {
    ++requests;
    res.set_content("body{}", "text/css");
  });
  int port = server.bind_to_any_port("127.0.0.1");
  std::thread serving([&] { server.listen_after_bind(); });
  for (int i = 0; i < 500 && !server.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  std::string base = "http://127.0.0.1:" + std::to_string(port);
  // The server counts what reaches it.
  httplib::Client client("127.0.0.1", port);
  ASSERT_TRUE(client.Get("/prov"));
  ASSERT_EQ(requests.exchange(0), 1);
  // Raw HTML without the print page's Content-Security-Policy: Chromium's
  // own flags must keep it off the network.
  std::string html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Hämtar</title>"
                     "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"></head><body><h1>Hämtar inget</h1>"
                     "<img src=\"" + base + "/bild.png\" alt=\"\"><img src=\"http://example.invalid/bild.png\" alt=\"\">"
                     "<script src=\"" + base + "/skript.js\"></script></body></html>";
  auto pdf = jamt::report::html_to_pdf(html, default_options());
  server.stop();
  serving.join();
  ASSERT_TRUE(pdf.ok()) << pdf.error().to_string();
  PdfFile file(*pdf);
  EXPECT_TRUE(contains(file.text(), "Hämtar inget"));
  EXPECT_EQ(requests.load(), 0);
}

TEST(ReportPdf, AMissingChromiumSaysWhatToInstall) {
  auto pdf = jamt::report::to_pdf(jamt::testing::sample_report_document(),
                                  PdfOptions{.chromium = "/finns/inte/chromium", .time_limit = std::chrono::seconds(5)});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, jamt::ErrorKind::io);
  EXPECT_TRUE(contains(pdf.error().message, "apt-get install chromium")) << pdf.error().message;
  EXPECT_TRUE(contains(pdf.error().message, "JAMT_CHROMIUM")) << pdf.error().message;
  EXPECT_TRUE(contains(pdf.error().message, "/finns/inte/chromium")) << pdf.error().message;
}

TEST(ReportPdf, AChromiumThatFailsGivesItsExitCode) {
  auto pdf = jamt::report::to_pdf(jamt::testing::sample_report_document(),
                                  PdfOptions{.chromium = "/bin/false", .time_limit = std::chrono::seconds(5)});
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.error().code, jamt::ErrorKind::io);
  EXPECT_TRUE(contains(pdf.error().message, "avslutades med kod 1")) << pdf.error().message;
}

TEST(ReportPdf, ChromiumIsStoppedAtTheTimeLimit) {
  auto started = std::chrono::steady_clock::now();
  auto pdf = jamt::report::to_pdf(jamt::testing::sample_report_document(),
                                  PdfOptions{.chromium = "", .time_limit = std::chrono::milliseconds(150)});
  auto took = std::chrono::steady_clock::now() - started;
  ASSERT_FALSE(pdf.ok());
  EXPECT_TRUE(contains(pdf.error().message, "tidsgränsen (150 ms)")) << pdf.error().message;
  // Killed, not waited for: far less than the ~2 s a print takes.
  EXPECT_LT(took, std::chrono::seconds(1));
}

// The process runner under to_pdf, with the shell as the program.
namespace {

jamt::report::ChildProcessOptions shell(const std::string& script, std::chrono::milliseconds limit) {
  return jamt::report::ChildProcessOptions{.argv = {"sh", "-c", script},
                                           .environment = {"PATH=/usr/bin:/bin"},
                                           .output_file = "",
                                           .time_limit = limit};
}

// True when `pid` no longer runs (gone, or a zombie waiting for init).
bool process_ended(const std::string& pid) {
  std::ifstream stat("/proc/" + pid + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  auto close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] == 'Z';
}

}  // namespace

TEST(ChildProcess, GivesTheExitCodeAndWhatTheProgramWrote) {
  auto log = std::filesystem::temp_directory_path() / ("jamt-child-" + std::to_string(::getpid()) + ".log");
  auto options = shell("echo ut; echo fel >&2; exit 3", std::chrono::seconds(10));
  options.output_file = log.string();
  auto outcome = jamt::report::run_child_process(options);
  ASSERT_TRUE(outcome.ok()) << outcome.error().to_string();
  EXPECT_EQ(outcome->exit_code, 3);
  EXPECT_FALSE(outcome->timed_out);
  std::ifstream in(log);
  std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(written, "ut\nfel\n");
  std::filesystem::remove(log);
}

TEST(ChildProcess, KillsTheProgramAndWhatItStartedAtTheTimeLimit) {
  auto pids = std::filesystem::temp_directory_path() / ("jamt-child-" + std::to_string(::getpid()) + ".pid");
  auto outcome = jamt::report::run_child_process(
      shell("sleep 30 & echo $! > '" + pids.string() + "'; sleep 30", std::chrono::milliseconds(300)));
  ASSERT_TRUE(outcome.ok()) << outcome.error().to_string();
  EXPECT_TRUE(outcome->timed_out);
  EXPECT_EQ(outcome->exit_code, 128 + SIGKILL);
  std::string helper;
  std::ifstream(pids) >> helper;
  ASSERT_FALSE(helper.empty());
  for (int i = 0; i < 100 && !process_ended(helper); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_TRUE(process_ended(helper)) << "the program's helper " << helper << " still runs";
  std::filesystem::remove(pids);
}

TEST(ChildProcess, SweepsWhatTheProgramLeftRunning) {
  auto pids = std::filesystem::temp_directory_path() / ("jamt-child-left-" + std::to_string(::getpid()) + ".pid");
  auto outcome = jamt::report::run_child_process(
      shell("sleep 30 >/dev/null 2>&1 & echo $! > '" + pids.string() + "'; exit 0", std::chrono::seconds(10)));
  ASSERT_TRUE(outcome.ok()) << outcome.error().to_string();
  EXPECT_FALSE(outcome->timed_out);
  EXPECT_EQ(outcome->exit_code, 0);
  std::string helper;
  std::ifstream(pids) >> helper;
  ASSERT_FALSE(helper.empty());
  for (int i = 0; i < 100 && !process_ended(helper); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_TRUE(process_ended(helper)) << "left running: " << helper;
  std::filesystem::remove(pids);
}

TEST(ChildProcess, AProgramThatDoesNotExistIsAnError) {
  auto outcome = jamt::report::run_child_process(jamt::report::ChildProcessOptions{
      .argv = {"jamt-finns-inte"}, .environment = {}, .output_file = "", .time_limit = std::chrono::seconds(1)});
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.error().code, jamt::ErrorKind::io);
  EXPECT_TRUE(contains(outcome.error().message, "jamt-finns-inte")) << outcome.error().message;
}
