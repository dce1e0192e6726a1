#pragma once
// The facts of the accessibility statement (/tillganglighet) that change
// with each assessment or with the board's organisation, kept in one place so
// that the page, its test and docs/accessibility.md agree. The statement's
// prose lives in templates/accessibility_statement.mustache.
#include <string_view>

namespace jamt::web::accessibility {

// Who stands behind the service, how to reach them, and when and how the
// service was last assessed. The texts are Swedish msgids (shown through
// i18n::tr); the address and the dates are shown as they are.
struct StatementFacts {
  std::string_view actor;          // "Länsstyrelsen" – the authority behind the service
  std::string_view service;        // the service the statement covers
  std::string_view contact_email;  // where problems are reported and other formats asked for
  std::string_view reply_within;   // how soon the board answers, in words
  std::string_view assessed_on;    // ISO date of the latest assessment (fixed, never today)
  std::string_view updated_on;     // ISO date the statement was last revised
  std::string_view method;         // how the assessment was made
};

// The statement's facts as of the latest assessment. Never fails; the
// returned object lives for the whole program.
const StatementFacts& statement_facts();

// DIGG's reporting function for inaccessible public digital services.
inline constexpr std::string_view kDiggReportUrl = "https://www.digg.se/tdosanmalan";

}  // namespace jamt::web::accessibility
