#pragma once
// What guards the public join form: the tokens issued with the form (only
// their SHA-256 is kept) and the accepted applications per client address
// (by the SHA-256 of the address), and what an organisation stores in
// action plan files. Functions work on a leased session and throw soci errors.
#include <cstdint>
#include <string>

namespace soci {
class session;
}

namespace jamt::store {

// Stores a token issued at `at` with the form of county `county_code`.
void insert_join_token(soci::session& s, const std::string& token_hash, const std::string& county_code,
                       const std::string& at);

// Whether the token is unused, of `county_code` and issued after `issued_after`.
bool join_token_live(soci::session& s, const std::string& token_hash, const std::string& county_code,
                     const std::string& issued_after);

// Marks a live token (as join_token_live) used at `at`; false when it was
// not live, e.g. because a parallel request used it first.
bool use_join_token(soci::session& s, const std::string& token_hash, const std::string& county_code,
                    const std::string& issued_after, const std::string& at);

// Forgets tokens issued before `cutoff`, used or not.
void delete_join_tokens_before(soci::session& s, const std::string& cutoff);

// Notes an accepted application from the client address with this hash at `at`.
void insert_join_submission(soci::session& s, const std::string& address_hash, const std::string& at);

// How many applications came from the address with this hash after `since`.
std::int64_t count_join_submissions(soci::session& s, const std::string& address_hash, const std::string& since);

// Forgets the submissions before `cutoff`.
void delete_join_submissions_before(soci::session& s, const std::string& cutoff);

// The bytes of action plan files stored for joinings with organisation
// number `org_number`, leaving out joining `except_joining_id` (0: none).
std::int64_t stored_file_bytes_of(soci::session& s, const std::string& org_number, std::int64_t except_joining_id);

}  // namespace jamt::store
