#pragma once
// Writing a MailMessage as an RFC 5322 message: headers (Date, Message-ID,
// From, To, Subject, MIME-Version, Content-Type, Content-Transfer-Encoding)
// and a quoted-printable UTF-8 body. Pure functions, no I/O.
#include <string>
#include <string_view>

#include "service/mail/mailer.hpp"

namespace jamt::service {

// `text` as an RFC 2047 encoded-word ("=?UTF-8?B?…?=", split into words of
// at most 75 characters on UTF-8 character boundaries, joined by CRLF SP),
// or `text` itself when it is printable ASCII without "=?".
std::string encode_header_word(std::string_view text);

// `text` (UTF-8) as quoted-printable (RFC 2045): lines end in CRLF, no line
// is longer than 76 characters, "=" and bytes outside printable ASCII are
// escaped, as are spaces and tabs at the end of a line.
std::string quoted_printable(std::string_view text);

// `t` as an RFC 5322 date in UTC: "Tue, 31 Mar 2026 10:00:00 +0000".
std::string rfc5322_date(std::chrono::sys_seconds t);

// A fresh Message-ID "<random hex@domain of from>" (random from OpenSSL).
std::string new_message_id(std::string_view from);

// The whole message, CRLF line ends, with `from` as sender and
// `message_id` (angle brackets included) as its Message-ID.
std::string render_rfc5322(const MailMessage& message, std::string_view from, std::string_view message_id);

// The address part of a header value: "a@b" of "Name <a@b>" or of "a@b".
std::string address_of(std::string_view mailbox);

// Whether `address` can be put in a header and an SMTP envelope: no
// control characters, no CR or LF, no "<", ">", ",", one "@". Recipients
// are validated before; this is the transports' last line of defence
// against header injection.
bool safe_address(std::string_view address);

}  // namespace jamt::service
