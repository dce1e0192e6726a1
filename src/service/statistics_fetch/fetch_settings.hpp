#pragma once
// Where official statistics are fetched from and within which limits. One
// setting for the process: `jamt serve`/`jamt statistics fetch` set it from
// their options (--scb-api, --kolada-api) or $JAMT_SCB_API / $JAMT_KOLADA_API;
// tests point it at a local server. Thread-safe.
#include <chrono>
#include <cstdint>
#include <string>

namespace jamt::service {

// The APIs' base addresses, without a trailing slash.
struct FetchEndpoints {
  std::string scb = "https://api.scb.se/ov0104/v2beta/api/v2";  // PxWebApi 2
  std::string kolada = "https://api.kolada.se/v3";
};

// SCB's documented limits (PxWebApi 2 at api.scb.se: at most 150 000 cells
// per call, 30 calls per 10 seconds) and how 429 answers are retried.
struct FetchLimits {
  std::uint64_t max_cells = 150000;
  int calls_per_window = 30;
  std::chrono::milliseconds window{10000};
  int max_retries = 5;                                 // after a 429
  std::chrono::milliseconds first_backoff{1000};       // without Retry-After: 1 s, 2 s, 4 s, …
  std::chrono::milliseconds longest_wait{60000};       // a Retry-After longer than this is cut to it
  int max_pages = 1000;                                // Kolada next_url pages
};

struct FetchSettings {
  FetchEndpoints endpoints{};
  FetchLimits limits{};
};

// The settings in force: the defaults unless set_fetch_settings() changed
// them, with $JAMT_SCB_API / $JAMT_KOLADA_API (read once) over the defaults.
FetchSettings fetch_settings();
// Replaces the settings for the whole process (trailing slashes of the
// endpoints are dropped).
void set_fetch_settings(const FetchSettings& settings);

}  // namespace jamt::service
