#pragma once
// Sending a file as a download. Every Content-Disposition Jämt sends is
// built here, so a name that came from a user (a measure code, an uploaded
// file's name, a query parameter) cannot rename the file's type or break
// the header.
#include <string>
#include <string_view>

#include "web/http/http_types.hpp"

namespace jamt::web {

// The file extension that belongs to `content_type` (parameters such as
// "; charset=utf-8" ignored): "csv", "json", "xlsx", "pdf", "docx", "odt",
// "txt", "html"; "bin" for any other type.
std::string download_extension(std::string_view content_type);

// The Content-Disposition value for an attachment named `file_name` of type
// `content_type`: `attachment; filename="<ascii>"; filename*=UTF-8''<name>`.
// Any folder part is dropped; control characters, quotes, ";" and "%"
// become "_"; in the ASCII fallback so does every byte but letters, digits,
// space, ".", "-" and "_", and in the UTF-8 name every byte but letters,
// digits, ".", "-" and "_" is percent-encoded; leading dots are dropped, the name is cut at 120 bytes
// (never inside a UTF-8 character), and it ends in "." +
// download_extension(content_type) — added unless already there (any
// case). "fil" stands for a name with nothing left.
std::string attachment_disposition(std::string_view file_name, std::string_view content_type);

// Sends `content` with `content_type` as an attachment named `file_name`
// (see attachment_disposition), not to be cached; the browser saves it
// rather than showing it.
void send_file_download(Response& res, const std::string& file_name, const std::string& content_type,
                        const std::string& content);

}  // namespace jamt::web
