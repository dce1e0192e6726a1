#pragma once
// The demo content of surveys (docs/surveys.md, "Demo"): Kalmar län's
// key-person survey from the seed-001 template in two rounds — 2024 with 40
// invited and 30 answers, and 2025 with the seed's 43 respondents (31 helt /
// 7 delvis / 5 inte on the first statement; 38 women and 5 men, 8 civil
// society and 35 agencies, 21 strategic and 22 direct support, 34 for three
// years and 9 for the last year) — both closed; this year's kartläggning
// (seed 002), open, to twelve fictitious municipal contacts of whom some
// have answered; and the coordinator's national survey of 11 indicators to
// the 21 counties, most of which have answered.
#include "domain/result.hpp"
#include "store/database.hpp"

namespace jamt::service {

// When no survey exists yet: makes the surveys above through the survey
// services — as the demo strategist (strateg.kalmar@jamt.local) and the demo
// coordinator — invites the fictitious respondents (their mails go nowhere:
// the demo keeps them in memory to answer through their links), and enters
// their answers with the database's clock moved to each step's day and put
// back afterwards. Call it after load_demo_reporting, before the server
// starts (it swaps the clock). Returns the number of responses entered (0
// when surveys existed).
Result<int> load_demo_surveys(store::Database& db);

}  // namespace jamt::service
