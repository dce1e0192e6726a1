#pragma once
// Jämt's own backup format, the same for both engines (docs/backup.md): JSON
// Lines, one line each for the header, a table's start, each row (a JSON
// array), a table's end and the closing line, which a truncated file lacks.
#include <iosfwd>
#include <string>

#include "store/backup/backup_stream.hpp"

namespace jamt::store {

// The first characters of a backup file, to tell it from an SQLite file.
inline constexpr const char* kBackupFileMagic = "{\"format\":\"jamt-backup\"";

// Writes a stream to `out` as a backup file. Throws std::runtime_error when
// writing fails or a text is not UTF-8 (naming the table and row).
class BackupFileWriter : public RowSink {
 public:
  // Writes to `out`, which must outlive the writer.
  explicit BackupFileWriter(std::ostream& out) : out_(out) {}
  void begin(const BackupHeader& header) override;
  void begin_table(const TableInfo& table) override;
  void row(const std::vector<Value>& values) override;
  void end_table(std::int64_t rows) override;
  void finish(std::int64_t tables, std::int64_t rows) override;

 private:
  void line(const std::string& text);
  std::ostream& out_;
  std::string table_;
  std::int64_t rows_ = 0;
};

// Reads the backup file `in` (named `name` in messages) into `sink`. Throws
// std::runtime_error saying what is wrong and on which line: not a backup
// file, a newer format, a bad line, a row count that does not match, or no
// closing line (the file was cut short).
void read_backup_file(std::istream& in, const std::string& name, RowSink& sink);

}  // namespace jamt::store
