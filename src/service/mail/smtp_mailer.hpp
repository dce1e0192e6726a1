#pragma once
// The transport through a mail server: SMTP with libcurl. A message the
// server does not take is kept in a fallback outbox folder, so nothing is
// lost (docs/mail.md).
#include <memory>
#include <string>

#include "service/mail/mailer.hpp"
#include "service/mail/outbox_mailer.hpp"

namespace jamt::service {

class SmtpMailer final : public Mailer {
 public:
  // Sends through `url` ("smtp://host:port", or "smtps://…"; user and
  // password may be in the URL) with `from` as sender and envelope sender.
  // `fallback` receives every message the server refuses or cannot be
  // reached for; it must not be null.
  SmtpMailer(std::string url, std::string from, std::unique_ptr<OutboxMailer> fallback);

  // Ok when the server accepted the message. Otherwise logs the reason,
  // writes the message to the fallback outbox (and logs where) and returns
  // Error "io" saying both. Each call opens its own connection (10 s to
  // connect, 30 s in all); thread-safe.
  Status send(const MailMessage& message) override;
  // The URL without user and password.
  std::string describe() const override;

 private:
  std::string url_;
  std::string from_;
  std::unique_ptr<OutboxMailer> fallback_;
};

// Makes libcurl ready for use from many threads; call once from main before
// any thread starts (curl_global_init is not thread-safe).
void init_mail_transport();

}  // namespace jamt::service
