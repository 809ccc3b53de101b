#include "storage/read_view.h"

#include <rocksdb/db.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <memory>

#include "storage/kg_store.h"
#include "storage/value_codec.h"

namespace kg::storage {

namespace {

Status FromRocks(const rocksdb::Status& s, Cf cf) {
    if (s.ok()) return Status::Ok();
    StatusCode code = s.IsCorruption() ? StatusCode::kCorruption : StatusCode::kIOError;
    return Status::Error(code, "reading column family '" + std::string(CfName(cf)) +
                                   "': " + s.ToString());
}

std::string_view View(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

}  // namespace

Result<std::optional<std::string>> ReadView::Get(Cf cf, std::string_view key) const {
    if (store_->cf(cf) == nullptr) return std::optional<std::string>();  // family not created yet
    std::string value;
    rocksdb::Status s;
    rocksdb::Slice k(key.data(), key.size());
    if (overlay_ != nullptr) {
        s = overlay_->GetFromBatchAndDB(store_->db_.get(), rocksdb::ReadOptions(), store_->cf(cf),
                                        k, &value);
    } else {
        s = store_->db_->Get(rocksdb::ReadOptions(), store_->cf(cf), k, &value);
    }
    if (s.IsNotFound()) return std::optional<std::string>();
    if (!s.ok()) return FromRocks(s, cf);
    return std::optional<std::string>(std::move(value));
}

Status ReadView::ForEachWithPrefix(Cf cf, std::string_view prefix, const KeyValueFn& fn) const {
    if (store_->cf(cf) == nullptr) return Status::Ok();  // family not created yet
    std::string upper = PrefixSuccessor(prefix);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions options;
    if (!upper.empty()) options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(store_->db_->NewIterator(options, store_->cf(cf)));
    if (overlay_ != nullptr) {
        it.reset(overlay_->NewIteratorWithBase(store_->cf(cf), it.release(), &options));
    }
    for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size())); it->Valid(); it->Next()) {
        std::string_view key = View(it->key());
        if (!key.starts_with(prefix)) break;
        if (!fn(key, View(it->value()))) break;
    }
    return FromRocks(it->status(), cf);
}

Result<std::optional<Node>> ReadView::GetNode(NodeId id) const {
    Result<std::optional<std::string>> raw = Get(Cf::kNodes, IdKey(id));
    if (!raw.ok()) return raw.status();
    if (!raw->has_value()) return std::optional<Node>();
    Node node;
    node.id = id;
    const Dictionary& d = store_->dict_;
    Status s = DecodeNodeValue(
        **raw, [&](TokenId t) { return d.Name(TokenKind::kLabel, t); },
        [&](TokenId t) { return d.Name(TokenKind::kPropertyKey, t); }, &node);
    if (!s.ok()) {
        return Status::Error(s.code(), s.message() + " (node " + std::to_string(id) + ")");
    }
    return std::optional<Node>(std::move(node));
}

Result<bool> ReadView::NodeExists(NodeId id) const {
    Result<std::optional<std::string>> raw = Get(Cf::kNodes, IdKey(id));
    if (!raw.ok()) return raw.status();
    return raw->has_value();
}

Result<std::optional<Relationship>> ReadView::GetRelationship(RelId id) const {
    Result<std::optional<std::string>> raw = Get(Cf::kRels, IdKey(id));
    if (!raw.ok()) return raw.status();
    if (!raw->has_value()) return std::optional<Relationship>();
    Relationship rel;
    rel.id = id;
    const Dictionary& d = store_->dict_;
    Status s = DecodeRelValue(
        **raw, [&](TokenId t) { return d.Name(TokenKind::kRelType, t); },
        [&](TokenId t) { return d.Name(TokenKind::kPropertyKey, t); }, &rel);
    if (!s.ok()) {
        return Status::Error(s.code(),
                             s.message() + " (relationship " + std::to_string(id) + ")");
    }
    return std::optional<Relationship>(std::move(rel));
}

Status ReadView::ForEachAdjacent(NodeId node, std::optional<Direction> dir,
                                 std::optional<TokenId> type, const AdjacencyFn& fn) const {
    std::string prefix = !dir         ? AdjacencyPrefix(node)
                         : type       ? AdjacencyPrefix(node, *dir, *type)
                                      : AdjacencyPrefix(node, *dir);
    Status decode_error;
    Status s = ForEachWithPrefix(Cf::kAdjacency, prefix, [&](std::string_view key, std::string_view) {
        std::optional<AdjacencyKey> k = DecodeAdjacencyKey(key);
        if (!k) {
            decode_error = Status::Error(StatusCode::kCorruption,
                                         "column family 'adjacency': key has " +
                                             std::to_string(key.size()) + " bytes, expected 29");
            return false;
        }
        if (type && k->type != *type) return true;
        return fn(*k);
    });
    KG_RETURN_IF_ERROR(decode_error);
    return s;
}

Status ReadView::ForEachNodeWithLabel(TokenId label, const std::function<bool(NodeId)>& fn) const {
    return ForEachWithPrefix(Cf::kLabels, LabelPrefix(label),
                             [&](std::string_view key, std::string_view) {
                                 auto k = DecodeLabelKey(key);
                                 return k ? fn(k->second) : true;
                             });
}

Status ReadView::ForEachNodeRaw(const RawFn& fn) const {
    return ForEachWithPrefix(Cf::kNodes, "", [&](std::string_view key, std::string_view value) {
        auto id = ParseIdKey(key);
        return id ? fn(*id, value) : true;
    });
}

Status ReadView::ForEachRelRaw(const RawFn& fn) const {
    return ForEachWithPrefix(Cf::kRels, "", [&](std::string_view key, std::string_view value) {
        auto id = ParseIdKey(key);
        return id ? fn(*id, value) : true;
    });
}

Result<std::vector<NodeId>> ReadView::FindByNormalizedName(std::string_view normalized) const {
    std::vector<NodeId> out;
    Status s = ForEachWithPrefix(Cf::kNames, NamePrefix(normalized),
                                 [&](std::string_view key, std::string_view) {
                                     auto k = DecodeNameKey(key);
                                     if (k && k->first == normalized) out.push_back(k->second);
                                     return true;
                                 });
    if (!s.ok()) return s;
    return out;
}

Result<std::optional<DocId>> ReadView::FindDocument(std::string_view key) const {
    Result<std::optional<std::string>> raw = Get(Cf::kDocKeys, key);
    if (!raw.ok()) return raw.status();
    if (!raw->has_value()) return std::optional<DocId>();
    std::optional<uint64_t> id = ParseIdKey(**raw);
    if (!id) return Status::Error(StatusCode::kCorruption, "document key index value");
    return std::optional<DocId>(*id);
}

Result<std::optional<Document>> ReadView::GetDocument(DocId id) const {
    Result<std::optional<std::string>> raw = Get(Cf::kDocuments, IdKey(id));
    if (!raw.ok()) return raw.status();
    if (!raw->has_value()) return std::optional<Document>();
    Document doc;
    doc.id = id;
    KG_RETURN_IF_ERROR(DecodeDocumentValue(**raw, &doc));
    return std::optional<Document>(std::move(doc));
}

Result<std::optional<Sentence>> ReadView::GetSentence(DocId doc, uint32_t sentence) const {
    Result<std::optional<std::string>> raw = Get(Cf::kSentences, EncodeSentenceKey(doc, sentence));
    if (!raw.ok()) return raw.status();
    if (!raw->has_value()) return std::optional<Sentence>();
    Sentence s;
    KG_RETURN_IF_ERROR(DecodeSentenceValue(**raw, &s));
    return std::optional<Sentence>(std::move(s));
}

Status ReadView::ForEachDocument(const std::function<bool(const Document&)>& fn) const {
    Status decode_error;
    Status s = ForEachWithPrefix(Cf::kDocuments, "", [&](std::string_view key, std::string_view v) {
        Document doc;
        doc.id = ParseIdKey(key).value_or(0);
        decode_error = DecodeDocumentValue(v, &doc);
        return decode_error.ok() && fn(doc);
    });
    KG_RETURN_IF_ERROR(decode_error);
    return s;
}

Status ReadView::ForEachEvidence(ElementKind kind, uint64_t element,
                                 const std::function<bool(const Evidence&)>& fn) const {
    Status decode_error;
    Status s = ForEachWithPrefix(Cf::kEvidence, EvidencePrefix(kind, element),
                                 [&](std::string_view key, std::string_view v) {
                                     std::optional<EvidenceKey> k = DecodeEvidenceKey(key);
                                     Evidence e;
                                     decode_error = DecodeEvidenceValue(v, &e);
                                     if (!k) {
                                         decode_error = Status::Error(StatusCode::kCorruption,
                                                                      "evidence key");
                                     }
                                     if (!decode_error.ok()) return false;
                                     e.doc = k->doc;
                                     return fn(e);
                                 });
    KG_RETURN_IF_ERROR(decode_error);
    return s;
}

Result<bool> ReadView::HasEvidence(ElementKind kind, uint64_t element, DocId doc) const {
    bool found = false;
    Status s = ForEachWithPrefix(Cf::kEvidence, EvidencePrefix(kind, element, doc),
                                 [&](std::string_view, std::string_view) {
                                     found = true;
                                     return false;
                                 });
    if (!s.ok()) return s;
    return found;
}

}  // namespace kg::storage
