#include "service/disclosure/audience.hpp"

#include <atomic>

#include "domain/disclosure/small_counts.hpp"

namespace jamt::service::disclosure {

namespace {
std::atomic<int> threshold_in_force{jamt::disclosure::kDefaultThreshold};
thread_local AudienceScope* current = nullptr;
}  // namespace

int configured_threshold() { return threshold_in_force.load(); }

void configure_threshold(int threshold) { threshold_in_force.store(threshold); }

AudienceScope::AudienceScope(ViewerLookup lookup) : lookup_(std::move(lookup)), outer_(current) { current = this; }

AudienceScope::~AudienceScope() { current = outer_; }

int threshold_for(const std::string& county_code, std::optional<std::int64_t> organisation_id) {
  if (!current) return 0;
  if (!current->viewer_) current->viewer_ = current->lookup_ ? current->lookup_() : std::optional<User>{};
  if (sees_small_counts(*current->viewer_, county_code, organisation_id)) return 0;
  return configured_threshold();
}

void note_protected() {
  if (current) current->protected_ = true;
}

bool anything_protected() { return current && current->protected_; }

std::string protected_note() {
  return anything_protected() ? jamt::disclosure::reason_sentence(configured_threshold()) : std::string{};
}

}  // namespace jamt::service::disclosure
