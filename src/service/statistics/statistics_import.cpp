#include "service/statistics/statistics_import.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "domain/statistics/dimension_mapping.hpp"
#include "domain/statistics/measure_code.hpp"
#include "embedded/embedded_files.hpp"
#include "domain/regions.hpp"
#include "service/account/sha256.hpp"
#include "service/authorization.hpp"
#include "service/statistics/cell_markers.hpp"
#include "service/statistics/statistics_files.hpp"
#include "store/audit_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

using stats::Dataset;
using stats::Dimension;

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Whether values in this unit add up (counts) or not (rates, averages, money
// per person, percentages). Unknown units count as additive only when they
// name a count.
bool unit_is_additive(const std::string& unit) {
  std::string u = lower_ascii(unit);
  for (const char* word : {"procent", "percent", "%", "andel", "share", "medel", "mean", "average", "median",
                           "per ", "kvot", "ratio", "index", "kr", "sek", "tkr", "rate", "år", "years", "dagar",
                           "days", "timmar", "hours"})
    if (u.find(word) != std::string::npos) return false;
  return true;
}

// Everything needed to turn a cell index into an observation, per dimension.
struct CellMapping {
  stats::DimensionParts parts;
  std::vector<std::string> region_of, period_of;
  std::vector<stats::Sex> sex_of;
  std::vector<std::vector<std::string>> dim_text;  // per other dimension: "id=code" per category
  std::vector<int> other_dims;                     // indices of the other dimensions, in order
};

std::string position_text(const Dimension& d, std::size_t i) {
  const auto& c = d.categories[i];
  std::string what = "\"" + c.code + "\"";
  if (!c.label.empty() && c.label != c.code) what += " (" + c.label + ")";
  return what + ", category " + std::to_string(i + 1) + " of " + std::to_string(d.categories.size());
}

template <class T, class F>
Status map_dimension(const Dataset& ds, int index, const std::string& what, F&& mapper, std::vector<T>& out) {
  const Dimension& d = ds.dimensions[index];
  std::map<T, std::size_t> seen;
  out.clear();
  for (std::size_t i = 0; i < d.categories.size(); ++i) {
    std::optional<T> v = mapper(d.categories[i]);
    if (!v)
      return validation_error("dimension \"" + d.id + "\": " + position_text(d, i) + " is not a known " + what,
                              ds.id.empty() ? std::string{} : ds.id);
    if (auto [it, fresh] = seen.emplace(*v, i); !fresh)
      return validation_error("dimension \"" + d.id + "\": " + position_text(d, i) + " and " +
                                  position_text(d, it->second) + " are the same " + what,
                              ds.id.empty() ? std::string{} : ds.id);
    out.push_back(*v);
  }
  return {};
}

Result<CellMapping> build_mapping(const Dataset& ds) {
  CellMapping m;
  m.parts = stats::find_dimension_parts(ds);
  if (m.parts.region < 0)
    return validation_error("no region dimension (expected a dimension with role geo or named region, län, kommun)");
  if (m.parts.time < 0)
    return validation_error("no time dimension (expected a dimension with role time or named tid, år, period)");
  if (auto st = map_dimension<std::string>(ds, m.parts.region, "region",
                                           [](const stats::Category& c) { return stats::map_region(c); }, m.region_of);
      !st)
    return st.error();
  const std::string scale = ds.dimensions[m.parts.time].time_scale;
  if (auto st = map_dimension<std::string>(ds, m.parts.time, "period",
                                           [&](const stats::Category& c) { return stats::map_period(c, scale); },
                                           m.period_of);
      !st)
    return st.error();
  if (m.parts.sex >= 0) {
    if (auto st = map_dimension<stats::Sex>(ds, m.parts.sex, "sex",
                                            [](const stats::Category& c) { return stats::map_sex(c); }, m.sex_of);
        !st)
      return st.error();
  }
  for (int i = 0; i < static_cast<int>(ds.dimensions.size()); ++i) {
    if (i == m.parts.region || i == m.parts.time || i == m.parts.sex || i == m.parts.metric) continue;
    m.other_dims.push_back(i);
    std::vector<std::string> texts;
    for (const auto& c : ds.dimensions[i].categories) texts.push_back(ds.dimensions[i].id + "=" + c.code);
    m.dim_text.push_back(std::move(texts));
  }
  return m;
}

std::string file_stem(const std::string& name) {
  std::string base = name.substr(name.find_last_of('/') == std::string::npos ? 0 : name.find_last_of('/') + 1);
  return base.substr(0, base.find('.'));
}

// Unit and decimals from the content metadata of `code`, when it has them.
void apply_content(stats::Measure& measure, const Dimension& metric, const std::string& code) {
  if (auto it = metric.content.find(code); it != metric.content.end()) {
    if (!it->second.unit.empty()) measure.unit = it->second.unit;
    if (it->second.decimals) measure.decimals = *it->second.decimals;
  }
  measure.additive = unit_is_additive(measure.unit);
}

// The measures of one dataset: one per content category, or one.
std::vector<stats::Measure> measures_of(const Dataset& ds, const CellMapping& m, const ImportOptions& o) {
  std::string base = o.measure_code.value_or(ds.id.empty() ? file_stem(o.file_name) : ds.id);
  std::string title = !ds.title.empty() ? ds.title : !ds.contents.empty() ? ds.contents : base;
  std::string source = !ds.source.empty() ? ds.source : o.format;
  stats::Measure plain{0, base, title, ds.unit, source, ds.decimals, unit_is_additive(ds.unit)};
  if (m.parts.metric < 0) return {plain};
  const Dimension& metric = ds.dimensions[m.parts.metric];
  if (metric.categories.size() <= 1) {
    if (!metric.categories.empty()) apply_content(plain, metric, metric.categories[0].code);
    return {plain};
  }
  std::vector<stats::Measure> out;
  for (const auto& cat : metric.categories) {
    stats::Measure measure = plain;
    measure.code = base + "." + cat.code;
    if (!cat.label.empty()) measure.title = cat.label;
    apply_content(measure, metric, cat.code);
    out.push_back(measure);
  }
  return out;
}

}  // namespace

namespace {

// Refuses a region outside `county` (the county itself or one of its
// municipalities), naming the region and its place in the file.
Status check_regions_in_county(const std::vector<Dataset>& datasets, const std::vector<CellMapping>& mappings,
                               const std::string& county, const std::string& file_name) {
  const auto& catalogue = RegionCatalogue::instance();
  const Region* home = catalogue.find_county(county);
  std::string home_name = home ? home->name + " (" + county + ")" : i18n::trf("län {1}", {county});
  for (std::size_t d = 0; d < datasets.size(); ++d) {
    const CellMapping& m = mappings[d];
    for (std::size_t i = 0; i < m.region_of.size(); ++i) {
      const std::string& code = m.region_of[i];
      const Region* r = catalogue.find(code);
      if (code == county || (r && r->parent == county)) continue;
      const Dimension& dim = datasets[d].dimensions[m.parts.region];
      return validation_error(i18n::trf("regionen {1}, kategori {2} av {3} i dimensionen {4}, ligger utanför {5}: en strateg "
                                        "importerar bara sitt eget läns siffror (tabeller för hela landet importeras av en "
                                        "administratör)",
                                        {code + (r ? " (" + r->name + ")" : ""), std::to_string(i + 1),
                                         std::to_string(dim.categories.size()), dim.id, home_name}),
                              file_name + (datasets[d].id.empty() ? "" : " (" + datasets[d].id + ")"), "region");
    }
  }
  return {};
}

std::string owner_text(const std::string& county) {
  if (county.empty()) return i18n::tr("de nationella siffrorna");
  const Region* r = RegionCatalogue::instance().find_county(county);
  return i18n::trf("{1}s siffror", {r ? r->name : i18n::trf("län {1}", {county})});
}

// The first short transaction: the same file again, or a new loading batch
// with its measures, after checking that the user may change them.
Status open_batch(soci::session& s, const std::vector<Dataset>& datasets, const std::vector<CellMapping>& mappings,
                  const ImportOptions& options, ImportSummary& summary,
                  std::vector<std::vector<std::int64_t>>& measure_ids) {
  if (auto existing = store::find_active_batch_by_sha256(s, options.sha256)) {
    summary.batch_id = existing->id;
    summary.unchanged = true;
    summary.observations = existing->observations;
    summary.regions = existing->regions;
    summary.periods = existing->periods;
    summary.measure_codes = existing->measure_codes;
    return {};
  }
  // Whose figures these are: those of the measures already there (which the
  // user must be allowed to change), else the importer's.
  std::string county = options.user ? statistics_county_of(*options.user) : options.owner_county.value_or("");
  std::optional<std::string> owner;
  for (std::size_t d = 0; d < datasets.size(); ++d) {
    for (const auto& measure : measures_of(datasets[d], mappings[d], options)) {
      auto existing = store::find_measure_by_code(s, measure.code);
      if (!existing) continue;
      std::string theirs = store::measure_county(s, existing->id).value_or("");
      if (!options.user && !county.empty() && theirs != county)
        return Error{ErrorKind::forbidden,
                     i18n::trf("mätvärdet {1} hör till {2}, inte till {3}; välj en egen kod för måttet",
                               {measure.code, owner_text(theirs), owner_text(county)}),
                     {}, "measure"};
      if (options.user) {
        if (auto allowed = authorize_statistics_change(options.user, theirs); !allowed) {
          Error e = allowed.error();
          if (e.code == ErrorKind::forbidden)
            e.message = i18n::trf("mätvärdet {1} hör till {2}; du kan inte ersätta dem med en egen fil",
                                  {measure.code, owner_text(theirs)});
          return e;
        }
      }
      if (owner && *owner != theirs)
        return validation_error(i18n::trf("filen blandar mätvärden som hör till {1} och {2}; importera dem var för sig",
                                          {owner_text(*owner), owner_text(theirs)}),
                                options.file_name);
      owner = theirs;
    }
  }
  if (owner) county = *owner;
  // Then the file's regions: a strategist's stay within their county.
  if (options.user)
    if (auto limit = statistics_region_limit(*options.user))
      if (Status st = check_regions_in_county(datasets, mappings, *limit, options.file_name); !st) return st;
  if (!options.user && !county.empty())
    if (Status st = check_regions_in_county(datasets, mappings, county, options.file_name); !st) return st;
  store::ImportBatch batch;
  batch.file_name = options.file_name;
  batch.sha256 = options.sha256;
  batch.format = options.format;
  batch.imported_by = options.actor.name;
  batch.warnings = summary.warnings;
  batch.county_code = county;
  summary.batch_id = store::insert_batch(s, batch);
  for (std::size_t d = 0; d < datasets.size(); ++d) {
    std::vector<std::int64_t> ids;
    for (const auto& measure : measures_of(datasets[d], mappings[d], options)) {
      std::int64_t id = store::ensure_measure(s, measure, county);
      ids.push_back(id);
      summary.measure_codes.push_back(measure.code);
      store::link_batch_measure(s, summary.batch_id, id);
    }
    measure_ids.push_back(std::move(ids));
  }
  return {};
}

// The order in which write_cells visits a dataset's cells: the database's
// key order (measure, region, period, sex, further dimensions) as near as
// is cheap — those dimensions outermost to innermost, each one's categories
// sorted by the text stored for them — so that SQLite mostly appends to the
// observations B-tree instead of inserting all over it.
struct KeyOrder {
  std::vector<int> dims;                        // outermost first
  std::vector<std::vector<std::size_t>> visit;  // per dimension: its category indices in visiting order
};

KeyOrder key_order(const Dataset& ds, const CellMapping& m, const std::vector<std::int64_t>& measure_ids) {
  const std::size_t n = ds.dimensions.size();
  KeyOrder o;
  std::vector<bool> used(n, false);
  auto add = [&](int d) {
    if (d >= 0 && static_cast<std::size_t>(d) < n && !used[d]) {
      used[d] = true;
      o.dims.push_back(d);
    }
  };
  add(m.parts.metric);
  add(m.parts.region);
  add(m.parts.time);
  add(m.parts.sex);
  for (int d : m.other_dims) add(d);
  for (std::size_t d = 0; d < n; ++d) add(static_cast<int>(d));
  o.visit.resize(n);
  for (std::size_t d = 0; d < n; ++d) {
    auto& v = o.visit[d];
    v.resize(ds.dimensions[d].categories.size());
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = i;
    auto by = [&v](auto key) { std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); }); };
    const int di = static_cast<int>(d);
    if (di == m.parts.region) {
      by([&](std::size_t i) { return m.region_of[i]; });
    } else if (di == m.parts.time) {
      by([&](std::size_t i) { return m.period_of[i]; });
    } else if (di == m.parts.sex) {
      by([&](std::size_t i) { return std::string(stats::to_string(m.sex_of[i])); });
    } else if (di == m.parts.metric && measure_ids.size() == v.size()) {
      by([&](std::size_t i) { return measure_ids[i]; });
    } else {
      for (std::size_t k = 0; k < m.other_dims.size(); ++k)
        if (m.other_dims[k] == di) by([&](std::size_t i) { return m.dim_text[k][i]; });
    }
  }
  return o;
}

// Writes every cell of the datasets through `writer`, in steps.
Status write_cells(store::ObservationWriter& writer, const std::vector<Dataset>& datasets,
                   const std::vector<CellMapping>& mappings, const std::vector<std::vector<std::int64_t>>& ids,
                   const ImportOptions& options, std::uint64_t total_cells, ImportSummary& summary) {
  std::set<std::string> regions, periods;
  std::uint64_t done = 0;
  for (std::size_t d = 0; d < datasets.size(); ++d) {
    const Dataset& ds = datasets[d];
    const CellMapping& m = mappings[d];
    const std::vector<std::int64_t>& measure_ids = ids[d];
    for (const auto& r : m.region_of) regions.insert(r);
    for (const auto& p : m.period_of) periods.insert(p);
    const std::size_t ndims = ds.dimensions.size();
    const KeyOrder order = key_order(ds, m, measure_ids);
    std::vector<std::uint64_t> stride(ndims, 1);  // cell index = Σ index[k] · stride[k]
    for (std::size_t k = ndims; k-- > 1;) stride[k - 1] = stride[k] * ds.dimensions[k].categories.size();
    std::vector<std::size_t> pos(ndims, 0);  // per position in order.dims: how far its visit has come
    std::vector<std::size_t> index(ndims, 0);
    for (std::size_t k = 0; k < ndims; ++k)
      if (!order.visit[k].empty()) index[k] = order.visit[k][0];
    const CellMarkers markers(ds);
    const std::uint64_t cells = ds.cell_count();
    stats::Observation o;
    for (std::uint64_t visited = 0; visited < cells; ++visited) {
      std::uint64_t cell = 0;
      for (std::size_t k = 0; k < ndims; ++k) cell += index[k] * stride[k];
      double v = cell < ds.values.size() ? ds.values[cell] : std::nan("");
      auto status = ds.status.find(cell);
      o.value = std::isnan(v) ? std::nullopt : std::optional<double>(v);
      o.status = status != ds.status.end() ? status->second : o.value ? markers.marker_of(index) : "..";
      o.region_code = m.region_of[index[m.parts.region]];
      o.period = m.period_of[index[m.parts.time]];
      o.sex = m.parts.sex >= 0 ? m.sex_of[index[m.parts.sex]] : stats::Sex::total;
      o.dims.clear();
      for (std::size_t k = 0; k < m.other_dims.size(); ++k) {
        if (k) o.dims += '|';
        o.dims += m.dim_text[k][index[m.other_dims[k]]];
      }
      std::int64_t measure_id =
          m.parts.metric >= 0 && measure_ids.size() > 1 ? measure_ids[index[m.parts.metric]] : measure_ids[0];
      if (Status st = writer.add(measure_id, o); !st) return st;
      ++summary.observations;
      // Advance the odometer in key order: the innermost dimension varies fastest.
      for (std::size_t j = ndims; j-- > 0;) {
        const int k = order.dims[j];
        const bool more = ++pos[j] < order.visit[k].size();
        if (!more) pos[j] = 0;
        if (!order.visit[k].empty()) index[k] = order.visit[k][pos[j]];
        if (more) break;
      }
      if (options.progress && (++done % 10000 == 0)) options.progress(done, total_cells);
    }
  }
  if (Status st = writer.finish(); !st) return st;
  summary.regions = static_cast<int>(regions.size());
  summary.periods = static_cast<int>(periods.size());
  return {};
}

// Marks a batch that could not be finished failed and deletes its rows.
void abandon(store::Database& db, std::int64_t batch_id) {
  Status failed = db.transaction([&](soci::session& s) -> Status {
    store::fail_batch(s, batch_id);
    return {};
  });
  if (failed) (void)store::purge_batch(db, batch_id);
}

}  // namespace

Result<ImportSummary> import_datasets(store::Database& db, const std::vector<Dataset>& datasets,
                                      const ImportOptions& options) {
  ImportSummary summary;
  std::vector<CellMapping> mappings;
  std::uint64_t total_cells = 0;
  for (const auto& ds : datasets) {
    auto m = build_mapping(ds);
    if (!m) {
      Error e = m.error();
      e.where = options.file_name + (ds.id.empty() ? "" : " (" + ds.id + ")");
      return e;
    }
    mappings.push_back(std::move(*m));
    total_cells += ds.cell_count();
    for (const auto& w : ds.warnings) summary.warnings.push_back((w.where.empty() ? "" : w.where + ": ") + w.message);
  }
  if (datasets.empty()) return validation_error("the file holds no table", options.file_name);
  if (options.user && !may_import_statistics(*options.user))
    return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
  // Measure codes end up in URLs and download names: checked before
  // anything is written, the typed one first, then those the file gives.
  if (options.measure_code)
    if (Status typed = stats::check_measure_code(*options.measure_code, "measure"); !typed) return typed.error();
  for (std::size_t d = 0; d < datasets.size(); ++d)
    for (const auto& measure : measures_of(datasets[d], mappings[d], options))
      if (Status from_file = stats::check_measure_code(measure.code, "measure"); !from_file) {
        Error e = from_file.error();
        e.message += options.measure_code ? " Koden bildas av din kod och tabellens innehållskoder."
                                          : " Skriv en egen kod för måttet.";
        e.where = options.file_name + (datasets[d].id.empty() ? "" : " (" + datasets[d].id + ")");
        return e;
      }

  // 1. A loading batch, invisible to readers.
  std::vector<std::vector<std::int64_t>> measure_ids;
  Status opened = db.transaction(
      [&](soci::session& s) -> Status { return open_batch(s, datasets, mappings, options, summary, measure_ids); });
  if (!opened) return opened.error();
  if (summary.unchanged) return summary;

  // 2. The rows, in short steps.
  store::ObservationWriter writer(db, summary.batch_id, options.rows_per_step);
  if (Status st = write_cells(writer, datasets, mappings, measure_ids, options, total_cells, summary); !st) {
    abandon(db, summary.batch_id);
    return st.error();
  }

  // 3. One short transaction makes the batch visible in place of the values
  // it replaces, with the measures' new titles and units.
  Status switched = db.transaction([&](soci::session& s) -> Status {
    for (std::size_t d = 0; d < datasets.size(); ++d)
      for (const auto& measure : measures_of(datasets[d], mappings[d], options)) store::save_measure(s, measure);
    if (!store::complete_batch(s, summary.batch_id, summary.observations, summary.regions, summary.periods))
      return conflict_error("import batch " + std::to_string(summary.batch_id) +
                            " was declared abandoned before it finished; import the file again");
    nlohmann::json after = {{"file_name", options.file_name}, {"sha256", options.sha256},
                            {"format", options.format},       {"observations", summary.observations},
                            {"measures", summary.measure_codes}};
    store::append_audit(s, {.actor = options.actor.name,
                            .action = "create",
                            .entity = "import_batch",
                            .entity_id = summary.batch_id,
                            .after_json = after.dump()});
    return {};
  });
  if (!switched) {
    abandon(db, summary.batch_id);
    return switched.error();
  }
  if (options.progress) options.progress(total_cells, total_cells);
  return summary;
}

namespace {

Status rollback_as(store::Database& db, std::int64_t batch_id, const std::string& actor,
                   const std::optional<User>& user) {
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto batch = store::find_batch(s, batch_id);
    if (user) {
      auto readers = statistics_batch_readers(user);
      if (!readers) return readers.error();
      bool visible = batch && (readers->empty() || std::find(readers->begin(), readers->end(),
                                                             batch->county_code) != readers->end());
      if (!visible) return missing_record_error(user, "import batch");
      if (Status allowed = authorize_statistics_change(user, batch->county_code); !allowed) return allowed;
    }
    if (auto blocker = store::rollback_blocker(s, batch_id)) {
      if (blocker->rfind("no import batch", 0) == 0) return not_found_error(*blocker);
      return conflict_error(*blocker);
    }
    store::rollback_batch(s, batch_id, actor);
    store::append_audit(s, {.actor = actor,
                            .action = "update",
                            .entity = "import_batch",
                            .entity_id = batch_id,
                            .before_json = std::string(R"({"rolled_back":false})"),
                            .after_json = std::string(R"({"rolled_back":true})")});
    return {};
  });
  if (!st) return st;
  // The rows of the rolled-back batch are no longer read; delete them in
  // short steps (a failure leaves them for purge_abandoned_batches).
  (void)store::purge_batch(db, batch_id);
  return {};
}

}  // namespace

Status rollback_import(store::Database& db, std::int64_t batch_id, const Actor& actor) {
  return rollback_as(db, batch_id, actor.name, std::nullopt);
}

Status rollback_batch(store::Database& db, const std::optional<User>& user, std::int64_t batch_id) {
  if (!user) return authorize_statistics_change(user, "");
  return rollback_as(db, batch_id, user->email, user);
}

Result<std::vector<store::ImportBatch>> list_batches(store::Database& db, const std::optional<User>& user) {
  auto readers = statistics_batch_readers(user);
  if (!readers) return readers.error();
  std::vector<store::ImportBatch> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_batches(s, *readers);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<std::size_t> purge_abandoned_batches(store::Database& db, int stale_after_seconds) {
  auto cutoff_time = std::chrono::system_clock::now() - std::chrono::seconds(stale_after_seconds);
  auto t = std::chrono::system_clock::to_time_t(cutoff_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char cutoff[32];
  std::strftime(cutoff, sizeof cutoff, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::vector<std::int64_t> todo;
  Status st = db.transaction([&](soci::session& s) -> Status {
    for (std::int64_t id : store::stale_loading_batches(s, cutoff)) store::fail_batch(s, id);
    todo = store::unpurged_batches(s);
    return {};
  });
  if (!st) return st.error();
  for (std::int64_t id : todo)
    if (Status purged = store::purge_batch(db, id); !purged) return purged.error();
  return todo.size();
}

Result<std::size_t> load_demo_statistics(store::Database& db) {
  std::size_t measures = 0;
  Status st = db.read([&](soci::session& s) -> Status {
    measures = store::list_measures(s).size();
    return {};
  });
  if (!st) return st.error();
  if (measures > 0) return std::size_t{0};
  std::size_t n = 0;
  for (const auto& [path, bytes] : embedded_files()) {
    if (path.rfind("statistics/", 0) != 0 || !path.ends_with(".px")) continue;
    std::string name = "data/" + std::string(path);
    auto file = read_statistics_bytes(bytes, name);
    if (!file) return file.error();
    ImportOptions options{.file_name = name,
                          .sha256 = file->sha256,
                          .format = std::string(formats::to_string(file->format)),
                          .measure_code = std::nullopt,
                          .actor = Actor{"system"},
                          .progress = {},
                          .user = std::nullopt,
                          .rows_per_step = 0};
    auto imported = import_datasets(db, file->datasets, options);
    if (!imported) return imported.error();
    ++n;
  }
  return n;
}

Result<std::vector<store::ImportBatch>> list_import_batches(store::Database& db) {
  std::vector<store::ImportBatch> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_batches(s);
    return {};
  });
  if (!st) return st.error();
  return out;
}

std::string batch_status_text(const ImportBatch& batch) { return std::string(store::to_string(batch.status)); }

bool batch_is_current(const ImportBatch& batch) {
  return batch.status == store::BatchStatus::complete && !batch.rolled_back_at;
}

}  // namespace jamt::service
