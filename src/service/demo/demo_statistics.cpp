// Issue 13, item 5: the real Kolada and SCB tables of the demo (see
// demo_statistics.hpp and docs/demo-data.md).
#include "service/demo/demo_statistics.hpp"

#include <map>

#include "embedded/embedded_files.hpp"
#include "formats/csv/csv.hpp"
#include "formats/kolada/kolada_ddf.hpp"
#include "service/account/sha256.hpp"
#include "service/statistics/statistics_import.hpp"
#include "store/observation_repository.hpp"

namespace jamt::service {

namespace {

constexpr const char* kKoladaDir = "statistics/real/kolada/";
constexpr const char* kScbDir = "statistics/real/scb/";
constexpr const char* kKoladaSource = "Kolada (RKA), via open-numbers/ddf--kolada--dump";
constexpr const char* kScbSource = "SCB, via vagdur/SCBHandlerPlotter";

// Kolada's own titles of the KPIs (kolada-kpi-metadata-subset.csv) and the
// unit each is in. Every unit here marks the measure non-additive (shares,
// days per person, kronor, years, rates): no women's share is computed
// from them.
struct KoladaKpi {
  const char* id;
  const char* title;
  const char* unit;
};
constexpr KoladaKpi kKoladaKpis[] = {
    {"N00206", "Heltidsanställda månadsavlönade, kommun, andel (%)", "procent"},
    {"N00906", "Sammanräknad förvärvsinkomst i åldern 20-64 år (median), kr", "kronor"},
    {"N00914", "Förvärvsarbetande invånare 20-64 år, andel (%) (-2021)", "procent"},
    {"N00938", "Sjukpenningtalet, dagar/registrerad försäkrad", "dagar"},
    {"N00942", "Föräldrapenningdagar som tas ut av kvinnor, andel av antal dagar (%)", "procent"},
    {"N00943", "Föräldrapenningdagar som tas ut av män, andel av antal dagar (%)", "procent"},
    {"N00945", "Tillfälliga föräldrapenningdagar (VAB) som tas ut av män, andel av antal dagar (%)", "procent"},
    {"N00951", "Lönegap median kvinnor - median män anställda av kommunen, kr", "kronor"},
    {"N00952", "Kvinnors mediannettoinkomst som andel av mäns mediannettoinkomst, andel (%)", "procent"},
    {"N00957", "Ohälsotal, dagar", "dagar"},
    {"N01460", "Invånare 16-84 år som utsatts för våld eller hot om våld, andel (%)", "procent"},
    {"N01982", "Invånare 25-64 år med eftergymnasial utbildning, andel (%)", "procent"},
    {"N02243", "Sysselsatta invånare 20-65 år, andel (%)", "procent"},
    {"N02251", "Egenföretagare, andel av totalt sysselsatta efter bostadens belägenhet (%)", "procent"},
    {"N02923", "Kvinnor i befolkningen kommun, andel (%)", "procent"},
    {"N02926", "Utrikes födda, andel (%)", "procent"},
    {"N03920", "Arbetslöshet 18-65 år, årsmedelvärde, andel (%) av bef.", "procent"},
    {"N05814", "Kvinnor bland förtroendevalda kommunpolitiker, andel (%)", "procent"},
    {"N05815", "Kvinnor i kommunfullmäktige, andel (%)", "procent"},
    {"N05816", "Kvinnor på ordförandeposter i kommunen, andel (%)", "procent"},
    {"N07402", "Anmälda brott om grov kvinnofridskränkning i kommunen, antal/100 000 inv", "per 100 000 invånare"},
    {"N15428", "Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)", "procent"},
    {"N17461", "Gymnasieelever med examen inom 4 år, hemkommun, andel (%)", "procent"},
    {"N17832", "Kvinnor i gymnasieskola, elever i kommunal gymnasieskola, andel (%)", "procent"},
    {"N60987", "Kvinnors andel av männens lönesumma, dagbefolkning, andel (%)", "procent"},
};
// Kolada publishes life expectancy as two KPIs, one per sex; the demo reads
// them as the women and men of one measure.
constexpr const char* kLifeExpectancyCode = "N00925.N00923";

// The SCB tables by municipality: file, code, title, unit, value column.
struct ScbTable {
  const char* file;
  const char* code;
  const char* title;
  const char* unit;
  const char* value_column;
};
constexpr ScbTable kScbTables[] = {
    {"scb-inkomst-medel-median-kommun-kon-alder-2018.csv", "SCB.INKOMST.KOMMUN",
     "Sammanräknad förvärvsinkomst, medelvärde och median, tkr, efter kommun, kön och ålder (SCB, 2018)", "tkr", "X2018"},
    {"scb-utbildningsniva-kommun-alder-kon-2019.csv", "SCB.UTBILDNINGSNIVA.KOMMUN",
     "Befolkning efter utbildningsnivå, ålder och kön, per kommun (SCB, 2019)", "antal personer", "X2019"},
    {"scb-inrikes-utrikes-fodda-12-25-kommun-kon-2019.csv", "SCB.FODELSELAND.12-25.KOMMUN",
     "Befolkning 12–25 år, född i Sverige eller utrikes född, efter ålder och kön, per kommun (SCB, 2019)",
     "antal personer", "X2019"},
};

// The embedded Kolada files of `kpi` ("kolada-N00957-…-kon.csv" first).
std::vector<std::string> kolada_files(const std::string& kpi) {
  std::vector<std::string> out;
  std::string prefix = kKoladaDir;
  prefix.append("kolada-").append(kpi).append("-");
  for (const auto& [path, bytes] : embedded_files())
    if (path.starts_with(prefix) && path.ends_with("-kon.csv")) out.insert(out.begin(), std::string(path));
    else if (path.starts_with(prefix) && path.ends_with(".csv")) out.push_back(std::string(path));
  return out;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string_view bytes_of(const std::string& path) { return embedded_file(path).value_or(std::string_view{}); }

// The dataset of a Kolada table: its -kon and -totalt files, or for life
// expectancy the women's and the men's KPI.
Result<stats::Dataset> read_kolada_table(const DemoRealTable& table) {
  const bool life = table.code == kLifeExpectancyCode;
  std::vector<formats::KoladaDdfFile> files;
  for (const auto& path : table.files) {
    formats::KoladaDdfFile file{.name = "data/" + path, .bytes = bytes_of(path), .gender = "T", .own_value_column = ""};
    if (life) {
      const bool women = path.find("N00925") != std::string::npos;
      file.gender = women ? "K" : "M";
      file.own_value_column = women ? "n00925" : "n00923";
    }
    files.push_back(std::move(file));
  }
  return formats::read_kolada_ddf(files, {.id = table.code,
                                          .value_column = lower(table.code),
                                          .title = table.title,
                                          .unit = table.unit,
                                          .source = kKoladaSource,
                                          .decimals = 1});
}

// The dataset of an SCB table by municipality: a long CSV whose value column
// ("X2019") names the year; the year becomes a time dimension of one
// category, appended last so the cells keep their places.
Result<stats::Dataset> read_scb_table(const DemoRealTable& table, const ScbTable& scb) {
  const std::string& path = table.files.at(0);
  auto ds = formats::read_csv(bytes_of(path), {.file_name = "data/" + path,
                                                .separator = ',',
                                                .decimal_mark = formats::CsvDecimalMark::point,
                                                .encoding = formats::CsvEncoding::utf8,
                                                .value_column = scb.value_column});
  if (!ds) return ds.error();
  std::string year = std::string(scb.value_column).substr(1);
  ds->dimensions.push_back({.id = "år", .label = "År", .role = stats::DimensionRole::time,
                            .categories = {{year, year}}});
  ds->id = table.code;
  ds->title = table.title;
  ds->contents = ds->title;
  ds->unit = table.unit;
  ds->source = kScbSource;
  ds->decimals = table.unit == "tkr" ? 1 : 0;
  return ds;
}

const ScbTable* scb_table(const std::string& code) {
  for (const auto& t : kScbTables)
    if (code == t.code) return &t;
  return nullptr;
}

}  // namespace

std::vector<DemoRealTable> demo_real_tables() {
  std::vector<DemoRealTable> out;
  for (const auto& kpi : kKoladaKpis)
    out.push_back({.code = kpi.id,
                   .title = std::string(kpi.title) + " (Kolada " + kpi.id + ")",
                   .unit = kpi.unit,
                   .files = kolada_files(kpi.id)});
  std::vector<std::string> life = kolada_files("N00925");
  for (const auto& f : kolada_files("N00923")) life.push_back(f);
  out.push_back({.code = kLifeExpectancyCode,
                 .title = "Medellivslängd, år (Kolada N00925 kvinnor, N00923 män)",
                 .unit = "år",
                 .files = life});
  for (const auto& t : kScbTables)
    out.push_back({.code = t.code,
                   .title = t.title,
                   .unit = t.unit,
                   .files = {std::string(kScbDir) + t.file}});
  return out;
}

Result<std::size_t> load_demo_real_statistics(store::Database& db) {
  std::size_t imported = 0;
  for (const auto& table : demo_real_tables()) {
    bool present = false;
    Status st = db.read([&](soci::session& s) -> Status {
      present = store::find_measure_by_code(s, table.code).has_value();
      return {};
    });
    if (!st) return st.error();
    if (present) continue;
    if (table.files.empty()) return Error{ErrorKind::internal, "no files compiled in for " + table.code, {}, {}};
    const ScbTable* scb = scb_table(table.code);
    auto ds = scb ? read_scb_table(table, *scb) : read_kolada_table(table);
    if (!ds) return ds.error();
    std::string names, bytes;
    for (const auto& path : table.files) {
      names += (names.empty() ? "data/" : " + data/") + path;
      bytes += bytes_of(path);
    }
    auto summary = import_datasets(db, {*ds}, {.file_name = names,
                                              .sha256 = sha256_hex(bytes),
                                              .format = scb ? "csv" : "kolada-ddf",
                                              .measure_code = table.code,
                                              .actor = Actor{"system"},
                                              .progress = {},
                                              .user = std::nullopt,
                                              .owner_county = std::nullopt,
                                              .rows_per_step = 0});
    if (!summary) return summary.error();
    ++imported;
  }
  return imported;
}

}  // namespace jamt::service
