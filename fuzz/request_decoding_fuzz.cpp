// Fuzz target: the server's own request decoding — query strings, url-encoded
// forms, multipart bodies, header parameters and the UTF-8 check — must never
// crash, whatever a client sends. The first byte picks the boundary length.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "web/http/request_decoding.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)jamt::web::valid_utf8(text);
  (void)jamt::web::percent_decode(text, true);
  auto query = jamt::web::parse_query(text);
  (void)jamt::web::header_parameter(text, "boundary");
  if (size > 1) {
    std::size_t boundary_length = 1 + data[0] % 40;
    if (boundary_length < size) {
      auto boundary = text.substr(1, boundary_length);
      auto parts = jamt::web::parse_multipart(text.substr(1 + boundary_length), boundary);
      jamt::web::Request req;
      req.path = std::string(text.substr(0, size / 2));
      for (auto& [name, value] : query) req.params.emplace(name, value);
      if (parts) req.parts = std::move(*parts);
      (void)jamt::web::first_invalid_utf8(req);
    }
  }
  return 0;
}
