// Statistics Sweden's PX example files (tests/data/px, copied from PxWeb):
// every file has NAME.px.expected beside it with either the exact error text
// or the cell count, the dimensions, a few cells by category codes and the
// exact warnings. Each file is read both from memory and streamed from disk;
// the two must agree.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "formats/px/px_reader.hpp"

using namespace jamt;
namespace fs = std::filesystem;

namespace {

fs::path data_dir() { return fs::path(JAMT_TEST_DATA) / "px"; }

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> px_files() {
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(data_dir())) {
    std::string ext = e.path().extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (e.is_regular_file() && ext == ".px") out.push_back(fs::relative(e.path(), data_dir()).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Expected {
  std::string error;
  std::optional<std::uint64_t> cells;
  std::vector<std::pair<std::string, std::size_t>> dims;
  struct Cell {
    std::vector<std::string> codes;
    std::string value;
    bool symbol;
  };
  std::vector<Cell> cell_checks;
  std::optional<std::size_t> warning_count;
  std::vector<std::string> warnings;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

Expected parse_expected(const std::string& text) {
  Expected e;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto colon = line.find(": ");
    std::string key = line.substr(0, colon), rest = colon == std::string::npos ? "" : line.substr(colon + 2);
    if (key == "error") {
      e.error = rest;
    } else if (key == "cells") {
      e.cells = std::stoull(rest);
    } else if (key == "dims") {
      // "marital status=4 age=21": an item ends at the word holding '='.
      std::string name;
      for (const auto& word : split(rest, ' ')) {
        auto eq = word.rfind('=');
        if (eq == std::string::npos) {
          name += word + " ";
          continue;
        }
        e.dims.push_back({name + word.substr(0, eq), std::stoul(word.substr(eq + 1))});
        name.clear();
      }
    } else if (key == "value" || key == "symbol") {
      auto eq = rest.rfind(" = ");
      e.cell_checks.push_back({split(rest.substr(0, eq), '|'), rest.substr(eq + 3), key == "symbol"});
    } else if (key == "warnings") {
      e.warning_count = std::stoul(rest);
    } else if (key == "warning") {
      e.warnings.push_back(rest);
    } else {
      ADD_FAILURE() << "unknown line in expected file: " << line;
    }
  }
  return e;
}

// Index of the cell with these category codes, or -1.
long long cell_index(const stats::Dataset& d, const std::vector<std::string>& codes) {
  if (codes.size() != d.dimensions.size()) return -1;
  long long index = 0;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const auto& cats = d.dimensions[i].categories;
    auto it = std::find_if(cats.begin(), cats.end(), [&](const auto& c) { return c.code == codes[i]; });
    if (it == cats.end()) return -1;
    index = index * static_cast<long long>(cats.size()) + (it - cats.begin());
  }
  return index;
}

std::string outcome(const Result<stats::Dataset>& r) {
  if (!r) return "error " + r.error().to_string();
  std::string s = "cells " + std::to_string(r->values.size()) + " status " + std::to_string(r->status.size());
  for (const auto& w : r->warnings) s += "\n" + w.where + ": " + w.message;
  return s;
}

}  // namespace

class PxExampleFiles : public ::testing::TestWithParam<std::string> {};

TEST_P(PxExampleFiles, ReadAsExpected) {
  fs::path file = data_dir() / GetParam();
  fs::path expected_file = file;
  expected_file += ".expected";
  ASSERT_TRUE(fs::exists(expected_file)) << "no expected outcome beside " << GetParam();
  Expected e = parse_expected(slurp(expected_file));

  auto streamed = formats::read_px_file(file.string());
  formats::PxOptions opts;
  opts.file_name = file.filename().string();
  auto in_memory = formats::read_px(slurp(file), opts);
  EXPECT_EQ(outcome(streamed), outcome(in_memory)) << "streamed and in-memory reading differ";

  if (!e.error.empty()) {
    ASSERT_FALSE(streamed.ok()) << "expected the error: " << e.error;
    EXPECT_EQ(streamed.error().to_string(), e.error);
    return;
  }
  ASSERT_TRUE(streamed.ok()) << streamed.error().to_string();
  const stats::Dataset& d = *streamed;
  ASSERT_TRUE(e.cells.has_value()) << "expected file has neither error nor cells";
  EXPECT_EQ(d.cell_count(), *e.cells);
  EXPECT_EQ(d.values.size(), *e.cells);
  ASSERT_EQ(d.dimensions.size(), e.dims.size());
  for (std::size_t i = 0; i < e.dims.size(); ++i) {
    EXPECT_EQ(d.dimensions[i].id, e.dims[i].first);
    EXPECT_EQ(d.dimensions[i].categories.size(), e.dims[i].second) << e.dims[i].first;
  }
  for (const auto& c : e.cell_checks) {
    long long i = cell_index(d, c.codes);
    ASSERT_GE(i, 0) << "no cell " << c.value;
    auto at = static_cast<std::size_t>(i);
    auto st = d.status.find(at);
    if (c.symbol) {
      ASSERT_NE(st, d.status.end()) << "cell " << i << " should hold the symbol " << c.value;
      EXPECT_EQ(st->second, c.value);
      if (c.value == "-")
        EXPECT_EQ(d.values[at], 0.0);
      else
        EXPECT_TRUE(std::isnan(d.values[at]));
    } else {
      EXPECT_EQ(st, d.status.end()) << "cell " << i;
      EXPECT_NEAR(d.values[at], std::stod(c.value), 1e-9 * std::max(1.0, std::abs(std::stod(c.value))))
          << "cell " << i;
    }
  }
  ASSERT_TRUE(e.warning_count.has_value()) << "expected file must give the warning count";
  std::vector<std::string> warnings;
  for (const auto& w : d.warnings) warnings.push_back(w.where + ": " + w.message);
  EXPECT_EQ(warnings.size(), *e.warning_count);
  EXPECT_EQ(warnings, e.warnings);
}

INSTANTIATE_TEST_SUITE_P(Files, PxExampleFiles, ::testing::ValuesIn(px_files()), [](const auto& info) {
  std::string name;
  for (char c : info.param) name.push_back(std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
  return name;
});

TEST(PxExampleFilesAll, EveryFileHasAnExpectedOutcome) {
  auto files = px_files();
  EXPECT_EQ(files.size(), 110u);  // 109 from PxWeb, 1 hand-written
  for (const auto& f : files) {
    fs::path p = data_dir() / f;
    p += ".expected";
    EXPECT_TRUE(fs::exists(p)) << f << " has no .expected file";
  }
}

TEST(PxExampleFilesAll, FatalContinueAndOkFoldersAsDecided) {
  // Every file under error/fatal is refused except the valid template;
  // every other file is read (error/continue and error/multilang with warnings).
  for (const auto& f : px_files()) {
    auto r = formats::read_px_file((data_dir() / f).string());
    bool fatal_folder = f.rfind("error/fatal/", 0) == 0 && f.find("template av") == std::string::npos;
    EXPECT_EQ(!r.ok(), fatal_folder) << f;
    if (r.ok() && f.rfind("error/continue/", 0) == 0 && f.find("template av") == std::string::npos) {
      EXPECT_FALSE(r->warnings.empty()) << f << " should warn";
    }
  }
}
