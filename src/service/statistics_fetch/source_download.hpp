#pragma once
// Downloading a source's data within the services' limits: SCB's tables in
// calls of at most FetchLimits::max_cells cells, paced to at most
// calls_per_window calls per window, a 429 answered by waiting (Retry-After,
// else 1 s, 2 s, 4 s, …) and trying again a bounded number of times; Kolada's
// KPIs page by page following next_url. Each call blocks its thread
// (sleeping while it paces or backs off); separate calls share nothing.
#include <cstdint>
#include <string>

#include "domain/result.hpp"
#include "domain/statistics/dataset.hpp"
#include "service/statistics_fetch/fetch_settings.hpp"
#include "service/statistics_fetch/source_address.hpp"

namespace jamt::service {

// What a download brought.
struct Download {
  stats::Dataset dataset{};  // the whole selection as one table
  std::string format{};      // "jsonstat" (SCB) or "kolada", for the import batch
  int calls = 0;             // HTTP requests made, retries included
  int chunks = 0;            // data calls the selection was split into (SCB) or pages (Kolada)
  std::uint64_t cells = 0;   // cells of the dataset
};

// Downloads SCB table `table_id` from `base_url` with `selection` (JSON-stat
// 2, lang=sv): metadata first, then the data in chunks, joined. Errors carry
// Swedish messages naming the address: "SCB svarade 404 (Not Found) på
// ADDRESS: …" for an answer other than 200 (a 429 after the last retry
// included), "io" when no answer came, "validation" with field "selection"
// for a variable or code the table lacks.
Result<Download> download_scb(const std::string& base_url, const std::string& table_id, const Selection& selection,
                              const FetchLimits& limits);

// Downloads Kolada KPI `kpi` from `base_url` (v3 data/kpi/KPI[/municipality/
// …][/year/…]), following next_url while it stays under `base_url`, at most
// limits.max_pages pages. Errors as for download_scb.
Result<Download> download_kolada(const std::string& base_url, const std::string& kpi, const Selection& selection,
                                 const FetchLimits& limits);

}  // namespace jamt::service
