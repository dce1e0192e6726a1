#pragma once
// Jämt's own request and response: what every handler takes and fills in.
// The HTTP library is reached only through the adapter in web/http/server.cpp,
// which converts to and from these types, so the library can be replaced
// without touching a handler. Light on purpose: no third-party header here.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace jamt::web {

// One part of a multipart/form-data body (a file field or a text field).
struct FormPart {
  std::string name;
  std::string content;
  std::string filename;      // "" for a text field
  std::string content_type;  // as the client sent it
  // A file part of a body streamed to disk (Route::body_on_disk): the
  // temporary file holding its content (which is then empty), named after
  // the part's filename; "" otherwise.
  std::string path = {};
  // The content's size in bytes, on disk or in memory.
  std::uint64_t size = 0;
};

// A parsed request. Header names compare case-insensitively.
struct Request {
  std::string method;  // "GET", "POST", …
  std::string path;    // decoded path without the query string
  std::string body;    // raw body (empty for multipart bodies, see `parts`)
  // A body streamed to disk (Route::body_on_disk): the temporary file
  // holding it, and `body` is empty; "" otherwise.
  std::string body_path = {};
  // Owns the temporary files of a body streamed to disk; they are removed
  // when the last copy of the request is gone.
  std::shared_ptr<const void> spool = {};
  std::string remote_addr;
  std::string request_id;  // set by the server for log lines
  // [0] the whole path, [1…] the route pattern's capture groups.
  std::vector<std::string> matches;
  std::multimap<std::string, std::string> params;  // query and url-encoded form fields
  std::multimap<std::string, std::string> query;   // query-string parameters only
  std::multimap<std::string, FormPart> parts;      // multipart/form-data fields
  std::multimap<std::string, std::string> headers;

  // Whether a query or url-encoded form parameter `name` is present.
  bool has_param(const std::string& name) const;
  // The `index`th value of parameter `name`, or "" when absent.
  std::string get_param_value(const std::string& name, std::size_t index = 0) const;
  // How many values parameter `name` has.
  std::size_t get_param_value_count(const std::string& name) const;
  // Whether a multipart field `name` is present.
  bool has_file(const std::string& name) const;
  // The multipart field `name`, or an empty part when absent.
  FormPart get_file_value(const std::string& name) const;
  // Whether header `name` is present (any case).
  bool has_header(const std::string& name) const;
  // The first value of header `name` (any case), or "" when absent.
  std::string get_header_value(const std::string& name) const;
};

// The answer a handler builds; 200 with an empty body until a handler fills
// it in. An error status with an empty body gets the server's error page.
struct Response {
  int status = 200;
  std::string body;
  std::string content_type;
  std::multimap<std::string, std::string> headers;

  // Sets the body and its Content-Type.
  void set_content(std::string content, std::string type);
  // Adds a header (Set-Cookie may repeat; others are replaced).
  void set_header(const std::string& name, const std::string& value);
  // Whether header `name` is set (any case).
  bool has_header(const std::string& name) const;
  // The value of header `name` (any case), or "".
  std::string get_header_value(const std::string& name) const;
  // 303 See Other (or `status`) to `location`.
  void set_redirect(const std::string& location, int status = 303);
};

// `text` percent-encoded for a query string value (letters, digits and
// -_.!~*'() stay as they are).
std::string encode_query_param(const std::string& text);

}  // namespace jamt::web
