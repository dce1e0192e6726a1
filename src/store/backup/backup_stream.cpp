#include "store/backup/backup_stream.hpp"

#include <soci/soci.h>

namespace jamt::store {

const char* engine_name(Engine engine) { return engine == Engine::sqlite ? "sqlite" : "postgresql"; }

void begin_snapshot(soci::session& s, Engine engine) {
  if (engine == Engine::sqlite) {
    s << "BEGIN";
    // A deferred transaction takes its snapshot at the first read.
    s << "SELECT COUNT(*) FROM sqlite_master";
  } else {
    s << "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
  }
}

void end_snapshot(soci::session& s) { s << "COMMIT"; }

void abort_snapshot(soci::session& s) noexcept {
  try {
    s << "ROLLBACK";
  } catch (...) {
  }
}

void stream_database(soci::session& s, Engine engine, const std::string& created_at, RowSink& sink) {
  auto tables = list_tables(s, engine);
  BackupHeader header{.schema_version = stored_schema_version(s, engine),
                      .source_engine = engine_name(engine),
                      .created_at = created_at,
                      .counters = identity_counters(s, engine, tables)};
  sink.begin(header);
  std::int64_t total = 0;
  for (const auto& t : tables) {
    sink.begin_table(t);
    std::int64_t rows = 0;
    read_rows(s, engine, t, [&](const std::vector<Value>& values) {
      sink.row(values);
      ++rows;
    });
    sink.end_table(rows);
    total += rows;
  }
  sink.finish(static_cast<std::int64_t>(tables.size()), total);
}

}  // namespace jamt::store
