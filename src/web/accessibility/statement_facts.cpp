#include "web/accessibility/statement_facts.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::web::accessibility {

const StatementFacts& statement_facts() {
  static const StatementFacts facts{
      .actor = i18n::N_("Länsstyrelsen"),
      .service = i18n::N_("Jämt, länsstyrelsernas system för regionala jämställdhetsstrategier"),
      .contact_email = "jamt@lansstyrelsen.se",
      .reply_within = i18n::N_("fem arbetsdagar"),
      .assessed_on = "2026-12-01",
      .updated_on = "2026-12-01",
      .method = i18n::N_(
          "egen bedömning: automatiska tester med axe-core på varje sida, tangentbordstester av formulären, "
          "kontroll av omflödning vid 320 CSS-pixlars bredd (400 % förstoring), textavstånd enligt WCAG 1.4.12 och utskrift"),
  };
  return facts;
}

}  // namespace jamt::web::accessibility
