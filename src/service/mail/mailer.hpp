#pragma once
// The one way Jämt sends e-mail: a Mailer, with two transports — SMTP
// through libcurl (smtp_mailer.hpp) and an outbox folder of .eml files
// (outbox_mailer.hpp). Every feature that mails takes a Mailer& and builds a
// MailMessage; docs/mail.md says how `jamt serve` picks the transport.
#include <chrono>
#include <string>

#include "domain/result.hpp"

namespace jamt::service {

class BackgroundQueue;

// One plain-text message to one recipient. `date` is when it was written,
// by the database's clock (db.clock().now()), so tests at fixed dates see
// fixed Date headers. Texts are UTF-8.
struct MailMessage {
  std::string to;
  std::string subject;
  std::string body;
  std::chrono::sys_seconds date{};
};

class Mailer {
 public:
  virtual ~Mailer() = default;
  // Sends `message`. Ok once the transport has accepted it (the SMTP server
  // said 250, or the .eml file is in place). On failure the reason is logged
  // and returned as an Error "io"; no transport drops a message silently
  // (SMTP falls back to its outbox, docs/mail.md). Thread-safe.
  virtual Status send(const MailMessage& message) = 0;
  // Where mail goes, for the log: "smtp://host:port" or "outbox /path".
  virtual std::string describe() const = 0;
};

// What a feature needs to mail a link: the transport, and the address the
// site is reached at, without a trailing slash ("https://jamt.example.se";
// `jamt serve --public-url`). Links are built from this, never from the
// request's Host header, which the sender of the request chooses.
struct MailSetup {
  Mailer& mailer;
  std::string site_url;
  // Where work runs that must not delay an answer (BackgroundQueue); with
  // nullptr it runs before the answer (the command line, simple tests).
  BackgroundQueue* background = nullptr;
};

}  // namespace jamt::service
