#include "service/reporting/upload.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "domain/i18n/translate.hpp"
#include "formats/common/text_encoding.hpp"
#include "formats/csv/csv_scanner.hpp"
#include "formats/xlsx/xlsx_reader.hpp"
#include "service/authorization.hpp"
#include "service/reporting/submission_service.hpp"
#include "service/reporting/template.hpp"
#include "store/reporting/form_repository.hpp"

namespace jamt::service {

namespace {

using reporting::ValueType;

std::string trim(std::string s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Why `text` is not a value of `type`, or "" when it is.
std::string type_problem(ValueType type, const std::string& text) {
  if (type == ValueType::text || reporting::number_of(type, text)) return "";
  // A long value is named by its start (cut between UTF-8 characters): the
  // row and column say where it is.
  std::string shown = text;
  if (shown.size() > 40) {
    std::size_t cut = 30;
    while (cut > 0 && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
    shown = shown.substr(0, cut) + "…";
  }
  const std::string quoted = "\"" + shown + "\"";
  switch (type) {
    case ValueType::integer:
      return quoted + " är inte ett heltal.";
    case ValueType::decimal:
      return quoted + " är inte ett tal (skriv t.ex. 12,5).";
    case ValueType::yes_no:
      return quoted + " är inte ja eller nej.";
    case ValueType::text:
      break;
  }
  return "";
}

// What a column of the file holds.
struct Column {
  enum class Kind { organisation_id, organisation_name, period, comment, cell } kind = Kind::cell;
  reporting::Cell cell{};
  const reporting::DataElement* element = nullptr;
  std::string name{};  // as the header writes it
};

// The column that a service error about `field` ("values.E1.women",
// "period", "comment") concerns, "" for the row as a whole.
std::string column_of(const std::string& field) {
  if (field.rfind("values.", 0) == 0) return field.substr(7);
  if (field == "period" || field == "comment") return field;
  return "";
}

// Marks that the transaction is rolled back because of problems listed.
constexpr const char* kHasProblems = "upload has problems";

}  // namespace

std::string UploadProblem::text() const {
  if (row == 0) return message;
  return "rad " + std::to_string(row) + (column.empty() ? "" : ", kolumn " + column) + ": " + message;
}

UploadFormat detect_upload_format(std::string_view bytes) {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) ? UploadFormat::xlsx : UploadFormat::csv;
}

Result<std::vector<UploadRow>> read_upload_rows(std::string_view bytes, UploadFormat format,
                                                const std::string& file_name) {
  std::vector<UploadRow> out;
  if (format == UploadFormat::xlsx) {
    auto rows = formats::read_xlsx(bytes, file_name);
    if (!rows) return rows.error();
    for (auto& r : *rows) {
      UploadRow row{.number = r.number, .cells = {}};
      for (auto& c : r.cells) row.cells.push_back(std::move(c.text));
      out.push_back(std::move(row));
    }
    return out;
  }
  std::string_view body = formats::strip_utf8_bom(bytes);
  std::string text = formats::first_invalid_utf8(body) ? formats::windows1252_to_utf8(body) : std::string(body);
  char separator = formats::csv_detail::detect_separator(text);
  formats::csv_detail::CsvScanner scanner(text, separator ? separator : ';');
  formats::csv_detail::CsvRecord record;
  std::size_t number = 0;
  while (scanner.next(record)) out.push_back({.number = ++number, .cells = record.fields});
  if (!scanner.error().empty())
    return validation_error("Rad " + std::to_string(number + 1) + ": " + scanner.error(), file_name, "file");
  return out;
}

Result<UploadOutcome> upload_reports(store::Database& db, const UploadRequest& request, std::string_view bytes,
                                     const std::optional<User>& user) {
  if (trim(request.period).empty()) return validation_error(i18n::tr("Ange perioden, t.ex. 2025Q2."), {}, "period");
  // The access checks and the period, as for the template.
  auto tmpl = upload_template(db, request.form_id, request.period, user);
  if (!tmpl) return tmpl.error();
  const std::string period = tmpl->period;

  UploadOutcome outcome;
  auto problem = [&](std::size_t row, std::string column, std::string message) {
    outcome.problems.push_back({.row = row, .column = std::move(column), .message = std::move(message)});
  };
  auto rows = read_upload_rows(bytes, request.format, request.file_name);
  if (!rows) {
    problem(0, "", rows.error().message);
    return outcome;
  }
  // Skip blank rows and the labels row.
  std::vector<UploadRow> table;
  for (auto& r : *rows) {
    bool blank = std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) { return trim(c).empty(); });
    if (blank || (!r.cells.empty() && trim(r.cells[0]) == kUploadLabelsMarker)) continue;
    table.push_back(std::move(r));
  }
  if (table.empty()) {
    problem(0, "", "Filen är tom. Ladda ner mallen, fyll i den och ladda upp den igen.");
    return outcome;
  }
  if (table.size() == 1) {
    problem(0, "", "Filen har bara rubrikraden och inga rader med rapporter: fyll i en rad per organisation och "
                   "ladda upp den igen.");
    return outcome;
  }

  Status st = db.transaction([&](soci::session& s) -> Status {
    auto form = store::find_form(s, request.form_id);
    if (!form) return missing_record_error(user, "form");
    const auto& d = form->definition;
    // The header row.
    const UploadRow& header = table.front();
    std::vector<Column> columns;
    std::set<std::string> seen;
    for (const auto& raw : header.cells) {
      Column c;
      c.name = trim(raw);
      const std::string key = lower(c.name);
      if (key == kUploadOrganisationId) c.kind = Column::Kind::organisation_id;
      else if (key == kUploadOrganisationName) c.kind = Column::Kind::organisation_name;
      else if (key == kUploadPeriod) c.kind = Column::Kind::period;
      else if (key == kUploadComment) c.kind = Column::Kind::comment;
      else if (c.name.empty()) c.kind = Column::Kind::organisation_name;  // an unnamed column is ignored
      else if (auto cell = reporting::parse_cell(c.name)) {
        c.cell = *cell;
        c.element = d.element(cell->element);
        if (!c.element || !c.element->has_cell(cell->sex, cell->category))
          problem(header.number, c.name, "Kolumnen finns inte i formuläret " + d.code + ". Ladda ner mallen igen.");
      } else {
        problem(header.number, c.name,
                "Kolumnen finns inte i formuläret " + d.code + " (en cell skrivs som E1.women eller E1.u18.women).");
      }
      if (!c.name.empty() && !seen.insert(lower(c.name)).second)
        problem(header.number, c.name, "Kolumnen finns två gånger.");
      columns.push_back(std::move(c));
    }
    if (std::none_of(columns.begin(), columns.end(),
                     [](const Column& c) { return c.kind == Column::Kind::organisation_id; }))
      problem(header.number, kUploadOrganisationId, "Kolumnen saknas: den säger vilken organisation raden gäller.");
    if (!outcome.problems.empty()) return conflict_error(kHasProblems);

    std::map<std::int64_t, std::size_t> row_of_organisation;
    std::map<std::string, std::string> names;  // id → name, of the organisations in the template
    for (const auto& r : tmpl->rows) names[r[0]] = r[1];
    for (std::size_t i = 1; i < table.size(); ++i) {
      const UploadRow& row = table[i];
      const std::size_t before = outcome.problems.size();
      std::optional<std::int64_t> organisation;
      std::string comment;
      nlohmann::json values = nlohmann::json::object();
      for (std::size_t k = 0; k < columns.size(); ++k) {
        const Column& c = columns[k];
        const std::string text = k < row.cells.size() ? trim(row.cells[k]) : "";
        switch (c.kind) {
          case Column::Kind::organisation_name:
            break;
          case Column::Kind::organisation_id: {
            std::int64_t id = 0;
            auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
            if (text.empty()) problem(row.number, c.name, "Organisationens id saknas.");
            else if (ec != std::errc() || p != text.data() + text.size() || id <= 0)
              problem(row.number, c.name, "\"" + text + "\" är inget organisations-id (ett heltal från mallen).");
            else organisation = id;
            break;
          }
          case Column::Kind::period:
            if (!text.empty() && text != period)
              problem(row.number, c.name, "Raden gäller " + text + ", men du laddar upp " + period + ".");
            break;
          case Column::Kind::comment:
            comment = text;
            break;
          case Column::Kind::cell:
            if (text.empty() || !c.element) break;
            if (auto why = type_problem(c.element->value_type, text); !why.empty()) {
              problem(row.number, c.name, why);
              break;
            }
            if (c.cell.category.empty())
              values[c.cell.element][std::string(reporting::to_string(c.cell.sex))] = text;
            else
              values[c.cell.element][c.cell.category][std::string(reporting::to_string(c.cell.sex))] = text;
            break;
        }
      }
      if (organisation) {
        auto [it, fresh] = row_of_organisation.emplace(*organisation, row.number);
        if (!fresh)
          problem(row.number, kUploadOrganisationId,
                  "Organisationen " + std::to_string(*organisation) + " finns redan på rad " +
                      std::to_string(it->second) + ".");
      }
      if (outcome.problems.size() != before || !organisation) continue;
      // The same service functions as a single save and submit.
      SubmissionKey key{.form_id = request.form_id, .organisation_id = *organisation, .period = period,
                        .if_match = std::nullopt};
      auto report_error = [&](const Error& e) {
        if (e.code == ErrorKind::not_found)
          problem(row.number, kUploadOrganisationId,
                  "Organisationen " + std::to_string(*organisation) +
                      " finns inte bland dem du kan rapportera för i det här formuläret.");
        else
          problem(row.number, column_of(e.field), e.message);
      };
      auto saved = save_submission_in(s, key, values, comment, user);
      if (!saved) {
        report_error(saved.error());
        continue;
      }
      ++outcome.saved;
      auto name = names.find(std::to_string(*organisation));
      outcome.organisations.push_back(name != names.end() ? name->second : std::to_string(*organisation));
      if (!request.submit) continue;
      auto submitted = submit_submission_in(s, key, std::nullopt, user);
      if (!submitted) report_error(submitted.error());
      else ++outcome.submitted;
    }
    if (!outcome.problems.empty()) return conflict_error(kHasProblems);
    return {};
  });
  if (!st) {
    if (st.error().message != kHasProblems) return st.error();
    outcome.saved = 0;
    outcome.submitted = 0;
    outcome.organisations.clear();
  }
  return outcome;
}

}  // namespace jamt::service
