#include "service/demo/demo_portal.hpp"

#include "service/demo/demo_clock.hpp"
#include "service/news/news_service.hpp"
#include "service/portal_settings/county_contact.hpp"

namespace jamt::service {

Result<int> load_demo_portal(store::Database& db) {
  auto existing = county_contact(db, "08");
  if (!existing) return existing.error();
  if (existing->saved) return 0;
  const User strategist{.id = 0, .email = "strateg.kalmar@jamt.local", .role = Role::strategist, .county_code = "08",
                        .organisation_id = std::nullopt, .disabled = false};
  CountyContact contact = *existing;
  contact.email = "jamstalldhet.kalmar@jamt.local";
  contact.phone = "010-223 80 00";
  contact.postal_address = "Länsstyrelsen i Kalmar län\n391 86 Kalmar";
  contact.visiting_address = "Malmbrogatan 6, Kalmar";
  contact.intro =
      "Länsstyrelsen samordnar länets arbete för jämställdhet och mot mäns våld mot kvinnor tillsammans med "
      "kommuner, regionen, myndigheter, företag och organisationer. Här finns strategin, statistiken per delmål "
      "och vägen för den som vill ansluta sin verksamhet.";
  contact.intro_en =
      "The county administrative board coordinates the county's work for gender equality and against men's "
      "violence against women together with municipalities, the region, agencies, companies and organisations. "
      "Here you find the strategy, the statistics per sub-goal and how to join.";

  DemoClock clock{db};
  const auto today = std::chrono::sys_days{clock.today()};
  clock.then().set(std::chrono::sys_seconds{today - std::chrono::days{30}} + std::chrono::hours{9});
  if (auto saved = save_county_contact(db, contact, strategist); !saved) return saved.error();

  clock.then().set(std::chrono::sys_seconds{today - std::chrono::days{20}} + std::chrono::hours{10});
  NewsInput network{
      .title = "Nätverksträff för länets jämställdhetsstrateger",
      .body = "Välkommen till vårens nätverksträff för kommunernas och regionens jämställdhetsstrateger.\n\n"
              "Vi går igenom årets uppföljning av strategin och delar exempel på jämställdhetsintegrering.",
      .title_en = "Network meeting for the county's gender-equality strategists",
      .body_en = "Welcome to the spring network meeting for the gender-equality strategists of the municipalities "
                 "and the region.\n\nWe go through this year's follow-up of the strategy and share examples of "
                 "gender mainstreaming.",
  };
  if (auto made = create_news(db, "08", network, true, strategist); !made) return made.error();

  clock.then().set(std::chrono::sys_seconds{today - std::chrono::days{5}} + std::chrono::hours{14});
  NewsInput report{
      .title = "Ny statistik om ohälsotal per kommun",
      .body = "Statistiken per delmål har uppdaterats med Försäkringskassans ohälsotal för länets kommuner, "
              "uppdelat på kvinnor och män.",
      .title_en = {},
      .body_en = {},
  };
  if (auto made = create_news(db, "08", report, true, strategist); !made) return made.error();
  return 2;
}

}  // namespace jamt::service
