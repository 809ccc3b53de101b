// GraphBuilder: the working set of one import batch. It resolves entities by normalized name and
// type (DESIGN.md), merges statements of the same fact, and stages every touched record into a
// BulkBatch when flushed.
//
// Resolution: a name meets the entities whose name or an alias normalizes to the same form
// (storage/name_normalizer.h). Among them it takes one of the same type; an untyped or `Other`
// mention takes any; a typed mention may take an `Other` entity, which then gets the type.
// Otherwise a new entity is made. A statement is (subject, relation, object, document): stating
// it again adds nothing, so importing the same triples twice changes nothing; a new document
// raises the relationship's `count`, combines its `confidence` (noisy-or) and adds evidence.
// Not thread-safe.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "storage/bulk_batch.h"
#include "storage/kg_store.h"

namespace kg::importer {

struct Triple {
    std::string_view subject;
    std::string_view relation;
    std::string_view object;
    std::string_view subject_type;  // empty: not given
    std::string_view object_type;
    std::string_view document;      // empty: not given
    std::optional<double> confidence;
};

struct BuildCounts {
    uint64_t new_nodes = 0;
    uint64_t new_relationships = 0;
    uint64_t new_statements = 0;   // triples that were not stored yet
    uint64_t known_statements = 0; // triples stored already (no change)
};

// Canonical entity type for a user-given one: "PER" -> "Person", "org" -> "Organization", ...;
// empty for empty input; other names are kept with their first letter upper-cased.
std::string CanonicalEntityType(std::string_view type);
// UPPER_SNAKE_CASE relationship type for a predicate as written ("belonging to" -> BELONG_TO is
// the extractor's job; here "works for" -> WORKS_FOR).
std::string RelationType(std::string_view predicate);

class GraphBuilder {
public:
    GraphBuilder(const storage::KgStore& store, storage::BulkBatch* batch);

    storage::Status AddTriple(const Triple& t);

    // Neo4j-style rows. A node with the label Entity is resolved like a triple's subject (its
    // name property names it, its other label is its type); other nodes are always new.
    storage::Result<storage::NodeId> AddNode(std::vector<std::string> labels,
                                             storage::Properties props);
    storage::Status AddEdge(storage::NodeId start, storage::NodeId end, const std::string& type,
                            storage::Properties props);

    // Stages every new or changed record into the batch.
    storage::Status Flush();
    const BuildCounts& counts() const { return counts_; }

private:
    struct EntityWork {
        storage::Node node;  // labels and properties other than name/aliases/mentions
        std::optional<storage::Node> before;
        std::string type;
        std::string name;
        std::vector<std::string> aliases;
        int64_t mentions = 0;
        bool entity = true;
        bool dirty = false;
    };
    struct RelWork {
        storage::Relationship rel;  // properties other than count/confidence
        std::optional<storage::Relationship> before;
        int64_t count = 0;
        std::optional<double> confidence;
        bool fact = true;  // a triple fact (count, confidence) rather than a plain edge
        bool dirty = false;
    };
    struct RelKey {
        storage::NodeId start;
        uint32_t type;
        storage::NodeId end;
        bool operator==(const RelKey& o) const {
            return start == o.start && type == o.type && end == o.end;
        }
    };
    struct RelKeyHash {
        size_t operator()(const RelKey& k) const {
            return std::hash<uint64_t>{}(k.start * 0x9E3779B97F4A7C15ULL ^ (k.end << 7) ^ k.type);
        }
    };

    storage::Result<size_t> ResolveEntity(std::string_view surface, std::string_view type);
    storage::Status LoadEntitiesNamed(const std::string& normalized);
    size_t AddEntityWork(EntityWork work);
    storage::Result<std::optional<size_t>> FindFact(size_t subject, uint32_t type_slot,
                                                    const std::string& type, size_t object);
    storage::Result<storage::DocId> ResolveDocument(std::string_view key, bool* is_new);
    void NoteMention(size_t entity, std::string_view surface);

    const storage::KgStore& store_;
    const storage::ReadView& view_;
    storage::BulkBatch* batch_;
    bool db_has_nodes_;

    std::vector<EntityWork> entities_;
    std::unordered_map<storage::NodeId, size_t> entity_by_id_;
    std::unordered_map<std::string, std::vector<size_t>> entities_by_name_;
    std::unordered_set<std::string> names_loaded_;
    std::unordered_map<std::string, size_t> surface_cache_;

    std::vector<RelWork> rels_;
    std::unordered_map<RelKey, size_t, RelKeyHash> facts_;
    std::unordered_map<std::string, uint32_t> type_slots_;
    std::unordered_set<uint64_t> statements_;  // (relationship slot << 32 | document slot)
    std::unordered_map<std::string, std::pair<storage::DocId, uint32_t>> documents_;
    std::vector<storage::Document> new_documents_;
    BuildCounts counts_;
};

}  // namespace kg::importer
