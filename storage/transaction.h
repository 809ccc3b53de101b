// Transaction: one atomic write to a kg database (a document, a query, a small import).
//
// Changes are staged in a RocksDB WriteBatchWithIndex, so reads through view() see them before
// commit. Commit writes the batch, the dictionary names it introduced and the updated counters
// in one synced write: after Commit returns Ok the change survives kill -9 and power loss; if
// Commit fails or the Transaction is destroyed uncommitted, nothing of it is stored.
// Obtained from KgStore::BeginTransaction; one at a time; not thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "storage/counters.h"
#include "storage/index_entries.h"
#include "storage/read_view.h"
#include "storage/records.h"
#include "storage/status.h"

namespace rocksdb {
class WriteBatchWithIndex;
}

namespace kg::storage {

class KgStore;

class Transaction {
public:
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const ReadView& view() const { return *view_; }

    Result<NodeId> CreateNode(const std::vector<std::string>& labels, const Properties& props);
    // Replaces the labels and properties of an existing node (kInvalidArgument if absent).
    Status UpdateNode(const Node& node);
    // Deletes a node; with detach its relationships go too, without it a node that still has
    // relationships is kInvalidArgument.
    Status DeleteNode(NodeId id, bool detach);

    // Both endpoints must exist (kInvalidArgument otherwise).
    Result<RelId> CreateRelationship(const std::string& type, NodeId start, NodeId end,
                                     const Properties& props);
    // Replaces the properties of an existing relationship; type and endpoints never change.
    Status UpdateRelationship(const Relationship& rel);
    Status DeleteRelationship(RelId id);

    // Stores a document under its key (a new id when the key is new). Returns its id.
    Result<DocId> PutDocument(const Document& doc);
    Status PutSentence(DocId doc, uint32_t number, const Sentence& sentence);
    // Attaches evidence `seq` of `element` in `evidence.doc`.
    Status PutEvidence(ElementKind kind, uint64_t element, uint32_t seq, const Evidence& evidence);

    Status Commit();
    size_t pending_entries() const;

private:
    friend class KgStore;
    explicit Transaction(KgStore* store);
    Status Put(Cf cf, std::string_view key, std::string_view value);
    Status Delete(Cf cf, std::string_view key);
    Status ApplyIndexDiff(const std::vector<IndexEntry>& before,
                          const std::vector<IndexEntry>& after);
    Status DeleteEvidenceOf(ElementKind kind, uint64_t element);
    std::vector<TokenId> InternLabels(const std::vector<std::string>& labels);

    KgStore* store_;
    std::unique_ptr<rocksdb::WriteBatchWithIndex> batch_;
    std::unique_ptr<ReadView> view_;
    Counters delta_;
    bool done_ = false;
};

}  // namespace kg::storage
