#pragma once
// Participants of activities are persons (docs/small-numbers.md): which of
// an activity's and a county's summed participants the current viewer sees
// as "..". The pages, downloads and API of activities ask these.
#include "domain/disclosure/small_counts.hpp"
#include "domain/registers/activity.hpp"
#include "service/activities/activity_summary.hpp"

namespace jamt::service::disclosure {

// The participant cells of `activity` shown as ".." to the current viewer:
// none for the county's strategists, admins and the organiser's contact
// (audience.hpp threshold_for with the organiser), small counts for others.
// Notes the protection for the page's sentence.
jamt::disclosure::SexOtherProtection activity_participants(const registers::Activity& activity);

// The summed participants of `summary` shown as ".." to the current viewer
// (owners: the county's strategists and admins). Notes the protection.
jamt::disclosure::SexOtherProtection summary_participants(const ActivitySummary& summary);

}  // namespace jamt::service::disclosure
