#pragma once
// The answers users see most often, defined once: Swedish for pages, English
// for the JSON API (docs/api.md), with the API's error code and the status.
#include <string_view>

#include "domain/i18n/translate.hpp"

namespace jamt::web {

struct Message {
  int status = 0;
  std::string_view code;  // the JSON API's error code
  std::string_view sv;    // shown on pages
  std::string_view en;    // the JSON API's message
};

namespace messages {

inline constexpr Message unauthorized{.status = 401,
                                      .code = "unauthorized",
                                      .sv = i18n::N_("Du behöver logga in för att göra detta."),
                                      .en = "log in to do this"};
inline constexpr Message forbidden{.status = 403,
                                   .code = "forbidden",
                                   .sv = i18n::N_("Du har inte behörighet att se eller ändra detta."),
                                   .en = "you may not do this"};
inline constexpr Message csrf{.status = 403,
                              .code = "csrf",
                              .sv = i18n::N_("Formuläret saknar en giltig säkerhetskod. Ladda om sidan och försök igen."),
                              .en = "missing or wrong X-CSRF-Token header"};
inline constexpr Message not_found{.status = 404,
                                   .code = "not_found",
                                   .sv = i18n::N_("Det du söker finns inte."),
                                   .en = "no such record"};
inline constexpr Message no_such_page{.status = 404,
                                      .code = "not_found",
                                      .sv = i18n::N_("Sidan finns inte."),
                                      .en = "no such resource"};
inline constexpr Message method_not_allowed{.status = 405,
                                            .code = "method_not_allowed",
                                            .sv = i18n::N_("Adressen finns, men inte för den här sortens begäran."),
                                            .en = "method not allowed here"};
inline constexpr Message internal{.status = 500,
                                  .code = "internal",
                                  .sv = i18n::N_("Ett oväntat fel inträffade. Försök igen senare."),
                                  .en = "internal server error"};
inline constexpr Message request_failed{.status = 400,
                                        .code = "error",
                                        .sv = i18n::N_("Begäran kunde inte utföras."),
                                        .en = "request failed"};
// The heading above a form shown again with its problems.
inline constexpr Message validation_summary{.status = 400,
                                            .code = "validation",
                                            .sv = i18n::N_("Fel i formuläret – "),
                                            .en = "the request has invalid fields"};

}  // namespace messages

// The title of an error page with `status` ("Åtkomst nekad", "Sidan finns
// inte", …).
std::string_view error_title_sv(int status);

}  // namespace jamt::web
