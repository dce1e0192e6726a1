// Database refusals told apart by the engine's error code (SQLite's extended
// result codes, PostgreSQL's SQLSTATE), on both engines, and what a user is
// told about them: a duplicate is a 409 "conflict" naming the field, a
// reference to a record that does not exist a validation error naming it.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <stdexcept>

#include "domain/registers/organisation.hpp"
#include "domain/registers/person.hpp"
#include "service/registers/register_service.hpp"
#include "store/constraint_error.hpp"
#include "store/register_repository.hpp"
#include "test_accounts.hpp"
#include "test_server.hpp"

using namespace jamt;
using namespace jamt::testing;
using json = nlohmann::json;

namespace {

class ConstraintErrors : public ServerFixture {
 protected:
  void SetUp() override {
    ServerFixture::SetUp();
    kalmar = add_organisation(*db, 1, "Kalmar A", "08", "0880");
    admin.role = Role::admin;
    admin.email = "admin@test.se";
  }

  // The kind of constraint `sql` breaks, as store::constraint_kind tells it
  // from the exception; `none` when it runs.
  store::ConstraintKind kind_of(const std::string& sql) {
    store::ConstraintKind kind = store::ConstraintKind::none;
    Status st = db->transaction([&](soci::session& s) -> Status {
      try {
        s << sql;
      } catch (const std::exception& e) {
        kind = store::constraint_kind(e);
        return Error{jamt::ErrorKind::internal, e.what(), {}, {}};
      }
      return {};
    });
    return kind;
  }

  std::int64_t kalmar = 0;
  User admin;
};

TEST_F(ConstraintErrors, EachKindIsToldByTheEnginesErrorCode) {
  Status made = db->transaction([](soci::session& s) -> Status {
    s << "CREATE TABLE probe (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, n INTEGER CHECK (n > 0), "
         "organisation_id INTEGER REFERENCES organisations(id))";
    s << "INSERT INTO probe (id, code, n) VALUES (1, 'a', 1)";
    return {};
  });
  ASSERT_TRUE(made.ok()) << made.error().to_string();

  EXPECT_EQ(kind_of("INSERT INTO probe (id, code, n) VALUES (2, 'a', 1)"), store::ConstraintKind::unique)
      << engine_name();
  EXPECT_EQ(kind_of("INSERT INTO probe (id, code, n) VALUES (1, 'b', 1)"), store::ConstraintKind::unique)
      << engine_name() << ": a primary key counts as unique";
  EXPECT_EQ(kind_of("INSERT INTO probe (id, code, n, organisation_id) VALUES (3, 'c', 1, 999999)"),
            store::ConstraintKind::foreign_key)
      << engine_name();
  EXPECT_EQ(kind_of("INSERT INTO probe (id, code, n) VALUES (4, 'd', 0)"), store::ConstraintKind::check)
      << engine_name();
  EXPECT_EQ(kind_of("INSERT INTO probe (id, n) VALUES (5, 1)"), store::ConstraintKind::not_null) << engine_name();
  EXPECT_EQ(kind_of("SELECT nothing FROM nowhere"), store::ConstraintKind::none) << engine_name();
  EXPECT_EQ(kind_of("INSERT INTO probe (id, code, n) VALUES (6, 'e', 1)"), store::ConstraintKind::none)
      << engine_name() << ": a good insert is no refusal";

  EXPECT_EQ(store::constraint_kind(std::runtime_error("UNIQUE constraint failed: probe.code")),
            store::ConstraintKind::none)
      << "the wording of a message is not an error code";
  EXPECT_FALSE(store::is_busy(std::runtime_error("database is locked")));
}

TEST_F(ConstraintErrors, ADuplicateTheDatabaseRefusesIsAConflictNamingTheField) {
  // The organisation register's own check finds duplicates before saving;
  // without it the database's unique constraint is the last guard.
  service::RegisterRules bare;
  bare.spec = &registers::organisation_spec();
  bare.scope_of = [](soci::session&, const registers::Record& r) {
    return service::Scope{registers::value_of(r, "county_code"), std::nullopt, false, {}};
  };
  registers::Record twin{{"name", "Kalmar A, igen"},
                         {"org_number", service::demo_org_number(1001)},
                         {"type", "kommun"},
                         {"county_code", "08"}};
  auto refused = service::create_record(*db, bare, twin, admin);
  ASSERT_FALSE(refused.ok()) << engine_name();
  EXPECT_EQ(refused.error().code, jamt::ErrorKind::conflict) << engine_name();
  EXPECT_EQ(refused.error().field, "org_number") << engine_name();
  EXPECT_EQ(refused.error().message, "Organisation: det finns redan en med samma Organisationsnummer") << engine_name();

  auto other = service::create_record(*db, bare, {{"name", "Ny"}, {"org_number", service::demo_org_number(1002)},
                                                  {"type", "kommun"}, {"county_code", "08"}}, admin);
  ASSERT_TRUE(other.ok()) << other.error().to_string();
  auto changed = service::update_record(*db, bare, std::stoll(other->at("id")),
                                        {{"org_number", service::demo_org_number(1001)}}, admin);
  ASSERT_FALSE(changed.ok()) << engine_name();
  EXPECT_EQ(changed.error().code, jamt::ErrorKind::conflict) << engine_name();
  EXPECT_EQ(changed.error().field, "org_number") << engine_name();
}

TEST_F(ConstraintErrors, AReferenceToAMissingRecordIsRefusedNamingTheField) {
  // Without the person register's own check, the foreign key refuses.
  service::RegisterRules bare;
  bare.spec = &registers::person_spec();
  bare.scope_of = [](soci::session&, const registers::Record& r) {
    return service::Scope{registers::value_of(r, "county_code"), std::nullopt, false, {}};
  };
  registers::Record ghost{
      {"name", "Anna Andersson"}, {"role", "kontaktperson"}, {"organisation_id", "999999"}, {"county_code", "08"}};
  auto refused = service::create_record(*db, bare, ghost, admin);
  ASSERT_FALSE(refused.ok()) << engine_name();
  EXPECT_EQ(refused.error().code, jamt::ErrorKind::validation) << engine_name();
  EXPECT_EQ(refused.error().field, "organisation_id") << engine_name();
  EXPECT_EQ(refused.error().message, "Organisation: finns inte") << engine_name();

  // Nothing was saved.
  Status none = db->read([](soci::session& s) -> Status {
    EXPECT_TRUE(store::find_records(s, registers::person_spec(), {}).empty());
    return {};
  });
  EXPECT_TRUE(none.ok());
}

TEST_F(ConstraintErrors, OverHttpADuplicateIs409ConflictWithASwedishMessageNamingTheField) {
  auto strategist = sign_in(*db, "strateg08@test.se", Role::strategist, "08");
  json body{{"name", "Kalmar A, en gång till"},
            {"org_number", service::demo_org_number(1001)},
            {"type", "kommun"},
            {"municipality_code", "0880"}};
  auto r = client->Post("/api/v1/organisations", strategist.headers(), body.dump(), "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 409) << r->body;
  auto answer = json::parse(r->body);
  EXPECT_EQ(answer["error"]["code"], "conflict");
  EXPECT_EQ(answer["error"]["field"], "org_number");
  EXPECT_NE(answer["error"]["message"].get<std::string>().find("Organisationsnummer"), std::string::npos)
      << answer.dump();

  json person{{"name", "Anna Andersson"}, {"role", "kontaktperson"}, {"organisation_id", 999999}};
  auto p = client->Post("/api/v1/people", strategist.headers(), person.dump(), "application/json");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, 400) << p->body;
  auto refused = json::parse(p->body);
  EXPECT_EQ(refused["error"]["code"], "validation");
  EXPECT_EQ(refused["error"]["field"], "organisation_id");
  EXPECT_EQ(refused["error"]["message"], "Organisation: finns inte");
}

}  // namespace
