#include "service/statistics_fetch/source_address.hpp"

#include <cctype>

namespace jamt::service {

namespace {

std::string trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string url_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else if (s[i] == '+') {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string> codes_of(const std::string& list) {
  std::vector<std::string> out;
  for (const auto& c : split(list, ',')) {
    std::string code = trim(c);
    if (!code.empty()) out.push_back(code);
  }
  return out;
}

bool is_kpi_id(const std::string& s) {
  if (s.size() != 6 || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  for (std::size_t i = 1; i < s.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

bool is_table_id(const std::string& s) {
  if (s.empty() || s.size() > 40) return false;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

Error address_error(const std::string& message, const FetchEndpoints& endpoints) {
  return validation_error(message + ". Klistra in adressen till en tabell i SCB:s API (" + endpoints.scb +
                              "/tables/TAB638/data?lang=sv) eller ett nyckeltal i Koladas API (" + endpoints.kolada +
                              "/data/kpi/N00945/municipality/0880/year/2023), eller bara nyckeltalets id (N00945)",
                          {}, "address");
}

Result<SourceAddress> parse_scb(const std::string& rest, const FetchEndpoints& endpoints) {
  SourceAddress out{.kind = "scb", .base_url = endpoints.scb, .table_id = {}};
  std::string path = rest, query;
  if (auto q = rest.find('?'); q != std::string::npos) {
    path = rest.substr(0, q);
    query = rest.substr(q + 1);
  }
  if (path.rfind("/tables/", 0) != 0) return address_error("adressen till SCB saknar /tables/TABELL", endpoints);
  auto parts = split(path.substr(8), '/');
  out.table_id = parts[0];
  if (!is_table_id(out.table_id)) return address_error("\"" + out.table_id + "\" är inget tabell-id", endpoints);
  if (parts.size() > 2 || (parts.size() == 2 && parts[1] != "data" && parts[1] != "metadata" && !parts[1].empty()))
    return address_error("adressen ska sluta med /tables/" + out.table_id + ", /data eller /metadata", endpoints);
  for (const auto& pair : split(query, '&')) {
    auto eq = pair.find('=');
    if (eq == std::string::npos) continue;
    std::string key = url_decode(pair.substr(0, eq));
    std::string lower = key;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.rfind("valuecodes[", 0) != 0 || key.back() != ']') continue;
    std::string variable = key.substr(11, key.size() - 12);
    auto codes = codes_of(url_decode(pair.substr(eq + 1)));
    if (!variable.empty() && !codes.empty()) out.selection.emplace_back(variable, codes);
  }
  return out;
}

Result<SourceAddress> parse_kolada(const std::string& rest, const FetchEndpoints& endpoints) {
  SourceAddress out{.kind = "kolada", .base_url = endpoints.kolada, .table_id = {}};
  std::string path = rest.substr(0, rest.find('?'));
  if (path.rfind("/data/kpi/", 0) != 0)
    return address_error("adressen till Kolada ska ha formen /data/kpi/NYCKELTAL/…", endpoints);
  auto parts = split(path.substr(10), '/');
  out.table_id = parts[0];
  if (!is_kpi_id(out.table_id))
    return address_error("\"" + out.table_id + "\" är inget id för ett nyckeltal i Kolada", endpoints);
  for (std::size_t i = 1; i + 1 < parts.size(); i += 2) {
    if (parts[i] != "municipality" && parts[i] != "year")
      return address_error("Kolada-adressen kan bara välja municipality och year, inte \"" + parts[i] + "\"",
                           endpoints);
    out.selection.emplace_back(parts[i], codes_of(url_decode(parts[i + 1])));
  }
  if (parts.size() % 2 == 0 && !parts.back().empty())
    return address_error("\"" + parts.back() + "\" i Kolada-adressen saknar sina värden", endpoints);
  return out;
}

}  // namespace

Result<SourceAddress> parse_source_address(const std::string& text, const FetchEndpoints& endpoints) {
  std::string address = trim(text);
  if (address.empty()) return validation_error("Skriv in adressen till tabellen eller nyckeltalet.", {}, "address");
  if (is_kpi_id(address)) return SourceAddress{.kind = "kolada", .base_url = endpoints.kolada, .table_id = address};
  auto starts = [&](const std::string& base) {
    return address.size() > base.size() && address.rfind(base, 0) == 0 && address[base.size()] == '/';
  };
  if (starts(endpoints.scb)) return parse_scb(address.substr(endpoints.scb.size()), endpoints);
  if (starts(endpoints.kolada)) return parse_kolada(address.substr(endpoints.kolada.size()), endpoints);
  return address_error("\"" + address + "\" är ingen adress som Jämt hämtar från", endpoints);
}

Result<Selection> parse_selection(const std::string& text) {
  Selection out;
  std::string normalised = text;
  for (char& c : normalised)
    if (c == '\n' || c == '\r') c = ';';
  for (const auto& raw : split(normalised, ';')) {
    std::string entry = trim(raw);
    if (entry.empty()) continue;
    auto eq = entry.find('=');
    if (eq == std::string::npos)
      return validation_error("\"" + entry + "\" saknar \"=\": skriv variabel=kod1,kod2, t.ex. Region=0880,0881", {},
                              "selection");
    std::string variable = trim(entry.substr(0, eq));
    auto codes = codes_of(entry.substr(eq + 1));
    if (variable.empty()) return validation_error("\"" + entry + "\" saknar variabelns namn före \"=\"", {}, "selection");
    if (codes.empty()) return validation_error("variabeln " + variable + " saknar koder efter \"=\"", {}, "selection");
    for (const auto& [seen, _] : out)
      if (seen == variable) return validation_error("variabeln " + variable + " står två gånger", {}, "selection");
    out.emplace_back(variable, codes);
  }
  return out;
}

std::string selection_text(const Selection& selection) {
  std::string out;
  for (const auto& [variable, codes] : selection) {
    if (!out.empty()) out += ';';
    out += variable + "=";
    for (std::size_t i = 0; i < codes.size(); ++i) out += (i ? "," : "") + codes[i];
  }
  return out;
}

Selection merge_selection(Selection base, const Selection& extra) {
  for (const auto& [variable, codes] : extra) {
    bool replaced = false;
    for (auto& [name, old] : base)
      if (name == variable) {
        old = codes;
        replaced = true;
      }
    if (!replaced) base.emplace_back(variable, codes);
  }
  return base;
}

}  // namespace jamt::service
