#include "store/register_repository.hpp"

#include <soci/soci.h>

#include <stdexcept>

#include "store/database.hpp"

namespace jamt::store {

namespace {

using registers::EntitySpec;
using registers::Record;

std::string column(const EntitySpec& spec, const std::string& name) {
  if (name == "id" || name == "created_at" || name == "updated_at" || spec.field(name)) return name;
  throw std::logic_error("no field " + name + " in " + spec.entity);  // a programming error
}

std::vector<std::string> all_columns(const EntitySpec& spec) {
  std::vector<std::string> out{"id"};
  for (const auto& f : spec.fields) out.push_back(f.name);
  out.push_back("created_at");
  out.push_back("updated_at");
  return out;
}

// Runs `sql` with string parameters (NULL for "") and returns its rows as
// records keyed by `columns`.
std::vector<Record> select_records(soci::session& s, const std::string& sql, const std::vector<std::string>& columns,
                                   std::vector<std::string> params) {
  std::vector<std::string> values(columns.size());
  std::vector<soci::indicator> inds(columns.size(), soci::i_ok);
  std::vector<soci::indicator> param_inds(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) param_inds[i] = params[i].empty() ? soci::i_null : soci::i_ok;
  soci::statement st(s);
  for (std::size_t i = 0; i < columns.size(); ++i) st.exchange(soci::into(values[i], inds[i]));
  for (std::size_t i = 0; i < params.size(); ++i) st.exchange(soci::use(params[i], param_inds[i]));
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute();
  std::vector<Record> out;
  while (st.fetch()) {
    Record r;
    for (std::size_t i = 0; i < columns.size(); ++i) r[columns[i]] = inds[i] == soci::i_ok ? values[i] : "";
    out.push_back(std::move(r));
  }
  return out;
}

std::string column_list(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return out;
}

}  // namespace

std::int64_t insert_record(soci::session& s, const EntitySpec& spec, const Record& record) {
  std::string now = clock_of(s).now_text();
  std::vector<std::string> params;
  std::string cols, marks;
  for (const auto& f : spec.fields) {
    cols += f.name + ", ";
    marks += ":p" + std::to_string(params.size()) + ", ";
    params.push_back(registers::value_of(record, f.name));
  }
  cols += "created_at, updated_at";
  marks += ":c, :u";
  std::vector<soci::indicator> inds(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) inds[i] = params[i].empty() ? soci::i_null : soci::i_ok;
  long long id = 0;
  soci::statement st(s);
  st.exchange(soci::into(id));
  for (std::size_t i = 0; i < params.size(); ++i) st.exchange(soci::use(params[i], inds[i]));
  st.exchange(soci::use(now));
  st.exchange(soci::use(now));
  st.alloc();
  st.prepare("INSERT INTO " + spec.table + " (" + cols + ") VALUES (" + marks + ") RETURNING id");
  st.define_and_bind();
  st.execute(true);
  return id;
}

std::optional<Record> find_record(soci::session& s, const EntitySpec& spec, std::int64_t id) {
  auto columns = all_columns(spec);
  auto rows = select_records(s, "SELECT " + column_list(columns) + " FROM " + spec.table + " WHERE id = :id", columns,
                             {std::to_string(id)});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void update_record(soci::session& s, const EntitySpec& spec, std::int64_t id, const Record& changes) {
  std::string sets;
  std::vector<std::string> params;
  for (const auto& [name, value] : changes) {
    if (name == "id" || name == "created_at" || name == "updated_at") continue;
    sets += column(spec, name) + " = :p" + std::to_string(params.size()) + ", ";
    params.push_back(value);
  }
  sets += "updated_at = :u";
  params.push_back(clock_of(s).now_text());
  params.push_back(std::to_string(id));
  std::vector<soci::indicator> inds(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) inds[i] = params[i].empty() ? soci::i_null : soci::i_ok;
  soci::statement st(s);
  for (std::size_t i = 0; i < params.size(); ++i) st.exchange(soci::use(params[i], inds[i]));
  st.alloc();
  st.prepare("UPDATE " + spec.table + " SET " + sets + " WHERE id = :id");
  st.define_and_bind();
  st.execute(true);
}

void delete_record(soci::session& s, const EntitySpec& spec, std::int64_t id) {
  long long i = id;
  s << "DELETE FROM " + spec.table + " WHERE id = :id", soci::use(i);
}

std::vector<Record> find_records(soci::session& s, const EntitySpec& spec, const RecordFilter& filter) {
  auto columns = all_columns(spec);
  std::string sql = "SELECT " + column_list(columns) + " FROM " + spec.table;
  std::vector<std::string> params;
  std::string where;
  for (const auto& [name, value] : filter.equals) {
    where += (where.empty() ? " WHERE " : " AND ") + column(spec, name);
    if (value.empty()) {
      where += " IS NULL";
    } else {
      where += " = :p" + std::to_string(params.size());
      params.push_back(value);
    }
  }
  sql += where;
  sql += " ORDER BY " + (filter.order_by.empty() ? std::string("id") : column(spec, filter.order_by));
  if (filter.descending) sql += " DESC";
  if (!filter.order_by.empty()) sql += ", id";
  sql += " LIMIT " + std::to_string(filter.limit);
  return select_records(s, sql, columns, params);
}

}  // namespace jamt::store
