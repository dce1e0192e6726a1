#include "cli/report_command.hpp"

#include <fstream>
#include <iostream>

#include "report/document/document_json.hpp"
#include "report/document/document_pdf.hpp"
#include "report/document/document_print_html.hpp"
#include "report/document/document_xlsx.hpp"
#include "service/follow_up_round/follow_up_round.hpp"
#include "service/national/national_report.hpp"
#include "service/report_year/yearly_report.hpp"

namespace jamt::cli {

namespace {

// The operator running the command: reads every county, as an admin does.
std::optional<User> operator_user() {
  return User{.id = 0, .email = "cli", .role = Role::admin, .county_code = {}, .organisation_id = std::nullopt,
              .disabled = false};
}

Result<report_doc::Document> build(store::Database& db, const ReportCommandOptions& o) {
  if (o.national) return service::national_report(db, o.year, operator_user());
  if (o.follow_up) return service::follow_up_round(db, o.county, o.year, operator_user());
  return service::yearly_report(db, o.strategy_id, o.year, operator_user());
}

Result<std::string> render(const report_doc::Document& doc, const std::string& format) {
  if (format == "html") return report::to_print_html(doc);
  if (format == "json") return report::to_json(doc);
  if (format == "xlsx") return report::to_xlsx(doc);
  return report::to_pdf(doc, {});
}

}  // namespace

int run_report_command(store::Database& db, const ReportCommandOptions& o) {
  int kinds = (o.strategy_id > 0 ? 1 : 0) + (o.national ? 1 : 0) + (o.follow_up ? 1 : 0);
  if (kinds != 1) {
    std::cerr << "jamt report: choose exactly one of --strategy ID, --national and --follow-up --county CODE\n";
    return 2;
  }
  if (o.follow_up && o.county.empty()) {
    std::cerr << "jamt report: --follow-up needs --county, e.g. --county 08\n";
    return 2;
  }
  if (o.format != "html" && o.format != "pdf" && o.format != "xlsx" && o.format != "json") {
    std::cerr << "jamt report: unknown --format \"" << o.format << "\"; choose html, pdf, xlsx or json\n";
    return 2;
  }
  auto doc = build(db, o);
  if (!doc) {
    std::cerr << "jamt report: " << doc.error().to_string() << "\n";
    return 1;
  }
  auto bytes = render(*doc, o.format);
  if (!bytes) {
    std::cerr << "jamt report: " << bytes.error().to_string() << "\n";
    return 1;
  }
  if (o.output.empty() || o.output == "-") {
    std::cout << *bytes << std::flush;
    return std::cout ? 0 : 1;
  }
  std::ofstream out(o.output, std::ios::binary);
  out << *bytes;
  out.close();
  if (!out) {
    std::cerr << "jamt report: cannot write " << o.output << "\n";
    return 1;
  }
  std::cerr << "Wrote " << o.output << " (" << bytes->size() << " bytes).\n";
  return 0;
}

}  // namespace jamt::cli
