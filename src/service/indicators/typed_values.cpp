#include "service/indicators/typed_values.hpp"

#include <nlohmann/json.hpp>

#include "formats/common/number_text.hpp"
#include "service/authorization.hpp"
#include "service/indicators/indicator_values.hpp"
#include "store/audit_repository.hpp"
#include "store/indicators/indicator_value_repository.hpp"
#include "domain/i18n/translate.hpp"

namespace jamt::service {

namespace {

nlohmann::json row_json(const store::IndicatorValueRow& r) {
  auto num = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
  return {{"period", r.period}, {"women", num(r.women)}, {"men", num(r.men)}, {"total", num(r.total)},
          {"source", r.source}, {"recorded_by", r.recorded_by}};
}

}  // namespace

std::optional<double> parse_typed_number(const std::string& text) {
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ') continue;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {  // no-break space
      ++i;
      continue;
    }
    if (c == 0xE2 && text.compare(i, 3, "\xE2\x88\x92") == 0) {  // true minus sign
      plain += '-';
      i += 2;
      continue;
    }
    plain += c == ',' ? '.' : static_cast<char>(c);
  }
  if (plain.empty() || plain.find_first_of("eE") != std::string::npos) return std::nullopt;
  return formats::parse_plain_number(plain);
}

std::vector<Error> check_typed_value(const TypedValueInput& in) {
  std::vector<Error> errors;
  if (!period_year(in.period))
    errors.push_back(validation_error(i18n::tr("Ange året med fyra siffror, till exempel 2018."), "period", "period"));
  bool any = false;
  for (auto [text, field] : {std::pair{&in.women, "women"}, std::pair{&in.men, "men"}, std::pair{&in.total, "total"}}) {
    if (text->empty()) continue;
    any = true;
    if (!parse_typed_number(*text))
      errors.push_back(validation_error(i18n::tr("Ange ett tal, till exempel 12 345,6."), field, field));
  }
  if (!any) errors.push_back(validation_error(i18n::tr("Ange minst ett värde: kvinnor, män eller totalt."), "total", "total"));
  if (in.source.find_first_not_of(" \t\r\n") == std::string::npos)
    errors.push_back(validation_error(i18n::tr("Ange källan till värdena, till exempel Försäkringskassan."), "source", "source"));
  return errors;
}

Status save_typed_value(store::Database& db, std::int64_t indicator_id, const TypedValueInput& in,
                        const std::optional<User>& user) {
  auto item = get_indicator(db, indicator_id, user);
  if (!item) return item.error();
  const Strategy& s = item->strategy;
  Scope scope{.county_code = s.county_code, .organisation_id = std::nullopt,
              .published = s.status != StrategyStatus::draft, .reader_organisations = {}};
  if (auto ok = authorize_stored(user, Action::update, scope, "indicator"); !ok) return ok;
  if (source_kind(item->indicator) != "manual")
    return validation_error("Indikatorn hämtar sina värden från sin källa; värden kan bara matas in när ingen källa är "
                            "kopplad.",
                            "period", "period");
  if (auto errors = check_typed_value(in); !errors.empty()) return errors.front();
  auto parse = [](const std::string& t) { return t.empty() ? std::nullopt : parse_typed_number(t); };
  store::IndicatorValueRow row{.period = in.period, .women = parse(in.women), .men = parse(in.men),
                               .total = parse(in.total), .source = in.source, .recorded_by = user->email,
                               .recorded_at = {}};
  return db.transaction([&](soci::session& ses) -> Status {
    auto before = store::find_indicator_value(ses, indicator_id, in.period);
    store::upsert_indicator_value(ses, indicator_id, row);
    store::append_audit(ses, store::AuditEntry{.id = 0, .at = {}, .actor = user->email, .action = "values",
                                               .entity = "indicator", .entity_id = indicator_id,
                                               .before_json = before ? std::optional(row_json(*before).dump()) : std::nullopt,
                                               .after_json = row_json(row).dump()});
    return {};
  });
}

}  // namespace jamt::service
