#pragma once
// The server fixture with three organisations — A and B in Kalmar län (08),
// C in Stockholms län (01) — and the users of an authorisation matrix,
// each signed in the first time a test asks for them (Argon2 is slow).
#include <map>
#include <string>
#include <vector>

#include "json_requests.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"

namespace jamt::testing {

class RegisterFixture : public ServerFixture {
 protected:
  // `name_a` lets a test give organisation A a name with markup in it.
  void SetUp() override {
    ServerFixture::SetUp();
    org_a = add_organisation(*db, 1, name_a, "08", "0880");
    org_b = add_organisation(*db, 2, "Kommun B", "08", "0883");
    org_c = add_organisation(*db, 3, "Kommun C", "01", "0180");
  }

  const TestLogin& contact_a() { return user("kontakt.a@example.se", Role::org_contact, "", org_a); }
  const TestLogin& contact_b() { return user("kontakt.b@example.se", Role::org_contact, "", org_b); }
  const TestLogin& strategist_08() { return user("strateg@kalmar.example", Role::strategist, "08"); }
  const TestLogin& strategist_01() { return user("strateg@stockholm.example", Role::strategist, "01"); }
  const TestLogin& coordinator() { return user("samordnare@example.se", Role::coordinator); }
  const TestLogin& admin() { return user("admin@example.se", Role::admin); }

  // The rows of an authorisation matrix, in this order; `login` is nullptr
  // for the public.
  struct Actor {
    std::string name;
    const TestLogin* login;
  };
  std::vector<Actor> actors() {
    return {{"public", nullptr},
            {"org contact, own organisation", &contact_a()},
            {"org contact, other organisation", &contact_b()},
            {"strategist, own county", &strategist_08()},
            {"strategist, other county", &strategist_01()},
            {"coordinator", &coordinator()},
            {"admin", &admin()}};
  }

  std::string name_a = "Kommun A";
  std::int64_t org_a = 0, org_b = 0, org_c = 0;

  // Logs every account signed in so far in anew, for a test that moved the
  // clock past the idle time of their sessions.
  void sign_in_again() {
    for (auto& [email, login] : logins_) login = log_in_again(*db, login);
  }

 private:
  const TestLogin& user(const std::string& email, Role role, const std::string& county = "",
                        std::optional<std::int64_t> organisation = std::nullopt) {
    auto it = logins_.find(email);
    if (it == logins_.end()) it = logins_.emplace(email, sign_in(*db, email, role, county, organisation)).first;
    return it->second;
  }
  std::map<std::string, TestLogin> logins_;
};

}  // namespace jamt::testing
