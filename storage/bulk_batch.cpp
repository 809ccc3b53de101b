#include "storage/bulk_batch.h"

#include <unistd.h>

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <filesystem>
#include <tuple>

#include "storage/index_entries.h"
#include "storage/kg_store.h"
#include "storage/value_codec.h"

namespace kg::storage {

namespace fs = std::filesystem;

namespace {

Status FromRocks(const rocksdb::Status& s, std::string_view doing) {
    if (s.ok()) return Status::Ok();
    return Status::Error(s.IsCorruption() ? StatusCode::kCorruption : StatusCode::kIOError,
                         std::string(doing) + ": " + s.ToString());
}

bool AdjacencyLess(const AdjacencyKey& a, const AdjacencyKey& b) {
    return std::tie(a.node, a.dir, a.type, a.other, a.rel) <
           std::tie(b.node, b.dir, b.type, b.other, b.rel);
}

bool AdjacencyEqual(const AdjacencyKey& a, const AdjacencyKey& b) {
    return !AdjacencyLess(a, b) && !AdjacencyLess(b, a);
}

// Removes every scratch directory when the commit is over, whatever happened.
class ScratchDir {
public:
    explicit ScratchDir(std::string path) : path_(std::move(path)) {}
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace

BulkBatch::BulkBatch(KgStore* store) : store_(store) {}
BulkBatch::~BulkBatch() { store_->write_open_ = false; }

NodeId BulkBatch::AllocateNode() { return store_->AllocateNode(); }
RelId BulkBatch::AllocateRel() { return store_->AllocateRel(); }
DocId BulkBatch::AllocateDoc() { return store_->AllocateDoc(); }

size_t BulkBatch::entry_count() const {
    size_t n = adjacency_puts_.size() + adjacency_deletes_.size();
    for (const auto& v : entries_) n += v.size();
    return n;
}

void BulkBatch::Put(Cf cf, std::string_view key, std::string_view value) {
    entries_[CfIndex(cf)].Put(key, value);
}

void BulkBatch::Delete(Cf cf, std::string_view key) { entries_[CfIndex(cf)].Delete(key); }

std::vector<TokenId> BulkBatch::InternLabels(const std::vector<std::string>& labels) {
    return store_->mutable_dictionary().InternLabels(labels);
}

void BulkBatch::PutNode(const Node& node, const Node* before) {
    Dictionary& dict = store_->mutable_dictionary();
    auto intern = [&](std::string_view k) { return dict.Intern(TokenKind::kPropertyKey, k); };
    std::vector<TokenId> ids = InternLabels(node.labels);
    Put(Cf::kNodes, IdKey(node.id), EncodeNodeValue(ids, node.properties, intern));
    std::vector<IndexEntry> old_entries;
    if (before != nullptr) {
        std::vector<TokenId> old_ids = InternLabels(before->labels);
        old_entries = NodeIndexEntries(node.id, old_ids, before->labels, before->properties);
        for (TokenId l : old_ids) delta_.label_nodes[l] -= 1;
    } else {
        delta_.nodes += 1;
    }
    for (TokenId l : ids) delta_.label_nodes[l] += 1;
    std::vector<IndexEntry> removed, added;
    DiffIndexEntries(old_entries, NodeIndexEntries(node.id, ids, node.labels, node.properties),
                     &removed, &added);
    for (const IndexEntry& e : removed) Delete(e.cf, e.key);
    for (const IndexEntry& e : added) Put(e.cf, e.key, {});
}

TokenId BulkBatch::Intern(TokenKind kind, std::string_view name) {
    return store_->mutable_dictionary().Intern(kind, name);
}

void BulkBatch::PutNewRelationship(RelId id, TokenId type, NodeId start, NodeId end,
                                   std::string value) {
    Put(Cf::kRels, IdKey(id), std::move(value));
    delta_.rels += 1;
    delta_.type_rels[type] += 1;
    for (const AdjacencyKey& k : RelAdjacency(id, type, start, end)) adjacency_puts_.push_back(k);
}

void BulkBatch::PutRelationship(const Relationship& rel, const Relationship* before) {
    Dictionary& dict = store_->mutable_dictionary();
    auto intern = [&](std::string_view k) { return dict.Intern(TokenKind::kPropertyKey, k); };
    TokenId t = dict.Intern(TokenKind::kRelType, rel.type);
    std::string value = EncodeRelValue(t, rel.start, rel.end, rel.properties, intern);
    if (before == nullptr) {
        PutNewRelationship(rel.id, t, rel.start, rel.end, std::move(value));
        return;
    }
    Put(Cf::kRels, IdKey(rel.id), std::move(value));
    TokenId old_t = dict.Intern(TokenKind::kRelType, before->type);
    if (old_t == t && before->start == rel.start && before->end == rel.end) return;
    for (const AdjacencyKey& k : RelAdjacency(rel.id, old_t, before->start, before->end)) {
        adjacency_deletes_.push_back(k);
    }
    delta_.type_rels[old_t] -= 1;
    delta_.type_rels[t] += 1;
    for (const AdjacencyKey& k : RelAdjacency(rel.id, t, rel.start, rel.end)) {
        adjacency_puts_.push_back(k);
    }
}

void BulkBatch::PutDocument(const Document& doc, bool is_new) {
    if (is_new) {
        delta_.documents += 1;
        Put(Cf::kDocKeys, doc.key, IdKey(doc.id));
    }
    Put(Cf::kDocuments, IdKey(doc.id), EncodeDocumentValue(doc));
}

void BulkBatch::PutEvidence(ElementKind kind, uint64_t element, uint32_t seq,
                            const Evidence& evidence) {
    EvidenceKey k{kind, element, evidence.doc, seq};
    Put(Cf::kEvidence, EncodeEvidenceKey(k), EncodeEvidenceValue(evidence));
    Put(Cf::kDocFacts, EncodeDocFactKey(k), {});
}

void BulkBatch::SortAdjacency() {
    for (auto* adj : {&adjacency_puts_, &adjacency_deletes_}) {
        if (std::is_sorted(adj->begin(), adj->end(), AdjacencyLess)) continue;
        // Bucket by node first (ids are dense), then sort each node's few keys: much faster
        // than one comparison sort over millions of keys.
        NodeId max_node = 0;
        for (const AdjacencyKey& k : *adj) max_node = std::max(max_node, k.node);
        if (max_node > 4 * adj->size() + 1024) {
            std::sort(adj->begin(), adj->end(), AdjacencyLess);
        } else {
            std::vector<uint32_t> start(max_node + 2, 0);
            for (const AdjacencyKey& k : *adj) start[k.node + 1]++;
            for (size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
            std::vector<AdjacencyKey> sorted(adj->size());
            std::vector<uint32_t> fill(start.begin(), start.end() - 1);
            for (const AdjacencyKey& k : *adj) sorted[fill[k.node]++] = k;
            for (size_t n = 0; n + 1 < start.size(); ++n) {
                if (start[n + 1] - start[n] > 1) {
                    std::sort(sorted.begin() + start[n], sorted.begin() + start[n + 1],
                              AdjacencyLess);
                }
            }
            *adj = std::move(sorted);
        }
        adj->erase(std::unique(adj->begin(), adj->end(), AdjacencyEqual), adj->end());
    }
}

Status BulkBatch::SortAndCheck(const Counters& after) {
    // Dictionary names and counters ride in the same atomic write as the data.
    for (const auto& [key, value] : store_->dictionary().PendingEntries()) {
        Put(Cf::kDict, key, value);
    }
    rocksdb::WriteBatch meta;
    KG_RETURN_IF_ERROR(PutCounters(after, &meta, store_->cf(Cf::kMeta)));
    struct Collect : rocksdb::WriteBatch::Handler {
        StagedEntries* out = nullptr;
        rocksdb::Status PutCF(uint32_t, const rocksdb::Slice& k, const rocksdb::Slice& v) override {
            out->Put(std::string_view(k.data(), k.size()), std::string_view(v.data(), v.size()));
            return rocksdb::Status::OK();
        }
    } collect;
    collect.out = &entries_[CfIndex(Cf::kMeta)];
    KG_RETURN_IF_ERROR(FromRocks(meta.Iterate(&collect), "staging counters"));
    for (StagedEntries& e : entries_) e.SortAndDedupe();
    SortAdjacency();
    return Status::Ok();
}

Status BulkBatch::Commit() {
    if (done_) return Status::Error(StatusCode::kInvalidArgument, "bulk batch already ended");
    done_ = true;
    Counters after = store_->counters_;
    after.Apply(delta_);
    KG_RETURN_IF_ERROR(SortAndCheck(after));
    Status s = entry_count() >= sst_threshold_ ? CommitWithIngestion() : CommitWithWriteBatch();
    if (!s.ok()) return s;
    store_->counters_ = after;
    store_->mutable_dictionary().MarkPersisted();
    return Status::Ok();
}

Status BulkBatch::CommitWithWriteBatch() {
    rocksdb::WriteBatch batch;
    size_t written = 0;
    std::optional<size_t> fail = store_->TakeInjectedFailure();
    auto check_fail = [&]() -> Status {
        ++written;
        if (fail && written > *fail) {
            return Status::Error(StatusCode::kAborted,
                                 "injected failure after " + std::to_string(*fail) + " entries");
        }
        return Status::Ok();
    };
    for (size_t c = 0; c < kCfCount; ++c) {
        rocksdb::ColumnFamilyHandle* h = store_->handles_[c];
        for (size_t i = 0; i < entries_[c].size(); ++i) {
            StagedEntries::Entry e = entries_[c][i];
            rocksdb::Slice key(e.key.data(), e.key.size());
            rocksdb::Status s = e.is_delete
                                    ? batch.Delete(h, key)
                                    : batch.Put(h, key, rocksdb::Slice(e.value.data(), e.value.size()));
            KG_RETURN_IF_ERROR(FromRocks(s, "staging write"));
            KG_RETURN_IF_ERROR(check_fail());
        }
    }
    rocksdb::ColumnFamilyHandle* adj = store_->cf(Cf::kAdjacency);
    for (const AdjacencyKey& k : adjacency_deletes_) {
        KG_RETURN_IF_ERROR(FromRocks(batch.Delete(adj, EncodeAdjacencyKey(k)), "staging write"));
        KG_RETURN_IF_ERROR(check_fail());
    }
    for (const AdjacencyKey& k : adjacency_puts_) {
        KG_RETURN_IF_ERROR(FromRocks(batch.Put(adj, EncodeAdjacencyKey(k), ""), "staging write"));
        KG_RETURN_IF_ERROR(check_fail());
    }
    rocksdb::WriteOptions options;
    options.sync = true;
    return FromRocks(store_->db_->Write(options, &batch), "writing batch");
}

Status BulkBatch::WriteSstFile(Cf cf, const std::string& path) {
    rocksdb::ColumnFamilyHandle* h = store_->cf(cf);
    rocksdb::Options options(store_->db_->GetDBOptions(), store_->db_->GetOptions(h));
    // SstFileWriter would use the bottommost (ZSTD) compression; LZ4 writes several times
    // faster, and compaction recompresses the data when it reaches the bottom level.
    options.compression = rocksdb::kLZ4Compression;
    options.bottommost_compression = rocksdb::kDisableCompressionOption;
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, h);
    KG_RETURN_IF_ERROR(FromRocks(writer.Open(path), "creating " + path));
    rocksdb::Status s;
    if (cf == Cf::kAdjacency) {
        // Merge the two sorted key lists (deletes and puts never share a key).
        size_t i = 0, j = 0;
        std::string key;
        while (s.ok() && (i < adjacency_deletes_.size() || j < adjacency_puts_.size())) {
            bool take_delete = j == adjacency_puts_.size() ||
                               (i < adjacency_deletes_.size() &&
                                AdjacencyLess(adjacency_deletes_[i], adjacency_puts_[j]));
            key = EncodeAdjacencyKey(take_delete ? adjacency_deletes_[i++] : adjacency_puts_[j++]);
            s = take_delete ? writer.Delete(key) : writer.Put(key, rocksdb::Slice());
        }
    } else {
        const StagedEntries& entries = entries_[CfIndex(cf)];
        for (size_t i = 0; s.ok() && i < entries.size(); ++i) {
            StagedEntries::Entry e = entries[i];
            rocksdb::Slice key(e.key.data(), e.key.size());
            s = e.is_delete ? writer.Delete(key)
                            : writer.Put(key, rocksdb::Slice(e.value.data(), e.value.size()));
        }
    }
    KG_RETURN_IF_ERROR(FromRocks(s, "writing " + path));
    return FromRocks(writer.Finish(), "finishing " + path);
}

Status BulkBatch::CommitWithIngestion() {
    static std::atomic<int> sequence{0};
    ScratchDir scratch(store_->dir_ + "/ingest-" + std::to_string(::getpid()) + "-" +
                       std::to_string(sequence++));
    std::error_code ec;
    fs::create_directories(scratch.path(), ec);
    if (ec) {
        return Status::Error(StatusCode::kIOError,
                             "cannot create '" + scratch.path() + "': " + ec.message());
    }
    std::vector<Cf> families;
    for (size_t c = 0; c < kCfCount; ++c) {
        auto cf = static_cast<Cf>(c);
        bool has_adjacency = !adjacency_puts_.empty() || !adjacency_deletes_.empty();
        if (!entries_[c].empty() || (cf == Cf::kAdjacency && has_adjacency)) families.push_back(cf);
    }
    // Largest families first, spread over two threads: the files are independent.
    auto weight = [&](Cf cf) {
        return cf == Cf::kAdjacency ? adjacency_puts_.size() + adjacency_deletes_.size()
                                    : entries_[CfIndex(cf)].size();
    };
    std::sort(families.begin(), families.end(), [&](Cf a, Cf b) { return weight(a) > weight(b); });
    std::vector<Status> results(families.size());
    std::atomic<size_t> next{0};
    auto worker = [&]() {
        for (size_t i = next++; i < families.size(); i = next++) {
            results[i] = WriteSstFile(families[i], scratch.path() + "/" +
                                                        std::string(CfName(families[i])) + ".sst");
        }
    };
    std::thread helper(worker);
    worker();
    helper.join();
    for (const Status& s : results) KG_RETURN_IF_ERROR(s);
    if (std::optional<size_t> fail = store_->TakeInjectedFailure()) {
        return Status::Error(StatusCode::kAborted, "injected failure after writing " +
                                                       std::to_string(families.size()) +
                                                       " files, before ingesting them");
    }
    std::vector<rocksdb::IngestExternalFileArg> args;
    for (Cf cf : families) {
        rocksdb::IngestExternalFileArg arg;
        arg.column_family = store_->cf(cf);
        arg.external_files = {scratch.path() + "/" + std::string(CfName(cf)) + ".sst"};
        arg.options.move_files = true;
        arg.options.snapshot_consistency = true;
        args.push_back(std::move(arg));
    }
    return FromRocks(store_->db_->IngestExternalFiles(args), "ingesting files");
}

}  // namespace kg::storage
