#pragma once
// Who is looking at figures, and so whether small counts of persons are
// protected (issue 15, item 2; docs/small-numbers.md). The web dispatcher
// opens an AudienceScope for every request; the services that produce
// counts of persons (statistics from periodic reporting, indicator values
// computed from Jämt's own records) ask threshold_for() and protect cells
// with the rule in domain/disclosure/small_counts.hpp, so no page, download
// or API answer built on them can forget it. The page layout asks
// anything_protected() to explain "..", once.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/account.hpp"

namespace jamt::service {

// Whether `user` owns the counts of persons of `county_code` ("" = national)
// — and, when `organisation_id` is given, of that organisation — and so sees
// counts below the threshold instead of "..": admins always, the strategists
// of the county, and an organisation's contact for its own organisation's
// figures. Everyone else (the public, coordinators, other counties, other
// contacts) sees "..". Defined in service/authorization.cpp, the one place
// roles are compared; declared here to keep authorization.hpp, which half
// the code base includes, unchanged.
bool sees_small_counts(const std::optional<User>& user, const std::string& county_code,
                       std::optional<std::int64_t> organisation_id = std::nullopt);

}  // namespace jamt::service

namespace jamt::service::disclosure {

// The threshold in force in this process: domain::disclosure::kDefaultThreshold
// (5) until configure_threshold() changes it. Thread-safe.
int configured_threshold();
// Sets the threshold in force (1 protects nothing). `jamt serve` calls it
// before serving, from --small-count-threshold or JAMT_SMALL_COUNT_THRESHOLD;
// tests set and restore it. Thread-safe.
void configure_threshold(int threshold);

// Answers who the viewer is (nullopt: the public); called at most once per
// scope, when a count first needs it.
using ViewerLookup = std::function<std::optional<User>()>;

// While it lives, the current thread works for the viewer `lookup` names.
// Scopes nest: an inner one (publishing a report, which is always built for
// the public) hides the outer one until it ends. Not movable or copyable;
// make it on the stack.
class AudienceScope {
 public:
  explicit AudienceScope(ViewerLookup lookup);
  ~AudienceScope();
  AudienceScope(const AudienceScope&) = delete;
  AudienceScope& operator=(const AudienceScope&) = delete;

  // Whether a count was protected in this scope (not in an inner one).
  bool anything_protected() const { return protected_; }

 private:
  friend int threshold_for(const std::string&, std::optional<std::int64_t>);
  friend void note_protected();
  friend bool anything_protected();
  ViewerLookup lookup_;
  std::optional<std::optional<User>> viewer_;  // looked up once
  bool protected_ = false;
  AudienceScope* outer_ = nullptr;
};

// An AudienceScope for the public: what a published document is built as.
struct PublicAudience : AudienceScope {
  PublicAudience() : AudienceScope([] { return std::optional<User>{}; }) {}
};

// The threshold under which counts of persons owned by `county_code` ("" =
// national) — and by `organisation_id` when the figures are one
// organisation's — are protected for the current thread's viewer: 0
// (nothing protected) when the viewer owns them (sees_small_counts), or
// when no scope is open (the command line: its user holds the database);
// configured_threshold() otherwise.
int threshold_for(const std::string& county_code, std::optional<std::int64_t> organisation_id = std::nullopt);

// Records that the current scope protected a count, so that its page says
// why. Does nothing without a scope.
void note_protected();

// Whether the current scope protected a count so far (false without one).
bool anything_protected();

// The sentence that explains "..", once per page or API answer, when the
// current scope protected a count ("Värden under 5 personer visas som .. för
// att skydda enskilda."); "" otherwise.
std::string protected_note();

}  // namespace jamt::service::disclosure
