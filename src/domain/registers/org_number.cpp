#include "domain/registers/org_number.hpp"

#include <cctype>

namespace jamt::registers {

int luhn_check_digit(std::string_view nine) {
  int sum = 0;
  for (std::size_t i = 0; i < nine.size(); ++i) {
    int d = nine[i] - '0';
    if (i % 2 == 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - sum % 10) % 10;
}

OrgNumberCheck check_org_number(std::string_view text) {
  OrgNumberCheck out;
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (c == ' ' || (c == '-' && digits.size() >= 6)) {
      continue;
    } else {
      out.problem = OrgNumberProblem::not_digits;
      return out;
    }
  }
  if (digits.size() == 12 && digits.rfind("16", 0) == 0) digits = digits.substr(2);
  if (digits.size() != 10) {
    out.problem = OrgNumberProblem::wrong_length;
    return out;
  }
  if (luhn_check_digit(std::string_view(digits).substr(0, 9)) != digits[9] - '0') {
    out.problem = OrgNumberProblem::wrong_check_digit;
    return out;
  }
  out.digits = digits;
  return out;
}

std::string format_org_number(const std::string& digits) {
  if (digits.size() != 10) return digits;
  for (char c : digits)
    if (!std::isdigit(static_cast<unsigned char>(c))) return digits;
  return digits.substr(0, 6) + "-" + digits.substr(6);
}

}  // namespace jamt::registers
