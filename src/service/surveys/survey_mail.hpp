#pragma once
// The texts of the mails that carry a respondent's personal survey link.
// Swedish; the link is mail.site_url + "/enkat/" + token.
#include <chrono>
#include <string>

#include "domain/surveys/survey.hpp"
#include "service/mail/mailer.hpp"

namespace jamt::service {

// The personal link of `token`: site_url + "/enkat/" + token.
std::string survey_link_url(const MailSetup& mail, const std::string& token);

// The invitation to answer `survey`, to `to` (greeted by `name` when given).
MailMessage survey_invitation_mail(const MailSetup& mail, const surveys::Survey& survey, const std::string& to,
                                   const std::string& name, const std::string& token, std::chrono::sys_seconds now);

// A reminder to answer `survey`, with a new personal link (the older ones
// keep working).
MailMessage survey_reminder_mail(const MailSetup& mail, const surveys::Survey& survey, const std::string& to,
                                 const std::string& name, const std::string& token, std::chrono::sys_seconds now);

}  // namespace jamt::service
