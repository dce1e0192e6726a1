#include "interface_texts.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/i18n/template_text.hpp"
#include "embedded/embedded_files.hpp"

namespace jamt::test {

namespace {

bool identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Reads the C++ string literal(s) starting at `pos` ('"'), adjacent literals
// joined; advances `pos` past them. Escapes \" \\ \n \t are decoded.
std::string read_literals(const std::string& s, std::size_t& pos) {
  std::string out;
  while (pos < s.size() && s[pos] == '"') {
    for (++pos; pos < s.size() && s[pos] != '"'; ++pos) {
      if (s[pos] == '\\' && pos + 1 < s.size()) {
        char e = s[++pos];
        out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
      } else {
        out += s[pos];
      }
    }
    ++pos;
    auto next = s.find_first_not_of(" \t\r\n", pos);
    if (next == std::string::npos || s[next] != '"') break;
    pos = next;
  }
  return out;
}

void scan_source(const std::string& text, const std::string& name, std::vector<InterfaceText>& out) {
  for (const char* call : {"tr(", "trf(", "N_("}) {
    const std::string needle = call;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
      if (at > 0 && identifier_char(text[at - 1])) continue;
      auto line_start = text.rfind('\n', at);
      line_start = line_start == std::string::npos ? 0 : line_start + 1;
      if (text.substr(line_start, at - line_start).find("//") != std::string::npos) continue;  // a comment
      auto pos = text.find_first_not_of(" \t\r\n", at + needle.size());
      if (pos == std::string::npos || text[pos] != '"') continue;
      int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
      std::string literal = read_literals(text, pos);
      if (!literal.empty()) out.push_back({.text = literal, .where = name + ":" + std::to_string(line)});
    }
  }
}

}  // namespace

std::vector<InterfaceText> interface_texts(const std::string& source_dir) {
  std::vector<InterfaceText> out;
  for (const auto& [path, text] : embedded_files()) {
    if (path.substr(0, 10) != "templates/") continue;
    for (const auto& t : i18n::template_texts(text))
      out.push_back({.text = t.text, .where = std::string(path) + ":" + std::to_string(t.line)});
  }
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(source_dir) / "src")) {
    auto ext = entry.path().extension();
    if (entry.is_regular_file() && (ext == ".cpp" || ext == ".hpp")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    scan_source(buffer.str(), fs::relative(file, source_dir).string(), out);
  }
  return out;
}

}  // namespace jamt::test
