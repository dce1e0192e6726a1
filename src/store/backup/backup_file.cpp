#include "store/backup/backup_file.hpp"

#include <istream>
#include <optional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>

namespace jamt::store {

namespace {

constexpr int kFormatVersion = 1;

using json = nlohmann::json;

json to_json(const Value& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  return nullptr;
}

}  // namespace

void BackupFileWriter::line(const std::string& text) {
  out_ << text << '\n';
  if (!out_) throw std::runtime_error("cannot write the backup file (disk full?)");
}

void BackupFileWriter::begin(const BackupHeader& h) {
  // Written by hand so that the file starts with kBackupFileMagic.
  json counters = json::object();
  for (const auto& [t, n] : h.counters) counters[t] = n;
  line(std::string(kBackupFileMagic) + ",\"format_version\":" + std::to_string(kFormatVersion) +
       ",\"schema_version\":" + std::to_string(h.schema_version) + ",\"source_engine\":" + json(h.source_engine).dump() +
       ",\"created_at\":" + json(h.created_at).dump() + ",\"counters\":" + counters.dump() + "}");
}

void BackupFileWriter::begin_table(const TableInfo& t) {
  table_ = t.name;
  rows_ = 0;
  line(nlohmann::ordered_json{{"table", t.name}, {"columns", t.columns}, {"primary_key", t.primary_key}}.dump());
}

void BackupFileWriter::row(const std::vector<Value>& values) {
  ++rows_;
  json a = json::array();
  for (const auto& v : values) a.push_back(to_json(v));
  try {
    line(a.dump());
  } catch (const json::exception& e) {
    throw std::runtime_error("table " + table_ + ", row " + std::to_string(rows_) + ": " + e.what());
  }
}

void BackupFileWriter::end_table(std::int64_t rows) { line(nlohmann::ordered_json{{"end_table", table_}, {"rows", rows}}.dump()); }

void BackupFileWriter::finish(std::int64_t tables, std::int64_t rows) {
  line(nlohmann::ordered_json{{"end", "jamt-backup"}, {"tables", tables}, {"rows", rows}}.dump());
  out_.flush();
  if (!out_) throw std::runtime_error("cannot write the backup file (disk full?)");
}

void read_backup_file(std::istream& in, const std::string& name, RowSink& sink) {
  std::string text;
  std::int64_t number = 0;
  auto fail = [&](const std::string& what) -> std::runtime_error {
    return std::runtime_error(name + ":" + std::to_string(number) + ": " + what);
  };
  if (!std::getline(in, text) || text.rfind(kBackupFileMagic, 0) != 0)
    throw std::runtime_error(name + " is not a Jämt backup (neither a backup file nor an SQLite database)");
  ++number;
  json header = json::parse(text, nullptr, false);
  if (header.is_discarded()) throw fail("the header is not JSON");
  int format = header.value("format_version", 0);
  if (format > kFormatVersion)
    throw fail("backup format " + std::to_string(format) + " is newer than this jamt reads (" +
               std::to_string(kFormatVersion) + "); restore it with a newer jamt");
  BackupHeader h{.schema_version = header.value("schema_version", 0),
                 .source_engine = header.value("source_engine", ""),
                 .created_at = header.value("created_at", ""),
                 .counters = {}};
  if (header.contains("counters") && header["counters"].is_object())
    for (const auto& [t, n] : header["counters"].items())
      if (n.is_number_integer()) h.counters[t] = n.get<std::int64_t>();
  sink.begin(h);
  std::optional<TableInfo> table;
  std::int64_t rows = 0, total = 0, tables = 0;
  std::vector<Value> values;
  while (std::getline(in, text)) {
    ++number;
    if (!text.empty() && text[0] == '[') {
      if (!table) throw fail("a row outside a table");
      json a = json::parse(text, nullptr, false);
      if (a.is_discarded() || !a.is_array()) throw fail("a row that is not a JSON array");
      if (a.size() != table->columns.size())
        throw fail("a row of " + std::to_string(a.size()) + " values in table " + table->name + " of " +
                   std::to_string(table->columns.size()) + " columns");
      values.resize(a.size());
      for (std::size_t i = 0; i < a.size(); ++i) {
        const json& v = a[i];
        if (v.is_null()) values[i] = std::monostate{};
        else if (v.is_number_integer()) values[i] = v.get<std::int64_t>();
        else if (v.is_number_float()) values[i] = v.get<double>();
        else if (v.is_string()) values[i] = v.get<std::string>();
        else throw fail("column " + table->columns[i] + " holds neither null, a number nor a text");
      }
      sink.row(values);
      ++rows;
      continue;
    }
    json c = json::parse(text, nullptr, false);
    if (c.is_discarded() || !c.is_object()) throw fail("a line that is neither a row nor a table's start or end");
    if (c.contains("table")) {
      if (table) throw fail("table " + c.value("table", "") + " starts before " + table->name + " ends");
      TableInfo t{.name = c.value("table", ""), .columns = {}, .primary_key = {}};
      if (t.name.empty() || !c.contains("columns") || !c["columns"].is_array()) throw fail("a table without name or columns");
      for (const auto& col : c["columns"]) t.columns.push_back(col.get<std::string>());
      if (c.contains("primary_key") && c["primary_key"].is_array())
        for (const auto& col : c["primary_key"]) t.primary_key.push_back(col.get<std::string>());
      table = t;
      rows = 0;
      sink.begin_table(*table);
    } else if (c.contains("end_table")) {
      if (!table || c.value("end_table", "") != table->name) throw fail("the end of a table that did not start");
      if (c.value("rows", std::int64_t{-1}) != rows)
        throw fail("table " + table->name + " says it has " + std::to_string(c.value("rows", std::int64_t{-1})) +
                   " rows, the file holds " + std::to_string(rows));
      sink.end_table(rows);
      total += rows;
      ++tables;
      table.reset();
    } else if (c.contains("end")) {
      if (table) throw fail("the file ends inside table " + table->name);
      if (c.value("tables", std::int64_t{-1}) != tables || c.value("rows", std::int64_t{-1}) != total)
        throw fail("the closing line counts other tables or rows than the file holds");
      sink.finish(tables, total);
      return;
    } else {
      throw fail("an unknown line");
    }
  }
  throw std::runtime_error(name + " ends after line " + std::to_string(number) +
                           " without its closing line: the backup is incomplete");
}

}  // namespace jamt::store
