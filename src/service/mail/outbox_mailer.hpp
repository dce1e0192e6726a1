#pragma once
// The transport without a mail server: each message becomes one .eml file
// (RFC 5322) in an outbox folder, for an administrator to read or for
// another program to pick up (docs/mail.md).
#include <filesystem>
#include <string>

#include "service/mail/mailer.hpp"

namespace jamt::service {

class OutboxMailer final : public Mailer {
 public:
  // Writes into `folder` (created on the first send when missing) with
  // `from` as sender ("jamt@localhost" by default in `jamt serve`).
  OutboxMailer(std::filesystem::path folder, std::string from);

  // Writes "<date>-<random>.eml" atomically: the message goes to a hidden
  // ".tmp" file in the folder first and is renamed into place, so a reader
  // never sees half a message. Error "io" naming the folder when it cannot
  // be written. Thread-safe.
  Status send(const MailMessage& message) override;
  std::string describe() const override;

  // The folder written to.
  const std::filesystem::path& folder() const { return folder_; }

 private:
  std::filesystem::path folder_;
  std::string from_;
};

}  // namespace jamt::service
