#include "store/backup/sqlite_backup.hpp"

#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <vector>
#include <stdexcept>
#include <thread>
#include <unistd.h>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "store/backup/backup_stream.hpp"
#include "store/backup/sqlite_handle.hpp"

namespace jamt::store {

void sync_path(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

std::string sqlite_online_backup(soci::session& source, const std::string& destination) {
  namespace fs = std::filesystem;
  fs::path final_path(destination);
  fs::path temp = final_path;
  temp += ".partial-" + std::to_string(::getpid());
  fs::remove(temp);
  sqlite_api::sqlite3* raw = nullptr;
  int rc = sqlite_api::sqlite3_open_v2(temp.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  std::unique_ptr<sqlite_api::sqlite3, decltype(&sqlite_api::sqlite3_close)> dest(raw, &sqlite_api::sqlite3_close);
  auto fail = [&](const std::string& what) {
    dest.reset();
    std::error_code ignored;
    fs::remove(temp, ignored);
    return std::runtime_error("backing up to " + destination + ": " + what);
  };
  if (rc != SQLITE_OK) throw fail(raw ? sqlite_api::sqlite3_errmsg(raw) : "cannot open");
  sqlite_api::sqlite3_backup* backup = sqlite_api::sqlite3_backup_init(dest.get(), "main", sqlite_handle(source), "main");
  if (!backup) throw fail(sqlite_api::sqlite3_errmsg(dest.get()));
  // All pages in one step: one snapshot of the source. A writer holding the
  // database is waited for, for at most a minute.
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  for (;;) {
    rc = sqlite_api::sqlite3_backup_step(backup, -1);
    if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && std::chrono::steady_clock::now() < give_up) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      continue;
    }
    break;
  }
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    sqlite_api::sqlite3_backup_finish(backup);
    throw fail("the database stayed locked by a writer for a minute; try again when it is quieter");
  }
  int finished = sqlite_api::sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE || finished != SQLITE_OK) throw fail(sqlite_api::sqlite3_errmsg(dest.get()));
  std::string check;
  try {
    sqlite_each(dest.get(), "PRAGMA journal_mode = DELETE", [](sqlite_api::sqlite3_stmt*) {});
    std::vector<std::string> lines;
    sqlite_each(dest.get(), "PRAGMA integrity_check", [&](sqlite_api::sqlite3_stmt* st) { lines.push_back(sqlite_text(st, 0)); });
    // SQLite 3.40.1 says "NULL value in T.C" of WITHOUT ROWID tables whose
    // rows all have a value: such a line stands only if C holds a NULL.
    const std::regex null_value(R"(NULL value in (\w+)\.(\w+))");
    for (const auto& line : lines) {
      std::smatch m;
      if (std::regex_match(line, m, null_value)) {
        bool found = false;
        sqlite_each(dest.get(), "SELECT 1 FROM \"" + m[1].str() + "\" WHERE \"" + m[2].str() + "\" IS NULL LIMIT 1",
                    [&](sqlite_api::sqlite3_stmt*) { found = true; });
        if (!found) continue;
      }
      check += (check.empty() ? "" : "; ") + line;
    }
    if (check.empty()) check = "ok";
  } catch (const std::exception& e) {
    throw fail(e.what());
  }
  dest.reset();
  sync_path(temp.string());
  std::error_code error;
  fs::rename(temp, final_path, error);
  if (error) throw fail(error.message());
  sync_path(final_path.parent_path().empty() ? "." : final_path.parent_path().string());
  return check;
}

bool is_sqlite_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[16] = {};
  in.read(head, sizeof head);
  return in.gcount() == 16 && std::string(head, 16) == std::string("SQLite format 3\0", 16);
}

void stream_sqlite_file(const std::string& path, const std::string& created_at, RowSink& sink) {
  if (!std::filesystem::exists(path)) throw std::runtime_error("there is no file " + path);
  soci::session s;
  try {
    s.open(soci::sqlite3, "db=\"" + path + "\" timeout=30");
  } catch (const std::exception& e) {
    throw std::runtime_error("cannot open " + path + ": " + e.what());
  }
  begin_snapshot(s, Engine::sqlite);
  stream_database(s, Engine::sqlite, created_at, sink);
  end_snapshot(s);
}

}  // namespace jamt::store
