#pragma once
// A small yearly follow-up as a report document, for the renderer tests:
// two top sections, one with a sub-section, tables with numbers, texts and
// a missing value, and a line chart by sex. Fixed date, no clock.
#include "domain/report/report_document.hpp"

namespace jamt::testing {

inline report_doc::Document sample_report_document() {
  using namespace jamt::report_doc;
  Table shares{.caption = "Andel kvinnor bland förtroendevalda",
               .columns = {"Kommun", "Kvinnor", "Män", "Andel kvinnor"},
               .rows = {{Cell::of_text("Kalmar"), Cell::of_number(1234), Cell::of_number(1100),
                         Cell::of_number(52.8767, 1, "%")},
                        {Cell::of_text("Borgholm"), Cell::missing(), Cell::of_number(17), Cell::missing()},
                        {Cell::of_text("Emmaboda")}}};
  Table commitments{.caption = "Åtaganden: status/år [2026]",
                    .columns = {"Åtagande", "Status"},
                    .rows = {{Cell::of_text("Jämställd rekrytering"), Cell::of_text("Pågår")}}};
  Chart trend{.title = "Andel kvinnor 2024–2026",
              .kind = ChartKind::line,
              .description = "Andelen kvinnor steg från 48 till 52,9 procent.",
              .labels = {"2024", "2025", "2026"},
              .series = {ChartSeries{.name = "Kvinnor", .sex = SeriesSex::women, .values = {48.0, 50.5, 52.9}, .labels = {}},
                         ChartSeries{.name = "Män", .sex = SeriesSex::men, .values = {52.0, std::nullopt, 47.1}, .labels = {}}},
              .decimals = 1,
              .band = {},
              .band_label = {}};
  Section sub{.id = "mal-1-1",
              .heading = "Delmål 1.1 Makt och inflytande",
              .level = 3,
              .paragraphs = {"Två av tre kommuner har rapporterat."},
              .tables = {commitments},
              .charts = {},
              .children = {},
              .text = "Vi ser en tydlig förbättring.\n\nArbetet fortsätter <2027>.",
              .done = true};
  Section goals{.id = "mal-1",
                .heading = "Mål 1 Jämn fördelning av makt",
                .level = 2,
                .paragraphs = {"Indikatorernas utveckling & status."},
                .tables = {shares},
                .charts = {trend},
                .children = {sub},
                .text = {},
                .done = false};
  Section summary{.id = "sammanfattning",
                  .heading = "Sammanfattning",
                  .level = 2,
                  .paragraphs = {"Strategin följs upp för 2026."},
                  .tables = {},
                  .charts = {},
                  .children = {},
                  .text = {},
                  .done = true};
  return Document{.title = "Uppföljning 2026 av Kalmar läns jämställdhetsstrategi",
                  .subtitle = "Länsstyrelsen i Kalmar län",
                  .language = "sv",
                  .generated_at = "2027-03-31T09:15:00Z",
                  .sections = {summary, goals}};
}

}  // namespace jamt::testing
