#include "domain/registers/field_spec.hpp"

#include <algorithm>
#include <cctype>

#include "domain/i18n/translate.hpp"
#include "domain/registers/label_text.hpp"
#include "domain/regions.hpp"
#include "domain/registers/org_number.hpp"
#include "domain/strategy.hpp"

namespace jamt::registers {

namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Number of characters (UTF-8 code points).
std::size_t length_utf8(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool has_control_characters(const std::string& s, bool allow_newlines) {
  return std::any_of(s.begin(), s.end(), [&](unsigned char c) {
    if (c == '\n' || c == '\t' || c == '\r') return !allow_newlines;
    return c < 0x20 || c == 0x7F;
  });
}

// Checks one present value; returns the normalised value or sets `problem`.
std::string check_value(const FieldSpec& f, const std::string& raw, std::string& problem) {
  std::string v = f.kind == FieldKind::long_text ? raw : trim(raw);
  if (f.kind == FieldKind::long_text) {
    // Keep inner line breaks, drop surrounding blank space.
    v = trim(v);
  }
  if (v.empty()) return v;
  if (has_control_characters(v, f.kind == FieldKind::long_text)) {
    problem = i18n::tr("innehåller otillåtna tecken");
    return v;
  }
  if (length_utf8(v) > f.max_length) {
    problem = i18n::trf("får vara högst {1} tecken", {std::to_string(f.max_length)});
    return v;
  }
  switch (f.kind) {
    case FieldKind::text:
    case FieldKind::long_text:
      return v;
    case FieldKind::date:
      if (!is_iso_date(v)) problem = i18n::tr("ska vara ett datum som 2024-03-31");
      return v;
    case FieldKind::integer:
    case FieldKind::reference: {
      if (!all_digits(v) || v.size() > 12) {
        problem = f.kind == FieldKind::integer ? i18n::tr("ska vara ett heltal, 0 eller större") : i18n::tr("ska vara ett id (ett heltal)");
        return v;
      }
      auto first = v.find_first_not_of('0');
      return first == std::string::npos ? "0" : v.substr(first);
    }
    case FieldKind::boolean: {
      std::string l = fold_case(v);
      if (l == "1" || l == "true" || l == "ja" || l == "on") return "1";
      if (l == "0" || l == "false" || l == "nej" || l == "off") return "0";
      problem = i18n::tr("ska vara ja eller nej");
      return v;
    }
    case FieldKind::url:
      if ((v.rfind("https://", 0) != 0 && v.rfind("http://", 0) != 0) || v.find(' ') != std::string::npos ||
          v.size() < 10)
        problem = i18n::tr("ska vara en webbadress som börjar med https://");
      return v;
    case FieldKind::email: {
      auto at = v.find('@');
      if (at == std::string::npos || at == 0 || v.find('.', at) == std::string::npos || v.find(' ') != std::string::npos ||
          v.back() == '.')
        problem = i18n::tr("ska vara en e-postadress som namn@exempel.se");
      return fold_case(v);
    }
    case FieldKind::phone: {
      bool ok = std::all_of(v.begin(), v.end(), [](unsigned char c) {
        return std::isdigit(c) || c == ' ' || c == '-' || c == '+' || c == '(' || c == ')';
      });
      if (!ok || std::count_if(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c); }) < 5)
        problem = i18n::tr("ska vara ett telefonnummer, till exempel 0480-123 45");
      return v;
    }
    case FieldKind::org_number: {
      auto c = check_org_number(v);
      switch (c.problem) {
        case OrgNumberProblem::none:
          return c.digits;
        case OrgNumberProblem::not_digits:
          problem = i18n::tr("ska bara innehålla siffror, skrivet NNNNNN-NNNN");
          break;
        case OrgNumberProblem::wrong_length:
          problem = i18n::tr("ska ha 10 siffror, skrivet NNNNNN-NNNN");
          break;
        case OrgNumberProblem::wrong_check_digit:
          problem = i18n::tr("har fel kontrollsiffra (den sista siffran stämmer inte med de nio första)");
          break;
      }
      return v;
    }
    case FieldKind::municipality: {
      const Region* r = RegionCatalogue::instance().find(v);
      if (!r || r->level != RegionLevel::municipality) problem = i18n::tr("ska vara en kommunkod, till exempel 0880");
      return v;
    }
    case FieldKind::county:
      if (!RegionCatalogue::instance().find_county(v) &&
          std::none_of(f.choices.begin(), f.choices.end(), [&](const Choice& c) { return c.code == v; }))
        problem = f.choices.empty() ? i18n::tr("ska vara en länskod, till exempel 08")
                                    : i18n::tr("ska vara en länskod, till exempel 08, eller 00 för ett nationellt nätverk");
      return v;
    case FieldKind::choice: {
      for (const auto& c : f.choices)
        if (c.code == v) return v;
      std::string allowed;
      for (const auto& c : f.choices) allowed += (allowed.empty() ? "" : ", ") + c.code;
      problem = i18n::trf("ska vara ett av: {1}", {allowed});
      return v;
    }
  }
  return v;
}

}  // namespace

const FieldSpec* EntitySpec::field(std::string_view name) const {
  for (const auto& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

const std::string& value_of(const Record& record, const std::string& name) {
  static const std::string empty;
  auto it = record.find(name);
  return it == record.end() ? empty : it->second;
}

CheckedRecord check_record(const EntitySpec& spec, const Record& input, bool partial) {
  CheckedRecord out;
  for (const auto& [key, value] : input) {
    const FieldSpec* f = spec.field(key);
    if (!f) {
      out.errors.push_back(validation_error(i18n::trf("okänt fält \"{1}\"", {key}), {}, key));
    } else if (f->system) {
      out.errors.push_back(validation_error(i18n::trf("{1}: kan inte ändras här", {label_text(f->label_sv)}), {}, key));
    }
  }
  for (const auto& f : spec.fields) {
    if (f.system) continue;
    auto it = input.find(f.name);
    if (it == input.end() && partial) continue;
    std::string problem;
    std::string v = it == input.end() ? "" : check_value(f, it->second, problem);
    if (problem.empty() && v.empty() && f.required) problem = i18n::tr("måste fyllas i");
    if (!problem.empty()) out.errors.push_back(validation_error(label_text(f.label_sv) + ": " + problem, {}, f.name));
    out.record[f.name] = v;
  }
  return out;
}

std::string display_value(const FieldSpec& f, const std::string& v) {
  if (v.empty()) return v;
  switch (f.kind) {
    case FieldKind::org_number:
      return format_org_number(v);
    case FieldKind::boolean:
      return v == "1" ? i18n::tr("Ja") : i18n::tr("Nej");
    case FieldKind::choice:
      for (const auto& c : f.choices)
        if (c.code == v) return i18n::tr(c.label_sv);
      return v;
    case FieldKind::municipality:
    case FieldKind::county: {
      const Region* r = RegionCatalogue::instance().find(v);
      return r ? r->name : v;
    }
    default:
      return v;
  }
}

std::string label_text(std::string_view label_sv) {
  std::string shown = i18n::tr(label_sv);
  if (shown != label_sv || i18n::current_language() == i18n::Language::sv) return shown;
  // A label made of two marked parts ("Åtagande: Ledningsbeslut om …").
  auto colon = label_sv.find(": ");
  if (colon != std::string_view::npos)
    return i18n::tr(label_sv.substr(0, colon)) + ": " + i18n::tr(label_sv.substr(colon + 2));
  // A marked label and a number ("Punkt 3").
  auto space = label_sv.rfind(' ');
  if (space != std::string_view::npos && space + 1 < label_sv.size() &&
      label_sv.find_first_not_of("0123456789", space + 1) == std::string_view::npos)
    return i18n::tr(label_sv.substr(0, space)) + std::string(label_sv.substr(space));
  return shown;
}

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      unsigned char n = static_cast<unsigned char>(text[i + 1]);
      // À–Þ (except ×) map to à–þ by adding 0x20 to the second byte.
      if (n >= 0x80 && n <= 0x9E && n != 0x97) n = static_cast<unsigned char>(n + 0x20);
      out += static_cast<char>(c);
      out += static_cast<char>(n);
      ++i;
      continue;
    }
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

}  // namespace jamt::registers
