#include "store/organisation_plan/organisation_plan_repository.hpp"

#include <soci/soci.h>

#include <algorithm>

namespace jamt::store {

namespace {

using ll = long long;

std::vector<PlanLink> read_links(soci::session& s, const std::string& where, ll a, ll b,
                                 std::vector<ll>* organisations) {
  std::vector<PlanLink> out;
  ll org = 0, strategy = 0, node = 0;
  std::string code, note, by, at;
  soci::indicator node_ind = soci::i_ok, code_ind = soci::i_ok, note_ind = soci::i_ok;
  soci::statement st(s);
  st.exchange(soci::into(org));
  st.exchange(soci::into(strategy));
  st.exchange(soci::into(node, node_ind));
  st.exchange(soci::into(code, code_ind));
  st.exchange(soci::into(note, note_ind));
  st.exchange(soci::into(by));
  st.exchange(soci::into(at));
  st.exchange(soci::use(a));
  if (b) st.exchange(soci::use(b));
  st.alloc();
  st.prepare(
      "SELECT organisation_id, strategy_id, node_id, target_code, note, declared_by, declared_at "
      "FROM organisation_plan_links WHERE " +
      where + " ORDER BY organisation_id, id");
  st.define_and_bind();
  st.execute();
  while (st.fetch()) {
    out.push_back({.strategy_id = strategy,
                   .target_code = code_ind == soci::i_null ? "" : code,
                   .node_id = node_ind == soci::i_null ? 0 : node,
                   .note = note_ind == soci::i_null ? "" : note,
                   .declared_by = by,
                   .declared_at = at});
    if (organisations) organisations->push_back(org);
  }
  return out;
}

}  // namespace

std::vector<PlanLink> plan_links_of(soci::session& s, std::int64_t organisation_id, std::int64_t strategy_id) {
  auto links = read_links(s, "organisation_id = :o AND strategy_id = :s", organisation_id, strategy_id, nullptr);
  std::stable_sort(links.begin(), links.end(), [](const PlanLink& x, const PlanLink& y) {
    bool xt = !x.target_code.empty(), yt = !y.target_code.empty();
    if (xt != yt) return xt;
    return xt ? x.target_code < y.target_code : x.node_id < y.node_id;
  });
  return links;
}

void replace_plan_links(soci::session& s, std::int64_t organisation_id, const std::string& county_code,
                        std::int64_t strategy_id, const std::vector<PlanLink>& links) {
  ll org = organisation_id, strategy = strategy_id;
  s << "DELETE FROM organisation_plan_links WHERE organisation_id = :o AND strategy_id = :s", soci::use(org),
      soci::use(strategy);
  for (const auto& l : links) {
    ll node = l.node_id;
    soci::indicator node_ind = l.node_id ? soci::i_ok : soci::i_null;
    soci::indicator code_ind = l.target_code.empty() ? soci::i_null : soci::i_ok;
    soci::indicator note_ind = l.note.empty() ? soci::i_null : soci::i_ok;
    s << "INSERT INTO organisation_plan_links (organisation_id, county_code, strategy_id, node_id, target_code, note, "
         "declared_by, declared_at) VALUES (:o, :c, :s, :n, :t, :note, :by, :at)",
        soci::use(org), soci::use(county_code), soci::use(strategy), soci::use(node, node_ind),
        soci::use(l.target_code, code_ind), soci::use(l.note, note_ind), soci::use(l.declared_by),
        soci::use(l.declared_at);
  }
}

std::map<std::int64_t, std::vector<PlanLink>> plan_links_to(soci::session& s, std::int64_t strategy_id) {
  std::vector<ll> organisations;
  auto links = read_links(s, "strategy_id = :s", strategy_id, 0, &organisations);
  std::map<std::int64_t, std::vector<PlanLink>> out;
  for (std::size_t i = 0; i < links.size(); ++i) out[organisations[i]].push_back(links[i]);
  return out;
}

void delete_plan_links(soci::session& s, std::int64_t organisation_id) {
  ll org = organisation_id;
  s << "DELETE FROM organisation_plan_links WHERE organisation_id = :o", soci::use(org);
}

std::vector<std::string> activity_plan_targets(soci::session& s, std::int64_t activity_id, std::int64_t* strategy_id) {
  std::vector<std::string> out;
  ll a = activity_id, strategy = 0;
  std::string code;
  soci::statement st = (s.prepare << "SELECT strategy_id, target_code FROM activity_plan_targets "
                                     "WHERE activity_id = :a ORDER BY target_code",
                        soci::use(a), soci::into(strategy), soci::into(code));
  st.execute();
  if (strategy_id) *strategy_id = 0;
  while (st.fetch()) {
    out.push_back(code);
    if (strategy_id) *strategy_id = strategy;
  }
  return out;
}

void replace_activity_plan_targets(soci::session& s, std::int64_t activity_id, std::int64_t strategy_id,
                                   const std::vector<std::string>& codes) {
  ll a = activity_id, strategy = strategy_id;
  s << "DELETE FROM activity_plan_targets WHERE activity_id = :a", soci::use(a);
  if (!strategy_id) return;
  for (const auto& code : codes)
    s << "INSERT INTO activity_plan_targets (activity_id, strategy_id, target_code) VALUES (:a, :s, :t)",
        soci::use(a), soci::use(strategy), soci::use(code);
}

std::int64_t activity_with_title(soci::session& s, const std::string& title) {
  ll id = 0;
  s << "SELECT id FROM activities WHERE title = :t", soci::use(title), soci::into(id);
  return s.got_data() ? id : 0;
}

std::vector<TargetActivity> activities_serving_targets(soci::session& s, std::int64_t strategy_id,
                                                       const std::string& until) {
  std::vector<TargetActivity> out;
  ll strategy = strategy_id, activity = 0, organiser = 0;
  std::string code, title, start, last = until.empty() ? "9999-12-31" : until;
  soci::statement st =
      (s.prepare << "SELECT t.activity_id, a.organiser_id, t.target_code, a.title, a.start_date "
                    "FROM activity_plan_targets t JOIN activities a ON a.id = t.activity_id "
                    "WHERE t.strategy_id = :s AND a.start_date <= :u ORDER BY t.target_code, a.start_date, a.id",
       soci::use(strategy), soci::use(last), soci::into(activity), soci::into(organiser), soci::into(code),
       soci::into(title), soci::into(start));
  st.execute();
  while (st.fetch())
    out.push_back({.activity_id = activity, .organiser_id = organiser, .target_code = code, .title = title,
                   .start_date = start});
  return out;
}

void insert_follow_up_substance(soci::session& s, std::int64_t follow_up_id,
                                const std::vector<CommitmentDialogue>& commitments,
                                const std::vector<Contribution>& contributions) {
  ll f = follow_up_id;
  for (const auto& c : commitments) {
    std::string status{to_string(c.status)};
    soci::indicator note_ind = c.note.empty() ? soci::i_null : soci::i_ok;
    s << "INSERT INTO joining_follow_up_commitments (follow_up_id, commitment, status, note) VALUES (:f, :c, :s, :n)",
        soci::use(f), soci::use(c.commitment), soci::use(status), soci::use(c.note, note_ind);
  }
  int position = 0;
  for (const auto& c : contributions) {
    ll node = c.node_id;
    int count = c.activity_count;
    soci::indicator node_ind = c.node_id ? soci::i_ok : soci::i_null;
    soci::indicator code_ind = c.target_code.empty() ? soci::i_null : soci::i_ok;
    soci::indicator note_ind = c.note.empty() ? soci::i_null : soci::i_ok;
    s << "INSERT INTO joining_follow_up_contributions (follow_up_id, position, target_code, node_id, label, note, "
         "activity_count) VALUES (:f, :p, :t, :n, :l, :note, :c)",
        soci::use(f), soci::use(position), soci::use(c.target_code, code_ind), soci::use(node, node_ind),
        soci::use(c.label), soci::use(c.note, note_ind), soci::use(count);
    ++position;
  }
}

void load_follow_up_substance(soci::session& s, std::vector<FollowUp>& follow_ups) {
  for (auto& f : follow_ups) {
    ll id = f.id;
    {
      std::string commitment, status, note;
      soci::indicator note_ind = soci::i_ok;
      soci::statement st = (s.prepare << "SELECT commitment, status, note FROM joining_follow_up_commitments "
                                         "WHERE follow_up_id = :f",
                            soci::use(id), soci::into(commitment), soci::into(status), soci::into(note, note_ind));
      st.execute();
      while (st.fetch())
        f.commitments.push_back({.commitment = commitment,
                                 .status = parse_commitment_assessment(status).value_or(
                                     CommitmentAssessment::not_assessed),
                                 .note = note_ind == soci::i_null ? "" : note});
    }
    {
      std::string code, label, note;
      ll node = 0;
      int count = 0;
      soci::indicator code_ind = soci::i_ok, node_ind = soci::i_ok, note_ind = soci::i_ok;
      soci::statement st = (s.prepare << "SELECT target_code, node_id, label, note, activity_count "
                                         "FROM joining_follow_up_contributions WHERE follow_up_id = :f ORDER BY position",
                            soci::use(id), soci::into(code, code_ind), soci::into(node, node_ind), soci::into(label),
                            soci::into(note, note_ind), soci::into(count));
      st.execute();
      while (st.fetch())
        f.contributions.push_back({.target_code = code_ind == soci::i_null ? "" : code,
                                   .node_id = node_ind == soci::i_null ? 0 : node,
                                   .label = label,
                                   .note = note_ind == soci::i_null ? "" : note,
                                   .activity_count = count});
    }
  }
}

void delete_follow_up_substance(soci::session& s, std::int64_t joining_id) {
  ll j = joining_id;
  s << "DELETE FROM joining_follow_up_commitments WHERE follow_up_id IN "
       "(SELECT id FROM joining_follow_ups WHERE joining_id = :j)",
      soci::use(j);
  s << "DELETE FROM joining_follow_up_contributions WHERE follow_up_id IN "
       "(SELECT id FROM joining_follow_ups WHERE joining_id = :j)",
      soci::use(j);
}

}  // namespace jamt::store
