// KgStore: one kg database directory, opened for reading or for writing.
//
// A database is a RocksDB instance with the column families of column_families.h, a marker file
// KG_FORMAT naming the format version, and a lock file kg.lock held by the one writing process.
// Readers (OpenMode::kReadOnly) take no lock and see the state committed when they opened, so
// `kg stats` and read-only queries work while another process writes.
//
// Writes go through Transaction (transaction.h, read-your-own-writes, one atomic synced
// WriteBatch) or BulkBatch (bulk_batch.h, sorted files ingested atomically for large imports).
// Thread safety: reads may run concurrently; at most one write is open at a time, and the
// dictionary and counters are not read while one commits.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "storage/column_families.h"
#include "storage/counters.h"
#include "storage/dictionary.h"
#include "storage/ids.h"
#include "storage/read_view.h"
#include "storage/records.h"
#include "storage/status.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
}  // namespace rocksdb

namespace kg::storage {

inline constexpr uint32_t kFormatVersion = 1;

enum class OpenMode { kReadOnly, kReadWrite };

class DbLock;
class Transaction;
class BulkBatch;

class KgStore {
public:
    // Opens `dir`. For kReadWrite a missing or empty directory becomes a new database. Fails
    // with kNotFound (no database there), kNotKgDatabase, kVersionMismatch, kBusy (another kg
    // process writes; the message names it), kCorruption or kIOError.
    static Result<std::unique_ptr<KgStore>> Open(const std::string& dir, OpenMode mode);
    ~KgStore();
    KgStore(const KgStore&) = delete;
    KgStore& operator=(const KgStore&) = delete;

    const std::string& dir() const { return dir_; }
    bool read_only() const { return mode_ == OpenMode::kReadOnly; }

    // Committed state.
    const ReadView& reader() const { return *reader_; }
    const Dictionary& dictionary() const { return dict_; }
    const Counters& counters() const { return counters_; }

    // Starts the one write transaction (kInvalidArgument on a read-only store).
    Result<std::unique_ptr<Transaction>> BeginTransaction();
    Result<std::unique_ptr<BulkBatch>> BeginBulk();

    // Bytes of all files in the database directory.
    uint64_t SizeOnDisk() const;

    // Test hook: the next commit fails after writing `n` entries into its batch, before the
    // batch reaches the database, so tests can prove a failed write leaves nothing behind.
    void InjectCommitFailureAfter(size_t n) { fail_commit_after_ = n; }

private:
    friend class Transaction;
    friend class BulkBatch;
    friend class ReadView;
    KgStore() = default;

    Status OpenRocksDb(bool create);
    Status LoadDictionary();
    rocksdb::ColumnFamilyHandle* cf(Cf c) const { return handles_[CfIndex(c)]; }
    Dictionary& mutable_dictionary() { return dict_; }
    // Allocation of ids happens at once; the next ids are persisted by the commit that uses them.
    NodeId AllocateNode() { return counters_.next_node++; }
    RelId AllocateRel() { return counters_.next_rel++; }
    DocId AllocateDoc() { return counters_.next_doc++; }
    std::optional<size_t> TakeInjectedFailure();

    std::string dir_;
    OpenMode mode_ = OpenMode::kReadOnly;
    std::unique_ptr<DbLock> lock_;
    std::unique_ptr<rocksdb::DB> db_;
    std::vector<rocksdb::ColumnFamilyHandle*> handles_;
    Dictionary dict_;
    Counters counters_;
    std::unique_ptr<ReadView> reader_;
    bool write_open_ = false;
    std::optional<size_t> fail_commit_after_;
};

}  // namespace kg::storage
