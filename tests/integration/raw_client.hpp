#pragma once
// A raw TCP connection to a test server on 127.0.0.1: for requests no HTTP
// client library would send (huge or endless headers and bodies, slow
// clients) and for watching when the server answers or closes.
#include <chrono>
#include <string>
#include <string_view>

namespace jamt::testing {

class RawClient {
 public:
  // Connects at once; connected() says whether it worked.
  explicit RawClient(int port);
  ~RawClient();
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool connected() const { return connected_; }
  // Sends all of `data`; false when the server closed or reset the connection.
  bool send(std::string_view data);
  // Whether something (or the close) is waiting to be read within `wait`.
  bool readable(std::chrono::milliseconds wait);
  // Everything the server sends until it closes or `wait` passes quietly.
  std::string receive(std::chrono::milliseconds wait = std::chrono::milliseconds(3000));
  // Whether the server closed the connection within `wait` (what it sent
  // before is read and dropped).
  bool closed_within(std::chrono::milliseconds wait);

 private:
  int fd_ = -1;
  bool connected_ = false;
  bool closed_ = false;
};

}  // namespace jamt::testing
