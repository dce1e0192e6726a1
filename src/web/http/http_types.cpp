#include "web/http/http_types.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace jamt::web {

namespace {

bool same_name(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

template <typename Map>
typename Map::const_iterator find_header(const Map& headers, const std::string& name) {
  return std::find_if(headers.begin(), headers.end(), [&](const auto& h) { return same_name(h.first, name); });
}

}  // namespace

bool Request::has_param(const std::string& name) const { return params.count(name) > 0; }

std::string Request::get_param_value(const std::string& name, std::size_t index) const {
  auto [first, last] = params.equal_range(name);
  for (std::size_t i = 0; first != last; ++first, ++i)
    if (i == index) return first->second;
  return "";
}

std::size_t Request::get_param_value_count(const std::string& name) const { return params.count(name); }

bool Request::has_file(const std::string& name) const { return parts.count(name) > 0; }

FormPart Request::get_file_value(const std::string& name) const {
  auto it = parts.find(name);
  return it == parts.end() ? FormPart{} : it->second;
}

bool Request::has_header(const std::string& name) const { return find_header(headers, name) != headers.end(); }

std::string Request::get_header_value(const std::string& name) const {
  auto it = find_header(headers, name);
  return it == headers.end() ? "" : it->second;
}

void Response::set_content(std::string content, std::string type) {
  body = std::move(content);
  content_type = std::move(type);
}

void Response::set_header(const std::string& name, const std::string& value) {
  if (!same_name(name, "Set-Cookie"))
    for (auto it = headers.begin(); it != headers.end();)
      it = same_name(it->first, name) ? headers.erase(it) : std::next(it);
  headers.emplace(name, value);
}

bool Response::has_header(const std::string& name) const { return find_header(headers, name) != headers.end(); }

std::string Response::get_header_value(const std::string& name) const {
  auto it = find_header(headers, name);
  return it == headers.end() ? "" : it->second;
}

void Response::set_redirect(const std::string& location, int redirect_status) {
  status = redirect_status;
  set_header("Location", location);
}

std::string encode_query_param(const std::string& text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || std::string_view("-_.!~*'()").find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace jamt::web
