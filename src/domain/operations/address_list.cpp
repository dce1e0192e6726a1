#include "domain/operations/address_list.hpp"

#include <cstdio>

#include <arpa/inet.h>

#include <cstring>

namespace jamt::operations {

std::optional<std::array<std::uint8_t, 16>> parse_address(std::string_view text) {
  std::string s(text);
  // A bracketed IPv6 address as in a URL, or a zone ("fe80::1%eth0").
  if (s.size() > 2 && s.front() == '[' && s.back() == ']') s = s.substr(1, s.size() - 2);
  if (auto pct = s.find('%'); pct != std::string::npos) s.resize(pct);
  std::array<std::uint8_t, 16> out{};
  in_addr v4{};
  if (inet_pton(AF_INET, s.c_str(), &v4) == 1) {
    out[10] = 0xff;
    out[11] = 0xff;
    std::memcpy(out.data() + 12, &v4, 4);
    return out;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, s.c_str(), &v6) == 1) {
    std::memcpy(out.data(), &v6, 16);
    return out;
  }
  return std::nullopt;
}

namespace {

bool is_v4_mapped(const std::array<std::uint8_t, 16>& a) {
  for (int i = 0; i < 10; ++i)
    if (a[i] != 0) return false;
  return a[10] == 0xff && a[11] == 0xff;
}

bool matches(const Network& n, const std::array<std::uint8_t, 16>& a) {
  int bits = n.prefix_bits;
  for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const std::uint8_t mask = bits >= 8 ? 0xff : static_cast<std::uint8_t>(0xff << (8 - bits));
    if ((a[i] & mask) != (n.bytes[i] & mask)) return false;
  }
  return true;
}

}  // namespace

bool is_loopback(std::string_view address) {
  auto a = parse_address(address);
  if (!a) return false;
  if (is_v4_mapped(*a)) return (*a)[12] == 127;
  for (int i = 0; i < 15; ++i)
    if ((*a)[i] != 0) return false;
  return (*a)[15] == 1;
}

std::string throttle_key(std::string_view address) {
  auto a = parse_address(address);
  if (!a || is_v4_mapped(*a)) return std::string(address);
  std::string out;
  for (int group = 0; group < 4; ++group) {
    const unsigned value = static_cast<unsigned>((*a)[2 * group] << 8) | (*a)[2 * group + 1];
    char hex[8];
    std::snprintf(hex, sizeof hex, "%x", value);
    out += hex;
    out += ':';
  }
  return out + ":/64";
}

Result<AddressList> AddressList::parse(std::string_view text) {
  AddressList list;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ',' || text[i] == ' ' || text[i] == '\t')) ++i;
    std::size_t end = i;
    while (end < text.size() && text[end] != ',' && text[end] != ' ' && text[end] != '\t') ++end;
    if (end == i) break;
    const std::string entry(text.substr(i, end - i));
    i = end;
    const auto slash = entry.find('/');
    auto address = parse_address(entry.substr(0, slash));
    if (!address)
      return validation_error("\"" + entry + "\" is not an IP address or network (such as 10.0.0.5, 10.0.0.0/8 or fd00::/8)");
    Network n{.bytes = *address, .prefix_bits = 128};
    if (slash != std::string::npos) {
      const std::string bits_text = entry.substr(slash + 1);
      const int max_bits = is_v4_mapped(*address) && entry.find(':') == std::string::npos ? 32 : 128;
      int bits = -1;
      if (!bits_text.empty() && bits_text.size() <= 3 && bits_text.find_first_not_of("0123456789") == std::string::npos)
        bits = std::stoi(bits_text);
      if (bits < 0 || bits > max_bits)
        return validation_error("\"" + entry + "\": the prefix length after / must be 0–" + std::to_string(max_bits));
      n.prefix_bits = max_bits == 32 ? 96 + bits : bits;
    }
    list.networks_.push_back(n);
  }
  return list;
}

bool AddressList::contains(std::string_view address) const {
  auto a = parse_address(address);
  if (!a) return false;
  for (const auto& n : networks_)
    if (matches(n, *a)) return true;
  return false;
}

}  // namespace jamt::operations
