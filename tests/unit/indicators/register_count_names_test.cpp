// The count names strategy JSON accepts (domain) are exactly the counts the
// registers can compute (service/indicator_counts/), in the same order: a
// name in one list only would be accepted and then never computed, or
// computed and never accepted.
#include <gtest/gtest.h>

#include "domain/strategy.hpp"
#include "service/indicator_counts/register_counts.hpp"

namespace jamt {
namespace {

TEST(RegisterCountNames, TheStrategyFormatAcceptsExactlyTheCountsThatAreComputed) {
  std::vector<std::string> accepted, computed;
  for (auto n : register_count_names()) accepted.emplace_back(n);
  for (const auto& d : indicator_counts::register_count_definitions()) computed.push_back(d.name);
  EXPECT_EQ(accepted, computed);
}

}  // namespace
}  // namespace jamt
