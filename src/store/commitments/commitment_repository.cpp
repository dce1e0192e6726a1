#include "store/commitments/commitment_repository.hpp"

#include <soci/soci.h>

#include "store/database.hpp"

namespace jamt::store {

using ll = long long;

std::map<std::int64_t, std::vector<CommitmentStatusRow>> load_commitment_statuses(soci::session& s,
                                                                                  std::int64_t strategy_id) {
  std::map<std::int64_t, std::vector<CommitmentStatusRow>> out;
  CommitmentStatusRow row;
  ll cid = 0, sid = strategy_id;
  soci::statement st =
      (s.prepare << "SELECT cs.commitment_id, cs.year, cs.status, cs.comment, cs.set_by, cs.set_at "
                    "FROM commitment_statuses cs JOIN board_commitments c ON c.id = cs.commitment_id "
                    "JOIN goal_nodes n ON n.id = c.node_id WHERE n.strategy_id = :s "
                    "ORDER BY cs.commitment_id, cs.year",
       soci::use(sid), soci::into(cid), soci::into(row.year), soci::into(row.status), soci::into(row.comment),
       soci::into(row.set_by), soci::into(row.set_at));
  st.execute();
  while (st.fetch()) {
    row.commitment_id = cid;
    out[cid].push_back(row);
  }
  return out;
}

std::optional<CommitmentStatusRow> find_commitment_status(soci::session& s, std::int64_t commitment_id, int year) {
  CommitmentStatusRow row{.commitment_id = commitment_id, .year = year};
  ll cid = commitment_id;
  s << "SELECT status, comment, set_by, set_at FROM commitment_statuses WHERE commitment_id = :c AND year = :y",
      soci::use(cid), soci::use(year), soci::into(row.status), soci::into(row.comment), soci::into(row.set_by),
      soci::into(row.set_at);
  if (!s.got_data()) return std::nullopt;
  return row;
}

void save_commitment_status(soci::session& s, const CommitmentStatusRow& row) {
  ll cid = row.commitment_id;
  int year = row.year;
  std::string at = clock_of(s).now_text();
  s << "DELETE FROM commitment_statuses WHERE commitment_id = :c AND year = :y", soci::use(cid), soci::use(year);
  s << "INSERT INTO commitment_statuses (commitment_id, year, status, comment, set_by, set_at) "
       "VALUES (:c, :y, :s, :co, :b, :a)",
      soci::use(cid), soci::use(year), soci::use(row.status), soci::use(row.comment), soci::use(row.set_by),
      soci::use(at);
}

std::optional<std::int64_t> strategy_of_commitment(soci::session& s, std::int64_t commitment_id) {
  ll cid = commitment_id, sid = 0;
  s << "SELECT n.strategy_id FROM board_commitments c JOIN goal_nodes n ON n.id = c.node_id WHERE c.id = :c",
      soci::use(cid), soci::into(sid);
  if (!s.got_data()) return std::nullopt;
  return sid;
}

std::map<std::int64_t, std::vector<CommitmentActivity>> load_commitment_activities(soci::session& s,
                                                                                   std::int64_t strategy_id) {
  std::map<std::int64_t, std::vector<CommitmentActivity>> out;
  ll cid = 0, aid = 0, sid = strategy_id, organiser = 0;
  int published = 0;
  soci::indicator published_ind;
  std::string title, start, county, status;
  soci::statement st =
      (s.prepare << "SELECT ac.commitment_id, a.id, a.title, a.start_date, a.county_code, a.organiser_id, a.published, a.status "
                    "FROM activity_commitments ac "
                    "JOIN activities a ON a.id = ac.activity_id JOIN board_commitments c ON c.id = ac.commitment_id "
                    "JOIN goal_nodes n ON n.id = c.node_id WHERE n.strategy_id = :s "
                    "ORDER BY ac.commitment_id, a.start_date, a.id",
       soci::use(sid), soci::into(cid), soci::into(aid), soci::into(title), soci::into(start), soci::into(county),
       soci::into(organiser), soci::into(published, published_ind), soci::into(status));
  st.execute();
  while (st.fetch())
    out[cid].push_back(CommitmentActivity{.activity_id = aid,
                                          .title = title,
                                          .start_date = start,
                                          .county_code = county,
                                          .organiser_id = organiser,
                                          .published = published_ind == soci::i_ok && published != 0 && status == "genomford"});
  return out;
}

std::vector<CommitmentLabel> commitment_labels(soci::session& s, const std::vector<std::int64_t>& ids) {
  std::vector<CommitmentLabel> out;
  for (auto id : ids) {
    CommitmentLabel l{.id = id};
    ll cid = id, sid = 0;
    s << "SELECT n.strategy_id, n.code, c.text FROM board_commitments c JOIN goal_nodes n ON n.id = c.node_id "
         "WHERE c.id = :c",
        soci::use(cid), soci::into(sid), soci::into(l.node_code), soci::into(l.text);
    if (!s.got_data()) continue;
    l.strategy_id = sid;
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<std::int64_t> activity_commitment_ids(soci::session& s, std::int64_t activity_id) {
  std::vector<std::int64_t> out;
  ll aid = activity_id, cid = 0;
  soci::statement st = (s.prepare << "SELECT commitment_id FROM activity_commitments WHERE activity_id = :a "
                                     "ORDER BY commitment_id",
                        soci::use(aid), soci::into(cid));
  st.execute();
  while (st.fetch()) out.push_back(cid);
  return out;
}

void save_activity_commitments(soci::session& s, std::int64_t activity_id, const std::vector<std::int64_t>& ids) {
  ll aid = activity_id;
  s << "DELETE FROM activity_commitments WHERE activity_id = :a", soci::use(aid);
  for (auto id : ids) {
    ll cid = id;
    s << "INSERT INTO activity_commitments (activity_id, commitment_id) VALUES (:a, :c)", soci::use(aid),
        soci::use(cid);
  }
}

}  // namespace jamt::store
