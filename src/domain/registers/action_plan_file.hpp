#pragma once
// An organisation's uploaded action plan: a PDF, Word (DOCX) or
// OpenDocument text (ODT) file of at most 10 MB. Pure checks.
#include <cstddef>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace jamt::registers {

// The largest action plan file accepted, in bytes.
inline constexpr std::size_t kMaxActionPlanBytes = 10u * 1024u * 1024u;

// The media type of an accepted file, e.g. "application/pdf".
struct ActionPlanFileType {
  std::string content_type;
};

// Checks an uploaded file by its name's extension (.pdf, .docx, .odt, any
// case) and its first bytes (a PDF header, or a ZIP archive holding a Word
// or OpenDocument text document), and its size (not empty, at most
// kMaxActionPlanBytes). Error "validation" with field "action_plan_file"
// and a Swedish message.
Result<ActionPlanFileType> check_action_plan_file(std::string_view file_name, std::string_view content);

// The file name without any folder part, with control characters, quotes
// and semicolons replaced by "_", without leading dots, spaces or "_", at
// most 120 bytes (never cutting a UTF-8 character); "handlingsplan" when
// nothing is left.
std::string safe_file_name(std::string_view file_name);

}  // namespace jamt::registers
