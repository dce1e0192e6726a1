#pragma once
// Lists of IP addresses and networks (CIDR) from the operator's settings:
// who may read /metrics besides the machine itself, and which front proxies
// are trusted to say who the client is (docs/operations.md).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace jamt::operations {

// One address or network: 16 bytes (an IPv4 address is held as
// ::ffff:a.b.c.d) and how many leading bits must match.
struct Network {
  std::array<std::uint8_t, 16> bytes{};
  int prefix_bits = 128;
};

// `text` as a 16-byte address ("10.1.2.3", "::1", "::ffff:10.1.2.3"), or
// nullopt when it is not an IP address.
std::optional<std::array<std::uint8_t, 16>> parse_address(std::string_view text);

// Whether `address` is a loopback address (127.0.0.0/8 or ::1, also as
// ::ffff:127.x.y.z). False for anything that is not an address.
bool is_loopback(std::string_view address);

// The key under which failed logins from `address` are counted: an IPv6
// address's /64 network ("2001:db8:0:1::/64"), since one subscriber holds a
// whole /64 and could otherwise step through its addresses; an IPv4 address
// (also as ::ffff:a.b.c.d) as it is; anything else unchanged.
std::string throttle_key(std::string_view address);

class AddressList {
 public:
  // The list in `text`: addresses or networks ("10.0.0.0/8", "fd00::/8")
  // separated by commas and/or spaces; "" is the empty list. Error
  // "validation" naming the first entry that is not one.
  static Result<AddressList> parse(std::string_view text);

  // Whether `address` (as the socket reports it) is in one of the networks.
  // False for anything that is not an address.
  bool contains(std::string_view address) const;
  bool empty() const { return networks_.empty(); }

 private:
  std::vector<Network> networks_;
};

}  // namespace jamt::operations
