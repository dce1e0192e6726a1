#include "service/statistics/answer_cache.hpp"

#include <cstdio>

#include "store/statistics_version/measure_data_version.hpp"

namespace jamt::service {

namespace {

// FNV-1a, 64 bits: enough to tell two answers apart in an entity tag.
std::uint64_t fnv1a(const std::string& text) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

}  // namespace

AnswerCache::AnswerCache(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

std::shared_ptr<const CachedAnswer> AnswerCache::find(const std::string& key, std::int64_t version) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second->version != version) return nullptr;
  return it->second;
}

std::shared_ptr<const CachedAnswer> AnswerCache::store(const std::string& key, std::int64_t version, std::string body,
                                                       std::string content_type) {
  auto answer = std::make_shared<CachedAnswer>();
  answer->version = version;
  char tag[40];
  std::snprintf(tag, sizeof tag, "\"%016llx\"", static_cast<unsigned long long>(fnv1a(key) ^ fnv1a(body)));
  answer->etag = tag;
  answer->body = std::move(body);
  answer->content_type = std::move(content_type);
  std::lock_guard lock(mutex_);
  if (entries_.size() >= capacity_ && !entries_.count(key)) entries_.clear();
  entries_[key] = answer;
  return answer;
}

std::size_t AnswerCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

Result<std::int64_t> measure_data_version(store::Database& db, std::int64_t measure_id) {
  std::int64_t version = 0;
  Status st = db.read([&](soci::session& s) -> Status {
    version = store::measure_data_version(s, measure_id);
    return {};
  });
  if (!st) return st.error();
  return version;
}

bool etag_matches(const std::string& if_none_match, const std::string& etag) {
  std::size_t start = 0;
  while (start <= if_none_match.size()) {
    auto comma = if_none_match.find(',', start);
    std::string tag = trim(if_none_match.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (tag.rfind("W/", 0) == 0) tag = tag.substr(2);
    if (tag == "*" || tag == etag) return true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return false;
}

}  // namespace jamt::service
