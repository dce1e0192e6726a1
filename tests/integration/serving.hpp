#pragma once
// Waiting for a test server that was just started on a thread to answer.
#include <httplib.h>

#include <chrono>
#include <thread>

namespace jamt::testing {

// Whether `client`'s server answers GET /healthz with 200 within about two
// seconds (asked every 20 ms).
inline bool wait_until_serving(httplib::Client& client) {
  for (int i = 0; i < 100; ++i) {
    if (auto r = client.Get("/healthz"); r && r->status == 200) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

}  // namespace jamt::testing
