// The demo checklists and steering documents load with the demo
// organisations and summarise as the demo data says.
#include <gtest/gtest.h>

#include "domain/registers/checklist_summary.hpp"
#include "service/checklists/checklist_register.hpp"
#include "service/demo/demo_registers.hpp"
#include "service/checklists/steering_document_register.hpp"
#include "test_database.hpp"

using namespace jamt;

TEST(DemoChecklists, LoadWithTheDemoOrganisationsAndSummarise) {
  auto db = jamt::testing::fresh_database();
  ASSERT_NE(db, nullptr);
  auto loaded = service::load_demo_registers(*db, false);
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  User admin;
  admin.role = Role::admin;
  admin.email = "admin@example.se";

  auto checklists = service::checklists_of_county(*db, "08", admin);
  ASSERT_TRUE(checklists.ok()) << checklists.error().to_string();
  EXPECT_EQ(checklists->size(), 7u);
  EXPECT_EQ(registers::checklist_years(*checklists), (std::vector<int>{2026, 2025}));
  auto y2026 = registers::county_summary(2026, *checklists);
  EXPECT_EQ(y2026.organisations, 3);  // Kalmar's 2026 is left for its contact to fill in
  EXPECT_EQ(registers::county_summary(2025, *checklists).organisations, 4);

  auto steering = service::steering_summary(*db, "08", std::nullopt, std::nullopt, admin);
  ASSERT_TRUE(steering.ok()) << steering.error().to_string();
  EXPECT_EQ(steering->total.documents, 14);
  EXPECT_EQ(registers::steering_sentence(steering->total), "8 av 11 bedömda styrdokument är relevanta, varav 5 konkreta.");
  EXPECT_EQ(steering->organisations.size(), 5u);

  // Loading again adds nothing.
  ASSERT_TRUE(service::load_demo_registers(*db, false).ok());
  EXPECT_EQ(service::checklists_of_county(*db, "08", admin)->size(), 7u);
}
