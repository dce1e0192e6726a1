#pragma once
// A local stand-in for Statistics Sweden's PxWebApi 2 and Kolada's API v3,
// answering as they document, built from the real files in
// tests/data/statistics_fetch/ (README.txt there):
//  - GET /scb/tables/TAB6471/metadata: the table as JSON-stat 2 without values;
//  - GET /scb/tables/TAB6471/data?valueCodes[VAR]=c1,c2…: the cells chosen
//    (all of a variable not named), JSON-stat 2; more than `max_cells` cells
//    answer 403 as SCB does for a too large request;
//  - GET /kolada/data/kpi/N00906[/municipality/IDS][/year/YEARS][?page=N]:
//    Kolada v3 pages of `per_page` entries with next_url.
// Tests can make the next calls answer 429 (with Retry-After), make every
// call fail, add a period and revise a value. Thread-safe.
#include <gtest/gtest.h>
#include "test_paths.hpp"  // JAMT_TEST_DATA, JAMT_SOURCE_DIR, JAMT_BINARY
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace jamt::testing {

class FakeStatisticsApi {
 public:
  FakeStatisticsApi() {
    load_scb();
    load_kolada();
    server_.Get("/scb/tables/TAB6471/metadata", [this](const httplib::Request&, httplib::Response& res) {
      std::lock_guard lock(mutex_);
      if (!answer_trouble(res, false)) return;
      nlohmann::json meta = document_without_values();
      res.set_content(meta.dump(), "application/json");
    });
    server_.Get("/scb/tables/TAB6471/data", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex_);
      data_calls_.push_back(std::chrono::steady_clock::now());
      if (!answer_trouble(res, true)) return;
      scb_data(req, res);
    });
    server_.Get(R"(/kolada/data/kpi/N00906(/.*)?)", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex_);
      if (!answer_trouble(res, true)) return;
      kolada_page(req, res);
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 500 && !server_.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~FakeStatisticsApi() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  std::string scb_base() const { return "http://127.0.0.1:" + std::to_string(port_) + "/scb"; }
  std::string kolada_base() const { return "http://127.0.0.1:" + std::to_string(port_) + "/kolada"; }

  // SCB refuses a data call of more cells than this with 403.
  void set_max_cells(std::uint64_t n) { std::lock_guard lock(mutex_); max_cells_ = n; }
  // The next `n` data calls answer 429 Too Many Requests, with Retry-After
  // `retry_after` when not empty.
  void throttle_next(int n, const std::string& retry_after) {
    std::lock_guard lock(mutex_);
    throttled_ = n;
    retry_after_ = retry_after;
  }
  // Every call answers `status` (0: normal again).
  void fail_with(int status) { std::lock_guard lock(mutex_); fail_status_ = status; }
  // Kolada entries per page.
  void set_per_page(int n) { std::lock_guard lock(mutex_); per_page_ = n; }

  // Adds month `code` to TAB6471 with every value of the last month plus 1.
  void add_scb_period(const std::string& code, const std::string& label) {
    std::lock_guard lock(mutex_);
    auto& tid = codes_.back();  // Tid is the last variable
    std::size_t old_n = tid.size();
    std::vector<std::optional<double>> values;
    for (std::size_t base = 0; base < values_.size(); base += old_n) {
      for (std::size_t k = 0; k < old_n; ++k) values.push_back(values_[base + k]);
      auto last = values_[base + old_n - 1];
      values.push_back(last ? std::optional<double>(*last + 1) : std::nullopt);
    }
    values_ = std::move(values);
    tid.push_back(code);
    labels_.back()[code] = label;
  }
  // Sets the value of the cell given by one code per variable.
  void revise_scb(const std::vector<std::string>& codes, double value) {
    std::lock_guard lock(mutex_);
    values_[cell_index(codes)] = value;
  }
  // The value of a cell, as the server has it now.
  std::optional<double> scb_value(const std::vector<std::string>& codes) {
    std::lock_guard lock(mutex_);
    return values_[cell_index(codes)];
  }

  // Kolada's value for a municipality, year and gender ("K", "M"), or nullopt.
  std::optional<double> kolada_value(const std::string& municipality, const std::string& year, const std::string& gender) {
    std::lock_guard lock(mutex_);
    auto it = kolada_.find({municipality, year});
    if (it == kolada_.end() || !it->second.count(gender)) return std::nullopt;
    return it->second.at(gender);
  }
  // Data calls (SCB) received, with their cell counts, and 403s for size.
  std::vector<std::uint64_t> data_call_cells() { std::lock_guard lock(mutex_); return data_cells_; }
  std::vector<std::chrono::steady_clock::time_point> data_call_times() {
    std::lock_guard lock(mutex_);
    return data_calls_;
  }
  int refused_too_large() { std::lock_guard lock(mutex_); return too_large_; }
  int throttled_answers() { std::lock_guard lock(mutex_); return throttled_answers_; }
  int kolada_pages_served() { std::lock_guard lock(mutex_); return kolada_pages_; }

 private:
  static std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    EXPECT_TRUE(in.good() || in.eof()) << path;
    return s.str();
  }

  void load_scb() {
    doc_ = nlohmann::json::parse(read_file(std::string(JAMT_TEST_DATA) + "/statistics_fetch/scb-TAB6471-folkmangd-manad-lan-kon-2026.json"));
    for (const auto& id : doc_["id"]) {
      std::string v = id.get<std::string>();
      variables_.push_back(v);
      const auto& index = doc_["dimension"][v]["category"]["index"];
      std::vector<std::string> codes(index.size());
      for (const auto& [code, pos] : index.items()) codes[pos.get<std::size_t>()] = code;
      codes_.push_back(codes);
      std::map<std::string, std::string> labels;
      for (const auto& [code, label] : doc_["dimension"][v]["category"]["label"].items())
        labels[code] = label.get<std::string>();
      labels_.push_back(labels);
    }
    for (const auto& v : doc_["value"]) values_.push_back(v.is_null() ? std::nullopt : std::optional<double>(v.get<double>()));
  }

  void load_kolada() {
    std::istringstream in(read_file(std::string(JAMT_TEST_DATA) +
                                    "/statistics_fetch/kolada-N00906-medianinkomst-20-64-kon-kalmar-2019-2022.csv"));
    std::string line;
    std::getline(in, line);  // geo,gender,year,n00906
    while (std::getline(in, line)) {
      std::vector<std::string> f;
      std::stringstream ss(line);
      std::string part;
      while (std::getline(ss, part, ',')) f.push_back(part);
      if (f.size() != 4) continue;
      kolada_[{f[0], f[2]}][f[1] == "k" ? "K" : "M"] = std::stod(f[3]);
    }
  }

  std::size_t cell_index(const std::vector<std::string>& codes) const {
    std::size_t index = 0;
    for (std::size_t i = 0; i < variables_.size(); ++i) {
      auto pos = std::find(codes_[i].begin(), codes_[i].end(), codes[i]) - codes_[i].begin();
      index = index * codes_[i].size() + static_cast<std::size_t>(pos);
    }
    return index;
  }

  // The document with the current categories, without value and status.
  nlohmann::json document_without_values() const {
    nlohmann::json meta = doc_;
    meta.erase("value");
    meta.erase("status");
    for (std::size_t i = 0; i < variables_.size(); ++i) {
      auto& cat = meta["dimension"][variables_[i]]["category"];
      cat["index"] = nlohmann::json::object();
      cat["label"] = nlohmann::json::object();
      for (std::size_t k = 0; k < codes_[i].size(); ++k) {
        cat["index"][codes_[i][k]] = k;
        cat["label"][codes_[i][k]] = labels_[i].at(codes_[i][k]);
      }
      meta["size"][i] = codes_[i].size();
    }
    return meta;
  }

  // Answers 429 or the failure status when asked to; false when it did.
  bool answer_trouble(httplib::Response& res, bool data_call) {
    if (fail_status_) {
      res.status = fail_status_;
      res.set_content("{\"title\":\"Service Unavailable\"}", "application/json");
      return false;
    }
    if (data_call && throttled_ > 0) {
      --throttled_;
      ++throttled_answers_;
      res.status = 429;
      if (!retry_after_.empty()) res.set_header("Retry-After", retry_after_);
      res.set_content("Too Many Requests", "text/plain");
      return false;
    }
    return true;
  }

  void scb_data(const httplib::Request& req, httplib::Response& res) {
    std::vector<std::vector<std::string>> chosen = codes_;
    for (std::size_t i = 0; i < variables_.size(); ++i) {
      std::string key = "valueCodes[" + variables_[i] + "]";
      if (!req.has_param(key)) continue;
      std::vector<std::string> wanted;
      std::stringstream ss(req.get_param_value(key));
      std::string code;
      while (std::getline(ss, code, ',')) wanted.push_back(code);
      chosen[i].clear();
      for (const auto& c : codes_[i])
        if (std::find(wanted.begin(), wanted.end(), c) != wanted.end()) chosen[i].push_back(c);
    }
    std::uint64_t cells = 1;
    for (const auto& c : chosen) cells *= c.size();
    data_cells_.push_back(cells);
    if (cells > max_cells_) {
      ++too_large_;
      res.status = 403;
      res.set_content("{\"title\":\"Forbidden\",\"detail\":\"Too many cells selected\"}", "application/json");
      return;
    }
    nlohmann::json out = document_without_values();
    nlohmann::json values = nlohmann::json::array();
    for (std::size_t i = 0; i < variables_.size(); ++i) {
      auto& cat = out["dimension"][variables_[i]]["category"];
      cat["index"] = nlohmann::json::object();
      cat["label"] = nlohmann::json::object();
      for (std::size_t k = 0; k < chosen[i].size(); ++k) {
        cat["index"][chosen[i][k]] = k;
        cat["label"][chosen[i][k]] = labels_[i].at(chosen[i][k]);
      }
      out["size"][i] = chosen[i].size();
    }
    std::vector<std::size_t> at(variables_.size(), 0);
    for (std::uint64_t cell = 0; cell < cells; ++cell) {
      std::vector<std::string> codes;
      for (std::size_t i = 0; i < variables_.size(); ++i) codes.push_back(chosen[i][at[i]]);
      auto v = values_[cell_index(codes)];
      values.push_back(v ? nlohmann::json(*v) : nlohmann::json(nullptr));
      for (std::size_t k = variables_.size(); k-- > 0;) {
        if (++at[k] < chosen[k].size()) break;
        at[k] = 0;
      }
    }
    out["value"] = values;
    res.set_content(out.dump(), "application/json");
  }

  void kolada_page(const httplib::Request& req, httplib::Response& res) {
    ++kolada_pages_;
    // /kolada/data/kpi/N00906/municipality/0880,0881/year/2019,2020
    std::vector<std::string> parts;
    std::stringstream ss(req.path);
    std::string part;
    while (std::getline(ss, part, '/')) parts.push_back(part);
    std::vector<std::string> municipalities, years;
    for (std::size_t i = 5; i + 1 < parts.size(); i += 2) {
      std::vector<std::string>& into = parts[i] == "municipality" ? municipalities : years;
      std::stringstream list(parts[i + 1]);
      std::string item;
      while (std::getline(list, item, ',')) into.push_back(item);
    }
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& [key, by_gender] : kolada_) {
      const auto& [municipality, year] = key;
      if (!municipalities.empty() && std::find(municipalities.begin(), municipalities.end(), municipality) == municipalities.end())
        continue;
      if (!years.empty() && std::find(years.begin(), years.end(), year) == years.end()) continue;
      nlohmann::json values = nlohmann::json::array();
      for (const auto& [gender, value] : by_gender)
        values.push_back({{"gender", gender}, {"value", value}, {"status", ""}, {"count", 1}});
      entries.push_back({{"kpi", "N00906"}, {"municipality", municipality}, {"period", std::stoi(year)}, {"values", values}});
    }
    int page = req.has_param("page") ? std::stoi(req.get_param_value("page")) : 1;
    nlohmann::json out = {{"count", entries.size()}, {"values", nlohmann::json::array()}};
    std::size_t from = static_cast<std::size_t>((page - 1) * per_page_);
    for (std::size_t i = from; i < entries.size() && i < from + static_cast<std::size_t>(per_page_); ++i)
      out["values"].push_back(entries[i]);
    if (from + static_cast<std::size_t>(per_page_) < entries.size())
      out["next_url"] = "http://127.0.0.1:" + std::to_string(port_) + req.path + "?page=" + std::to_string(page + 1);
    else
      out["next_url"] = nullptr;
    res.set_content(out.dump(), "application/json");
  }

  std::mutex mutex_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  nlohmann::json doc_;
  std::vector<std::string> variables_;
  std::vector<std::vector<std::string>> codes_;
  std::vector<std::map<std::string, std::string>> labels_;
  std::vector<std::optional<double>> values_;
  std::map<std::pair<std::string, std::string>, std::map<std::string, double>> kolada_;
  std::uint64_t max_cells_ = 150000;
  int throttled_ = 0;
  std::string retry_after_;
  int throttled_answers_ = 0;
  int fail_status_ = 0;
  int per_page_ = 20;
  int too_large_ = 0;
  int kolada_pages_ = 0;
  std::vector<std::uint64_t> data_cells_;
  std::vector<std::chrono::steady_clock::time_point> data_calls_;
};

}  // namespace jamt::testing
