#include "service/statistics_fetch/fetch_settings.hpp"

#include <cstdlib>
#include <mutex>

namespace jamt::service {

namespace {

std::string without_trailing_slash(std::string url) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

std::mutex& settings_mutex() {
  static std::mutex m;
  return m;
}

FetchSettings& current() {
  static FetchSettings settings = [] {
    FetchSettings s;
    if (const char* scb = std::getenv("JAMT_SCB_API"); scb && *scb) s.endpoints.scb = without_trailing_slash(scb);
    if (const char* kolada = std::getenv("JAMT_KOLADA_API"); kolada && *kolada)
      s.endpoints.kolada = without_trailing_slash(kolada);
    return s;
  }();
  return settings;
}

}  // namespace

FetchSettings fetch_settings() {
  std::lock_guard lock(settings_mutex());
  return current();
}

void set_fetch_settings(const FetchSettings& settings) {
  std::lock_guard lock(settings_mutex());
  current() = settings;
  current().endpoints.scb = without_trailing_slash(settings.endpoints.scb);
  current().endpoints.kolada = without_trailing_slash(settings.endpoints.kolada);
}

}  // namespace jamt::service
