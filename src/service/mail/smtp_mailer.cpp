#include "service/mail/smtp_mailer.hpp"

#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <cstring>

#include "service/mail/rfc5322.hpp"

namespace jamt::service {

namespace {

struct Upload {
  const std::string* data;
  std::size_t offset = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* up = static_cast<Upload*>(user);
  std::size_t room = size * count, left = up->data->size() - up->offset;
  std::size_t n = left < room ? left : room;
  std::memcpy(buffer, up->data->data() + up->offset, n);
  up->offset += n;
  return n;
}

// `url` without "user:password@".
std::string without_credentials(const std::string& url) {
  auto scheme = url.find("://");
  auto at = url.find('@', scheme == std::string::npos ? 0 : scheme + 3);
  if (scheme == std::string::npos || at == std::string::npos) return url;
  return url.substr(0, scheme + 3) + url.substr(at + 1);
}

}  // namespace

void init_mail_transport() { curl_global_init(CURL_GLOBAL_DEFAULT); }

SmtpMailer::SmtpMailer(std::string url, std::string from, std::unique_ptr<OutboxMailer> fallback)
    : url_(std::move(url)), from_(std::move(from)), fallback_(std::move(fallback)) {}

std::string SmtpMailer::describe() const { return without_credentials(url_); }

Status SmtpMailer::send(const MailMessage& message) {
  std::string failure;
  if (!safe_address(message.to)) {
    failure = "the recipient is not a plain e-mail address";
  } else {
    std::string data = render_rfc5322(message, from_, new_message_id(from_));
    Upload upload{&data};
    char error_text[CURL_ERROR_SIZE] = "";
    CURL* curl = curl_easy_init();
    if (!curl) {
      failure = "libcurl could not start";
    } else {
      std::string sender = "<" + address_of(from_) + ">";
      std::string recipient = "<" + message.to + ">";
      curl_slist* recipients = curl_slist_append(nullptr, recipient.c_str());
      curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
      curl_easy_setopt(curl, CURLOPT_MAIL_FROM, sender.c_str());
      curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
      curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
      curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
      curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
      curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(data.size()));
      curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text);
      curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
      curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
      curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
      CURLcode rc = curl_easy_perform(curl);
      if (rc != CURLE_OK) failure = *error_text ? std::string(error_text) : curl_easy_strerror(rc);
      curl_slist_free_all(recipients);
      curl_easy_cleanup(curl);
    }
  }
  if (failure.empty()) {
    spdlog::info("mail to {} sent through {}", message.to, describe());
    return {};
  }
  std::string text = "mail to " + message.to + " (\"" + message.subject + "\") not sent through " + describe() + ": " +
                     failure;
  spdlog::error("{}", text);
  if (Status kept = fallback_->send(message); kept) {
    spdlog::warn("mail to {} kept in the {} instead", message.to, fallback_->describe());
    text += "; kept in the " + fallback_->describe();
  } else {
    text += "; not kept either: " + kept.error().message;
  }
  return Error{ErrorKind::io, text, {}, {}};
}

}  // namespace jamt::service
