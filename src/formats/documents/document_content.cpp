#include "formats/documents/document_content.hpp"

// qpdf 11: use std::shared_ptr throughout, without the old PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <zip.h>

#include <exception>
#include <memory>
#include <string>

namespace jamt::formats {

namespace {

Error parse_error(const std::string& message) { return Error{ErrorKind::parse, message, {}, {}}; }

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// The archive in `content`, or nullptr when it is not a consistent ZIP archive.
Zip open_zip(std::string_view content) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(content.data(), content.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    return nullptr;
  }
  Zip z(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
  zip_error_fini(&error);
  if (!z) zip_source_free(source);
  return z;
}

// Entry `name` decompressed, or an error when it is missing, unreadable or
// larger than kMaxDocumentPartBytes.
Result<std::string> read_entry(zip_t* z, const char* name) {
  zip_int64_t index = zip_name_locate(z, name, 0);
  if (index < 0) return parse_error(std::string("the archive has no ") + name);
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> f(zip_fopen_index(z, static_cast<zip_uint64_t>(index), 0),
                                                       &zip_fclose);
  if (!f) return parse_error(std::string("cannot open ") + name + " in the archive");
  std::string out;
  char buffer[65536];
  for (;;) {
    zip_int64_t n = zip_fread(f.get(), buffer, sizeof buffer);
    if (n < 0) return parse_error(std::string(name) + " in the archive is damaged");
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.size() > kMaxDocumentPartBytes) return parse_error(std::string(name) + " unpacks to more than 64 MB");
  }
  return out;
}

bool looks_like_xml(const std::string& text) {
  auto first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string::npos && text[first] == '<';
}

}  // namespace

Status check_pdf_content(std::string_view content) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("upload", content.data(), content.size());
    if (QPDFPageDocumentHelper(pdf).getAllPages().empty()) return parse_error("the PDF has no pages");
    // Read every object and decode every stream, as `qpdf --check` does,
    // without keeping the output.
    Pl_Discard discard;
    QPDFWriter writer(pdf);
    writer.setOutputPipeline(&discard);
    writer.setDecodeLevel(qpdf_dl_generalized);
    writer.write();
  } catch (const std::exception& e) {
    return parse_error(std::string("not a readable PDF: ") + e.what());
  }
  return {};
}

Status check_docx_content(std::string_view content) {
  Zip z = open_zip(content);
  if (!z) return parse_error("not a ZIP archive");
  if (zip_name_locate(z.get(), "[Content_Types].xml", 0) < 0)
    return parse_error("the archive has no [Content_Types].xml");
  auto body = read_entry(z.get(), "word/document.xml");
  if (!body) return body.error();
  if (!looks_like_xml(*body)) return parse_error("word/document.xml is not XML");
  return {};
}

Status check_odt_content(std::string_view content) {
  Zip z = open_zip(content);
  if (!z) return parse_error("not a ZIP archive");
  auto mimetype = read_entry(z.get(), "mimetype");
  if (!mimetype) return mimetype.error();
  if (*mimetype != "application/vnd.oasis.opendocument.text")
    return parse_error("the archive's mimetype is not application/vnd.oasis.opendocument.text");
  auto body = read_entry(z.get(), "content.xml");
  if (!body) return body.error();
  if (!looks_like_xml(*body)) return parse_error("content.xml is not XML");
  return {};
}

}  // namespace jamt::formats
