// The secondary-index keys that a stored record implies. Transaction, BulkBatch and the
// consistency check all derive index keys here, so the three can never disagree.
#pragma once

#include <string>
#include <vector>

#include "storage/column_families.h"
#include "storage/ids.h"
#include "storage/key_codec.h"
#include "storage/records.h"

namespace kg::storage {

struct IndexEntry {
    Cf cf;
    std::string key;
    bool operator<(const IndexEntry& o) const {
        return cf != o.cf ? cf < o.cf : key < o.key;
    }
    bool operator==(const IndexEntry& o) const { return cf == o.cf && key == o.key; }
};

inline constexpr char kEntityLabel[] = "Entity";

// Normalized name and aliases of an entity node (label Entity): its `name` and every string in
// its `aliases` list. Empty for other nodes.
std::vector<std::string> IndexedNames(const std::vector<std::string>& labels,
                                      const Properties& props);

// Label-index and name-index keys of a node, sorted and distinct.
std::vector<IndexEntry> NodeIndexEntries(NodeId id, const std::vector<TokenId>& label_ids,
                                         const std::vector<std::string>& labels,
                                         const Properties& props);

// The two adjacency keys of a relationship (outgoing at start, incoming at end).
std::vector<AdjacencyKey> RelAdjacency(RelId id, TokenId type, NodeId start, NodeId end);

// Entries of `before` missing from `after` (to delete) and of `after` missing from `before`.
void DiffIndexEntries(const std::vector<IndexEntry>& before, const std::vector<IndexEntry>& after,
                      std::vector<IndexEntry>* removed, std::vector<IndexEntry>* added);

}  // namespace kg::storage
