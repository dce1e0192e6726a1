#include "domain/statistics/dimension_mapping.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "domain/regions.hpp"

namespace jamt::stats {

namespace {

// Lower-cases ASCII and the Swedish capitals Å, Ä, Ö, É in UTF-8.
std::string lower(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = s[i + 1];
      if (d == 0x85 || d == 0x84 || d == 0x96 || d == 0x89) d += 0x20;  // Å Ä Ö É → å ä ö é
      out += static_cast<char>(c);
      out += static_cast<char>(d);
      ++i;
    } else {
      out += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct RegionNames {
  std::map<std::string, std::string> by_name;          // lower-case full name → code
  std::map<std::string, std::string> county_short;     // "kalmar" → "08" (name without " län")
};

const RegionNames& region_names() {
  static const RegionNames names = [] {
    RegionNames n;
    for (const auto& r : RegionCatalogue::instance().all()) {
      n.by_name[lower(r.name)] = r.code;
      if (r.level == RegionLevel::county) {
        std::string l = lower(r.name);
        for (const char* suffix : {" läns", " län"})
          if (l.size() > std::string(suffix).size() && l.ends_with(suffix)) {
            std::string base = l.substr(0, l.size() - std::string(suffix).size());
            n.county_short[base] = r.code;
            break;
          }
      }
    }
    for (const char* nation : {"riket", "hela riket", "sverige", "sweden", "the whole country", "whole country"})
      n.by_name[nation] = "00";
    return n;
  }();
  return names;
}

// Codes that Statistics Sweden has changed, old → current, so older tables
// map onto today's regions. Heby moved from Västmanlands län (19) to Uppsala
// län (03) on 2007-01-01 and changed code from 1917 to 0331.
std::optional<std::string> current_code(std::string_view old_code) {
  if (old_code == "1917") return "0331";
  return std::nullopt;
}

std::optional<std::string> region_from_code(std::string_view code) {
  if (!all_digits(code)) return std::nullopt;
  if (code == "0" || code == "00" || code == "0000") return "00";
  if (RegionCatalogue::instance().find(code)) return std::string(code);
  return current_code(code);
}

std::optional<std::string> region_from_name(const std::string& text) {
  const auto& n = region_names();
  std::string l = lower(trim(text));
  if (auto it = n.by_name.find(l); it != n.by_name.end()) return it->second;
  // "Kalmar county", "Kalmar läns landsting": a county name plus a suffix.
  for (const char* suffix : {" county", " län", " läns"})
    if (l.ends_with(suffix)) {
      std::string base = l.substr(0, l.size() - std::string(suffix).size());
      if (auto it = n.county_short.find(base); it != n.county_short.end()) return it->second;
    }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> map_region(const Category& c) {
  std::string code = trim(c.code);
  if (auto r = region_from_code(code)) return r;
  for (const std::string& text : {code, trim(c.label)}) {
    // "08 Kalmar county", "0880 Kalmar": a leading code decides.
    auto space = text.find(' ');
    if (space != std::string::npos) {
      if (auto r = region_from_code(text.substr(0, space))) return r;
    }
    if (auto r = region_from_name(text)) return r;
  }
  return std::nullopt;
}

std::optional<Sex> map_sex(const Category& c) {
  static const std::map<std::string, Sex> words{
      {"1", Sex::men},          {"2", Sex::women},        {"1+2", Sex::total},     {"t", Sex::total},
      {"tot", Sex::total},      {"k", Sex::women},        {"m", Sex::men},         {"f", Sex::women},
      {"kvinnor", Sex::women},  {"kvinna", Sex::women},   {"women", Sex::women},   {"woman", Sex::women},
      {"female", Sex::women},   {"females", Sex::women},  {"flickor", Sex::women}, {"män", Sex::men},
      {"man", Sex::men},        {"men", Sex::men},        {"male", Sex::men},      {"males", Sex::men},
      {"pojkar", Sex::men},     {"totalt", Sex::total},   {"total", Sex::total},   {"samtliga", Sex::total},
      {"båda könen", Sex::total}, {"both sexes", Sex::total}, {"män och kvinnor", Sex::total},
      {"kvinnor och män", Sex::total}, {"men and women", Sex::total}, {"women and men", Sex::total},
      {"totalt kön", Sex::total}, {"alla", Sex::total},
      // SCB's PxWebApi 2 tables (TAB6471, population per month).
      {"totsa", Sex::total}, {"totalt, samtliga män och kvinnor", Sex::total}};
  for (const std::string& text : {lower(trim(c.code)), lower(trim(c.label))}) {
    if (auto it = words.find(text); it != words.end()) return it->second;
  }
  return std::nullopt;
}

std::optional<std::string> map_period(const Category& c, std::string_view scale) {
  for (const std::string& raw : {trim(c.code), trim(c.label)}) {
    std::string t;
    for (char ch : raw)
      if (ch != '-' && ch != ' ') t += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (t.size() < 4 || !all_digits(t.substr(0, 4))) continue;
    std::string year = t.substr(0, 4), rest = t.substr(4);
    if (rest.empty()) {
      if (scale.empty() || scale == "A1") return year;
      continue;
    }
    char kind = rest[0];
    std::string num = rest.substr(1);
    if (all_digits(rest)) {  // "202403" or "20241": decide by the scale
      num = rest;
      kind = scale == "M1" ? 'M' : scale == "Q1" ? 'Q' : scale == "H1" ? 'H' : scale == "W1" ? 'W' : '?';
    }
    if (!all_digits(num)) continue;
    int n = std::stoi(num);
    if ((kind == 'K' || kind == 'Q') && n >= 1 && n <= 4) return year + "Q" + std::to_string(n);
    if (kind == 'H' && n >= 1 && n <= 2) return year + "H" + std::to_string(n);
    if (kind == 'M' && n >= 1 && n <= 12) return year + "M" + (n < 10 ? "0" : "") + std::to_string(n);
    if (kind == 'W' && n >= 1 && n <= 53) return year + "W" + (n < 10 ? "0" : "") + std::to_string(n);
  }
  return std::nullopt;
}

DimensionParts find_dimension_parts(const Dataset& d) {
  DimensionParts p;
  auto named = [](const Dimension& dim, std::initializer_list<const char*> words) {
    std::string id = lower(dim.id), label = lower(dim.label);
    for (const char* w : words)
      if (id == w || label == w) return true;
    return false;
  };
  for (int i = 0; i < static_cast<int>(d.dimensions.size()); ++i) {
    const Dimension& dim = d.dimensions[i];
    if (p.metric < 0 && dim.role == DimensionRole::metric) p.metric = i;
    else if (p.time < 0 && (dim.role == DimensionRole::time ||
                            named(dim, {"tid", "år", "year", "time", "period", "månad", "month", "kvartal", "quarter"})))
      p.time = i;
    else if (p.region < 0 && (dim.role == DimensionRole::geo ||
                              named(dim, {"region", "län", "kommun", "county", "municipality", "område", "area",
                                          "geo", "ou", "reporting area"})))
      p.region = i;
    else if (p.sex < 0 && named(dim, {"kön", "kon", "sex", "gender", "kön/sex"}))
      p.sex = i;
  }
  return p;
}

}  // namespace jamt::stats
