// Multipart bodies read from a file on disk (web/http/spooled_body.hpp):
// the same parts as parse_multipart, file parts as files of their own.
#include "web/http/spooled_body.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "web/http/request_decoding.hpp"

namespace jamt::web {
namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Writes `body` to a file in a fresh SpoolDirectory and parses it from there.
struct Spooled {
  SpoolDirectory dir;
  Result<std::multimap<std::string, FormPart>> parts = Error{ErrorKind::internal, "not parsed", {}, {}};
  Spooled(const std::string& body, const std::string& boundary) {
    std::ofstream(dir.path() + "/body", std::ios::binary) << body;
    parts = parse_multipart_file(dir.path() + "/body", boundary, dir.path());
  }
};

std::string body_of(const std::string& file_content) {
  return "--B\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nabc\r\n"
         "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/Tabell 1.px\"\r\n"
         "Content-Type: application/octet-stream\r\n\r\n" +
         file_content + "\r\n--B--\r\n";
}

TEST(SpooledBody, TextFieldsAreInMemoryAndFilesOnDiskUnderTheirOwnName) {
  const std::string content = "DATA=\r\n1 2 3;\r\n-B --B not a boundary\r\n";
  Spooled s(body_of(content), "B");
  ASSERT_TRUE(s.parts.ok()) << s.parts.error().to_string();
  ASSERT_EQ(s.parts->count("csrf_token"), 1u);
  EXPECT_EQ(s.parts->find("csrf_token")->second.content, "abc");
  EXPECT_TRUE(s.parts->find("csrf_token")->second.path.empty());
  const FormPart& file = s.parts->find("file")->second;
  EXPECT_TRUE(file.content.empty());
  EXPECT_EQ(file.size, content.size());
  EXPECT_EQ(file.filename, "../../etc/Tabell 1.px");
  // Folder parts of the name are dropped: the file stays inside the spool folder.
  EXPECT_EQ(std::filesystem::path(file.path).filename(), "Tabell 1.px");
  EXPECT_EQ(file.path.rfind(s.dir.path() + "/", 0), 0u) << file.path;
  EXPECT_EQ(slurp(file.path), content);
}

TEST(SpooledBody, GivesTheSamePartsAsTheInMemoryParser) {
  std::string content(3u << 20, 'x');  // over several read windows
  content.append("\r\n--");             // (append: GCC 12 misreads operator+ here, -Warray-bounds)
  const std::string body = body_of(content);
  Spooled s(body, "B");
  auto memory = parse_multipart(body, "B");
  ASSERT_TRUE(s.parts.ok() && memory.ok());
  ASSERT_EQ(s.parts->size(), memory->size());
  EXPECT_EQ(slurp(s.parts->find("file")->second.path), memory->find("file")->second.content);
  EXPECT_EQ(s.parts->find("file")->second.size, memory->find("file")->second.size);
}

TEST(SpooledBody, ABoundaryAcrossTwoReadWindowsIsFound) {
  // The closing delimiter starts a few bytes before the 1 MiB window ends.
  const std::string prefix = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n";
  const std::string content((1u << 20) - prefix.size() - 3, 'y');
  Spooled s(prefix + content + "\r\n--B--\r\n", "B");
  ASSERT_TRUE(s.parts.ok()) << s.parts.error().to_string();
  EXPECT_EQ(s.parts->find("file")->second.size, content.size());
}

TEST(SpooledBody, MalformedBodiesAreRefusedNamingThePart) {
  Spooled unterminated("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nxyz", "B");
  ASSERT_FALSE(unterminated.parts.ok());
  EXPECT_NE(unterminated.parts.error().message.find("part 1 (\"file\"): no closing boundary"), std::string::npos)
      << unterminated.parts.error().message;
  Spooled nameless("--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n", "B");
  EXPECT_FALSE(nameless.parts.ok());
  Spooled no_boundary("just text", "B");
  EXPECT_FALSE(no_boundary.parts.ok());
  // A text field may not be larger than a form.
  Spooled long_text("--B\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + std::string(70000, 'n') +
                        "\r\n--B--\r\n",
                    "B");
  ASSERT_FALSE(long_text.parts.ok());
  EXPECT_NE(long_text.parts.error().message.find("\"note\""), std::string::npos);
}

TEST(SpooledBody, AFormOfMoreThanSixtyFourPartsIsRefused) {
  auto form = [](int parts) {
    std::string body;
    for (int i = 0; i < parts; ++i)
      body += "--B\r\nContent-Disposition: form-data; name=\"f" + std::to_string(i) + "\"; filename=\"f" +
              std::to_string(i) + ".px\"\r\n\r\nx\r\n";
    return body + "--B--\r\n";
  };
  Spooled enough(form(kSpooledPartLimit), "B");
  ASSERT_TRUE(enough.parts.ok()) << enough.parts.error().to_string();
  EXPECT_EQ(enough.parts->size(), static_cast<std::size_t>(kSpooledPartLimit));
  Spooled many(form(kSpooledPartLimit + 1), "B");
  ASSERT_FALSE(many.parts.ok());
  EXPECT_NE(many.parts.error().message.find("more than 64 parts"), std::string::npos) << many.parts.error().message;
}

TEST(SpooledBody, TheFolderIsRemovedWithEverythingInIt) {
  std::string path;
  {
    Spooled s(body_of("abc"), "B");
    path = s.dir.path();
    EXPECT_TRUE(std::filesystem::exists(path + "/body"));
    EXPECT_EQ(std::filesystem::status(path).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_all);
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(SpooledBody, FileNamesAreMadeSafe) {
  EXPECT_EQ(spool_file_name("a/b/../c.px"), "c.px");
  EXPECT_EQ(spool_file_name("..\\..\\x.csv"), "x.csv");
  EXPECT_EQ(spool_file_name(".."), "upload");
  EXPECT_EQ(spool_file_name(""), "upload");
  EXPECT_EQ(spool_file_name(std::string("a\0b\nc", 5)), "a_b_c");
  EXPECT_EQ(spool_file_name(std::string(300, 'z')).size(), 100u);
}

}  // namespace
}  // namespace jamt::web
