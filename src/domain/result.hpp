#pragma once
// Result<T>: the value of an operation that can fail in an expected way
// (bad input, missing record, database refusal). Bugs are not Results.
#include <cassert>
#include <iosfwd>
#include <string>
#include <utility>
#include <variant>

namespace jamt {

// The kinds of expected failure. The web layer maps each onto an HTTP status
// in one exhaustive switch (web/http/json_response.cpp), so a new kind does
// not compile until it has a status.
enum class ErrorKind {
  validation,    // bad input: the message says what, `field`/`where` say where
  not_found,     // no such record (for someone who may know that)
  conflict,      // the record exists already, or is in use
  missing_reference,  // a reference the database refused: the record it names does not exist
  unauthorized,  // log in first
  forbidden,     // logged in but not allowed
  csrf,          // a state-changing form or request without its token
  throttled,     // too many failed attempts
  parse,         // a file or body that cannot be read
  io,            // reading or writing a file or socket failed
  database,      // the database refused or is unreachable
  internal,      // a bug or an impossible state; logged, never shown in detail
};

// The machine-readable name of a kind, as the API writes it ("validation").
const char* to_code(ErrorKind kind);

// For test failure messages: the name of the kind.
std::ostream& operator<<(std::ostream& out, ErrorKind kind);

// What went wrong and where. `code` is the kind; `message` says what is
// wrong in words a user understands; `where` names the place: "file.px:12",
// a JSON path "$.goals[0].title", or empty; `field` names the form or API
// field the message belongs beside, or is empty.
struct Error {
  ErrorKind code = ErrorKind::internal;
  std::string message;
  std::string where;
  std::string field;

  // "where: message", or just the message when `where` is empty.
  std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

// Shorthands for the common error kinds.
inline Error validation_error(std::string message, std::string where = {}, std::string field = {}) {
  return Error{ErrorKind::validation, std::move(message), std::move(where), std::move(field)};
}
inline Error not_found_error(std::string message) { return Error{ErrorKind::not_found, std::move(message), {}, {}}; }
inline Error conflict_error(std::string message) { return Error{ErrorKind::conflict, std::move(message), {}, {}}; }

// Holds either a T or an Error. Accessing the wrong alternative is a bug and
// asserts. Cheap to move; not thread-safe to share while being mutated.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}       // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(state_); }
  const T& value() const& { assert(ok()); return std::get<0>(state_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// Result of an operation that yields nothing but may fail.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { assert(!ok_); return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

}  // namespace jamt
