#pragma once
// What the files of the yearly report share (service/report_year/ only):
// Swedish labels and the builders of the county section.
#include <optional>
#include <string>

#include "domain/account.hpp"
#include "domain/report/report_document.hpp"
#include "store/database.hpp"

namespace jamt::service::report_year {

// A number for running text: whole numbers without decimals, else one
// ("12 345", "38,3"), as the indicator pages write them.
std::string number_text(double value);

// "Planerad", "Pågår", "Genomförd", "Inställd" for an activity's status code.
std::string activity_status_label(const std::string& code);

// "Planerat", "Pågår", "Genomfört", "Inte genomfört" for a commitment's
// status code; "Ingen status" for "".
std::string commitment_status_label(const std::string& code);

// The county section (id "lanet") of strategy county `county_code` in
// `year` as `user` reads it; a part the user may not read, or that fails,
// becomes a paragraph saying so.
report_doc::Section county_section(store::Database& db, const std::string& county_code, int year,
                                   const std::optional<User>& user);

}  // namespace jamt::service::report_year
