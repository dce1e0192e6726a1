#include "domain/result.hpp"

#include <ostream>

namespace jamt {

const char* to_code(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::validation: return "validation";
    case ErrorKind::not_found: return "not_found";
    case ErrorKind::conflict: return "conflict";
    case ErrorKind::missing_reference: return "missing_reference";
    case ErrorKind::unauthorized: return "unauthorized";
    case ErrorKind::forbidden: return "forbidden";
    case ErrorKind::csrf: return "csrf";
    case ErrorKind::throttled: return "throttled";
    case ErrorKind::parse: return "parse";
    case ErrorKind::io: return "io";
    case ErrorKind::database: return "database";
    case ErrorKind::internal: return "internal";
  }
  return "internal";
}

std::ostream& operator<<(std::ostream& out, ErrorKind kind) { return out << to_code(kind); }

}  // namespace jamt
