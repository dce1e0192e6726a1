#include "domain/reporting/period.hpp"

#include <array>

#include "domain/i18n/translate.hpp"

namespace jamt::reporting {

namespace {

using namespace std::chrono;

int periods_per_year(Periodicity p) {
  switch (p) {
    case Periodicity::monthly: return 12;
    case Periodicity::quarterly: return 4;
    case Periodicity::half_yearly: return 2;
    case Periodicity::yearly: return 1;
  }
  return 1;
}

int months_per_period(Periodicity p) { return 12 / periods_per_year(p); }

// "per kvartal, t.ex. 2025Q2": how a period of `p` is written.
std::string example_of(Periodicity p) {
  switch (p) {
    case Periodicity::monthly: return "per månad, t.ex. 2025M04";
    case Periodicity::quarterly: return "per kvartal, t.ex. 2025Q2";
    case Periodicity::half_yearly: return "per halvår, t.ex. 2025H1";
    case Periodicity::yearly: return "per år, t.ex. 2025";
  }
  return "";
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

std::string_view to_string(Periodicity p) {
  switch (p) {
    case Periodicity::monthly: return "monthly";
    case Periodicity::quarterly: return "quarterly";
    case Periodicity::half_yearly: return "half_yearly";
    case Periodicity::yearly: return "yearly";
  }
  return "yearly";
}

std::optional<Periodicity> parse_periodicity(std::string_view text) {
  for (auto p : {Periodicity::monthly, Periodicity::quarterly, Periodicity::half_yearly, Periodicity::yearly})
    if (to_string(p) == text) return p;
  return std::nullopt;
}

std::string_view swedish_name(Periodicity p) {
  switch (p) {
    case Periodicity::monthly: return i18n::N_("månad");
    case Periodicity::quarterly: return i18n::N_("kvartal");
    case Periodicity::half_yearly: return i18n::N_("halvår");
    case Periodicity::yearly: return i18n::N_("år");
  }
  return "år";
}

Result<Period> parse_period(std::string_view text, std::optional<Periodicity> expected, const std::string& field) {
  auto bad = [&](const std::string& why) -> Error {
    return validation_error("Perioden \"" + std::string(text) + "\" " + why, {}, field);
  };
  const std::string forms = "skrivs 2025, 2025H1, 2025Q2 eller 2025M04";
  if (text.size() < 4 || !all_digits(text.substr(0, 4))) return bad("går inte att läsa: en period " + forms);
  Period p;
  p.year = number(text.substr(0, 4));
  auto rest = text.substr(4);
  if (rest.empty()) {
    p.periodicity = Periodicity::yearly;
  } else {
    char kind = rest[0];
    auto digits = rest.substr(1);
    std::size_t width = kind == 'M' ? 2 : 1;
    if (digits.size() != width || !all_digits(digits)) return bad("går inte att läsa: en period " + forms);
    p.index = number(digits);
    if (kind == 'H') p.periodicity = Periodicity::half_yearly;
    else if (kind == 'Q') p.periodicity = Periodicity::quarterly;
    else if (kind == 'M') p.periodicity = Periodicity::monthly;
    else return bad("går inte att läsa: en period " + forms);
    if (p.index < 1 || p.index > periods_per_year(p.periodicity))
      return bad("finns inte: ett år har " + std::to_string(periods_per_year(p.periodicity)) + " " +
                 std::string(swedish_name(p.periodicity)) + (p.periodicity == Periodicity::monthly ? "er" : ""));
  }
  if (p.year < kFirstReportingYear || p.year > kLastReportingYear)
    return bad("har ett år utanför " + std::to_string(kFirstReportingYear) + "–" + std::to_string(kLastReportingYear));
  if (expected && *expected != p.periodicity) return bad("passar inte formuläret, som rapporteras " + example_of(*expected));
  return p;
}

std::string to_string(const Period& p) {
  std::string year = std::to_string(p.year);
  switch (p.periodicity) {
    case Periodicity::yearly: return year;
    case Periodicity::half_yearly: return year + "H" + std::to_string(p.index);
    case Periodicity::quarterly: return year + "Q" + std::to_string(p.index);
    case Periodicity::monthly: return year + "M" + (p.index < 10 ? "0" : "") + std::to_string(p.index);
  }
  return year;
}

year_month_day start_date(const Period& p) {
  int first_month = (p.index - 1) * months_per_period(p.periodicity) + 1;
  return year{p.year} / month{static_cast<unsigned>(first_month)} / day{1};
}

year_month_day end_date(const Period& p) {
  int last_month = p.index * months_per_period(p.periodicity);
  return year_month_day{year{p.year} / month{static_cast<unsigned>(last_month)} / last};
}

year_month_day due_date(const Period& p, int due_days) {
  return year_month_day{sys_days{end_date(p)} + days{due_days}};
}

bool is_open(const Period& p, year_month_day today) { return sys_days{today} >= sys_days{start_date(p)}; }

bool is_late(const Period& p, int due_days, year_month_day day) {
  return sys_days{day} > sys_days{due_date(p, due_days)};
}

Period next_period(const Period& p) {
  Period n = p;
  if (p.index < periods_per_year(p.periodicity)) {
    ++n.index;
  } else {
    ++n.year;
    n.index = 1;
  }
  return n;
}

}  // namespace jamt::reporting
