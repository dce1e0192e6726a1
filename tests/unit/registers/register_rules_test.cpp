// The delete rules of every register, read from its RegisterRules without a
// database (issue 8: a member inserted into RegisterRules shifted positional
// initialisers, and contacts could delete joinings). A register added to
// all_registers() without a row here fails the last test.
#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>

#include "domain/registers/field_spec.hpp"
#include "service/registers/registers.hpp"

using namespace jamt;

namespace {

struct DeleteRule {
  bool own_remove = false;           // a register-specific remove replaces the plain delete
  bool contacts_may_delete = false;  // organisation contacts may delete their organisation's records
  bool public_list = false;          // the public may list the published records
};

// What docs/api.md and docs/registers.md say, per entity.
const std::map<std::string, DeleteRule>& documented() {
  static const std::map<std::string, DeleteRule> rules{
      // Contacts change their organisation but do not delete it.
      {"organisation", {.own_remove = false, .contacts_may_delete = false}},
      // People are erased: references cleared, an "erase" audit entry.
      {"person", {.own_remove = true, .contacts_may_delete = true}},
      {"activity", {.own_remove = true, .contacts_may_delete = true, .public_list = true}},
      {"group", {.own_remove = false, .contacts_may_delete = true}},
      {"group_member", {.own_remove = false, .contacts_may_delete = true}},
      // A meeting goes with its attendance.
      {"meeting", {.own_remove = true, .contacts_may_delete = true}},
      {"meeting_attendance", {.own_remove = false, .contacts_may_delete = true}},
      // The organisation withdraws a pending change.
      {"representative_change", {.own_remove = true, .contacts_may_delete = true}},
      {"checklist", {.own_remove = false, .contacts_may_delete = true}},
      {"steering_document", {.own_remove = false, .contacts_may_delete = true}},
      // Strategists and admins only; its follow-ups and file go with it.
      {"joining", {.own_remove = true, .contacts_may_delete = false}},
  };
  return rules;
}

const service::RegisterRules& rules_of(const std::string& entity) {
  const auto* r = service::find_register(entity);
  if (!r) throw std::runtime_error("no register " + entity);
  return *r;
}

}  // namespace

TEST(RegisterRules, AJoiningIsDeletedOnlyByTheBoardWithItsFollowUpsAndFile) {
  const auto& joining = rules_of("joining");
  EXPECT_FALSE(joining.contacts_may_delete);
  EXPECT_TRUE(static_cast<bool>(joining.remove)) << "the plain delete would leave follow-ups and the file";
  EXPECT_FALSE(joining.public_list);
}

TEST(RegisterRules, ContactsDeleteTheirOwnChecklistsAndSteeringDocumentsWithThePlainDelete) {
  for (const char* entity : {"checklist", "steering_document"}) {
    const auto& r = rules_of(entity);
    EXPECT_TRUE(r.contacts_may_delete) << entity;
    EXPECT_FALSE(static_cast<bool>(r.remove)) << entity;
  }
}

TEST(RegisterRules, ContactsDoNotDeleteTheirOrganisation) {
  EXPECT_FALSE(rules_of("organisation").contacts_may_delete);
  EXPECT_FALSE(static_cast<bool>(rules_of("organisation").remove));
}

TEST(RegisterRules, PeopleAreErasedRatherThanDeleted) {
  EXPECT_TRUE(static_cast<bool>(rules_of("person").remove));
  EXPECT_TRUE(rules_of("person").contacts_may_delete);
}

TEST(RegisterRules, EveryRegisterHasTheDocumentedDeleteRules) {
  const auto& all = service::all_registers();
  EXPECT_EQ(all.size(), documented().size());
  for (const auto* r : all) {
    ASSERT_NE(r->spec, nullptr);
    ASSERT_TRUE(static_cast<bool>(r->scope_of)) << r->spec->entity;
    auto it = documented().find(r->spec->entity);
    ASSERT_NE(it, documented().end()) << r->spec->entity << " has no row in this test";
    EXPECT_EQ(static_cast<bool>(r->remove), it->second.own_remove) << r->spec->entity;
    EXPECT_EQ(r->contacts_may_delete, it->second.contacts_may_delete) << r->spec->entity;
    EXPECT_EQ(r->public_list, it->second.public_list) << r->spec->entity;
  }
}
