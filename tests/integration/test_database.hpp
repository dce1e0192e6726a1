#pragma once
// A fresh, migrated database for each integration test: the PostgreSQL
// server named by $JAMT_TEST_DB (its public schema dropped and recreated), or
// a new SQLite file in a temporary folder.
#include <memory>
#include <string>

#include "store/database.hpp"

namespace jamt::testing {

// Opens and migrates a fresh database; fails the current test (and returns
// nullptr) when it cannot.
std::unique_ptr<store::Database> fresh_database();

// "SQLite" or "PostgreSQL", for messages.
std::string engine_name();

// A strategy JSON document from data/strategies/ in the source tree.
std::string demo_document(const std::string& file_name);

}  // namespace jamt::testing
