#include "service/account/link_mail.hpp"

#include <cstdio>

#include "domain/clock.hpp"
#include "service/account/password_links.hpp"

namespace jamt::service {

std::string swedish_instant(std::chrono::sys_seconds t) {
  using namespace std::chrono;
  static const char* months[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                 "juli",    "augusti",  "september", "oktober", "november", "december"};
  auto local = t + stockholm_offset(t);
  auto day = floor<days>(local);
  year_month_day ymd{day};
  hh_mm_ss hms{local - day};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%u %s %d kl. %02d.%02d", static_cast<unsigned>(ymd.day()),
                months[static_cast<unsigned>(ymd.month()) - 1], static_cast<int>(ymd.year()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()));
  return buf;
}

MailMessage invitation_mail(const MailSetup& mail, const std::string& to, const std::string& inviter,
                            const std::string& role_name, const std::string& organisation, const std::string& token,
                            std::chrono::sys_seconds now) {
  std::string body = "Hej!\n\n" + inviter + " har bjudit in dig till Jämt, länsstyrelsens verktyg för arbetet med " +
                     "jämställdhetsstrategin, som " + role_name + (organisation.empty() ? "" : " för " + organisation) +
                     ".\n\nVälj ditt lösenord på den här länken:\n\n" + password_link_url(mail, token) +
                     "\n\nLänken kan användas en gång och gäller till " + swedish_instant(now + kInvitationLinkLifetime) +
                     ". Därefter loggar du in med din e-postadress " + to +
                     ".\n\nJämt skickar aldrig lösenord med e-post. Om du inte väntade dig den här inbjudan kan du "
                     "bortse från den.\n\n-- \nJämt\n";
  return MailMessage{.to = to, .subject = "Inbjudan till Jämt – välj ditt lösenord", .body = body, .date = now};
}

MailMessage reset_mail(const MailSetup& mail, const std::string& to, const std::string& token,
                       std::chrono::sys_seconds now) {
  std::string body = "Hej!\n\nNågon, förhoppningsvis du, har bett om ett nytt lösenord till Jämt för " + to +
                     ".\n\nVälj ett nytt lösenord på den här länken:\n\n" + password_link_url(mail, token) +
                     "\n\nLänken kan användas en gång och gäller till " + swedish_instant(now + kResetLinkLifetime) +
                     ". Ditt nuvarande lösenord fungerar tills du har valt ett nytt.\n\n"
                     "Om du inte bad om det här kan du bortse från meddelandet.\n\n-- \nJämt\n";
  return MailMessage{.to = to, .subject = "Nytt lösenord till Jämt", .body = body, .date = now};
}

}  // namespace jamt::service
