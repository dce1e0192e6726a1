#pragma once
// Sending a stored file as a download.
#include <string>
#include "web/http/http_types.hpp"

namespace jamt::web {

// Sends `content` as an attachment named `file_name` (an ASCII fallback and
// the UTF-8 name per RFC 6266), with `content_type`; the browser saves it
// rather than showing it.
void send_file_download(Response& res, const std::string& file_name, const std::string& content_type,
                        const std::string& content);

}  // namespace jamt::web
