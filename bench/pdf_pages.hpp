#pragma once
// The number of pages of a PDF, counted from its page objects ("/Type /Page",
// not "/Type /Pages"), for the report benchmarks' counters.
#include <string>

namespace jamt::bench {

inline int pdf_page_count(const std::string& pdf) {
  int pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos; at = pdf.find("/Type /Page", at + 1))
    if (at + 11 >= pdf.size() || pdf[at + 11] != 's') ++pages;
  return pages;
}

}  // namespace jamt::bench
