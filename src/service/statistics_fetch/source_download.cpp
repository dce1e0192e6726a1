#include "service/statistics_fetch/source_download.hpp"

#include <chrono>
#include <deque>
#include <thread>

#include "formats/jsonstat/jsonstat.hpp"
#include "formats/kolada/kolada.hpp"
#include "service/statistics_fetch/http_get.hpp"
#include "service/statistics_fetch/scb_table.hpp"

namespace jamt::service {

namespace {

using Steady = std::chrono::steady_clock;

// Keeps calls under `calls` per `window` by sleeping before a call that
// would exceed it.
class CallPacer {
 public:
  explicit CallPacer(const FetchLimits& limits) : limits_(limits) {}
  void wait_turn() {
    auto now = Steady::now();
    while (!recent_.empty() && now - recent_.front() >= limits_.window) recent_.pop_front();
    if (limits_.calls_per_window > 0 && static_cast<int>(recent_.size()) >= limits_.calls_per_window) {
      std::this_thread::sleep_until(recent_.front() + limits_.window);
      recent_.pop_front();
    }
    recent_.push_back(Steady::now());
  }

 private:
  const FetchLimits& limits_;
  std::deque<Steady::time_point> recent_;
};

std::string reason(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "";
  }
}

// The first line of an error body, short, for the message.
std::string gist(const std::string& body) {
  std::string line = body.substr(0, body.find('\n'));
  if (line.size() > 200) {
    line.resize(200);
    line.append("…");
  }
  return line;
}

// GET with pacing and retries after 429.
Result<HttpAnswer> get(const std::string& service, const std::string& url, CallPacer& pacer, const FetchLimits& limits,
                       int& calls) {
  auto backoff = limits.first_backoff;
  for (int attempt = 0;; ++attempt) {
    pacer.wait_turn();
    ++calls;
    auto answer = http_get(url);
    if (!answer) return answer.error();
    if (answer->status == 200) return answer;
    if (answer->status == 429 && attempt < limits.max_retries) {
      std::chrono::milliseconds wait = backoff;
      if (!answer->retry_after.empty() &&
          answer->retry_after.find_first_not_of("0123456789") == std::string::npos && answer->retry_after.size() < 7)
        wait = std::chrono::seconds(std::stoi(answer->retry_after));
      else
        backoff *= 2;
      std::this_thread::sleep_for(std::min(wait, limits.longest_wait));
      continue;
    }
    std::string message = service;
    message.append(" svarade ").append(std::to_string(answer->status));
    if (std::string why = reason(answer->status); !why.empty()) message.append(" (").append(why).append(")");
    message.append(" på ").append(url);
    if (answer->status == 429) message.append(" även efter ").append(std::to_string(attempt)).append(" nya försök");
    if (std::string body = gist(answer->body); !body.empty()) message.append(": ").append(body);
    return Error{ErrorKind::io, message, {}, {}};
  }
}

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string join_codes(const std::vector<std::string>& codes) {
  std::string out;
  for (std::size_t i = 0; i < codes.size(); ++i) out += (i ? "," : "") + url_encode(codes[i]);
  return out;
}

}  // namespace

Result<Download> download_scb(const std::string& base_url, const std::string& table_id, const Selection& selection,
                              const FetchLimits& limits) {
  Download out{.dataset = {}, .format = "jsonstat"};
  CallPacer pacer(limits);
  const std::string table_url = base_url + "/tables/" + url_encode(table_id);
  const std::string metadata_url = table_url + "/metadata?lang=sv";
  auto metadata = get("SCB", metadata_url, pacer, limits, out.calls);
  if (!metadata) return metadata.error();
  auto shape = read_table_shape(metadata->body, metadata_url);
  if (!shape) return shape.error();
  auto chosen = select_codes(*shape, selection, table_id);
  if (!chosen) return chosen.error();
  auto plan = plan_chunks(*shape, *chosen, limits.max_cells);
  std::vector<stats::Dataset> answers;
  for (const auto& call : plan) {
    std::string url = table_url + "/data?lang=sv&outputFormat=json-stat2";
    for (std::size_t i = 0; i < call.size(); ++i)
      url += "&valueCodes%5B" + url_encode(shape->variables[i]) + "%5D=" + join_codes(call[i]);
    auto answer = get("SCB", url, pacer, limits, out.calls);
    if (!answer) return answer.error();
    auto read = formats::read_jsonstat(answer->body, table_id + ".json");
    if (!read) return Error{ErrorKind::parse, "svaret från " + url + " gick inte att läsa: " + read.error().to_string(), {}, {}};
    if (read->size() != 1)
      return Error{ErrorKind::parse, "svaret från " + url + " innehöll " + std::to_string(read->size()) + " tabeller, inte en", {}, {}};
    answers.push_back(std::move(read->front()));
  }
  auto joined = join_chunks(*shape, *chosen, answers);
  if (!joined) return Error{ErrorKind::parse, "svaren från " + table_url + " gick inte att foga samman: " + joined.error().message, {}, {}};
  out.dataset = std::move(*joined);
  out.dataset.id = table_id;
  out.chunks = static_cast<int>(plan.size());
  out.cells = out.dataset.cell_count();
  return out;
}

Result<Download> download_kolada(const std::string& base_url, const std::string& kpi, const Selection& selection,
                                 const FetchLimits& limits) {
  Download out{.dataset = {}, .format = "kolada"};
  CallPacer pacer(limits);
  std::string url = base_url + "/data/kpi/" + url_encode(kpi);
  for (const auto& [variable, codes] : selection) url += "/" + url_encode(variable) + "/" + join_codes(codes);
  std::vector<formats::KoladaPage> pages;
  while (!url.empty()) {
    if (static_cast<int>(pages.size()) >= limits.max_pages)
      return Error{ErrorKind::io, "Kolada gav fler än " + std::to_string(limits.max_pages) + " sidor för " + kpi, {}, {}};
    auto answer = get("Kolada", url, pacer, limits, out.calls);
    if (!answer) return answer.error();
    auto page = formats::read_kolada(answer->body, kpi + ".json");
    if (!page) return Error{ErrorKind::parse, "svaret från " + url + " gick inte att läsa: " + page.error().to_string(), {}, {}};
    std::string next = page->next_page;
    if (!next.empty() && next.rfind(base_url + "/", 0) != 0)
      return Error{ErrorKind::io, "Kolada hänvisade till nästa sida på " + next + ", utanför " + base_url, {}, {}};
    pages.push_back(std::move(*page));
    url = next;
  }
  auto merged = formats::merge_kolada_pages(pages);
  if (!merged) return Error{ErrorKind::parse, "sidorna från Kolada för " + kpi + " gick inte att foga samman: " + merged.error().to_string(), {}, {}};
  out.dataset = std::move(*merged);
  out.dataset.id = kpi;
  out.chunks = static_cast<int>(pages.size());
  out.cells = out.dataset.cell_count();
  return out;
}

}  // namespace jamt::service
