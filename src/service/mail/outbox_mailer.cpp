#include "service/mail/outbox_mailer.hpp"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <fstream>
#include <system_error>

#include "domain/utc_time.hpp"
#include "service/mail/rfc5322.hpp"

namespace jamt::service {

OutboxMailer::OutboxMailer(std::filesystem::path folder, std::string from)
    : folder_(std::move(folder)), from_(std::move(from)) {}

std::string OutboxMailer::describe() const { return "outbox " + folder_.string(); }

Status OutboxMailer::send(const MailMessage& message) {
  auto fail = [&](const std::string& what) -> Status {
    std::string text = "mail to " + message.to + " (\"" + message.subject + "\") not written to the outbox " +
                       folder_.string() + ": " + what;
    spdlog::error("{}", text);
    return Error{ErrorKind::io, text, {}, {}};
  };
  if (!safe_address(message.to)) return fail("the recipient is not a plain e-mail address");
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  if (ec) return fail(ec.message());
  std::string message_id = new_message_id(from_);
  // "20260331T100000Z-<hex>.eml": sorted by date, unique by the Message-ID's random part.
  std::string stamp = utc_text(message.date);
  std::string name;
  for (char c : stamp)
    if (c != '-' && c != ':') name += c;
  name += "-" + message_id.substr(1, 12) + ".eml";
  auto final_path = folder_ / name;
  auto temp_path = folder_ / ("." + name + ".tmp");
  {
    std::ofstream out(temp_path, std::ios::binary | std::ios::trunc);
    if (!out) return fail("cannot create " + temp_path.filename().string());
    out << render_rfc5322(message, from_, message_id);
    out.flush();
    if (!out) {
      std::filesystem::remove(temp_path, ec);
      return fail("cannot write " + temp_path.filename().string());
    }
  }
  std::filesystem::rename(temp_path, final_path, ec);
  if (ec) {
    std::filesystem::remove(temp_path, ec);
    return fail("cannot rename into place: " + ec.message());
  }
  spdlog::info("mail to {} written to {}", message.to, final_path.string());
  return {};
}

}  // namespace jamt::service
