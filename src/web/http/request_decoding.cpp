#include "web/http/request_decoding.hpp"

#include <cctype>

namespace jamt::web {

bool valid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) len = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) len = 3, hi = 0x9F;  // no UTF-16 surrogates
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) len = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) len = 4, hi = 0x8F;  // nothing above U+10FFFF
    else return false;
    if (i + len > n) return false;
    if (s[i + 1] < lo || s[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
      if (s[i + k] < 0x80 || s[i + k] > 0xBF) return false;
    i += len;
  }
  return true;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// `name` with bytes that are not valid UTF-8 shown as '?', for messages.
std::string printable(std::string_view name) {
  if (valid_utf8(name)) return std::string(name);
  std::string out;
  for (char c : name) out += (static_cast<unsigned char>(c) < 0x80) ? c : '?';
  return out;
}

}  // namespace

std::string percent_encode(std::string_view text, bool keep_slash) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || (keep_slash && c == '/')) {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

std::string percent_decode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      int h = hex_value(text[i + 1]), l = hex_value(text[i + 2]);
      if (h >= 0 && l >= 0) {
        out += static_cast<char>(h * 16 + l);
        i += 2;
        continue;
      }
    }
    out += (plus_is_space && c == '+') ? ' ' : c;
  }
  return out;
}

std::multimap<std::string, std::string> parse_query(std::string_view text) {
  std::multimap<std::string, std::string> out;
  while (!text.empty()) {
    auto amp = text.find('&');
    std::string_view pair = text.substr(0, amp);
    text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
    if (pair.empty()) continue;
    auto eq = pair.find('=');
    std::string name = percent_decode(pair.substr(0, eq), true);
    std::string value = eq == std::string_view::npos ? std::string{} : percent_decode(pair.substr(eq + 1), true);
    out.emplace(std::move(name), std::move(value));
  }
  return out;
}

std::string header_parameter(std::string_view header, std::string_view name) {
  std::size_t pos = header.find(';');
  while (pos != std::string_view::npos) {
    std::string_view rest = header.substr(pos + 1);
    std::size_t end = 0;
    bool quoted = false;
    // The parameter runs to the next ';' outside quotes.
    for (end = 0; end < rest.size(); ++end) {
      if (rest[end] == '"') quoted = !quoted;
      else if (rest[end] == ';' && !quoted) break;
    }
    std::string_view param = trim(rest.substr(0, end));
    auto eq = param.find('=');
    if (eq != std::string_view::npos && iequals(trim(param.substr(0, eq)), name)) {
      std::string_view value = trim(param.substr(eq + 1));
      if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        std::string out;
        for (std::size_t i = 1; i + 1 < value.size(); ++i) {
          if (value[i] == '\\' && i + 2 < value.size()) ++i;
          out += value[i];
        }
        return out;
      }
      return std::string(value);
    }
    pos = end < rest.size() ? pos + 1 + end : std::string_view::npos;
  }
  return {};
}

std::string read_part_headers(std::string_view headers, FormPart& part) {
  bool named = false;
  while (!headers.empty()) {
    auto eol = headers.find("\r\n");
    std::string_view line = headers.substr(0, eol);
    headers = eol == std::string_view::npos ? std::string_view{} : headers.substr(eol + 2);
    auto colon = line.find(':');
    if (colon == std::string_view::npos) return "malformed header line";
    std::string_view field = trim(line.substr(0, colon));
    std::string_view value = trim(line.substr(colon + 1));
    if (iequals(field, "Content-Disposition")) {
      const auto semicolon = value.find(';');
      const std::string params =
          ";" + std::string(value.substr(semicolon == std::string_view::npos ? value.size() : semicolon + 1));
      part.name = header_parameter(params, "name");
      part.filename = header_parameter(params, "filename");
      named = !part.name.empty();
    } else if (iequals(field, "Content-Type")) {
      part.content_type = std::string(value);
    }
  }
  return named ? "" : "Content-Disposition has no field name";
}

Result<std::multimap<std::string, FormPart>> parse_multipart(std::string_view body, std::string_view boundary) {
  auto fail = [](const std::string& what) {
    return Error{ErrorKind::parse, "multipart body: " + what, {}, {}};
  };
  if (boundary.empty() || boundary.size() > 200) return fail("missing or too long boundary");
  const std::string delimiter = "--" + std::string(boundary);
  std::multimap<std::string, FormPart> parts;
  std::size_t pos = body.find(delimiter);
  if (pos == std::string_view::npos) return fail("no part starts with the boundary");
  int index = 0;
  while (true) {
    pos += delimiter.size();
    if (body.substr(pos, 2) == "--") return parts;  // the closing delimiter
    if (body.substr(pos, 2) != "\r\n") return fail("part " + std::to_string(index + 1) + ": no line break after the boundary");
    pos += 2;
    ++index;
    const std::string where = "part " + std::to_string(index);
    auto headers_end = body.find("\r\n\r\n", pos);
    if (headers_end == std::string_view::npos) return fail(where + ": headers do not end");
    FormPart part;
    if (auto problem = read_part_headers(body.substr(pos, headers_end - pos), part); !problem.empty())
      return fail(where + ": " + problem);
    std::size_t content_start = headers_end + 4;
    auto next = body.find("\r\n" + delimiter, content_start);
    if (next == std::string_view::npos) return fail(where + " (\"" + part.name + "\"): no closing boundary");
    part.content = std::string(body.substr(content_start, next - content_start));
    part.size = part.content.size();
    std::string name = part.name;
    parts.emplace(std::move(name), std::move(part));
    pos = next + 2;
  }
}

std::optional<std::string> first_invalid_utf8(const Request& req) {
  if (!valid_utf8(req.path)) return std::string("path");
  for (const auto& [name, value] : req.params)
    if (!valid_utf8(name) || !valid_utf8(value)) return printable(name);
  for (const auto& [name, part] : req.parts) {
    if (!valid_utf8(name) || !valid_utf8(part.filename)) return printable(name);
    if (part.filename.empty() && !valid_utf8(part.content)) return printable(name);
  }
  return std::nullopt;
}

}  // namespace jamt::web
