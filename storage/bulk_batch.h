// BulkBatch: one atomic write of many records at once (an import file).
//
// The caller stages final records (each node and relationship once, with its previous stored
// version when it had one, so stale index keys are removed). Commit sorts the entries; a small
// batch goes through one synced WriteBatch, a large one is written to sorted SST files that
// RocksDB ingests into all column families in one atomic step (IngestExternalFiles), which is
// far faster than inserting through the memtable. Either way the batch is all or nothing, and
// durable when Commit returns Ok. Reads do not see staged records: the caller keeps its own
// working set. Obtained from KgStore::BeginBulk; not thread-safe.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "storage/column_families.h"
#include "storage/counters.h"
#include "storage/key_codec.h"
#include "storage/records.h"
#include "storage/staged_entries.h"
#include "storage/status.h"

namespace kg::storage {

class KgStore;

class BulkBatch {
public:
    ~BulkBatch();
    BulkBatch(const BulkBatch&) = delete;
    BulkBatch& operator=(const BulkBatch&) = delete;

    NodeId AllocateNode();
    RelId AllocateRel();
    DocId AllocateDoc();

    // `before` is the stored version of the node, or nullptr when the node is new.
    void PutNode(const Node& node, const Node* before);
    void PutRelationship(const Relationship& rel, const Relationship* before);
    // A new relationship whose kRels value the caller encoded (value_codec: EncodeRelHeader,
    // then its properties), for imports that never build a Properties map per relationship.
    void PutNewRelationship(RelId id, TokenId type, NodeId start, NodeId end, std::string value);
    TokenId Intern(TokenKind kind, std::string_view name);
    // A new document (its key must not be stored yet) or a new version of a stored one.
    void PutDocument(const Document& doc, bool is_new);
    void PutEvidence(ElementKind kind, uint64_t element, uint32_t seq, const Evidence& evidence);

    // Batches with at least this many entries are ingested as SST files.
    void set_sst_threshold(size_t n) { sst_threshold_ = n; }
    size_t entry_count() const;

    Status Commit();

private:
    friend class KgStore;
    explicit BulkBatch(KgStore* store);

    void Put(Cf cf, std::string_view key, std::string_view value);
    void Delete(Cf cf, std::string_view key);
    std::vector<TokenId> InternLabels(const std::vector<std::string>& labels);
    Status SortAndCheck(const Counters& after);
    Status CommitWithWriteBatch();
    Status CommitWithIngestion();
    Status WriteSstFile(Cf cf, const std::string& path);
    void SortAdjacency();

    KgStore* store_;
    std::array<StagedEntries, kCfCount> entries_;
    // Adjacency keys dominate large imports; kept as structs so they sort by integer compare.
    std::vector<AdjacencyKey> adjacency_puts_;
    std::vector<AdjacencyKey> adjacency_deletes_;
    Counters delta_;
    size_t sst_threshold_ = 100'000;
    bool done_ = false;
};

}  // namespace kg::storage
