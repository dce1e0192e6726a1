#include "domain/report/number_text.hpp"

#include "domain/i18n/translate.hpp"

namespace jamt::report_doc {

std::string number_text(double value, int decimals) { return i18n::format_number(value, decimals); }

}  // namespace jamt::report_doc
