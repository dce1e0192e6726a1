#pragma once
// Checks that an uploaded document is what its type says, by parsing it:
// a PDF with libqpdf (its catalogue, at least one page, every object and
// stream readable), a Word (DOCX) or OpenDocument text (ODT) file as a ZIP
// archive with libzip (consistent directory, the parts that type must have,
// its main part decompressed in full). docs/security.md says why these
// libraries and not the first bytes.
#include <cstddef>
#include <string_view>

#include "domain/result.hpp"

namespace jamt::formats {

// The most a DOCX/ODT main part may decompress to (a guard against ZIP bombs).
inline constexpr std::size_t kMaxDocumentPartBytes = 64u * 1024u * 1024u;

// Ok when `content` parses as a PDF document with at least one page. Error
// "parse" with an English message (what went wrong) otherwise.
Status check_pdf_content(std::string_view content);

// Ok when `content` is a ZIP archive holding "[Content_Types].xml" and a
// readable "word/document.xml". Error "parse" otherwise.
Status check_docx_content(std::string_view content);

// Ok when `content` is a ZIP archive whose "mimetype" entry is
// "application/vnd.oasis.opendocument.text" and that holds a readable
// "content.xml". Error "parse" otherwise.
Status check_odt_content(std::string_view content);

}  // namespace jamt::formats
