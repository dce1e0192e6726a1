#pragma once
// Importing a hand-made statistics table (test_datasets.hpp) the way a user's
// upload is imported, for integration tests.
#include <gtest/gtest.h>

#include <string>

#include "domain/statistics/dataset.hpp"
#include "service/statistics/statistics_import.hpp"
#include "store/database.hpp"

namespace jamt::testing {

// Imports `dataset` as a PX file named `file` with hash `sha` (a different
// hash is a new version of the file); fails the test when the import fails.
inline void import_dataset(store::Database& db, const stats::Dataset& dataset, const std::string& file,
                           const std::string& sha) {
  auto done = service::import_datasets(db, {dataset},
                                       {.file_name = file,
                                        .sha256 = sha,
                                        .format = "px",
                                        .measure_code = std::nullopt,
                                        .actor = service::Actor{"test"},
                                        .progress = {},
                                        .user = std::nullopt,
                                        .owner_county = std::nullopt,
                                        .rows_per_step = 0});
  ASSERT_TRUE(done.ok()) << done.error().to_string();
}

}  // namespace jamt::testing
