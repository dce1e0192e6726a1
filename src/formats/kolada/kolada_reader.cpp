// The Kolada reader: response envelope, value entries, and the cube built
// from observations (shared by one page and merged pages).
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

#include "formats/common/json_support.hpp"
#include "formats/common/number_text.hpp"
#include "formats/kolada/kolada.hpp"

namespace jamt::formats {

namespace {

using namespace json_support;

// The genders in their dimension order, with their Swedish labels.
constexpr std::pair<const char*, const char*> kGenders[] = {{"K", "kvinnor"}, {"M", "män"}, {"T", "totalt"}};

// The largest cube built (cells), as for the other readers.
constexpr std::uint64_t kMaxCells = 100'000'000;

// Periods sort as numbers when they are ("2019" < "2020" < "202101"), else as text.
bool period_less(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

std::string text_of(const json& j, const std::string& path, const char* what) {
  if (!j.is_string()) fail(path, std::string("expected ") + what + " (a string), got " + type_name(j));
  return j.get<std::string>();
}

// The URL of a link field, "" for null, "" or absent.
std::string link(const json& page, const char* v2_name, const char* v3_name) {
  for (const char* name : {v3_name, v2_name}) {
    const json* l = member(page, name);
    if (!l || l->is_null()) continue;
    std::string p = key_path("$", name);
    std::string url = text_of(*l, p, "a URL");
    if (!url.empty()) return url;
  }
  return "";
}

bool deleted(const json& value, const std::string& path) {
  for (const char* name : {"is_deleted", "isdeleted"}) {
    const json* d = member(value, name);
    if (!d || d->is_null()) continue;
    if (d->is_boolean()) return d->get<bool>();
    if (auto n = as_count(*d); n && *n <= 1) return *n == 1;
    fail(key_path(path, name), "expected 0, 1, true or false, got " + (d->is_number() ? d->dump() : type_name(*d)));
  }
  return false;
}

void read_values(const json& entry, const std::string& path, KoladaObservation base, KoladaPage& page,
                 std::size_t& deleted_count) {
  const std::string vpath = key_path(path, "values");
  const json* values = member(entry, "values");
  if (!values) fail(vpath, "missing \"values\" (the values by gender)");
  if (!values->is_array()) fail(vpath, "expected an array, got " + type_name(*values));
  for (std::size_t i = 0; i < values->size(); ++i) {
    const json& v = (*values)[i];
    std::string p = index_path(vpath, i);
    if (!v.is_object()) fail(p, "expected a value object, got " + type_name(v));
    KoladaObservation obs = base;
    obs.where = p;
    const json* gender = member(v, "gender");
    if (!gender) fail(key_path(p, "gender"), "missing \"gender\"");
    obs.gender = text_of(*gender, key_path(p, "gender"), "a gender code");
    if (obs.gender == "F")
      fail(key_path(p, "gender"), "gender \"F\" is not a Kolada gender code (K, M or T); the v2 documentation lists "
                                  "\"F\" but the API sends K for women");
    if (obs.gender != "K" && obs.gender != "M" && obs.gender != "T")
      fail(key_path(p, "gender"), "gender " + in_quotes(obs.gender) + " is not a Kolada gender code (K, M or T)");
    if (deleted(v, p)) {
      ++deleted_count;
      continue;
    }
    if (const json* value = member(v, "value"); value && !value->is_null()) {
      if (!value->is_number()) fail(key_path(p, "value"), "expected a number or null, got " + type_name(*value));
      obs.value = value->get<double>();
      if (!std::isfinite(*obs.value)) fail(key_path(p, "value"), "expected a finite number");
    }
    if (const json* status = member(v, "status"); status && !status->is_null())
      obs.status = text_of(*status, key_path(p, "status"), "a status");
    if (const json* count = member(v, "count"); count && !count->is_null() && !as_count(*count))
      fail(key_path(p, "count"), "expected a whole number, got " + (count->is_number() ? count->dump() : type_name(*count)));
    page.observations.push_back(std::move(obs));
  }
}

KoladaPage read_page(const json& root, const std::string& file_name) {
  if (!root.is_object()) fail("$", "expected a Kolada response object, got " + type_name(root));
  KoladaPage page;
  page.file_name = file_name;
  const json* values = member(root, "values");
  if (!values) fail("$.values", "missing \"values\": not a Kolada data response");
  if (!values->is_array()) fail("$.values", "expected an array, got " + type_name(*values));
  if (const json* count = member(root, "count"); count && !count->is_null()) {
    if (!count->is_number_integer()) fail("$.count", "expected a whole number, got " + type_name(*count));
    page.count = count->get<std::int64_t>();
  }
  page.next_page = link(root, "next_page", "next_url");
  page.previous_page = link(root, "previous_page", "previous_url");

  std::optional<KoladaUnitKind> kind;
  std::size_t deleted_count = 0;
  for (std::size_t i = 0; i < values->size(); ++i) {
    const json& entry = (*values)[i];
    std::string p = index_path("$.values", i);
    if (!entry.is_object()) fail(p, "expected a data object, got " + type_name(entry));
    KoladaObservation base;
    const json* kpi = member(entry, "kpi");
    if (!kpi) fail(key_path(p, "kpi"), "missing \"kpi\"");
    base.kpi = text_of(*kpi, key_path(p, "kpi"), "a KPI id");
    const json* municipality = member(entry, "municipality");
    const json* ou = member(entry, "ou");
    if (municipality && ou) fail(p, "has both \"municipality\" and \"ou\"");
    if (!municipality && !ou) fail(p, "missing \"municipality\" (or \"ou\" for data on organisational units)");
    KoladaUnitKind this_kind = municipality ? KoladaUnitKind::municipality : KoladaUnitKind::ou;
    const char* unit_name = municipality ? "municipality" : "ou";
    if (kind && *kind != this_kind)
      fail(p, std::string("an \"") + unit_name + "\" entry among entries for " +
                  (*kind == KoladaUnitKind::municipality ? "municipalities" : "organisational units"));
    kind = this_kind;
    base.unit = text_of(municipality ? *municipality : *ou, key_path(p, unit_name), "a unit id");
    const json* period = member(entry, "period");
    if (!period) fail(key_path(p, "period"), "missing \"period\"");
    if (period->is_string()) base.period = period->get<std::string>();
    else if (period->is_number_integer()) base.period = std::to_string(period->get<std::int64_t>());
    else fail(key_path(p, "period"), "expected a period (a year such as 2020, as a number or a string), got " +
                                         (period->is_number() ? period->dump() : type_name(*period)));
    read_values(entry, p, std::move(base), page, deleted_count);
  }
  page.unit_kind = kind.value_or(KoladaUnitKind::municipality);
  if (deleted_count > 0)
    page.dataset.warnings.push_back({deleted_count == 1 ? std::string("1 entry marked is_deleted was left out")
                                                        : std::to_string(deleted_count) + " entries marked is_deleted were left out",
                                     "$.values"});
  return page;
}

// A dimension's categories in first-appearance order, and their positions.
struct Categories {
  std::vector<std::string> codes;
  std::unordered_map<std::string, std::uint32_t> position;
  void add(const std::string& code) {
    if (position.emplace(code, static_cast<std::uint32_t>(codes.size())).second) codes.push_back(code);
  }
  void sort_periods() {
    std::sort(codes.begin(), codes.end(), period_less);
    for (std::uint32_t i = 0; i < codes.size(); ++i) position[codes[i]] = i;
  }
};

struct Source {
  const KoladaObservation* obs;
  std::string name;  // "$.values[0].values[1]" or "file.json $.values[…]"
};

Result<stats::Dataset> build_dataset(const std::vector<Source>& sources, KoladaUnitKind kind, const std::string& id) {
  Categories kpis, units, periods, genders;
  for (const auto& s : sources) {
    kpis.add(s.obs->kpi);
    units.add(s.obs->unit);
    periods.add(s.obs->period);
  }
  periods.sort_periods();
  for (const auto& [code, label] : kGenders)
    for (const auto& s : sources)
      if (s.obs->gender == code) {
        genders.add(code);
        break;
      }

  stats::Dataset d;
  d.id = id;
  d.title = "Kolada";
  for (std::size_t i = 0; i < kpis.codes.size() && i < 5; ++i) d.title += (i ? ", " : ": ") + kpis.codes[i];
  if (kpis.codes.size() > 5) d.title += ", …";
  d.source = "Kolada";
  d.language = "sv";
  auto dimension = [](const char* dim_id, const char* label, stats::DimensionRole role, const std::vector<std::string>& codes) {
    stats::Dimension dim;
    dim.id = dim_id;
    dim.label = label;
    dim.role = role;
    for (const auto& c : codes) dim.categories.push_back({c, c});
    return dim;
  };
  d.dimensions.push_back(dimension("kpi", "nyckeltal", stats::DimensionRole::other, kpis.codes));
  if (kind == KoladaUnitKind::municipality)
    d.dimensions.push_back(dimension("municipality", "kommun", stats::DimensionRole::geo, units.codes));
  else
    d.dimensions.push_back(dimension("ou", "organisatorisk enhet", stats::DimensionRole::geo, units.codes));
  d.dimensions.push_back(dimension("period", "period", stats::DimensionRole::time, periods.codes));
  d.dimensions.push_back(dimension("gender", "kön", stats::DimensionRole::other, genders.codes));
  for (auto& c : d.dimensions.back().categories)
    for (const auto& [code, label] : kGenders)
      if (c.code == code) c.label = label;

  std::uint64_t cells = 1;
  for (const auto& dim : d.dimensions) {
    if (!dim.categories.empty() && cells > kMaxCells / dim.categories.size())
      return Error{ErrorKind::validation, "the values span more than " + std::to_string(kMaxCells) + " cells", "$.values", {}};
    cells *= dim.categories.size();
  }
  d.values.assign(cells, std::numeric_limits<double>::quiet_NaN());
  std::vector<std::int64_t> source_of(cells, -1);
  int decimals = 0;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const KoladaObservation& o = *sources[i].obs;
    std::uint64_t cell = kpis.position.at(o.kpi);
    cell = cell * units.codes.size() + units.position.at(o.unit);
    cell = cell * periods.codes.size() + periods.position.at(o.period);
    cell = cell * genders.codes.size() + genders.position.at(o.gender);
    if (source_of[cell] >= 0)
      return Error{ErrorKind::validation,
                   "kpi " + in_quotes(o.kpi) + ", " + d.dimensions[1].id + " " + in_quotes(o.unit) + ", period " +
                       in_quotes(o.period) + ", gender " + in_quotes(o.gender) + " has a value already at " +
                       sources[static_cast<std::size_t>(source_of[cell])].name,
                   sources[i].name, {}};
    source_of[cell] = static_cast<std::int64_t>(i);
    if (o.value) {
      d.values[cell] = *o.value;
      decimals = std::max(decimals, decimals_needed(*o.value));
    }
    if (!o.status.empty()) d.status[cell] = o.status;
    else if (!o.value) d.status[cell] = "..";
  }
  d.decimals = decimals;
  std::uint64_t missing = 0;
  for (std::uint64_t c = 0; c < cells; ++c)
    if (source_of[c] < 0) {
      d.status[c] = "..";
      ++missing;
    }
  if (missing > 0)
    d.warnings.push_back({std::to_string(missing) + " of " + std::to_string(cells) +
                              " combinations have no value; marked \"..\"",
                          "$.values"});
  return d;
}

}  // namespace

Result<KoladaPage> read_kolada(std::string_view text, const std::string& file_name) {
  auto parsed = parse_json_limited(text, kJsonFileDepthLimit);
  if (!parsed) return parsed.error();
  KoladaPage page;
  try {
    page = read_page(*parsed, file_name);
  } catch (const ShapeError& e) {
    return Error{ErrorKind::validation, e.message, e.path, {}};
  }
  std::vector<Source> sources;
  for (const auto& o : page.observations) sources.push_back({&o, o.where});
  auto dataset = build_dataset(sources, page.unit_kind, file_stem(file_name));
  if (!dataset) return dataset.error();
  auto warnings = std::move(page.dataset.warnings);
  page.dataset = std::move(dataset).value();
  page.dataset.warnings.insert(page.dataset.warnings.begin(), warnings.begin(), warnings.end());
  return page;
}

Result<stats::Dataset> merge_kolada_pages(const std::vector<KoladaPage>& pages) {
  if (pages.empty()) return Error{ErrorKind::validation, "no pages to merge", "", {}};
  // Pages without observations say nothing about the kind of unit.
  const KoladaPage* first = &pages[0];
  for (const auto& page : pages)
    if (!page.observations.empty()) {
      first = &page;
      break;
    }
  std::vector<Source> sources;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (pages[p].unit_kind != first->unit_kind && !pages[p].observations.empty())
      return Error{ErrorKind::validation,
                   std::string("holds data on ") +
                       (pages[p].unit_kind == KoladaUnitKind::ou ? "organisational units" : "municipalities") +
                       ", " + first->file_name + " on " +
                       (first->unit_kind == KoladaUnitKind::ou ? "organisational units" : "municipalities"),
                   pages[p].file_name, {}};
    for (const auto& o : pages[p].observations) sources.push_back({&o, pages[p].file_name + " " + o.where});
  }
  return build_dataset(sources, first->unit_kind, file_stem(pages[0].file_name));
}

}  // namespace jamt::formats
