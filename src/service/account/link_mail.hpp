#pragma once
// The texts of the mails that carry a one-time link to choose a password.
// Swedish; never a password.
#include <chrono>
#include <string>

#include "service/mail/mailer.hpp"

namespace jamt::service {

// The invitation to `to`, from `inviter` (an e-mail address), to take part
// as `role_name` ("Kontaktperson") for `organisation` ("" when none), with
// the link of `token` valid kInvitationLinkLifetime from `now`.
MailMessage invitation_mail(const MailSetup& mail, const std::string& to, const std::string& inviter,
                            const std::string& role_name, const std::string& organisation, const std::string& token,
                            std::chrono::sys_seconds now);

// The reset link of `token` for `to`, valid kResetLinkLifetime from `now`.
MailMessage reset_mail(const MailSetup& mail, const std::string& to, const std::string& token,
                       std::chrono::sys_seconds now);

// `t` as Swedish local time for a reader: "7 april 2026 kl. 12.00".
std::string swedish_instant(std::chrono::sys_seconds t);

}  // namespace jamt::service
