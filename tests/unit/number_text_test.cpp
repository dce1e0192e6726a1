#include <gtest/gtest.h>

#include "store/database.hpp"
#include "report/number_text.hpp"

using jamt::report::number_text;

TEST(SwedishNumbers, UseNoBreakSpaceThousandsAndDecimalComma) {
  EXPECT_EQ(number_text(12345.6, 1), "12\u00a0345,6");
  EXPECT_EQ(number_text(1234567, 0), "1\u00a0234\u00a0567");
  EXPECT_EQ(number_text(999, 0), "999");
  EXPECT_EQ(number_text(72.093, 1), "72,1");
  EXPECT_EQ(number_text(0.05, 1), "0,1");
  EXPECT_EQ(number_text(-1500.25, 2), "\u22121\u00a0500,25");
  EXPECT_EQ(number_text(-0.01, 1), "0,0");
  EXPECT_EQ(number_text(38.25, 1), "38,3");
  EXPECT_EQ(number_text(72.0930232558, 1), "72,1");  // 31 of 43, seed 001
}

TEST(DatabaseConfig, ChoosesTheEngineFromTheUrlAndHidesThePassword) {
  using jamt::store::DatabaseConfig;
  using jamt::store::Engine;
  EXPECT_EQ(DatabaseConfig::from_url("var/jamt.db").engine, Engine::sqlite);
  EXPECT_EQ(DatabaseConfig::from_url("sqlite:/tmp/x.db").target, "/tmp/x.db");
  auto pg = DatabaseConfig::from_url("postgresql://jamt:hemligt@db.example:5433/jamt");
  EXPECT_EQ(pg.engine, Engine::postgresql);
  EXPECT_EQ(pg.describe(), "PostgreSQL (postgresql://jamt:***@db.example:5433/jamt)");
  EXPECT_EQ(DatabaseConfig::from_url("postgres://h/d").engine, Engine::postgresql);
}
