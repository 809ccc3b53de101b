// CheckConsistency: verifies every index and counter of a database against its primary records
// (nodes, relationships, documents, evidence), as `kg check` reports. Reads only; works on a
// read-only store. Memory grows with the number of relationships (about 24 bytes each).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/kg_store.h"

namespace kg::storage {

struct CheckReport {
    uint64_t nodes = 0;
    uint64_t relationships = 0;
    uint64_t documents = 0;
    uint64_t index_entries = 0;
    std::vector<std::string> problems;  // empty when consistent; capped at max_problems
    uint64_t problem_count = 0;         // all problems found, including those not listed
};

Result<CheckReport> CheckConsistency(const KgStore& store, size_t max_problems = 100);

}  // namespace kg::storage
