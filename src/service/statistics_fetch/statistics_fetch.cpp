#include "service/statistics_fetch/statistics_fetch.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "domain/statistics/measure_code.hpp"
#include "domain/utc_time.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "service/account/sha256.hpp"
#include "service/authorization.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/statistics_fetch/fetch_settings.hpp"
#include "service/statistics_fetch/source_address.hpp"
#include "service/statistics_fetch/source_download.hpp"
#include "store/audit_repository.hpp"
#include "store/observation_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

// One stored value by measure code, region, period, sex and dims.
using Snapshot = std::map<std::string, std::pair<std::optional<double>, std::string>>;
struct Snapshots {
  Snapshot values;
  std::set<std::string> periods;
};

std::string key_of(const std::string& code, const store::StoredObservation& o) {
  return code + '\x1f' + o.region_code + '\x1f' + o.period + '\x1f' + std::string(stats::to_string(o.sex)) + '\x1f' +
         o.dims;
}

// The current values of measure `base` and of its content measures
// ("base.x"), or of exactly `codes` when given.
Result<Snapshots> snapshot(store::Database& db, const std::string& base, const std::vector<std::string>& codes) {
  Snapshots out;
  Status st = db.read([&](soci::session& s) -> Status {
    for (const auto& m : store::list_measures(s)) {
      bool ours = codes.empty() ? (m.code == base || m.code.rfind(base + ".", 0) == 0)
                                : std::find(codes.begin(), codes.end(), m.code) != codes.end();
      if (!ours) continue;
      for (const auto& o : store::query_observations(s, store::ObservationQuery{.measure_id = m.id})) {
        out.values[key_of(m.code, o)] = {o.value, o.status};
        out.periods.insert(o.period);
      }
    }
    return {};
  });
  if (!st) return st.error();
  return out;
}

std::string plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string list_text(const std::vector<std::string>& items, std::size_t at_most = 12) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < at_most; ++i) out += (i ? ", " : "") + items[i];
  if (items.size() > at_most) out += " …";
  return out;
}

// The sentence that says what a fetch changed.
std::string change_sentence(const FetchOutcome& o, bool first) {
  std::vector<std::string> parts;
  if (!o.new_periods.empty())
    parts.push_back(plural(static_cast<std::int64_t>(o.new_periods.size()), "ny period", "nya perioder") + ": " +
                    list_text(o.new_periods));
  if (o.revised_values > 0) parts.push_back(plural(o.revised_values, "reviderat värde", "reviderade värden"));
  std::int64_t other_new = o.new_values;
  if (!o.new_periods.empty() || first) other_new = 0;  // counted by the periods
  if (other_new > 0) parts.push_back(plural(other_new, "nytt värde", "nya värden"));
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? "; " : "") + parts[i];
  if (first) return "Första hämtningen: " + std::to_string(o.cells) + " celler" + (text.empty() ? "" : "; " + text) + ".";
  if (text.empty()) return "Tabellen har ändrats men inga värden: inga nya perioder, inga reviderade värden.";
  return text + ".";
}

std::string describe_source(const StatisticsSource& s) {
  return (s.kind == "scb" ? "SCB " : "Kolada ") + s.table_id;
}

Result<SourceAddress> address_of(const StatisticsSource& source) {
  auto selection = parse_selection(source.selection);
  if (!selection) return selection.error();
  return SourceAddress{.kind = source.kind, .base_url = source.base_url, .table_id = source.table_id,
                       .selection = *selection};
}

// Fetches and imports `source`; every failure becomes an outcome.
FetchOutcome run_fetch(store::Database& db, const StatisticsSource& source, const std::string& actor) {
  FetchOutcome out;
  out.source_id = source.id;
  const std::string started = db.clock().now_text();
  const FetchSettings settings = fetch_settings();
  std::optional<std::string> new_sha;

  auto finish = [&](bool ok, const std::string& result) {
    out.ok = ok;
    out.result = result;
    SourceFetch f{.id = 0,
                  .source_id = source.id,
                  .started_at = started,
                  .finished_at = db.clock().now_text(),
                  .fetched_by = actor,
                  .ok = ok,
                  .result = result,
                  .batch_id = out.batch_id,
                  .calls = out.calls,
                  .cells = out.cells};
    Status st = db.transaction([&](soci::session& s) -> Status {
      std::int64_t fetch_id = store::record_fetch(s, f, ok ? new_sha : std::nullopt);
      nlohmann::json after = {{"source_id", source.id}, {"ok", ok}, {"result", result}, {"calls", out.calls},
                              {"cells", out.cells}};
      if (out.batch_id) after["batch_id"] = *out.batch_id;
      store::append_audit(s, {.actor = actor,
                              .action = "create",
                              .entity = "statistics_fetch",
                              .entity_id = fetch_id,
                              .after_json = after.dump()});
      return {};
    });
    if (!st) {
      out.ok = false;
      out.result = "Hämtningen kunde inte sparas: " + st.error().to_string();
    }
    return out;
  };

  auto address = address_of(source);
  if (!address) return finish(false, address.error().message);
  auto download = source.kind == "scb"
                      ? download_scb(address->base_url, address->table_id, address->selection, settings.limits)
                      : download_kolada(address->base_url, address->table_id, address->selection, settings.limits);
  if (!download) return finish(false, "Hämtningen misslyckades: " + download.error().to_string());
  out.calls = download->calls;
  out.chunks = download->chunks;
  out.cells = static_cast<std::int64_t>(download->cells);

  // The content without the time stamp of the answer: the same data give the
  // same checksum.
  stats::Dataset canonical = download->dataset;
  canonical.updated.clear();
  canonical.warnings.clear();
  std::string sha = sha256_hex(formats::write_jsonstat(canonical));
  if (source.content_sha && *source.content_sha == sha) {
    out.unchanged = true;
    return finish(true, "Inga ändringar sedan förra hämtningen (" + std::to_string(out.cells) + " celler).");
  }
  new_sha = sha;

  auto before = snapshot(db, source.measure_code, {});
  if (!before) return finish(false, "Mätvärdena kunde inte läsas: " + before.error().to_string());
  ImportOptions options{.file_name = describe_source(source) + " (" + address->base_url + ")",
                        // Unique per change of content, so a return to earlier data is imported again.
                        .sha256 = sha256_hex(sha + source.content_sha.value_or("") + std::to_string(source.id)),
                        .format = download->format,
                        .measure_code = source.measure_code,
                        .actor = Actor{actor},
                        .progress = {},
                        .user = std::nullopt,
                        .owner_county = source.county_code,
                        .rows_per_step = 0};
  auto imported = import_datasets(db, {download->dataset}, options);
  if (!imported) return finish(false, "Importen misslyckades: " + imported.error().to_string());
  out.batch_id = imported->batch_id;
  auto after = snapshot(db, source.measure_code, imported->measure_codes);
  if (!after) return finish(false, "Mätvärdena kunde inte läsas: " + after.error().to_string());
  for (const auto& p : after->periods)
    if (!before->periods.count(p)) out.new_periods.push_back(p);
  for (const auto& [key, value] : after->values) {
    auto old = before->values.find(key);
    if (old == before->values.end()) {
      ++out.new_values;
    } else if (old->second != value) {
      ++out.revised_values;
    }
  }
  return finish(true, change_sentence(out, before->values.empty()));
}

Result<StatisticsSource> load_source(store::Database& db, std::int64_t id) {
  std::optional<StatisticsSource> found;
  Status st = db.read([&](soci::session& s) -> Status {
    found = store::find_source(s, id);
    return {};
  });
  if (!st) return st.error();
  if (!found) return not_found_error("no statistics source with that id");
  return *found;
}

bool visible_to(const std::vector<std::string>& readers, const std::string& county) {
  return readers.empty() || std::find(readers.begin(), readers.end(), county) != readers.end();
}

}  // namespace

std::string schedule_label(const std::string& schedule) {
  if (schedule == "manual") return std::string(i18n::N_("Manuellt"));
  if (schedule == "weekly") return std::string(i18n::N_("Varje vecka"));
  if (schedule == "monthly") return std::string(i18n::N_("Varje månad"));
  return "";
}

Result<StatisticsSource> add_source(store::Database& db, const std::optional<User>& user, const SourceInput& input) {
  if (!user || user->disabled) return Error{ErrorKind::unauthorized, "log in to do this", {}, {}};
  if (!may_import_statistics(*user)) return Error{ErrorKind::forbidden, "you are not allowed to do this", {}, {}};
  auto address = parse_source_address(input.address, fetch_settings().endpoints);
  if (!address) return address.error();
  auto typed = parse_selection(input.selection);
  if (!typed) return typed.error();
  Selection selection = merge_selection(address->selection, *typed);
  if (address->kind == "kolada")
    for (const auto& [variable, _] : selection)
      if (variable != "municipality" && variable != "year")
        return validation_error("Kolada väljer bara municipality och year, inte " + variable, {}, "selection");
  std::string schedule = input.schedule.empty() ? "manual" : input.schedule;
  if (schedule_label(schedule).empty())
    return validation_error("Välj hur ofta källan hämtas: manual, weekly eller monthly", {}, "schedule");
  std::string measure = input.measure_code.empty() ? address->table_id : input.measure_code;
  if (Status ok = stats::check_measure_code(measure, "measure_code"); !ok) return ok.error();
  StatisticsSource source{.id = 0,
                          .county_code = statistics_county_of(*user),
                          .kind = address->kind,
                          .address = input.address,
                          .base_url = address->base_url,
                          .table_id = address->table_id,
                          .selection = selection_text(selection),
                          .measure_code = measure,
                          .schedule = schedule,
                          .created_by = user->email,
                          .created_at = {},
                          .last_fetched_at = std::nullopt,
                          .last_result = std::nullopt,
                          .last_ok = std::nullopt,
                          .content_sha = std::nullopt};
  Status st = db.transaction([&](soci::session& s) -> Status {
    if (auto existing = store::find_measure_by_code(s, measure)) {
      std::string owner = store::measure_county(s, existing->id).value_or("");
      if (owner != source.county_code)
        return Error{ErrorKind::forbidden,
                     "måttet " + measure + " hör till " + (owner.empty() ? std::string("de nationella siffrorna") : "län " + owner + "s siffror") +
                         "; välj en egen kod för måttet",
                     {}, "measure_code"};
    }
    source.id = store::insert_source(s, source);
    source.created_at = store::clock_of(s).now_text();
    nlohmann::json after = {{"kind", source.kind},         {"address", source.address},
                            {"table_id", source.table_id}, {"selection", source.selection},
                            {"measure_code", measure},     {"schedule", schedule},
                            {"county_code", source.county_code}};
    store::append_audit(s, {.actor = user->email,
                            .action = "create",
                            .entity = "statistics_source",
                            .entity_id = source.id,
                            .after_json = after.dump()});
    return {};
  });
  if (!st) return st.error();
  return source;
}

Result<std::vector<StatisticsSource>> list_sources(store::Database& db, const std::optional<User>& user) {
  auto readers = statistics_batch_readers(user);
  if (!readers) return readers.error();
  std::vector<StatisticsSource> out;
  Status st = db.read([&](soci::session& s) -> Status {
    out = store::list_sources(s, *readers);
    return {};
  });
  if (!st) return st.error();
  return out;
}

Result<SourceDetails> source_details(store::Database& db, const std::optional<User>& user, std::int64_t id) {
  auto readers = statistics_batch_readers(user);
  if (!readers) return readers.error();
  SourceDetails out;
  bool found = false;
  Status st = db.read([&](soci::session& s) -> Status {
    auto source = store::find_source(s, id);
    if (!source || !visible_to(*readers, source->county_code)) return {};
    found = true;
    out.source = *source;
    out.fetches = store::list_fetches(s, id);
    return {};
  });
  if (!st) return st.error();
  if (!found) return missing_record_error(user, "statistics source");
  out.may_fetch = authorize_statistics_source_fetch(user, out.source.county_code).ok();
  return out;
}

Result<FetchOutcome> fetch_source(store::Database& db, const std::optional<User>& user, std::int64_t id) {
  auto readers = statistics_batch_readers(user);
  if (!readers) return readers.error();
  auto source = load_source(db, id);
  if (!source || !visible_to(*readers, source->county_code)) return missing_record_error(user, "statistics source");
  if (Status allowed = authorize_statistics_source_fetch(user, source->county_code); !allowed) return allowed.error();
  return run_fetch(db, *source, user->email);
}

Result<FetchOutcome> fetch_source_as_system(store::Database& db, std::int64_t id, const Actor& actor) {
  auto source = load_source(db, id);
  if (!source) return source.error();
  return run_fetch(db, *source, actor.name);
}

Result<std::vector<FetchOutcome>> fetch_due_sources(store::Database& db, const Actor& actor) {
  std::vector<StatisticsSource> sources;
  Status st = db.read([&](soci::session& s) -> Status {
    sources = store::list_sources(s);
    return {};
  });
  if (!st) return st.error();
  const auto now = db.clock().now();
  std::vector<FetchOutcome> out;
  for (const auto& source : sources) {
    if (source.schedule == "manual") continue;
    bool due = true;
    if (source.last_fetched_at)
      if (auto last = parse_utc_text(*source.last_fetched_at)) {
        auto every = source.schedule == "weekly" ? std::chrono::days(7) : std::chrono::days(30);
        due = now - *last >= every;
      }
    if (due) out.push_back(run_fetch(db, source, actor.name));
  }
  return out;
}

}  // namespace jamt::service
