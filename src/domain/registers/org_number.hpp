#pragma once
// Swedish organisationsnummer: ten digits, the last a Luhn check digit over
// the first nine; written "NNNNNN-NNNN".
#include <optional>
#include <string>
#include <string_view>

namespace jamt::registers {

enum class OrgNumberProblem { none, not_digits, wrong_length, wrong_check_digit };

// Checks `text` ("212000-0142", "2120000142"; spaces allowed; also a
// 12-digit form starting with "16") and returns the ten digits, or the
// problem.
struct OrgNumberCheck {
  std::string digits;  // ten digits when problem == none
  OrgNumberProblem problem = OrgNumberProblem::none;
};
OrgNumberCheck check_org_number(std::string_view text);

// The Luhn check digit (0–9) for nine digits.
int luhn_check_digit(std::string_view nine_digits);

// "NNNNNN-NNNN" for ten digits; other text unchanged.
std::string format_org_number(const std::string& digits);

}  // namespace jamt::registers
