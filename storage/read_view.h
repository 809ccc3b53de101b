// ReadView: reads of a kg database, either of its committed state or of a transaction's state
// (committed data overlaid with the transaction's own uncommitted writes).
//
// Scans take a callback that returns true to go on and false to stop early. Every read returns
// a Status; a record that does not decode is kCorruption naming the column family and key.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/column_families.h"
#include "storage/ids.h"
#include "storage/key_codec.h"
#include "storage/records.h"
#include "storage/status.h"

namespace rocksdb {
class WriteBatchWithIndex;
}

namespace kg::storage {

class KgStore;

class ReadView {
public:
    ReadView(const KgStore* store, rocksdb::WriteBatchWithIndex* overlay)
        : store_(store), overlay_(overlay) {}

    Result<std::optional<Node>> GetNode(NodeId id) const;
    Result<std::optional<Relationship>> GetRelationship(RelId id) const;
    Result<bool> NodeExists(NodeId id) const;

    // Relationships at `node`: all, one direction, or one direction and type.
    using AdjacencyFn = std::function<bool(const AdjacencyKey&)>;
    Status ForEachAdjacent(NodeId node, std::optional<Direction> dir, std::optional<TokenId> type,
                           const AdjacencyFn& fn) const;
    Status ForEachNodeWithLabel(TokenId label, const std::function<bool(NodeId)>& fn) const;
    // Raw scans in id order; `value` is the encoded record (value_codec decodes it).
    using RawFn = std::function<bool(uint64_t id, std::string_view value)>;
    Status ForEachNodeRaw(const RawFn& fn) const;
    Status ForEachRelRaw(const RawFn& fn) const;

    // Entities whose name or an alias normalizes to `normalized` (NormalizeName), in id order.
    Result<std::vector<NodeId>> FindByNormalizedName(std::string_view normalized) const;

    Result<std::optional<DocId>> FindDocument(std::string_view key) const;
    Result<std::optional<Document>> GetDocument(DocId id) const;
    Result<std::optional<Sentence>> GetSentence(DocId doc, uint32_t sentence) const;
    Status ForEachDocument(const std::function<bool(const Document&)>& fn) const;
    Status ForEachEvidence(ElementKind kind, uint64_t element,
                           const std::function<bool(const Evidence&)>& fn) const;
    Result<bool> HasEvidence(ElementKind kind, uint64_t element, DocId doc) const;

    // Generic prefix scan over one column family, in key order.
    using KeyValueFn = std::function<bool(std::string_view key, std::string_view value)>;
    Status ForEachWithPrefix(Cf cf, std::string_view prefix, const KeyValueFn& fn) const;
    Result<std::optional<std::string>> Get(Cf cf, std::string_view key) const;

private:
    const KgStore* store_;
    rocksdb::WriteBatchWithIndex* overlay_;
};

}  // namespace kg::storage
