#include <nlohmann/json.hpp>
#include <string>

#include "domain/i18n/translate.hpp"
#include "web/accessibility/accessibility_handlers.hpp"
#include "web/accessibility/statement_facts.hpp"
#include "web/http/page_context.hpp"
#include "web/http/render.hpp"
#include "web/http/request_auth.hpp"

namespace jamt::web {

Handler accessibility_statement_page(store::Database& db) {
  return [&db](const Request& req, Response& res) {
    const auto& facts = accessibility::statement_facts();
    nlohmann::json ctx = page_context(authenticate(req, db));
    ctx["actor"] = i18n::tr(facts.actor);
    ctx["service"] = i18n::tr(facts.service);
    ctx["contact_email"] = std::string(facts.contact_email);
    ctx["reply_within"] = i18n::tr(facts.reply_within);
    ctx["assessed_on"] = std::string(facts.assessed_on);
    ctx["updated_on"] = std::string(facts.updated_on);
    ctx["method"] = i18n::tr(facts.method);
    ctx["digg_report_url"] = std::string(accessibility::kDiggReportUrl);
    send_html(res, render_page("accessibility_statement", i18n::tr("Tillgänglighetsredogörelse"), ctx));
  };
}

}  // namespace jamt::web
