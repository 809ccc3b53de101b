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

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "importer/flat_index.h"
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
    // Adds rows in order with the same outcome as AddTriple on each; (*statuses)[i] is row i's.
    // Faster: a bulk import is bound by memory latency, and a batch lets every hash-table probe
    // be requested ahead of its use.
    void AddTriples(std::span<const Triple> rows, std::vector<storage::Status>* statuses);
    // Sizes the working set for about `rows` more rows (an estimate is fine).
    void Reserve(size_t rows);

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
        std::unique_ptr<storage::Node> before;  // the stored version, when there is one
        std::string type;
        std::string name;
        std::vector<std::string> aliases;
        bool entity = true;
    };
    // Kept small: a large import holds millions of these.
    struct RelWork {
        storage::RelId id = 0;
        storage::NodeId start = 0;
        storage::NodeId end = 0;
        uint32_t type_slot = 0;  // into type_names_
        uint32_t text_slot = 0;  // into texts_: the predicate as written
        int64_t count = 0;
        double confidence = 1.0;
        bool fact = true;  // a triple fact (text, count, confidence) rather than a plain edge
        bool dirty = false;
        // Stored relationships and plain edges carry their other properties here.
        struct Extra {
            std::optional<storage::Relationship> before;
            storage::Properties properties;
        };
        std::unique_ptr<Extra> extra;
    };
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    template <typename V>
    using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

    // Finds the entity a (surface, type) pair resolved to before, if it did.
    std::optional<size_t> CachedEntity(std::string_view surface, const std::string& type);
    // Resolves a pair not seen before; `normalized` is NormalizeName(surface), not empty.
    struct PreparedTriple {
        uint32_t type_slot = 0;
        uint32_t text_slot = 0;
        size_t subject = 0;
        size_t object = 0;
    };
    storage::Status ApplyTriple(const Triple& t, const PreparedTriple& p);
    storage::Result<size_t> ResolveEntity(std::string_view surface, const std::string& type,
                                          const std::string& normalized);
    // Both names of a row are checked before either entity is made, so a bad row leaves nothing.
    storage::Result<std::pair<size_t, size_t>> ResolvePair(std::string_view subject,
                                                           const std::string& subject_type,
                                                           std::string_view object,
                                                           const std::string& object_type);
    storage::Status LoadEntitiesNamed(const std::string& normalized);
    size_t AddEntityWork(EntityWork work);
    storage::Result<std::optional<size_t>> FindFact(size_t subject, uint32_t type_slot,
                                                    size_t object);
    storage::Result<storage::DocId> ResolveDocument(std::string_view key, uint32_t* slot);
    void NoteMention(size_t entity);
    const std::string& CanonicalType(std::string_view given);
    storage::Result<std::pair<uint32_t, uint32_t>> RelationSlots(std::string_view predicate);
    uint32_t TypeSlot(const std::string& type);
    void FlushEntity(size_t slot);
    void FlushRel(RelWork& r);

    const storage::KgStore& store_;
    const storage::ReadView& view_;
    storage::BulkBatch* batch_;
    bool db_has_nodes_;

    std::vector<EntityWork> entities_;
    std::unordered_map<storage::NodeId, size_t> entity_by_id_;
    // Hot per-entity fields, dense so that the per-row path stays in cache.
    std::vector<storage::NodeId> entity_ids_;
    std::vector<int64_t> mentions_;
    std::vector<uint8_t> entity_dirty_;
    std::unordered_map<std::string, std::vector<size_t>> entities_by_name_;
    std::unordered_set<std::string> names_loaded_;
    StringIndex surface_index_;  // surface + '\x1f' + type -> entity slot
    std::string key_buffer_;     // reused to build surface keys
    StringMap<std::string> canonical_types_;

    std::vector<RelWork> rels_;
    FactIndex fact_index_;  // (start, type slot, end) -> slot in rels_
    StringMap<std::pair<uint32_t, uint32_t>> predicates_;  // as written -> (type, text) slots
    StringMap<uint32_t> type_slots_;
    std::vector<std::string> type_names_;
    std::vector<std::string> texts_;
    std::unordered_set<uint64_t> statements_;  // (relationship slot << 32 | document slot)
    StringMap<std::pair<storage::DocId, uint32_t>> documents_;
    std::vector<storage::Document> new_documents_;
    std::vector<PreparedTriple> prepared_;  // AddTriples' scratch
    BuildCounts counts_;
};

}  // namespace kg::importer
