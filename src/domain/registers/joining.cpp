#include "domain/registers/joining.hpp"

#include "domain/i18n/translate.hpp"

#include "domain/registers/organisation.hpp"

namespace jamt::registers {

using i18n::N_;

namespace {

std::vector<Choice> organisation_types() { return organisation_spec().field("type")->choices; }

constexpr std::string_view kLockedHint = N_("Kan inte ändras efter beslutet; ändra då i organisationsregistret.");

}  // namespace

const std::vector<Commitment>& joining_commitments() {
  static const std::vector<Commitment> list{
      {"commitment_decision", std::string(N_("Ledningsbeslut om jämställdhetsintegrering"))},
      {"commitment_plan", std::string(N_("Insats- och/eller handlingsplan"))},
      {"commitment_contact", std::string(N_("Kontaktperson som länk till länsstyrelsen"))},
      {"commitment_dialogue", std::string(N_("Synliggöra utveckling i dialog med länsstyrelsen"))},
      {"commitment_follow_up", std::string(N_("Följa upp arbetet vart tredje år"))},
  };
  return list;
}

const EntitySpec& joining_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "joining";
    s.table = "joinings";
    s.label_sv = std::string(N_("Anslutning"));
    s.plural_sv = std::string(N_("Anslutningar"));
    s.api_path = "joinings";
    s.page_path = "anslutningar";
    s.title_field = "organisation_name";
    s.fields = {
        {.name = "organisation_name", .label_sv = std::string(N_("Organisation")), .max_length = 200,
         .hint_sv = std::string(N_("Namnet som det stod i ansökan. Tas från organisationsregistret om det lämnas tomt."))},
        {.name = "org_number", .label_sv = std::string(N_("Organisationsnummer")), .kind = FieldKind::org_number, .max_length = 20,
         .hint_sv = std::string(kLockedHint)},
        {.name = "organisation_type", .label_sv = std::string(N_("Typ av organisation")), .kind = FieldKind::choice,
         .choices = organisation_types()},
        {.name = "municipality_code", .label_sv = std::string(N_("Kommun")), .kind = FieldKind::municipality, .max_length = 4},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .max_length = 2,
         .hint_sv = std::string(N_("Länet vars strategi organisationen ansluter sig till. Tas från organisationen om det lämnas tomt."))},
        {.name = "organisation_id", .label_sv = std::string(N_("Organisation i registret")), .kind = FieldKind::reference,
         .references = "organisation",
         .hint_sv = std::string(N_("Lämna tomt för en ny organisation: den läggs in i registret när ansökan godkänns."))},
        {.name = "contact_person_id", .label_sv = std::string(N_("Kontaktperson")), .kind = FieldKind::reference,
         .references = "person", .hint_sv = std::string(N_("En person i organisationen."))},
        {.name = "decision_date", .label_sv = std::string(N_("Datum för ledningsbeslut")), .kind = FieldKind::date, .max_length = 10,
         .hint_sv = std::string(N_("Till exempel 2025-02-14."))},
        {.name = "action_plan_url", .label_sv = std::string(N_("Länk till handlingsplan")), .kind = FieldKind::url},
        {.name = "action_plan_file", .label_sv = std::string(N_("Uppladdad handlingsplan")), .max_length = 200, .system = true},
        {.name = "publish_consent", .label_sv = std::string(N_("Namnet får publiceras bland anslutna verksamheter")),
         .kind = FieldKind::boolean},
        {.name = "status",
         .label_sv = std::string(N_("Status")),
         .kind = FieldKind::choice,
         .choices = {{kJoiningApplied, std::string(N_("Ansökt"))},
                     {kJoiningApproved, std::string(N_("Godkänd"))},
                     {kJoiningRejected, std::string(N_("Avslagen"))},
                     {kJoiningWithdrawn, std::string(N_("Utträdd"))}},
         .system = true},
        {.name = "applied_on", .label_sv = std::string(N_("Ansökan kom in")), .kind = FieldKind::date, .system = true},
        {.name = "decided_on", .label_sv = std::string(N_("Beslutsdatum")), .kind = FieldKind::date, .system = true},
        {.name = "joined_on", .label_sv = std::string(N_("Ansluten från")), .kind = FieldKind::date, .system = true},
        {.name = "rejection_reason", .label_sv = std::string(N_("Skäl för avslag")), .kind = FieldKind::long_text, .max_length = 2000,
         .system = true},
        {.name = "withdrawn_on", .label_sv = std::string(N_("Utträdde")), .kind = FieldKind::date, .system = true},
        {.name = "withdrawal_reason", .label_sv = std::string(N_("Skäl för utträde")), .kind = FieldKind::long_text,
         .max_length = 2000, .system = true},
        {.name = "last_follow_up", .label_sv = std::string(N_("Senaste uppföljning")), .kind = FieldKind::date, .system = true},
        {.name = "next_follow_up", .label_sv = std::string(N_("Nästa uppföljning senast")), .kind = FieldKind::date, .system = true},
    };
    for (const auto& c : joining_commitments()) {
      s.fields.push_back({.name = c.field,
                          .label_sv = std::string(N_("Åtagande")) + ": " + c.title_sv,
                          .kind = FieldKind::choice,
                          .choices = {{kCommitmentNotStarted, std::string(N_("Ej påbörjat"))},
                                      {kCommitmentOngoing, std::string(N_("Pågår"))},
                                      {kCommitmentDone, std::string(N_("Klart"))}}});
      s.fields.push_back({.name = c.field + "_note", .label_sv = std::string(N_("Kommentar")) + ": " + c.title_sv, .max_length = 500});
    }
    s.list_columns = {"organisation_name", "organisation_type", "status", "applied_on", "joined_on", "next_follow_up"};
    s.search_fields = {"organisation_name", "org_number"};
    return s;
  }();
  return spec;
}

const EntitySpec& joining_application_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "joining_application";
    s.label_sv = std::string(N_("Ansökan om anslutning"));
    s.title_field = "organisation_name";
    s.fields = {
        {.name = "organisation_name", .label_sv = std::string(N_("Organisationens namn")), .required = true, .max_length = 200},
        {.name = "org_number", .label_sv = std::string(N_("Organisationsnummer")), .kind = FieldKind::org_number, .required = true,
         .max_length = 20, .hint_sv = std::string(N_("10 siffror, till exempel 212000-0142."))},
        {.name = "organisation_type", .label_sv = std::string(N_("Typ av organisation")), .kind = FieldKind::choice, .required = true,
         .choices = organisation_types()},
        {.name = "municipality_code", .label_sv = std::string(N_("Kommun")), .kind = FieldKind::municipality, .max_length = 4,
         .hint_sv = std::string(N_("Kommunen där organisationen finns. Lämna tomt för en organisation som verkar i hela länet."))},
        {.name = "contact_name", .label_sv = std::string(N_("Kontaktpersonens namn")), .required = true, .max_length = 120,
         .personal = true},
        {.name = "contact_email", .label_sv = std::string(N_("Kontaktpersonens e-post")), .kind = FieldKind::email, .required = true,
         .max_length = 200, .personal = true},
        {.name = "contact_phone", .label_sv = std::string(N_("Kontaktpersonens telefon")), .kind = FieldKind::phone, .max_length = 40,
         .personal = true},
        {.name = "decision_date", .label_sv = std::string(N_("Datum för ledningsbeslut")), .kind = FieldKind::date, .required = true,
         .max_length = 10,
         .hint_sv = std::string(N_("Dagen då ledningen beslutade om jämställdhetsintegrering och anslutning, till exempel 2025-02-14."))},
        {.name = "action_plan_url", .label_sv = std::string(N_("Länk till insats- eller handlingsplan")), .kind = FieldKind::url,
         .hint_sv = std::string(N_("Om planen finns på webben. Börjar med https://."))},
        {.name = "publish_consent",
         .label_sv = std::string(N_("Vi samtycker till att organisationens namn publiceras i listan över anslutna verksamheter")),
         .kind = FieldKind::boolean},
    };
    return s;
  }();
  return spec;
}

const EntitySpec& joining_follow_up_spec() {
  static const EntitySpec spec = [] {
    EntitySpec s;
    s.entity = "joining_follow_up";
    s.table = "joining_follow_ups";
    s.label_sv = std::string(N_("Uppföljning"));
    s.plural_sv = std::string(N_("Uppföljningar"));
    s.title_field = "held_on";
    s.fields = {
        {.name = "joining_id", .label_sv = std::string(N_("Anslutning")), .kind = FieldKind::reference, .required = true,
         .references = "joining"},
        {.name = "county_code", .label_sv = std::string(N_("Län")), .kind = FieldKind::county, .required = true, .max_length = 2},
        {.name = "held_on", .label_sv = std::string(N_("Datum för uppföljningen")), .kind = FieldKind::date, .required = true,
         .max_length = 10},
        {.name = "note", .label_sv = std::string(N_("Anteckning")), .kind = FieldKind::long_text, .max_length = 4000},
    };
    return s;
  }();
  return spec;
}

}  // namespace jamt::registers
