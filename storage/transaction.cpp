#include "storage/transaction.h"

#include <rocksdb/db.h>
#include <rocksdb/utilities/write_batch_with_index.h>

#include <algorithm>

#include "storage/index_entries.h"
#include "storage/key_codec.h"
#include "storage/kg_store.h"
#include "storage/value_codec.h"

namespace kg::storage {

namespace {

Status FromRocks(const rocksdb::Status& s) {
    if (s.ok()) return Status::Ok();
    return Status::Error(s.IsCorruption() ? StatusCode::kCorruption : StatusCode::kIOError,
                         s.ToString());
}

Status Missing(std::string_view what, uint64_t id) {
    return Status::Error(StatusCode::kInvalidArgument,
                         std::string(what) + " " + std::to_string(id) + " does not exist");
}

}  // namespace

Transaction::Transaction(KgStore* store)
    : store_(store),
      batch_(std::make_unique<rocksdb::WriteBatchWithIndex>(rocksdb::BytewiseComparator(), 0,
                                                            /*overwrite_key=*/true)),
      view_(std::make_unique<ReadView>(store, batch_.get())) {}

Transaction::~Transaction() { store_->write_open_ = false; }

size_t Transaction::pending_entries() const { return batch_->GetWriteBatch()->Count(); }

Status Transaction::Put(Cf cf, std::string_view key, std::string_view value) {
    return FromRocks(batch_->Put(store_->cf(cf), rocksdb::Slice(key.data(), key.size()),
                                 rocksdb::Slice(value.data(), value.size())));
}

Status Transaction::Delete(Cf cf, std::string_view key) {
    return FromRocks(batch_->Delete(store_->cf(cf), rocksdb::Slice(key.data(), key.size())));
}

std::vector<TokenId> Transaction::InternLabels(const std::vector<std::string>& labels) {
    return store_->mutable_dictionary().InternLabels(labels);
}

Status Transaction::ApplyIndexDiff(const std::vector<IndexEntry>& before,
                                   const std::vector<IndexEntry>& after) {
    std::vector<IndexEntry> removed, added;
    DiffIndexEntries(before, after, &removed, &added);
    for (const IndexEntry& e : removed) KG_RETURN_IF_ERROR(Delete(e.cf, e.key));
    for (const IndexEntry& e : added) KG_RETURN_IF_ERROR(Put(e.cf, e.key, ""));
    return Status::Ok();
}

Result<NodeId> Transaction::CreateNode(const std::vector<std::string>& labels,
                                       const Properties& props) {
    NodeId id = store_->AllocateNode();
    Node node{id, labels, props};
    std::sort(node.labels.begin(), node.labels.end());
    node.labels.erase(std::unique(node.labels.begin(), node.labels.end()), node.labels.end());
    std::vector<TokenId> ids = InternLabels(node.labels);
    Dictionary& dict = store_->mutable_dictionary();
    auto intern = [&](std::string_view k) { return dict.Intern(TokenKind::kPropertyKey, k); };
    KG_RETURN_IF_ERROR(Put(Cf::kNodes, IdKey(id), EncodeNodeValue(ids, props, intern)));
    KG_RETURN_IF_ERROR(ApplyIndexDiff({}, NodeIndexEntries(id, ids, node.labels, props)));
    delta_.nodes += 1;
    for (TokenId l : ids) delta_.label_nodes[l] += 1;
    return id;
}

Status Transaction::UpdateNode(const Node& node) {
    Result<std::optional<Node>> old = view_->GetNode(node.id);
    if (!old.ok()) return old.status();
    if (!old->has_value()) return Missing("node", node.id);
    const Node& before = **old;
    std::vector<TokenId> old_ids = InternLabels(before.labels);
    Node after = node;
    std::sort(after.labels.begin(), after.labels.end());
    after.labels.erase(std::unique(after.labels.begin(), after.labels.end()), after.labels.end());
    std::vector<TokenId> new_ids = InternLabels(after.labels);
    Dictionary& dict = store_->mutable_dictionary();
    auto intern = [&](std::string_view k) { return dict.Intern(TokenKind::kPropertyKey, k); };
    KG_RETURN_IF_ERROR(
        Put(Cf::kNodes, IdKey(node.id), EncodeNodeValue(new_ids, after.properties, intern)));
    KG_RETURN_IF_ERROR(
        ApplyIndexDiff(NodeIndexEntries(node.id, old_ids, before.labels, before.properties),
                       NodeIndexEntries(node.id, new_ids, after.labels, after.properties)));
    for (TokenId l : old_ids) delta_.label_nodes[l] -= 1;
    for (TokenId l : new_ids) delta_.label_nodes[l] += 1;
    return Status::Ok();
}

Status Transaction::DeleteNode(NodeId id, bool detach) {
    Result<std::optional<Node>> old = view_->GetNode(id);
    if (!old.ok()) return old.status();
    if (!old->has_value()) return Missing("node", id);
    std::vector<RelId> rels;
    KG_RETURN_IF_ERROR(view_->ForEachAdjacent(id, std::nullopt, std::nullopt,
                                              [&](const AdjacencyKey& k) {
                                                  rels.push_back(k.rel);
                                                  return true;
                                              }));
    if (!rels.empty() && !detach) {
        return Status::Error(StatusCode::kInvalidArgument,
                             "node " + std::to_string(id) + " still has relationships");
    }
    std::sort(rels.begin(), rels.end());
    rels.erase(std::unique(rels.begin(), rels.end()), rels.end());
    for (RelId r : rels) KG_RETURN_IF_ERROR(DeleteRelationship(r));
    const Node& before = **old;
    std::vector<TokenId> ids = InternLabels(before.labels);
    KG_RETURN_IF_ERROR(ApplyIndexDiff(NodeIndexEntries(id, ids, before.labels, before.properties),
                                      {}));
    KG_RETURN_IF_ERROR(Delete(Cf::kNodes, IdKey(id)));
    KG_RETURN_IF_ERROR(DeleteEvidenceOf(ElementKind::kNode, id));
    delta_.nodes -= 1;
    for (TokenId l : ids) delta_.label_nodes[l] -= 1;
    return Status::Ok();
}

Result<RelId> Transaction::CreateRelationship(const std::string& type, NodeId start, NodeId end,
                                              const Properties& props) {
    for (NodeId n : {start, end}) {
        Result<bool> exists = view_->NodeExists(n);
        if (!exists.ok()) return exists.status();
        if (!*exists) return Missing("node", n);
    }
    RelId id = store_->AllocateRel();
    Dictionary& dict = store_->mutable_dictionary();
    TokenId t = dict.Intern(TokenKind::kRelType, type);
    auto intern = [&](std::string_view k) { return dict.Intern(TokenKind::kPropertyKey, k); };
    KG_RETURN_IF_ERROR(Put(Cf::kRels, IdKey(id), EncodeRelValue(t, start, end, props, intern)));
    for (const AdjacencyKey& k : RelAdjacency(id, t, start, end)) {
        KG_RETURN_IF_ERROR(Put(Cf::kAdjacency, EncodeAdjacencyKey(k), ""));
    }
    delta_.rels += 1;
    delta_.type_rels[t] += 1;
    return id;
}

Status Transaction::UpdateRelationship(const Relationship& rel) {
    Result<std::optional<Relationship>> old = view_->GetRelationship(rel.id);
    if (!old.ok()) return old.status();
    if (!old->has_value()) return Missing("relationship", rel.id);
    const Relationship& before = **old;
    Dictionary& dict = store_->mutable_dictionary();
    TokenId t = dict.Intern(TokenKind::kRelType, before.type);
    auto intern = [&](std::string_view k) { return dict.Intern(TokenKind::kPropertyKey, k); };
    return Put(Cf::kRels, IdKey(rel.id),
               EncodeRelValue(t, before.start, before.end, rel.properties, intern));
}

Status Transaction::DeleteRelationship(RelId id) {
    Result<std::optional<Relationship>> old = view_->GetRelationship(id);
    if (!old.ok()) return old.status();
    if (!old->has_value()) return Missing("relationship", id);
    TokenId t = store_->mutable_dictionary().Intern(TokenKind::kRelType, (*old)->type);
    for (const AdjacencyKey& k : RelAdjacency(id, t, (*old)->start, (*old)->end)) {
        KG_RETURN_IF_ERROR(Delete(Cf::kAdjacency, EncodeAdjacencyKey(k)));
    }
    KG_RETURN_IF_ERROR(Delete(Cf::kRels, IdKey(id)));
    KG_RETURN_IF_ERROR(DeleteEvidenceOf(ElementKind::kRel, id));
    delta_.rels -= 1;
    delta_.type_rels[t] -= 1;
    return Status::Ok();
}

Status Transaction::DeleteEvidenceOf(ElementKind kind, uint64_t element) {
    std::vector<EvidenceKey> keys;
    KG_RETURN_IF_ERROR(view_->ForEachWithPrefix(
        Cf::kEvidence, EvidencePrefix(kind, element), [&](std::string_view key, std::string_view) {
            if (auto k = DecodeEvidenceKey(key)) keys.push_back(*k);
            return true;
        }));
    for (const EvidenceKey& k : keys) {
        KG_RETURN_IF_ERROR(Delete(Cf::kEvidence, EncodeEvidenceKey(k)));
        KG_RETURN_IF_ERROR(Delete(Cf::kDocFacts, EncodeDocFactKey(k)));
    }
    return Status::Ok();
}

Result<DocId> Transaction::PutDocument(const Document& doc) {
    Result<std::optional<DocId>> existing = view_->FindDocument(doc.key);
    if (!existing.ok()) return existing.status();
    Document stored = doc;
    if (existing->has_value()) {
        stored.id = **existing;
    } else {
        stored.id = store_->AllocateDoc();
        delta_.documents += 1;
        KG_RETURN_IF_ERROR(Put(Cf::kDocKeys, doc.key, IdKey(stored.id)));
    }
    KG_RETURN_IF_ERROR(Put(Cf::kDocuments, IdKey(stored.id), EncodeDocumentValue(stored)));
    return stored.id;
}

Status Transaction::PutSentence(DocId doc, uint32_t number, const Sentence& sentence) {
    return Put(Cf::kSentences, EncodeSentenceKey(doc, number), EncodeSentenceValue(sentence));
}

Status Transaction::PutEvidence(ElementKind kind, uint64_t element, uint32_t seq,
                                const Evidence& evidence) {
    EvidenceKey k{kind, element, evidence.doc, seq};
    KG_RETURN_IF_ERROR(Put(Cf::kEvidence, EncodeEvidenceKey(k), EncodeEvidenceValue(evidence)));
    return Put(Cf::kDocFacts, EncodeDocFactKey(k), "");
}

Status Transaction::Commit() {
    if (done_) return Status::Error(StatusCode::kInvalidArgument, "transaction already ended");
    done_ = true;
    Dictionary& dict = store_->mutable_dictionary();
    for (const auto& [key, value] : dict.PendingEntries()) {
        KG_RETURN_IF_ERROR(Put(Cf::kDict, key, value));
    }
    Counters after = store_->counters_;
    after.Apply(delta_);
    KG_RETURN_IF_ERROR(PutCounters(after, batch_.get(), store_->cf(Cf::kMeta)));
    if (std::optional<size_t> fail = store_->TakeInjectedFailure()) {
        return Status::Error(StatusCode::kAborted,
                             "injected failure after " + std::to_string(*fail) + " entries");
    }
    rocksdb::WriteOptions options;
    options.sync = true;
    KG_RETURN_IF_ERROR(FromRocks(store_->db_->Write(options, batch_->GetWriteBatch())));
    store_->counters_ = after;
    dict.MarkPersisted();
    return Status::Ok();
}

}  // namespace kg::storage
