#include "domain/registers/action_plan_file.hpp"

#include "domain/i18n/translate.hpp"

#include <algorithm>
#include <cctype>

namespace jamt::registers {

namespace {

std::string lower_extension(std::string_view name) {
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(name.substr(dot + 1));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

Error file_error(const std::string& message) {
  return validation_error(i18n::trf("Handlingsplan (fil): {1}", {message}), {}, "action_plan_file");
}

}  // namespace

Result<ActionPlanFileType> check_action_plan_file(std::string_view file_name, std::string_view content) {
  if (content.empty()) return file_error(i18n::tr("filen är tom"));
  if (content.size() > kMaxActionPlanBytes) return file_error(i18n::tr("filen är större än 10 MB"));
  const std::string ext = lower_extension(file_name);
  const std::string_view zip = std::string_view("PK\x03\x04", 4);
  if (ext == "pdf") {
    if (!starts_with(content, "%PDF-")) return file_error(i18n::tr("filen är inte en PDF-fil"));
    return ActionPlanFileType{"application/pdf"};
  }
  if (ext == "docx") {
    if (!starts_with(content, zip) || content.find("word/") == std::string_view::npos)
      return file_error(i18n::tr("filen är inte ett Word-dokument (DOCX)"));
    return ActionPlanFileType{"application/vnd.openxmlformats-officedocument.wordprocessingml.document"};
  }
  if (ext == "odt") {
    // The first entry of an OpenDocument archive is the uncompressed "mimetype".
    if (!starts_with(content, zip) ||
        content.substr(0, 200).find("application/vnd.oasis.opendocument.text") == std::string_view::npos)
      return file_error(i18n::tr("filen är inte ett OpenDocument-dokument (ODT)"));
    return ActionPlanFileType{"application/vnd.oasis.opendocument.text"};
  }
  return file_error(i18n::tr("välj en PDF-, DOCX- eller ODT-fil"));
}

std::string safe_file_name(std::string_view file_name) {
  auto slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name = file_name.substr(slash + 1);
  std::string out;
  for (char c : file_name) {
    unsigned char u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F || c == '"' || c == '\'' || c == ';') ? '_' : c;
  }
  if (out.size() > 120) {
    std::size_t cut = 120;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out.resize(cut);
  }
  auto first = out.find_first_not_of(" ._");
  if (first == std::string::npos) return "handlingsplan";
  return out.substr(first);
}

}  // namespace jamt::registers
