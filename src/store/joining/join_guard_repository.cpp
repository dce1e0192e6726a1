#include "store/joining/join_guard_repository.hpp"

#include <soci/soci.h>

namespace jamt::store {

void insert_join_token(soci::session& s, const std::string& token_hash, const std::string& county_code,
                       const std::string& at) {
  s << "INSERT INTO join_form_tokens (token_hash, county_code, issued_at) VALUES (:h, :c, :a)", soci::use(token_hash),
      soci::use(county_code), soci::use(at);
}

bool join_token_live(soci::session& s, const std::string& token_hash, const std::string& county_code,
                     const std::string& issued_after) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM join_form_tokens WHERE token_hash = :h AND county_code = :c AND used_at IS NULL "
       "AND issued_at > :i",
      soci::use(token_hash), soci::use(county_code), soci::use(issued_after), soci::into(n);
  return n > 0;
}

bool use_join_token(soci::session& s, const std::string& token_hash, const std::string& county_code,
                    const std::string& issued_after, const std::string& at) {
  soci::statement st = (s.prepare << "UPDATE join_form_tokens SET used_at = :a WHERE token_hash = :h "
                                     "AND county_code = :c AND used_at IS NULL AND issued_at > :i",
                        soci::use(at), soci::use(token_hash), soci::use(county_code), soci::use(issued_after));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void delete_join_tokens_before(soci::session& s, const std::string& cutoff) {
  s << "DELETE FROM join_form_tokens WHERE issued_at < :c", soci::use(cutoff);
}

void insert_join_submission(soci::session& s, const std::string& address_hash, const std::string& at) {
  s << "INSERT INTO join_submissions (address_hash, at) VALUES (:h, :a)", soci::use(address_hash), soci::use(at);
}

std::int64_t count_join_submissions(soci::session& s, const std::string& address_hash, const std::string& since) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM join_submissions WHERE address_hash = :h AND at > :s", soci::use(address_hash),
      soci::use(since), soci::into(n);
  return n;
}

void delete_join_submissions_before(soci::session& s, const std::string& cutoff) {
  s << "DELETE FROM join_submissions WHERE at < :c", soci::use(cutoff);
}

std::int64_t stored_file_bytes_of(soci::session& s, const std::string& org_number, std::int64_t except_joining_id) {
  long long total = 0, except = except_joining_id;
  s << "SELECT CAST(COALESCE(SUM(f.size_bytes), 0) AS BIGINT) FROM joining_files f "
       "JOIN joinings j ON j.id = f.joining_id WHERE j.org_number = :o AND j.id <> :e",
      soci::use(org_number), soci::use(except), soci::into(total);
  return total;
}

}  // namespace jamt::store
