#pragma once
// The demo content of the registers: a small, clearly fictitious example in
// Kalmar län so that every register page shows something.
#include <vector>

#include "service/account/auth_service.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace jamt::service {

// When the organisation register is empty: adds the demo organisations
// (names end in "(demo)", organisation numbers in the unused 99-series),
// their people and every register's demo records, and — when
// `with_contacts` — an organisation contact account for three of them with
// random passwords, returned so `make run` can print them once.
Result<std::vector<DemoLogin>> load_demo_registers(store::Database& db, bool with_contacts);

// Inside load_demo_registers' transaction: the demo activities of the demo
// organisations (`organisation_ids` in the order they were added).
void add_demo_activities(soci::session& s, const std::vector<std::int64_t>& organisation_ids);
// Inside the demo transaction: the demo länsgrupp in Kalmar län with the
// demo organisations as members and the demo people as representatives and
// substitutes, meetings in 2025–2026 with attendance, and a pending change
// of representative from Exempelkommunen Kalmar (demo). `organisations` and
// `people` are the demo records' ids in the order they were added.
void load_demo_groups(soci::session& s, const std::vector<std::int64_t>& organisations,
                      const std::vector<std::int64_t>& people);
// Inside load_demo_registers' transaction, after the organisations
// (`organisation_ids` in the order of the demo list): demo systematics
// checklists (2025 and 2026) and demo steering documents, most of them
// assessed.
void load_demo_checklists(soci::session& s, const std::vector<std::int64_t>& organisation_ids);
void load_demo_steering_documents(soci::session& s, const std::vector<std::int64_t>& organisation_ids);
// Inside load_demo_registers' transaction: the demo joinings of the demo
// organisations `organisation_ids` (in the demo's order) — several joined
// (one with an overdue follow-up, one without an action plan, one not
// published), one pending application and one rejected.
void load_demo_joinings(soci::session& s, const std::vector<std::int64_t>& organisation_ids);

// Issue 12, part C. Inside load_demo_registers' transaction, after the
// activities and joinings: the plan links of three demo organisations to the
// targets of Kalmar's action plan (the strategy covering this year), the
// targets some demo activities serve, and the Region's two follow-ups with
// the dialogue per commitment (the one the joinings made, and a first one
// on the day it joined). Nothing when no Kalmar strategy covers this year.
void load_demo_plan_links(soci::session& s, const std::vector<std::int64_t>& organisation_ids);

// The ten-digit organisation number "99NNNNNNC" + check digit for demo
// organisation `n` (1, 2, …).
std::string demo_org_number(int n);

}  // namespace jamt::service
