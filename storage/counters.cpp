#include "storage/counters.h"

#include <rocksdb/db.h>
#include <rocksdb/write_batch_base.h>

#include <memory>

#include "storage/key_codec.h"

namespace kg::storage {

namespace {

constexpr std::string_view kNodes = "count/nodes";
constexpr std::string_view kRels = "count/rels";
constexpr std::string_view kDocs = "count/documents";
constexpr std::string_view kNextNode = "next/node";
constexpr std::string_view kNextRel = "next/rel";
constexpr std::string_view kNextDoc = "next/doc";
constexpr std::string_view kLabelPrefix = "count/label/";
constexpr std::string_view kTypePrefix = "count/type/";

std::string Fixed64(uint64_t v) { return IdKey(v); }

std::string TokenCounterKey(std::string_view prefix, TokenId id) {
    std::string k(prefix);
    PutFixed32BE(&k, id);
    return k;
}

}  // namespace

void Counters::Apply(const Counters& delta) {
    nodes += delta.nodes;
    rels += delta.rels;
    documents += delta.documents;
    next_node = std::max(next_node, delta.next_node);
    next_rel = std::max(next_rel, delta.next_rel);
    next_doc = std::max(next_doc, delta.next_doc);
    for (auto [id, n] : delta.label_nodes) label_nodes[id] += n;
    for (auto [id, n] : delta.type_rels) type_rels[id] += n;
}

Status LoadCounters(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta, Counters* out) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), meta));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
        std::string_view key(it->key().data(), it->key().size());
        std::string_view value(it->value().data(), it->value().size());
        if (!key.starts_with("count/") && !key.starts_with("next/")) continue;
        if (value.size() != 8) {
            return Status::Error(StatusCode::kCorruption,
                                 "counter '" + std::string(key) + "' is not 8 bytes");
        }
        uint64_t v = DecodeFixed64BE(value.data());
        if (key == kNodes) out->nodes = static_cast<int64_t>(v);
        else if (key == kRels) out->rels = static_cast<int64_t>(v);
        else if (key == kDocs) out->documents = static_cast<int64_t>(v);
        else if (key == kNextNode) out->next_node = v;
        else if (key == kNextRel) out->next_rel = v;
        else if (key == kNextDoc) out->next_doc = v;
        else if (key.starts_with(kLabelPrefix) && key.size() == kLabelPrefix.size() + 4) {
            out->label_nodes[DecodeFixed32BE(key.data() + kLabelPrefix.size())] =
                static_cast<int64_t>(v);
        } else if (key.starts_with(kTypePrefix) && key.size() == kTypePrefix.size() + 4) {
            out->type_rels[DecodeFixed32BE(key.data() + kTypePrefix.size())] =
                static_cast<int64_t>(v);
        }
    }
    if (!it->status().ok()) return Status::Error(StatusCode::kIOError, it->status().ToString());
    return Status::Ok();
}

Status PutCounters(const Counters& c, rocksdb::WriteBatchBase* batch,
                   rocksdb::ColumnFamilyHandle* meta) {
    auto put = [&](std::string_view key, uint64_t v) {
        return batch->Put(meta, rocksdb::Slice(key.data(), key.size()), Fixed64(v));
    };
    rocksdb::Status s;
    for (auto [key, v] : {std::pair{kNodes, static_cast<uint64_t>(c.nodes)},
                          {kRels, static_cast<uint64_t>(c.rels)},
                          {kDocs, static_cast<uint64_t>(c.documents)},
                          {kNextNode, c.next_node},
                          {kNextRel, c.next_rel},
                          {kNextDoc, c.next_doc}}) {
        if (s.ok()) s = put(key, v);
    }
    for (auto [id, n] : c.label_nodes) {
        if (s.ok()) s = put(TokenCounterKey(kLabelPrefix, id), static_cast<uint64_t>(n));
    }
    for (auto [id, n] : c.type_rels) {
        if (s.ok()) s = put(TokenCounterKey(kTypePrefix, id), static_cast<uint64_t>(n));
    }
    if (!s.ok()) return Status::Error(StatusCode::kIOError, s.ToString());
    return Status::Ok();
}

}  // namespace kg::storage
