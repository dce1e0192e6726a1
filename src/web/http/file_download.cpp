#include "web/http/file_download.hpp"
#include "web/http/http_types.hpp"

namespace jamt::web {

void send_file_download(Response& res, const std::string& file_name, const std::string& content_type,
                        const std::string& content) {
  std::string ascii, encoded;
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned char c : file_name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
                 c == '_';
    ascii += plain || c == ' ' ? static_cast<char>(c) : '_';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  res.set_header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
  res.set_header("Cache-Control", "private, no-store");
  res.set_content(content, content_type);
}

}  // namespace jamt::web
