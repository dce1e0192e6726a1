#pragma once
// Computed answers kept in memory, each valid for one data version of one
// measure (store/statistics_version/measure_data_version.hpp). A reader asks
// for the measure's current version (one indexed read, so a write committed
// by any server on the same database is seen at once) and finds an answer
// only when it was stored for exactly that version: an import, a re-import,
// a roll-back or a purge raises the version and every older answer is dead.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// One stored answer: the body, its content type and an entity tag for it.
struct CachedAnswer {
  std::int64_t version = 0;
  std::string body;
  std::string content_type;
  std::string etag;  // quoted, e.g. "\"a1b2c3d4e5f60718\""
};

// A bounded, thread-safe map from a caller's key to an answer. When full
// it forgets everything and starts again (answers are cheap to recompute;
// the bound only caps memory). Copying is not allowed.
class AnswerCache {
 public:
  explicit AnswerCache(std::size_t capacity = 4096);
  AnswerCache(const AnswerCache&) = delete;
  AnswerCache& operator=(const AnswerCache&) = delete;

  // The answer stored under `key` for `version`, or nullptr when there is
  // none or it was stored for another version.
  std::shared_ptr<const CachedAnswer> find(const std::string& key, std::int64_t version) const;
  // Stores `body` under `key` for `version` (replacing what was there) and
  // returns the stored answer with its entity tag.
  std::shared_ptr<const CachedAnswer> store(const std::string& key, std::int64_t version, std::string body,
                                            std::string content_type);
  // Number of answers held.
  std::size_t size() const;

 private:
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const CachedAnswer>> entries_;
};

// The measure's current data version (0 before its first write).
Result<std::int64_t> measure_data_version(store::Database& db, std::int64_t measure_id);

// Whether an If-None-Match header value names `etag` (a list of tags, weak
// or strong, or "*").
bool etag_matches(const std::string& if_none_match, const std::string& etag);

}  // namespace jamt::service
