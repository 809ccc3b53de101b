#include "storage/bulk_batch.h"

#include <unistd.h>

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <atomic>
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

void BulkBatch::Put(Cf cf, std::string key, std::string value) {
    entries_[CfIndex(cf)].push_back({std::move(key), std::move(value), false});
}

void BulkBatch::Delete(Cf cf, std::string key) {
    entries_[CfIndex(cf)].push_back({std::move(key), {}, true});
}

std::vector<TokenId> BulkBatch::InternLabels(const std::vector<std::string>& labels) {
    std::vector<TokenId> ids;
    for (const std::string& l : labels) {
        ids.push_back(store_->mutable_dictionary().Intern(TokenKind::kLabel, l));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
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
    for (IndexEntry& e : removed) Delete(e.cf, std::move(e.key));
    for (IndexEntry& e : added) Put(e.cf, std::move(e.key), {});
}

void BulkBatch::PutRelationship(const Relationship& rel, const Relationship* before) {
    Dictionary& dict = store_->mutable_dictionary();
    auto intern = [&](std::string_view k) { return dict.Intern(TokenKind::kPropertyKey, k); };
    TokenId t = dict.Intern(TokenKind::kRelType, rel.type);
    Put(Cf::kRels, IdKey(rel.id), EncodeRelValue(t, rel.start, rel.end, rel.properties, intern));
    if (before != nullptr) {
        TokenId old_t = dict.Intern(TokenKind::kRelType, before->type);
        if (old_t == t && before->start == rel.start && before->end == rel.end) return;
        for (const AdjacencyKey& k : RelAdjacency(rel.id, old_t, before->start, before->end)) {
            adjacency_deletes_.push_back(k);
        }
        delta_.type_rels[old_t] -= 1;
    } else {
        delta_.rels += 1;
    }
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

Status BulkBatch::SortAndCheck() {
    // Dictionary names and counters ride in the same atomic write as the data.
    Dictionary& dict = store_->mutable_dictionary();
    for (const Dictionary::Pending& p : dict.PendingNames()) {
        std::string id;
        PutFixed32BE(&id, p.id);
        Put(Cf::kDict, DictNameKey(p.kind, p.name), id);
        Put(Cf::kDict, DictIdKey(p.kind, p.id), p.name);
    }
    for (auto& v : entries_) {
        auto less = [](const Entry& a, const Entry& b) { return a.key < b.key; };
        if (!std::is_sorted(v.begin(), v.end(), less)) std::stable_sort(v.begin(), v.end(), less);
        // Keep the last of equal keys: it is the latest staged version.
        std::vector<Entry> out;
        out.reserve(v.size());
        for (size_t i = 0; i < v.size(); ++i) {
            if (i + 1 < v.size() && v[i + 1].key == v[i].key) continue;
            out.push_back(std::move(v[i]));
        }
        v = std::move(out);
    }
    for (auto* adj : {&adjacency_puts_, &adjacency_deletes_}) {
        if (!std::is_sorted(adj->begin(), adj->end(), AdjacencyLess)) {
            std::sort(adj->begin(), adj->end(), AdjacencyLess);
        }
        adj->erase(std::unique(adj->begin(), adj->end(), AdjacencyEqual), adj->end());
    }
    return Status::Ok();
}

Status BulkBatch::Commit() {
    if (done_) return Status::Error(StatusCode::kInvalidArgument, "bulk batch already ended");
    done_ = true;
    KG_RETURN_IF_ERROR(SortAndCheck());
    Counters after = store_->counters_;
    after.Apply(delta_);
    {
        // Counters go in as ordinary meta entries so that both commit paths carry them.
        rocksdb::WriteBatch meta;
        KG_RETURN_IF_ERROR(PutCounters(after, &meta, store_->cf(Cf::kMeta)));
        struct Collect : rocksdb::WriteBatch::Handler {
            std::vector<Entry>* out;
            rocksdb::Status PutCF(uint32_t, const rocksdb::Slice& k,
                                  const rocksdb::Slice& v) override {
                out->push_back({k.ToString(), v.ToString(), false});
                return rocksdb::Status::OK();
            }
        } collect;
        collect.out = &entries_[CfIndex(Cf::kMeta)];
        KG_RETURN_IF_ERROR(FromRocks(meta.Iterate(&collect), "staging counters"));
        auto& m = entries_[CfIndex(Cf::kMeta)];
        std::sort(m.begin(), m.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
    }
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
        for (const Entry& e : entries_[c]) {
            rocksdb::Status s = e.is_delete ? batch.Delete(h, e.key) : batch.Put(h, e.key, e.value);
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
    std::optional<size_t> fail = store_->TakeInjectedFailure();
    std::vector<rocksdb::IngestExternalFileArg> args;
    size_t files = 0;
    for (size_t c = 0; c < kCfCount; ++c) {
        auto cf = static_cast<Cf>(c);
        bool adjacency = cf == Cf::kAdjacency;
        if (entries_[c].empty() && !(adjacency && (!adjacency_puts_.empty() ||
                                                   !adjacency_deletes_.empty()))) {
            continue;
        }
        rocksdb::ColumnFamilyHandle* h = store_->handles_[c];
        rocksdb::Options options(store_->db_->GetDBOptions(), store_->db_->GetOptions(h));
        options.compression = rocksdb::kLZ4Compression;
        rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, h);
        std::string path = scratch.path() + "/" + std::string(CfName(cf)) + ".sst";
        KG_RETURN_IF_ERROR(FromRocks(writer.Open(path), "creating " + path));
        rocksdb::Status s;
        if (adjacency) {
            // Merge the two sorted key lists (deletes and puts never share a key).
            size_t i = 0, j = 0;
            while (s.ok() && (i < adjacency_deletes_.size() || j < adjacency_puts_.size())) {
                bool take_delete = j == adjacency_puts_.size() ||
                                   (i < adjacency_deletes_.size() &&
                                    AdjacencyLess(adjacency_deletes_[i], adjacency_puts_[j]));
                s = take_delete ? writer.Delete(EncodeAdjacencyKey(adjacency_deletes_[i++]))
                                : writer.Put(EncodeAdjacencyKey(adjacency_puts_[j++]), "");
            }
        } else {
            for (const Entry& e : entries_[c]) {
                s = e.is_delete ? writer.Delete(e.key) : writer.Put(e.key, e.value);
                if (!s.ok()) break;
            }
        }
        KG_RETURN_IF_ERROR(FromRocks(s, "writing " + path));
        KG_RETURN_IF_ERROR(FromRocks(writer.Finish(), "finishing " + path));
        if (fail && ++files > *fail) {
            return Status::Error(StatusCode::kAborted,
                                 "injected failure after " + std::to_string(*fail) + " files");
        }
        rocksdb::IngestExternalFileArg arg;
        arg.column_family = h;
        arg.external_files = {path};
        arg.options.move_files = true;
        arg.options.snapshot_consistency = true;
        args.push_back(std::move(arg));
        // Staged data of a written family is no longer needed; free it before the next one.
        std::vector<Entry>().swap(entries_[c]);
        if (adjacency) {
            std::vector<AdjacencyKey>().swap(adjacency_puts_);
            std::vector<AdjacencyKey>().swap(adjacency_deletes_);
        }
    }
    return FromRocks(store_->db_->IngestExternalFiles(args), "ingesting files");
}

}  // namespace kg::storage
