#include "service/joining/joining_application.hpp"

#include "domain/registers/label_text.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/regions.hpp"
#include "domain/registers/action_plan_file.hpp"
#include "domain/registers/joining.hpp"
#include "domain/account_policy.hpp"
#include "domain/utc_time.hpp"
#include "formats/documents/document_content.hpp"
#include "service/account/sha256.hpp"
#include "service/joining/joining_register.hpp"
#include "store/joining/join_guard_repository.hpp"
#include "store/transaction_lock.hpp"
#include "service/organisations/person_register.hpp"
#include "store/register_repository.hpp"

namespace jamt::service {

namespace {

using registers::Record;
using registers::value_of;

Error first_or_report(std::vector<Error> errors, std::vector<Error>* problems) {
  Error first = errors.front();
  if (problems) *problems = std::move(errors);
  return first;
}

// A value that a spreadsheet would run as a formula when a strategist opens
// an exported list.
bool starts_like_formula(const std::string& v) {
  return !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@');
}

Error file_problem(const std::string& message) {
  return validation_error(i18n::trf("Handlingsplan (fil): {1}", {message}), {}, "action_plan_file");
}

// The file's type by name and first bytes (domain), then by parsing its
// content (formats/documents): a PDF must parse as one, a DOCX/ODT must be a
// whole archive with its main part.
Result<registers::ActionPlanFileType> checked_file_type(const UploadedFile& file) {
  auto type = registers::check_action_plan_file(file.file_name, file.content);
  if (!type) return type.error();
  Status parsed;
  if (type->content_type == "application/pdf") {
    parsed = formats::check_pdf_content(file.content);
    if (!parsed) return file_problem(i18n::tr("filen går inte att läsa som en PDF-fil (den är skadad eller inte en PDF)"));
  } else if (type->content_type == "application/vnd.oasis.opendocument.text") {
    parsed = formats::check_odt_content(file.content);
    if (!parsed) return file_problem(i18n::tr("filen går inte att läsa som ett OpenDocument-dokument (ODT)"));
  } else {
    parsed = formats::check_docx_content(file.content);
    if (!parsed) return file_problem(i18n::tr("filen går inte att läsa som ett Word-dokument (DOCX)"));
  }
  return type;
}

// An error when storing `adding` more bytes for organisation number
// `org_number` (beside what its joinings other than `except` hold) would pass
// account_policy().applicant_storage_bytes.
std::optional<Error> over_storage_cap(soci::session& s, const std::string& org_number, std::int64_t except,
                                      std::size_t adding) {
  const std::size_t cap = account_policy().applicant_storage_bytes;
  const auto stored = static_cast<std::size_t>(store::stored_file_bytes_of(s, org_number, except));
  if (stored + adding <= cap) return std::nullopt;
  // Whole kB under a megabyte, whole MB above, rounded up.
  auto size = [](std::size_t bytes) {
    constexpr std::size_t kB = 1024, MB = 1024 * 1024;
    return bytes < MB ? std::to_string((bytes + kB - 1) / kB) + " kB" : std::to_string((bytes + MB - 1) / MB) + " MB";
  };
  return file_problem(i18n::trf(
      "organisationen har redan {1} sparade filer hos Jämt och får spara högst {2}; den här filen är {3}",
      {size(stored), size(cap), size(adding)}));
}

std::vector<Error> application_problems(const Clock& clock, const registers::CheckedRecord& checked,
                                        const std::optional<UploadedFile>& file,
                                        std::optional<registers::ActionPlanFileType>& file_type) {
  const auto& spec = registers::joining_application_spec();
  std::vector<Error> errors = checked.errors;
  auto has_error = [&](const std::string& field) {
    for (const auto& e : errors)
      if (e.field == field) return true;
    return false;
  };
  for (const char* f : {"organisation_name", "contact_name"})
    if (!has_error(f) && starts_like_formula(value_of(checked.record, f)))
      errors.push_back(validation_error(i18n::trf("{1}: får inte börja med =, +, - eller @", {registers::label_text(spec.field(f)->label_sv)}), {}, f));
  if (!has_error("decision_date") && value_of(checked.record, "decision_date") > clock.today_text())
    errors.push_back(validation_error(i18n::trf("{1}: kan inte vara ett datum i framtiden", {registers::label_text(spec.field("decision_date")->label_sv)}),
                                      {}, "decision_date"));
  if (file) {
    auto type = checked_file_type(*file);
    if (type) file_type = *type;
    else errors.push_back(type.error());
  }
  return errors;
}

}  // namespace

Result<Record> submit_application(store::Database& db, const std::string& county_code, const Record& input,
                                  const std::optional<UploadedFile>& file, const std::optional<User>& user,
                                  const JoinGuard& guard, std::vector<Error>* problems) {
  if (!RegionCatalogue::instance().find_county(county_code)) return not_found_error("no county " + county_code);
  const auto now = db.clock().now();
  const AccountPolicy policy = account_policy();
  const std::string token_hash = sha256_hex(guard.token), address_hash = sha256_hex(guard.client_address);
  const std::string issued_after = utc_text(now - policy.join_token_lifetime);
  const Error stale{ErrorKind::csrf,
                    i18n::tr("Formuläret hade gått ut eller var redan skickat. Kontrollera uppgifterna och skicka igen."),
                    {}, {}};
  const std::string hour_ago = utc_text(now - std::chrono::hours{1});
  const Error throttled{ErrorKind::throttled,
                        i18n::trf("För många ansökningar från din adress: högst {1} i timmen. Försök igen om en timme.",
                                  {std::to_string(policy.join_applications_per_hour)}),
                        {}, {}};
  bool live = false;
  std::int64_t recent = 0;
  // A first look, before the file is parsed; the count that decides is
  // taken again in the transaction below.
  Status guarded = db.read([&](soci::session& s) -> Status {
    live = !guard.token.empty() && store::join_token_live(s, token_hash, county_code, issued_after);
    recent = store::count_join_submissions(s, address_hash, hour_ago);
    return {};
  });
  if (!guarded) return guarded.error();
  if (!live) return stale;
  if (recent >= policy.join_applications_per_hour) return throttled;
  auto checked = registers::check_record(registers::joining_application_spec(), input, false);
  std::optional<registers::ActionPlanFileType> file_type;
  auto errors = application_problems(db.clock(), checked, file, file_type);
  if (!errors.empty()) return first_or_report(errors, problems);
  const Record& a = checked.record;
  const auto& rules = joining_rules();
  Record joining{{"organisation_name", value_of(a, "organisation_name")},
                 {"org_number", value_of(a, "org_number")},
                 {"organisation_type", value_of(a, "organisation_type")},
                 {"municipality_code", value_of(a, "municipality_code")},
                 {"county_code", county_code},
                 {"decision_date", value_of(a, "decision_date")},
                 {"action_plan_url", value_of(a, "action_plan_url")},
                 {"publish_consent", value_of(a, "publish_consent")}};
  if (file) joining["action_plan_file"] = registers::safe_file_name(file->file_name);
  Record saved;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto more = rules.prepare(s, joining, nullptr);
    if (!more.empty()) return first_or_report(more, problems);
    if (auto over = file ? over_storage_cap(s, joining["org_number"], 0, file->content.size()) : std::nullopt) {
      if (problems) *problems = {*over};
      return *over;
    }
    // Counted again under a lock per address, so that a burst of parallel
    // submissions from one address cannot pass the limit by its own size.
    store::lock_for_transaction(s, db.engine(), store::LockSpace::join_submissions, address_hash);
    if (store::count_join_submissions(s, address_hash, hour_ago) >= policy.join_applications_per_hour)
      return throttled;
    // Spent here, in the transaction that creates the application: two
    // requests with one token create one application.
    if (!store::use_join_token(s, token_hash, county_code, issued_after, utc_text(now))) return stale;
    store::delete_join_submissions_before(s, hour_ago);
    store::insert_join_submission(s, address_hash, utc_text(now));
    std::string actor = actor_name(user);
    auto person = insert_checked(s, person_rules(),
                                 {{"name", value_of(a, "contact_name")},
                                  {"email", value_of(a, "contact_email")},
                                  {"phone", value_of(a, "contact_phone")},
                                  {"role", "kontaktperson"},
                                  {"county_code", county_code}},
                                 actor);
    joining["contact_person_id"] = value_of(person, "id");
    saved = insert_checked(s, rules, joining, actor);
    if (file)
      store::put_joining_file(s, std::stoll(value_of(saved, "id")),
                              {joining["action_plan_file"], file_type->content_type, file->content, ""});
    return {};
  });
  if (!st) return st.error();
  return saved;
}

Result<Record> replace_action_plan(store::Database& db, std::int64_t id, const UploadedFile& file,
                                   const std::optional<User>& user) {
  const auto& rules = joining_rules();
  auto type = checked_file_type(file);
  Record after;
  Status st = db.transaction([&](soci::session& s) -> Status {
    auto joining = store::find_record(s, *rules.spec, id);
    if (!joining) return missing_record_error(user, rules.spec->label_sv);
    if (auto a = authorize_stored(user, Action::update, rules.scope_of(s, *joining), rules.spec->label_sv); !a) return a.error();
    if (!type) return type.error();
    if (auto over = over_storage_cap(s, value_of(*joining, "org_number"), id, file.content.size())) return *over;
    std::string name = registers::safe_file_name(file.file_name);
    store::put_joining_file(s, id, {name, type->content_type, file.content, ""});
    after = apply_change(s, rules, id, {{"action_plan_file", name}}, actor_name(user), "action_plan");
    return {};
  });
  if (!st) return st.error();
  return after;
}

Result<store::StoredFile> action_plan_of(store::Database& db, std::int64_t id, const std::optional<User>& user) {
  auto joining = get_record(db, joining_rules(), id, user);
  if (!joining) return joining.error();
  std::optional<store::StoredFile> file;
  Status st = db.read([&](soci::session& s) -> Status {
    file = store::find_joining_file(s, id);
    return {};
  });
  if (!st) return st.error();
  if (!file) return not_found_error("the joining has no action plan file");
  return *file;
}

}  // namespace jamt::service
