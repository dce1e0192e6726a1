#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"

#include <algorithm>
#include <utility>

namespace jamt::web {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool plain(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '_';
}

// The name without folder parts and dangerous bytes, without leading dots
// or spaces, at most `limit` bytes, not cut inside a UTF-8 character.
std::string cleaned_name(std::string_view name, std::size_t limit) {
  if (auto slash = name.find_last_of("/\\"); slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string out;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F || c == '"' || c == '\'' || c == ';' || c == '%') ? '_' : c;
  }
  out.erase(0, std::min(out.find_first_not_of(". "), out.size()));
  if (out.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out.empty() ? "fil" : out;
}

}  // namespace

std::string download_extension(std::string_view content_type) {
  std::string type = lower(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  static const std::pair<std::string_view, std::string_view> known[] = {
      {"text/csv", "csv"},
      {"application/json", "json"},
      {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
      {"application/pdf", "pdf"},
      {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
      {"application/vnd.oasis.opendocument.text", "odt"},
      {"text/plain", "txt"},
      {"text/html", "html"},
  };
  for (const auto& [name, extension] : known)
    if (type == name) return std::string(extension);
  return "bin";
}

std::string attachment_disposition(std::string_view file_name, std::string_view content_type) {
  const std::string extension = "." + download_extension(content_type);
  std::string name = cleaned_name(file_name, 120);
  const std::string low = lower(name);
  if (low.size() <= extension.size() || low.compare(low.size() - extension.size(), extension.size(), extension) != 0)
    name += extension;
  std::string ascii, encoded;
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned char c : name) {
    ascii += plain(c) || c == ' ' ? static_cast<char>(c) : '_';
    if (plain(c)) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

void send_file_download(Response& res, const std::string& file_name, const std::string& content_type,
                        const std::string& content) {
  res.set_header("Content-Disposition", attachment_disposition(file_name, content_type));
  res.set_header("Cache-Control", "private, no-store");
  res.set_content(content, content_type);
}

}  // namespace jamt::web
