#include "cli/commands.hpp"

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <spdlog/spdlog.h>
#include <thread>
#include <unistd.h>

#include "domain/account_policy.hpp"
#include "domain/clock.hpp"
#include "domain/disclosure/small_counts.hpp"
#include "service/disclosure/audience.hpp"
#include "domain/utc_time.hpp"
#include "formats/csv/csv_writer.hpp"
#include "formats/jsonstat/jsonstat.hpp"
#include "service/account/api_token_service.hpp"
#include "service/account/auth_service.hpp"
#include "service/demo/demo_registers.hpp"
#include "cli/report_command.hpp"
#include "cli/backup_command.hpp"
#include "service/demo/demo_reporting.hpp"
#include "service/demo/demo_portal.hpp"
#include "service/demo/demo_surveys.hpp"
#include "service/demo/demo_commitments.hpp"  // issue 12 item 3
#include "service/demo/demo_statistics.hpp"    // issue 13 item 5
#include "service/reporting/reminders.hpp"
#include "service/surveys/survey_mixing.hpp"
#include "service/surveys/survey_reminders.hpp"
#include "service/statistics/statistics_files.hpp"
#include "service/statistics/statistics_import.hpp"
#include "service/statistics_fetch/fetch_job.hpp"
#include "service/statistics_fetch/fetch_settings.hpp"
#include "service/statistics_fetch/statistics_fetch.hpp"
#include "service/strategy/strategy_service.hpp"
#include "store/database.hpp"
#include "service/background/background_queue.hpp"
#include "service/mail/outbox_mailer.hpp"
#include "service/mail/rfc5322.hpp"
#include "service/mail/smtp_mailer.hpp"
#include "service/operations/serve_settings.hpp"
#include "web/http/dispatcher.hpp"
#include "web/http/request_log.hpp"
#include "web/http/server.hpp"

namespace jamt::cli {

namespace {

// `--fixed-time` (for tests and demos): a clock standing still at that UTC
// time in `out`, or none when `text` is empty. False after telling stderr
// when `text` is not a UTC time.
bool fixed_clock_from(const std::string& text, std::unique_ptr<FixedClock>& out) {
  if (text.empty()) return true;
  auto at = parse_utc_text(text);
  if (!at) {
    std::cerr << "jamt: --fixed-time expects a UTC time such as 2026-03-31T10:00:00Z, got \"" << text << "\"\n";
    return false;
  }
  out = std::make_unique<FixedClock>(*at);
  return true;
}

struct GlobalOptions {
  std::string data_dir = "var";
  std::string db_url;
  std::size_t pool_size = 8;  // `jamt serve`'s db_pool_size
};

// The database named by --db, else $JAMT_DB, else SQLite in --data.
store::DatabaseConfig database_config(const GlobalOptions& g) {
  store::DatabaseConfig config;
  if (!g.db_url.empty()) config = store::DatabaseConfig::from_url(g.db_url);
  else if (const char* env = std::getenv("JAMT_DB"); env && *env) config = store::DatabaseConfig::from_url(env);
  else config = store::DatabaseConfig::from_url((std::filesystem::path(g.data_dir) / "jamt.db").string());
  config.pool_size = g.pool_size;
  return config;
}

// Opens and migrates the database, or prints why not and returns nullptr.
std::unique_ptr<store::Database> open_database(const GlobalOptions& g) {
  auto db = store::Database::open(database_config(g));
  if (!db) {
    std::cerr << "jamt: " << db.error().to_string() << "\n";
    return nullptr;
  }
  auto migrated = (*db)->migrate();
  if (!migrated) {
    std::cerr << "jamt: migrating " << (*db)->config().describe() << ": " << migrated.error().to_string() << "\n";
    return nullptr;
  }
  return std::move(*db);
}

std::string cli_actor() {
  const char* user = std::getenv("USER");
  return std::string("cli:") + (user ? user : std::to_string(getuid()));
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// How `jamt serve` sends mail (docs/mail.md).
struct MailOptions {
  std::string smtp_url;  // --smtp or $JAMT_SMTP_URL; "" for the outbox only
  std::string from = "jamt@localhost";
  std::string outbox;      // --mail-outbox; "" for mail-outbox/ in --data
  std::string public_url;  // --public-url; "" for http://<listen>
};

// Whether the database is SQLite in --data (so there is a data directory).
bool uses_data_directory(const GlobalOptions& g) {
  if (!g.db_url.empty()) return false;
  const char* env = std::getenv("JAMT_DB");
  return !(env && *env);
}

// The mailer `jamt serve` uses, or nullptr after printing why not.
std::unique_ptr<service::Mailer> make_mailer(const GlobalOptions& g, const MailOptions& m) {
  std::string outbox = m.outbox;
  if (outbox.empty()) {
    if (!uses_data_directory(g)) {
      std::cerr << "jamt: with a PostgreSQL database there is no data directory for the mail outbox; name one "
                   "with --mail-outbox DIR (it also keeps mail the SMTP server refuses)\n";
      return nullptr;
    }
    outbox = (std::filesystem::path(g.data_dir) / "mail-outbox").string();
  }
  if (!service::safe_address(service::address_of(m.from))) {
    std::cerr << "jamt: --mail-from expects an e-mail address such as jamt@lansstyrelsen.se, got \"" << m.from
              << "\"\n";
    return nullptr;
  }
  auto box = std::make_unique<service::OutboxMailer>(outbox, m.from);
  std::string smtp = m.smtp_url;
  if (smtp.empty())
    if (const char* env = std::getenv("JAMT_SMTP_URL"); env && *env) smtp = env;
  if (smtp.empty()) return box;
  if (smtp.rfind("smtp://", 0) != 0 && smtp.rfind("smtps://", 0) != 0) {
    std::cerr << "jamt: --smtp expects smtp://host:port or smtps://host:port, got \"" << smtp << "\"\n";
    return nullptr;
  }
  return std::make_unique<service::SmtpMailer>(smtp, m.from, std::move(box));
}

int serve(const GlobalOptions& g, const service::operations::ServeConfig& config, const std::string& fixed_time,
          const MailOptions& mail_options) {
  // For tests and demos: a clock standing still at --fixed-time. Declared
  // before the database, which refers to it, so that it outlives it.
  std::unique_ptr<FixedClock> fixed_clock;
  if (!fixed_clock_from(fixed_time, fixed_clock)) return 2;
  const std::string& host = config.listen_host;
  const int port = config.listen_port;
  const bool demo = config.demo;

  // Block termination signals in every thread; one thread waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto mailer = make_mailer(g, mail_options);
  if (!mailer) return 2;
  auto db = open_database(g);
  if (!db) return 1;
  if (fixed_clock) {
    db->use_clock(*fixed_clock);
    std::cout << "The clock stands still at " << fixed_clock->now_text() << " (--fixed-time)." << std::endl;
  }
  if (demo) {
    auto loaded = service::load_demo_strategies(*db);
    if (!loaded) {
      std::cerr << "jamt: loading demo content: " << loaded.error().to_string() << "\n";
      return 1;
    }
    if (*loaded > 0) std::cout << "Loaded " << *loaded << " demo strategies." << std::endl;
    auto statistics = service::load_demo_statistics(*db);
    if (!statistics) {
      std::cerr << "jamt: loading demo statistics: " << statistics.error().to_string() << "\n";
      return 1;
    }
    if (*statistics > 0) std::cout << "Imported " << *statistics << " demo statistics files." << std::endl;
    // Issue 13 item 5 (engineer ID): real Kolada and SCB tables for Kalmar län.
    auto real = service::load_demo_real_statistics(*db);
    if (!real) {
      std::cerr << "jamt: loading real demo statistics: " << real.error().to_string() << "\n";
      return 1;
    }
    if (*real > 0) std::cout << "Imported " << *real << " real statistics tables (Kolada, SCB)." << std::endl;
    auto logins = service::create_demo_accounts(*db);
    if (!logins) {
      std::cerr << "jamt: creating demo accounts: " << logins.error().to_string() << "\n";
      return 1;
    }
    auto contacts = service::load_demo_registers(*db, !logins->empty());
    if (!contacts) {
      std::cerr << "jamt: loading demo registers: " << contacts.error().to_string() << "\n";
      return 1;
    }
    auto reports = service::load_demo_reporting(*db);
    if (!reports) {
      std::cerr << "jamt: loading demo reports: " << reports.error().to_string() << "\n";
      return 1;
    }
    if (*reports > 0) std::cout << "Entered " << *reports << " demo reports." << std::endl;
    auto answers = service::load_demo_surveys(*db);
    if (!answers) {
      std::cerr << "jamt: loading demo surveys: " << answers.error().to_string() << "\n";
      return 1;
    }
    if (*answers > 0) std::cout << "Entered " << *answers << " demo survey responses." << std::endl;
    // Issue 12 item 3 (engineer B): the Kalmar strategy's commitments followed up.
    auto statuses = service::load_demo_commitments(*db);
    if (!statuses) {
      std::cerr << "jamt: loading demo commitment statuses: " << statuses.error().to_string() << "\n";
      return 1;
    }
    if (*statuses > 0) std::cout << "Set " << *statuses << " demo commitment statuses." << std::endl;
    // Issue 15 item 1: Kalmar län's portal — the board's contact and news.
    auto news = service::load_demo_portal(*db);
    if (!news) {
      std::cerr << "jamt: loading the demo portal: " << news.error().to_string() << "\n";
      return 1;
    }
    if (*news > 0) std::cout << "Published " << *news << " demo news items." << std::endl;
    logins->insert(logins->end(), contacts->begin(), contacts->end());
    for (const auto& l : *logins)
      std::cout << "Demo login (" << to_string(l.role) << "): " << l.email << " / " << l.password
                << "  — shown once; change it with `jamt user passwd`" << std::endl;
    if (logins->empty())
      std::cout << "Accounts exist already (demo admin: admin@jamt.local); set a password with "
                   "`echo NEW | build/jamt user passwd --email admin@jamt.local --password-stdin`."
                << std::endl;
  }
  service::MailSetup mail{.mailer = *mailer, .site_url = mail_options.public_url, .background = nullptr};
  // Declared after `mail`, so it is stopped (its jobs run) before `mail` goes.
  service::BackgroundQueue background;
  mail.background = &background;
  web::set_dispatch_options({.trusted_proxies = config.trusted_proxies, .metrics_allow = config.metrics_allow});
  web::Server server(*db, mail);
  auto bound = server.bind(host, port);
  if (!bound) {
    std::cerr << "jamt: " << bound.error().to_string() << "\n";
    return 1;
  }
  if (mail.site_url.empty()) mail.site_url = "http://" + host + ":" + std::to_string(*bound);
  while (!mail.site_url.empty() && mail.site_url.back() == '/') mail.site_url.pop_back();
  std::cout << "Mail goes to " << mailer->describe() << "; links in it start with " << mail.site_url << "."
            << std::endl;
  std::cout << "Jämt is serving " << db->config().describe() << " on http://" << host << ":" << *bound << "/"
            << std::endl;
  // Tokens made before tokens expired get the default lifetime from now.
  if (auto dated = service::date_undated_api_tokens(*db); !dated)
    spdlog::warn("dating API tokens: {}", dated.error().to_string());
  else if (*dated > 0)
    spdlog::info("{} API tokens without an expiry now expire in {} days", *dated,
                 account_policy().api_token_lifetime.count());
  // Reminders about reports (docs/reporting.md, "Reminders"): now, then hourly.
  service::ReminderJob reminders(*db, mail);
  // Statistics sources due by their schedule (docs/statistics-fetch.md): now, then hourly.
  service::StatisticsFetchJob statistics_fetch(*db);
  // An import interrupted by a crash left a loading batch; finish it off (and
  // the rows of rolled-back batches) in short steps beside the server.
  std::thread cleaner([&] {
    auto purged = service::purge_abandoned_batches(*db);
    if (!purged) spdlog::warn("cleaning up import batches: {}", purged.error().to_string());
    else if (*purged > 0) spdlog::info("cleaned up {} abandoned or rolled-back import batches", *purged);
  });
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    spdlog::info("signal {}: stopping", sig);
    server.stop();
  });
  server.listen();
  // listen() can also return without a signal (socket error); wake the waiter.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  cleaner.join();
  reminders.stop();
  statistics_fetch.stop();
  return 0;
}

// `jamt reminders run`: today's reminders about reports, once; prints what
// went. With `surveys`, `jamt surveys remind`: today's survey reminders
// (docs/surveys.md, "Reminders") instead, and the anonymous responses
// rewritten apart from their arrival (service/surveys/survey_mixing.hpp).
int reminders_run(const GlobalOptions& g, const MailOptions& mail_options, const std::string& fixed_time,
                  bool surveys = false) {
  std::unique_ptr<FixedClock> fixed_clock;
  if (!fixed_clock_from(fixed_time, fixed_clock)) return 2;
  auto mailer = make_mailer(g, mail_options);
  if (!mailer) return 2;
  auto db = open_database(g);
  if (!db) return 1;
  if (fixed_clock) db->use_clock(*fixed_clock);
  std::string site = mail_options.public_url.empty() ? "http://127.0.0.1:8080" : mail_options.public_url;
  while (!site.empty() && site.back() == '/') site.pop_back();
  service::MailSetup mail{.mailer = *mailer, .site_url = site};
  if (surveys) {
    auto sent = service::run_survey_reminders(*db, mail);
    if (!sent) {
      std::cerr << "jamt: " << sent.error().to_string() << "\n";
      return 1;
    }
    int not_sent = 0;
    for (const auto& r : sent->sent) {
      std::cout << "survey " << r.survey_id << "\treminder " << r.number << "\t" << r.to
                << (r.failed ? "\t(not sent, kept in the outbox)" : "") << "\n";
      not_sent += r.failed ? 1 : 0;
    }
    std::cout << "Sent " << sent->sent.size() << " survey reminders for " << sent->today << " through "
              << mailer->describe() << ".\n";
    auto mixed = service::mix_anonymous_responses(*db);
    if (!mixed) {
      std::cerr << "jamt: " << mixed.error().to_string() << "\n";
      return 1;
    }
    if (*mixed > 0) std::cout << "Rewrote the responses of " << *mixed << " anonymous surveys apart from their arrival.\n";
    return not_sent > 0 ? 1 : 0;
  }
  auto run = service::run_reminders(*db, mail);
  if (!run) {
    std::cerr << "jamt: " << run.error().to_string() << "\n";
    return 1;
  }
  int failed = 0;
  for (const auto& r : run->sent) {
    std::cout << r.kind << "\t" << r.form_code << "\t" << r.period << "\t" << r.organisation << "\t";
    for (std::size_t i = 0; i < r.to.size(); ++i) std::cout << (i ? ", " : "") << r.to[i];
    if (r.failed) std::cout << "\t(" << r.failed << " not sent, kept in the outbox)";
    std::cout << "\n";
    failed += r.failed;
  }
  for (const auto& w : run->without_contacts) std::cout << "no contact to remind\t" << w << "\n";
  std::cout << "Sent " << run->sent.size() << " reminders for " << run->today << " through " << mailer->describe()
            << ".\n";
  return failed > 0 ? 1 : 0;
}

int strategy_import(const GlobalOptions& g, const std::string& file, bool replace) {
  std::string text;
  if (!read_file(file, text)) {
    std::cerr << "jamt: cannot read " << file << "\n";
    return 1;
  }
  auto db = open_database(g);
  if (!db) return 1;
  auto outcome = service::import_strategy(*db, text, replace, service::Actor{cli_actor()});
  if (!outcome) {
    std::cerr << file << ": " << outcome.error().to_string() << "\n";
    return 1;
  }
  std::cout << (outcome->replaced ? "Replaced" : "Imported") << " strategy " << outcome->strategy_id << " ("
            << outcome->nodes << " goals, " << outcome->indicators << " indicators) from " << file << "\n";
  return 0;
}

int strategy_export(const GlobalOptions& g, long long id, const std::string& out_path) {
  auto db = open_database(g);
  if (!db) return 1;
  auto doc = service::export_strategy(*db, id);
  if (!doc) {
    std::cerr << "jamt: " << doc.error().to_string() << "\n";
    return 1;
  }
  if (out_path.empty() || out_path == "-") {
    std::cout << *doc;
    return 0;
  }
  std::ofstream out(out_path, std::ios::binary);
  out << *doc;
  if (!out) {
    std::cerr << "jamt: cannot write " << out_path << "\n";
    return 1;
  }
  return 0;
}

// Draws "[#####     ]  45 %" on stderr when it is a terminal.
class ProgressBar {
 public:
  ProgressBar() : enabled_(isatty(STDERR_FILENO) == 1) {}
  void operator()(std::uint64_t done, std::uint64_t total) {
    if (!enabled_ || total == 0) return;
    int percent = static_cast<int>(done * 100 / total);
    if (percent == last_) return;
    last_ = percent;
    std::string bar(static_cast<std::size_t>(percent / 4), '#');
    bar.resize(25, ' ');
    std::cerr << "\r[" << bar << "] " << (percent < 10 ? "  " : percent < 100 ? " " : "") << percent << " %"
              << std::flush;
    if (done >= total) std::cerr << "\n";
  }

 private:
  bool enabled_;
  int last_ = -1;
};

int statistics_import(const GlobalOptions& g, const std::string& file, const std::string& format_name,
                      const std::string& measure_code) {
  std::optional<formats::StatisticsFormat> format;
  if (!format_name.empty()) {
    format = formats::parse_format_name(format_name);
    if (!format) {
      std::cerr << "jamt: unknown format \"" << format_name << "\" (px, jsonstat, csv, kolada)\n";
      return 2;
    }
  }
  auto read = service::read_statistics_file(file, format);
  if (!read) {
    std::cerr << read.error().to_string() << "\n";
    return 1;
  }
  auto db = open_database(g);
  if (!db) return 1;
  service::ImportOptions options;
  options.file_name = file;
  options.sha256 = read->sha256;
  options.format = std::string(formats::to_string(read->format));
  if (!measure_code.empty()) options.measure_code = measure_code;
  options.actor = service::Actor{cli_actor()};
  ProgressBar bar;
  options.progress = [&bar](std::uint64_t done, std::uint64_t total) { bar(done, total); };
  auto summary = service::import_datasets(*db, read->datasets, options);
  if (!summary) {
    std::cerr << summary.error().to_string() << "\n";
    return 1;
  }
  for (const auto& w : summary->warnings) std::cerr << "warning: " << w << "\n";
  std::string measures;
  for (const auto& m : summary->measure_codes) measures += (measures.empty() ? "" : ", ") + m;
  if (summary->unchanged) {
    std::cout << file << " was already imported as batch " << summary->batch_id << "; nothing changed.\n";
    return 0;
  }
  std::cout << "Imported " << file << " (" << options.format << ") as batch " << summary->batch_id << ": "
            << summary->observations << " observations, " << summary->regions << " regions, " << summary->periods
            << " periods, " << summary->warnings.size() << " warnings; measures " << measures << "\n";
  return 0;
}

// jamt convert: file → file between the statistics formats, no database.
int convert(const std::string& in, const std::string& out, const std::string& to, const std::string& format_name) {
  if (to != "jsonstat" && to != "csv") {
    std::cerr << "jamt: --to must be jsonstat or csv, not \"" << to << "\"\n";
    return 2;
  }
  std::optional<formats::StatisticsFormat> format;
  if (!format_name.empty() && !(format = formats::parse_format_name(format_name))) {
    std::cerr << "jamt: unknown format \"" << format_name << "\" (px, jsonstat, csv, kolada)\n";
    return 2;
  }
  auto read = service::read_statistics_file(in, format, service::Checksum::skip);
  if (!read) {
    std::cerr << read.error().to_string() << "\n";
    return 1;
  }
  for (const auto& d : read->datasets)
    for (const auto& w : d.warnings)
      std::cerr << "warning: " << (w.where.empty() ? in : w.where) << ": " << w.message << "\n";
  if (read->datasets.size() != 1 && to == "csv") {
    std::cerr << "jamt: " << in << " holds " << read->datasets.size()
              << " tables; CSV holds one. Convert to jsonstat instead.\n";
    return 1;
  }
  std::ofstream file;
  if (!out.empty() && out != "-") file.open(out, std::ios::binary);
  std::ostream& sink = out.empty() || out == "-" ? static_cast<std::ostream&>(std::cout) : file;
  if (to == "csv") {
    // Streamed: a table of millions of cells never exists as one string.
    if (formats::write_csv(read->datasets[0], sink)) return 0;
    std::cerr << "jamt: cannot write " << (out.empty() ? "-" : out) << "\n";
    return 1;
  }
  std::string text;
  if (read->datasets.size() == 1) {
    text = formats::write_jsonstat(read->datasets[0]);
  } else {
    // Several tables: a JSON-stat collection of datasets.
    text = "{\"version\":\"2.0\",\"class\":\"collection\",\"link\":{\"item\":[";
    for (std::size_t i = 0; i < read->datasets.size(); ++i) {
      std::string one = formats::write_jsonstat(read->datasets[i]);
      while (!one.empty() && (one.back() == '\n' || one.back() == ' ')) one.pop_back();
      text += (i ? "," : "") + one;
    }
    text += "]}}\n";
  }
  sink << text;
  sink.flush();
  if (!sink) {
    std::cerr << "jamt: cannot write " << out << "\n";
    return 1;
  }
  return 0;
}

// The password from standard input: the first line, without its line end.
std::string password_from_stdin() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

int user_add(const GlobalOptions& g, const std::string& email, const std::string& role_name,
             const std::string& county, long long org) {
  auto role = parse_role(role_name);
  if (!role) {
    std::cerr << "jamt: --role must be admin, strategist, coordinator or org_contact, not \"" << role_name << "\"\n";
    return 2;
  }
  User user;
  user.email = email;
  user.role = *role;
  user.county_code = county;
  if (org > 0) user.organisation_id = org;
  std::string password = password_from_stdin();
  auto db = open_database(g);
  if (!db) return 1;
  auto id = service::create_user(*db, user, password, service::Actor{cli_actor()});
  if (!id) {
    std::cerr << "jamt: " << (id.error().field.empty() ? "" : id.error().field + ": ") << id.error().message << "\n";
    return 1;
  }
  std::cout << "Created " << role_name << " " << email << " (id " << *id << ")\n";
  return 0;
}

int user_passwd(const GlobalOptions& g, const std::string& email) {
  std::string password = password_from_stdin();
  auto db = open_database(g);
  if (!db) return 1;
  Status st = service::change_password(*db, email, password, service::Actor{cli_actor()});
  if (!st) {
    std::cerr << "jamt: " << st.error().message << "\n";
    return 1;
  }
  std::cout << "Changed the password of " << email << "; their sessions are ended.\n";
  return 0;
}

int user_disable(const GlobalOptions& g, const std::string& email) {
  auto db = open_database(g);
  if (!db) return 1;
  Status st = service::disable_user(*db, email, service::Actor{cli_actor()});
  if (!st) {
    std::cerr << "jamt: " << st.error().message << "\n";
    return 1;
  }
  std::cout << "Disabled " << email << "\n";
  return 0;
}

// Prints the new token alone on standard output (so a script can capture
// it) and what it is on standard error.
int user_token(const GlobalOptions& g, const std::string& email, const std::string& name, std::optional<int> days) {
  auto db = open_database(g);
  if (!db) return 1;
  auto created = service::create_api_token(*db, email, name, service::Actor{cli_actor()}, days);
  if (!created) {
    std::cerr << "jamt: " << created.error().message << "\n";
    return 1;
  }
  std::cout << created->token << std::endl;
  std::cerr << "Created API token \"" << created->name << "\" for " << email << ", valid until "
            << created->expires_at << ". It is shown only this once; send it as \"Authorization: Bearer TOKEN\".\n";
  return 0;
}

int user_token_revoke(const GlobalOptions& g, const std::string& email, const std::string& name) {
  auto db = open_database(g);
  if (!db) return 1;
  auto revoked = service::revoke_api_token(*db, email, name, service::Actor{cli_actor()});
  if (!revoked) {
    std::cerr << "jamt: " << revoked.error().message << "\n";
    return 1;
  }
  std::cout << "Revoked " << *revoked << " API token" << (*revoked == 1 ? "" : "s") << " named \"" << name
            << "\" of " << email << "\n";
  return 0;
}

int batch_list(const GlobalOptions& g) {
  auto db = open_database(g);
  if (!db) return 1;
  auto batches = service::list_import_batches(*db);
  if (!batches) {
    std::cerr << "jamt: " << batches.error().to_string() << "\n";
    return 1;
  }
  for (const auto& b : *batches)
    std::cout << b.id << "\t" << b.imported_at << "\t" << b.imported_by << "\t" << b.file_name << "\t"
              << b.observations << " observations" << (b.rolled_back_at ? "\trolled back " + *b.rolled_back_at : "")
              << "\n";
  return 0;
}

// --scb-api / --kolada-api: where statistics sources are fetched from
// (default: the services themselves, or $JAMT_SCB_API / $JAMT_KOLADA_API).
struct FetchOptions {
  std::string scb_api;
  std::string kolada_api;
};

void apply_fetch_options(const FetchOptions& o) {
  auto settings = service::fetch_settings();
  if (!o.scb_api.empty()) settings.endpoints.scb = o.scb_api;
  if (!o.kolada_api.empty()) settings.endpoints.kolada = o.kolada_api;
  service::set_fetch_settings(settings);
}

// `jamt statistics fetch [--source ID] [--due]`: fetches one source, the
// sources due by their schedule, or all of them; prints each result. Exit 1
// when a fetch failed.
int statistics_fetch(const GlobalOptions& g, const FetchOptions& options, long long source, bool due_only,
                     const std::string& fixed_time) {
  std::unique_ptr<FixedClock> fixed_clock;
  if (!fixed_clock_from(fixed_time, fixed_clock)) return 2;
  apply_fetch_options(options);
  auto db = open_database(g);
  if (!db) return 1;
  if (fixed_clock) db->use_clock(*fixed_clock);
  service::Actor actor{cli_actor()};
  std::vector<service::FetchOutcome> outcomes;
  if (source > 0) {
    auto one = service::fetch_source_as_system(*db, source, actor);
    if (!one) {
      std::cerr << "jamt: " << one.error().to_string() << "\n";
      return 1;
    }
    outcomes.push_back(*one);
  } else if (due_only) {
    auto due = service::fetch_due_sources(*db, actor);
    if (!due) {
      std::cerr << "jamt: " << due.error().to_string() << "\n";
      return 1;
    }
    outcomes = *due;
  } else {
    auto all = service::list_sources(*db, User{.id = 0, .email = actor.name, .role = Role::admin, .county_code = "",
                                                .organisation_id = std::nullopt, .disabled = false});
    if (!all) {
      std::cerr << "jamt: " << all.error().to_string() << "\n";
      return 1;
    }
    for (const auto& s : *all) {
      auto one = service::fetch_source_as_system(*db, s.id, actor);
      if (one) outcomes.push_back(*one);
    }
  }
  int failed = 0;
  for (const auto& o : outcomes) {
    std::cout << "source " << o.source_id << "\t" << (o.ok ? "ok" : "failed") << "\t" << o.result << "\n";
    failed += o.ok ? 0 : 1;
  }
  std::cout << "Fetched " << outcomes.size() - static_cast<std::size_t>(failed) << " of " << outcomes.size()
            << " statistics sources.\n";
  return failed > 0 ? 1 : 0;
}

int batch_rollback(const GlobalOptions& g, long long id) {
  auto db = open_database(g);
  if (!db) return 1;
  Status st = service::rollback_import(*db, id, service::Actor{cli_actor()});
  if (!st) {
    std::cerr << "jamt: " << st.error().to_string() << "\n";
    return 1;
  }
  std::cout << "Rolled back batch " << id << "\n";
  return 0;
}

}  // namespace

int run(int argc, char** argv) {
  service::init_mail_transport();  // before any thread starts
  CLI::App app{"Jämt – regional gender-equality strategies, statistics and follow-up"};
  app.require_subcommand(1);
  GlobalOptions g;
  auto* data_opt = app.add_option("--data", g.data_dir, "Folder for the embedded SQLite database (default ./var)");
  auto* db_opt = app.add_option("--db", g.db_url, "Database URL, e.g. postgresql://user@host/db (or $JAMT_DB)");
  data_opt->excludes(db_opt);

  // `jamt serve`'s settings also come from --config FILE and $JAMT_*
  // (service/operations/serve_settings.hpp); an option given here wins.
  std::string listen = "127.0.0.1:8080";
  bool demo = false;
  std::string config_file;
  auto* serve_cmd = app.add_subcommand("serve", "Serve the web interface and the JSON API");
  serve_cmd->add_option("--config", config_file,
                        "Read settings from this file (\"key = value\" lines; docs/operations.md)");
  serve_cmd->add_option("--listen", listen, "HOST:PORT to listen on; port 0 picks a free port (or $JAMT_LISTEN)")
      ->capture_default_str();
  serve_cmd->add_flag("--demo", demo, "Load the demo strategies when the database holds none");
  // Hidden (no group): for browser tests and demos only.
  std::string fixed_time;
  MailOptions mail_options;
  serve_cmd->add_option("--smtp", mail_options.smtp_url,
                        "Send mail through this SMTP server, smtp://host:port (or $JAMT_SMTP_URL); "
                        "default: only the outbox folder");
  serve_cmd->add_option("--mail-from", mail_options.from, "Sender address of Jämt's mail")->capture_default_str();
  serve_cmd->add_option("--mail-outbox", mail_options.outbox,
                        "Folder for mail as .eml files (default mail-outbox/ in --data; needed with --db)");
  serve_cmd->add_option("--public-url", mail_options.public_url,
                        "The address users reach Jämt at, for links in mail (default http://<listen>)");
  serve_cmd->add_option("--fixed-time", fixed_time, "For tests and demos: stop the clock at this UTC time")
      ->group("");
  std::string small_count_threshold;
  serve_cmd->add_option("--small-count-threshold", small_count_threshold,
                        "Counts of persons below this are shown to the public as .. (or "
                        "$JAMT_SMALL_COUNT_THRESHOLD; default 5, 1 shows every count; docs/small-numbers.md)");
  // Sessions, API tokens and the public join form (domain/account_policy.hpp, docs/security.md).
  std::string session_idle_minutes, session_max_hours, join_per_hour, applicant_storage_mb, api_token_days;
  serve_cmd->add_option("--session-idle-minutes", session_idle_minutes,
                        "A session ends after this many minutes unused (default 120)");
  serve_cmd->add_option("--session-max-hours", session_max_hours,
                        "A session ends this many hours after the login at the latest (default 12)");
  serve_cmd->add_option("--join-applications-per-hour", join_per_hour,
                        "Applications one client address may send with the public join form per hour (default 5)");
  serve_cmd->add_option("--applicant-storage-mb", applicant_storage_mb,
                        "Action plan files one organisation may store in all, in MB (default 20)");
  serve_cmd->add_option("--api-token-days", api_token_days, "Days a new API token lasts unless its maker says (default 90)");
  std::string pool_size, log_format, log_file, trusted_proxies, metrics_allow;
  serve_cmd->add_option("--db-pool-size", pool_size, "Database connections (default 8, or $JAMT_DB_POOL_SIZE)");
  serve_cmd->add_option("--log-format", log_format, "Request log lines: json (default) or text");
  serve_cmd->add_option("--log-file", log_file, "Append the request log to this file (default standard error)");
  serve_cmd->add_option("--trusted-proxies", trusted_proxies,
                        "Front proxies (addresses or networks) whose X-Forwarded-For/-Proto are believed");
  serve_cmd->add_option("--metrics-allow", metrics_allow,
                        "Addresses or networks besides loopback that may read /metrics");

  auto* reminders_cmd = app.add_subcommand("reminders", "Reminders about reports that are due, overdue or returned");
  reminders_cmd->require_subcommand(1);
  auto* reminders_run_cmd = reminders_cmd->add_subcommand("run", "Send today's reminders once and print them");
  reminders_run_cmd->add_option("--smtp", mail_options.smtp_url, "SMTP server, smtp://host:port (or $JAMT_SMTP_URL)");
  reminders_run_cmd->add_option("--mail-from", mail_options.from, "Sender address")->capture_default_str();
  reminders_run_cmd->add_option("--mail-outbox", mail_options.outbox,
                                "Folder for mail as .eml files (default mail-outbox/ in --data; needed with --db)");
  reminders_run_cmd->add_option("--public-url", mail_options.public_url,
                                "The address users reach Jämt at, for the links (default http://127.0.0.1:8080)");
  reminders_run_cmd->add_option("--fixed-time", fixed_time, "For tests: run as at this UTC time")->group("");

  auto* surveys_cmd = app.add_subcommand("surveys", "Surveys (enkäter)");
  surveys_cmd->require_subcommand(1);
  auto* surveys_remind_cmd =
      surveys_cmd->add_subcommand("remind", "Remind today those who have not answered an open survey, once");
  surveys_remind_cmd->add_option("--smtp", mail_options.smtp_url, "SMTP server, smtp://host:port (or $JAMT_SMTP_URL)");
  surveys_remind_cmd->add_option("--mail-from", mail_options.from, "Sender address")->capture_default_str();
  surveys_remind_cmd->add_option("--mail-outbox", mail_options.outbox,
                                 "Folder for mail as .eml files (default mail-outbox/ in --data; needed with --db)");
  surveys_remind_cmd->add_option("--public-url", mail_options.public_url,
                                 "The address respondents reach Jämt at, for the links (default http://127.0.0.1:8080)");
  surveys_remind_cmd->add_option("--fixed-time", fixed_time, "For tests: run as at this UTC time")->group("");

  auto* migrate_cmd = app.add_subcommand("migrate", "Bring the database schema up to date");

  // Backup, restore, moving to PostgreSQL (docs/backup.md).
  std::string backup_file, backup_format, migrate_url;
  bool restore_force = false;
  auto* backup_cmd = app.add_subcommand(
      "backup", "Write a consistent copy of the database while it is in use (SQLite file or Jämt backup file)");
  backup_cmd->add_option("FILE", backup_file, "The file to write (replaced once complete)")->required();
  backup_cmd->add_option("--format", backup_format,
                         "sqlite (SQLite's online backup; default on SQLite) or jamt (engine-neutral; default on "
                         "PostgreSQL)");
  auto* restore_cmd = app.add_subcommand(
      "restore", "Replace the database's content with a backup, all or nothing (either format, either engine)");
  restore_cmd->add_option("FILE", backup_file, "An SQLite backup or a Jämt backup file")->required();
  restore_cmd->add_flag("--force", restore_force, "Replace a database that holds data");
  auto* migrate_to_cmd = app.add_subcommand(
      "migrate-to", "Copy the whole database into another one, e.g. from SQLite to PostgreSQL, all or nothing");
  migrate_to_cmd->add_option("URL", migrate_url, "The target, e.g. postgresql://user@host/db")->required();
  migrate_to_cmd->add_flag("--force", restore_force, "Replace a target that holds data");

  ReportCommandOptions report_options;
  long long report_strategy = 0;
  auto* report_cmd = app.add_subcommand(
      "report", "Write the yearly follow-up of a strategy, the national compilation or a county's three-year "
                "follow-up as html, pdf, xlsx or json");
  report_cmd->add_option("--strategy", report_strategy, "The strategy's id: its yearly follow-up");
  report_cmd->add_flag("--national", report_options.national, "The national compilation of all counties");
  report_cmd->add_flag("--follow-up", report_options.follow_up, "The three-year follow-up round of --county");
  report_cmd->add_option("--county", report_options.county, "County code for --follow-up, e.g. 08");
  report_cmd->add_option("--year", report_options.year, "The year reported on")->required();
  report_cmd->add_option("--format", report_options.format, "html (print-ready), pdf, xlsx or json")
      ->capture_default_str();
  report_cmd->add_option("-o,--output", report_options.output, "Output file (default standard output)");

  auto* strategy_cmd = app.add_subcommand("strategy", "Import or export strategies as JSON");
  strategy_cmd->require_subcommand(1);
  std::string import_file;
  bool replace = false;
  auto* import_cmd = strategy_cmd->add_subcommand("import", "Import a strategy JSON file (all or nothing)");
  import_cmd->add_option("FILE", import_file, "Strategy JSON file (docs/formats/strategy-json.md)")->required();
  import_cmd->add_flag("--replace", replace, "Replace an existing strategy for the same county and period");
  long long export_id = 0;
  std::string export_out;
  auto* export_cmd = strategy_cmd->add_subcommand("export", "Write a strategy as JSON");
  export_cmd->add_option("ID", export_id, "Strategy id")->required();
  export_cmd->add_option("-o,--output", export_out, "Output file (default standard output)");

  std::string stats_file, stats_format, stats_measure;
  auto* import_stats_cmd = app.add_subcommand("import", "Import a statistics file (PX, JSON-stat, CSV, Kolada), all or nothing");
  import_stats_cmd->add_option("FILE", stats_file, "The file; its format is detected from its content")->required();
  import_stats_cmd->add_option("--format", stats_format, "px, jsonstat, csv or kolada (default: detect)");
  import_stats_cmd->add_option("--measure", stats_measure, "Measure code (default: the table's id)");

  auto* user_cmd = app.add_subcommand("user", "Manage accounts");
  user_cmd->require_subcommand(1);
  std::string user_email, user_role, user_county;
  long long user_org = 0;
  bool password_stdin = false;
  auto* user_add_cmd = user_cmd->add_subcommand("add", "Create an account; the password is read from standard input");
  user_add_cmd->add_option("--email", user_email, "E-mail address (the login)")->required();
  user_add_cmd->add_option("--role", user_role, "admin, strategist, coordinator or org_contact")->required();
  user_add_cmd->add_option("--county", user_county, "County code for a strategist, e.g. 08");
  user_add_cmd->add_option("--org", user_org, "Organisation id for an organisation contact");
  user_add_cmd->add_flag("--password-stdin", password_stdin, "Read the password from standard input")->required();
  auto* user_passwd_cmd = user_cmd->add_subcommand("passwd", "Set a new password, read from standard input");
  user_passwd_cmd->add_option("--email", user_email, "E-mail address")->required();
  user_passwd_cmd->add_flag("--password-stdin", password_stdin, "Read the password from standard input")->required();
  auto* user_disable_cmd = user_cmd->add_subcommand("disable", "Disable an account and end its sessions");
  user_disable_cmd->add_option("--email", user_email, "E-mail address")->required();
  std::string token_name, token_revoke;
  int token_days = 0;  // 0: the default lifetime
  auto* user_token_cmd =
      user_cmd->add_subcommand("token", "Create an API token (printed once on standard output) or revoke one");
  user_token_cmd->add_option("--email", user_email, "E-mail address of the account")->required();
  auto* token_name_opt = user_token_cmd->add_option("--name", token_name, "Name of the new token (default: the time)");
  auto* token_days_opt =
      user_token_cmd->add_option("--days", token_days, "Days until the new token expires (default 90, at most 366)");
  user_token_cmd->add_option("--revoke", token_revoke, "Revoke the account's tokens with this name instead")
      ->excludes(token_name_opt)
      ->excludes(token_days_opt);

  std::string convert_in, convert_out, convert_to, convert_format;
  auto* convert_cmd = app.add_subcommand("convert", "Convert a statistics file to JSON-stat or CSV (no database)");
  convert_cmd->add_option("IN", convert_in, "Input file; its format is detected from its content")->required();
  convert_cmd->add_option("-o,--output", convert_out, "Output file (default standard output)");
  convert_cmd->add_option("--to", convert_to, "jsonstat or csv")->required();
  convert_cmd->add_option("--format", convert_format, "Input format: px, jsonstat, csv or kolada (default: detect)");

  FetchOptions fetch_options;
  for (auto* cmd : {serve_cmd}) {
    cmd->add_option("--scb-api", fetch_options.scb_api,
                    "Base address of SCB's PxWebApi 2 (default https://api.scb.se/ov0104/v2beta/api/v2, or $JAMT_SCB_API)");
    cmd->add_option("--kolada-api", fetch_options.kolada_api,
                    "Base address of Kolada's API (default https://api.kolada.se/v3, or $JAMT_KOLADA_API)");
  }
  auto* statistics_cmd = app.add_subcommand("statistics", "Statistics sources fetched from SCB and Kolada");
  statistics_cmd->require_subcommand(1);
  auto* statistics_fetch_cmd =
      statistics_cmd->add_subcommand("fetch", "Fetch statistics sources now (all of them, or --source ID, or --due)");
  long long fetch_source_id = 0;
  bool fetch_due = false;
  statistics_fetch_cmd->add_option("--source", fetch_source_id, "Only this source");
  statistics_fetch_cmd->add_flag("--due", fetch_due, "Only the sources due by their schedule");
  statistics_fetch_cmd->add_option("--scb-api", fetch_options.scb_api, "Base address of SCB's PxWebApi 2");
  statistics_fetch_cmd->add_option("--kolada-api", fetch_options.kolada_api, "Base address of Kolada's API");
  statistics_fetch_cmd->add_option("--fixed-time", fixed_time, "For tests: stop the clock at this UTC time")->group("");

  auto* batch_cmd = app.add_subcommand("batch", "List or roll back statistics imports");
  batch_cmd->require_subcommand(1);
  auto* batch_list_cmd = batch_cmd->add_subcommand("list", "List import batches, newest first");
  long long rollback_id = 0;
  auto* batch_rollback_cmd = batch_cmd->add_subcommand("rollback", "Undo an import batch");
  batch_rollback_cmd->add_option("ID", rollback_id, "Batch id")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }

  if (*serve_cmd) {
    // The options given on the command line, by setting key.
    std::map<std::string, std::string> given;
    auto take = [&](const char* option, const char* key, const std::string& value) {
      if (serve_cmd->count(option)) given[key] = value;
    };
    if (data_opt->count()) given["data"] = g.data_dir;
    if (db_opt->count()) given["db"] = g.db_url;
    take("--listen", "listen", listen);
    take("--db-pool-size", "db_pool_size", pool_size);
    if (serve_cmd->count("--demo")) given["demo"] = demo ? "true" : "false";
    take("--public-url", "public_url", mail_options.public_url);
    take("--smtp", "smtp", mail_options.smtp_url);
    take("--mail-from", "mail_from", mail_options.from);
    take("--mail-outbox", "mail_outbox", mail_options.outbox);
    take("--small-count-threshold", "small_count_threshold", small_count_threshold);
    take("--scb-api", "scb_api", fetch_options.scb_api);
    take("--kolada-api", "kolada_api", fetch_options.kolada_api);
    take("--log-format", "log_format", log_format);
    take("--log-file", "log_file", log_file);
    take("--trusted-proxies", "trusted_proxies", trusted_proxies);
    take("--metrics-allow", "metrics_allow", metrics_allow);
    take("--session-idle-minutes", "session_idle_minutes", session_idle_minutes);
    take("--session-max-hours", "session_max_hours", session_max_hours);
    take("--join-applications-per-hour", "join_applications_per_hour", join_per_hour);
    take("--applicant-storage-mb", "applicant_storage_mb", applicant_storage_mb);
    take("--api-token-days", "api_token_days", api_token_days);
    auto raw = service::operations::RawSettings::load(config_file, [](const char* name) { return std::getenv(name); },
                                                      given);
    if (!raw) {
      std::cerr << "jamt: " << raw.error().to_string() << "\n";
      return 2;
    }
    auto config = service::operations::resolve_serve_config(*raw);
    if (!config) {
      std::cerr << "jamt: " << config.error().where << ": " << config.error().field << ": "
                << config.error().message << "\n";
      return 2;
    }
    g.data_dir = config->data_dir;
    g.db_url = config->db_url;
    g.pool_size = config->db_pool_size;
    mail_options = MailOptions{.smtp_url = config->smtp_url,
                               .from = config->mail_from,
                               .outbox = config->mail_outbox,
                               .public_url = config->public_url};
    service::disclosure::configure_threshold(config->small_count_threshold);
    apply_fetch_options(FetchOptions{.scb_api = config->scb_api, .kolada_api = config->kolada_api});
    auto logging = web::configure_request_log(
        {.json = config->log_format == service::operations::LogFormat::json, .file = config->log_file});
    if (!logging) {
      std::cerr << "jamt: " << logging.error().where << ": " << logging.error().message << "\n";
      return 2;
    }
    set_account_policy(AccountPolicy{
        .session_idle = std::chrono::minutes{config->session_idle_minutes},
        .session_absolute = std::chrono::hours{config->session_max_hours},
        .api_token_lifetime = std::chrono::days{config->api_token_days},
        .join_applications_per_hour = config->join_applications_per_hour,
        .applicant_storage_bytes = static_cast<std::size_t>(config->applicant_storage_mb) * 1024u * 1024u,
    });
    return serve(g, *config, fixed_time, mail_options);
  }
  if (*statistics_fetch_cmd) return statistics_fetch(g, fetch_options, fetch_source_id, fetch_due, fixed_time);
  if (*migrate_cmd) {
    auto db = open_database(g);
    if (!db) return 1;
    std::cout << "Schema is up to date on " << db->config().describe() << "\n";
    return 0;
  }
  if (*backup_cmd) return run_backup(database_config(g), backup_file, backup_format);
  if (*restore_cmd) return run_restore(database_config(g), backup_file, restore_force, cli_actor());
  if (*migrate_to_cmd) return run_migrate_to(database_config(g), migrate_url, restore_force, cli_actor());
  if (*reminders_run_cmd) return reminders_run(g, mail_options, fixed_time);
  if (*surveys_remind_cmd) return reminders_run(g, mail_options, fixed_time, true);
  if (*import_cmd) return strategy_import(g, import_file, replace);
  if (*import_stats_cmd) return statistics_import(g, stats_file, stats_format, stats_measure);
  if (*batch_list_cmd) return batch_list(g);
  if (*user_add_cmd) return user_add(g, user_email, user_role, user_county, user_org);
  if (*user_passwd_cmd) return user_passwd(g, user_email);
  if (*user_disable_cmd) return user_disable(g, user_email);
  if (*user_token_cmd)
    return token_revoke.empty() ? user_token(g, user_email, token_name, token_days == 0 ? std::nullopt : std::optional<int>(token_days))
                                : user_token_revoke(g, user_email, token_revoke);
  if (*convert_cmd) return convert(convert_in, convert_out, convert_to, convert_format);
  if (*batch_rollback_cmd) return batch_rollback(g, rollback_id);
  if (*export_cmd) return strategy_export(g, export_id, export_out);
  if (*report_cmd) {
    report_options.strategy_id = report_strategy;
    auto db = open_database(g);
    if (!db) return 1;
    return run_report_command(*db, report_options);
  }
  return 2;
}

}  // namespace jamt::cli
