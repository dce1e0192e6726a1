#include "service/surveys/survey_mail.hpp"

namespace jamt::service {

namespace {

std::string closing(const MailSetup& mail, const std::string& token, bool anonymous) {
  return "\n\n" + survey_link_url(mail, token) +
         "\n\nLänken är personlig. Du kan spara dina svar och fortsätta senare, tills du skickar in dem." +
         (anonymous ? std::string(" Enkäten är anonym: när du har skickat in dina svar går de inte att koppla till dig.")
                    : std::string()) +
         "\n\nVill du inte delta kan du tacka nej på samma sida, så får du inga fler påminnelser.\n\n-- \nJämt\n";
}

}  // namespace

std::string survey_link_url(const MailSetup& mail, const std::string& token) {
  return mail.site_url + "/enkat/" + token;
}

MailMessage survey_invitation_mail(const MailSetup& mail, const surveys::Survey& survey, const std::string& to,
                                   const std::string& name, const std::string& token, std::chrono::sys_seconds now) {
  std::string body = "Hej" + (name.empty() ? std::string() : " " + name) + "!\n\nDu är inbjuden att svara på enkäten \"" +
                     survey.title + "\". Svara på den här länken:" + closing(mail, token, survey.anonymous);
  return MailMessage{.to = to, .subject = "Enkät: " + survey.title, .body = body, .date = now};
}

MailMessage survey_reminder_mail(const MailSetup& mail, const surveys::Survey& survey, const std::string& to,
                                 const std::string& name, const std::string& token, std::chrono::sys_seconds now) {
  std::string body = "Hej" + (name.empty() ? std::string() : " " + name) + "!\n\nPåminnelse: vi har inte fått dina svar på enkäten \"" +
                     survey.title + "\". Svara på den här länken:" + closing(mail, token, survey.anonymous);
  return MailMessage{.to = to, .subject = "Påminnelse – enkät: " + survey.title, .body = body, .date = now};
}

}  // namespace jamt::service
