#include "storage/kg_store.h"

#include <fcntl.h>
#include <unistd.h>

#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "storage/bulk_batch.h"
#include "storage/db_lock.h"
#include "storage/key_codec.h"
#include "storage/transaction.h"

namespace kg::storage {

namespace fs = std::filesystem;

namespace {

constexpr char kMarkerFile[] = "KG_FORMAT";
constexpr std::string_view kMarkerPrefix = "kg database format ";

Status FromRocks(const rocksdb::Status& s, const std::string& dir) {
    if (s.ok()) return Status::Ok();
    if (s.IsCorruption()) {
        return Status::Error(StatusCode::kCorruption,
                             "database '" + dir + "' is corrupted: " + s.ToString());
    }
    return Status::Error(StatusCode::kIOError, "database '" + dir + "': " + s.ToString());
}

rocksdb::ColumnFamilyOptions FamilyOptions() {
    rocksdb::ColumnFamilyOptions cf;
    rocksdb::BlockBasedTableOptions table;
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    table.cache_index_and_filter_blocks = false;
    cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    cf.compression = rocksdb::kLZ4Compression;
    cf.bottommost_compression = rocksdb::kZSTD;
    return cf;
}

rocksdb::DBOptions DatabaseOptions() {
    rocksdb::DBOptions db;
    db.create_if_missing = false;
    db.create_missing_column_families = false;
    db.max_background_jobs = 2;
    db.max_open_files = 256;
    db.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
    db.keep_log_file_num = 2;
    // One write spans several column families; flushing them in one manifest edit means a
    // reader opening at any moment sees all of a write or none of it. The writer also leaves
    // recovered data in the WAL on open instead of flushing, so a reader opening then does not
    // race a half-finished recovery.
    db.atomic_flush = true;
    db.avoid_flush_during_recovery = true;
    return db;
}

// Writes the marker through a temporary file and a rename, so it is whole or absent.
Status WriteMarker(const std::string& dir) {
    std::string tmp = dir + "/" + kMarkerFile + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << kMarkerPrefix << kFormatVersion << "\n";
        out.flush();
        if (!out) return Status::Error(StatusCode::kIOError, "cannot write '" + tmp + "'");
    }
    int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
    std::error_code ec;
    fs::rename(tmp, dir + "/" + kMarkerFile, ec);
    if (ec) return Status::Error(StatusCode::kIOError, "cannot create marker in '" + dir + "'");
    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        (void)::fsync(dfd);
        ::close(dfd);
    }
    return Status::Ok();
}

// Reads the marker; kNotKgDatabase when it is missing or malformed.
Result<uint32_t> ReadMarker(const std::string& dir) {
    std::ifstream in(dir + "/" + kMarkerFile);
    std::string line;
    if (!in || !std::getline(in, line) || !line.starts_with(kMarkerPrefix)) {
        return Status::Error(StatusCode::kNotKgDatabase,
                             "'" + dir + "' is not a kg database (no " + kMarkerFile + " file)");
    }
    try {
        return static_cast<uint32_t>(std::stoul(line.substr(kMarkerPrefix.size())));
    } catch (const std::exception&) {
        return Status::Error(StatusCode::kNotKgDatabase,
                             "'" + dir + "' is not a kg database (unreadable " + kMarkerFile + ")");
    }
}

Status CheckVersion(const std::string& dir, uint32_t version) {
    if (version == kFormatVersion) return Status::Ok();
    std::string who = version > kFormatVersion ? "a newer" : "an older";
    return Status::Error(StatusCode::kVersionMismatch,
                         "database '" + dir + "' has format version " + std::to_string(version) +
                             ", written by " + who + " kg; this kg reads format version " +
                             std::to_string(kFormatVersion));
}

// True when `dir` holds nothing a database would leave but the lock and marker files of a
// creation that was interrupted before RocksDB wrote anything.
bool IsEmptyDirectory(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return false;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (name != "kg.lock" && name != std::string(kMarkerFile) + ".tmp") return false;
    }
    return !ec;
}

}  // namespace

Result<std::unique_ptr<KgStore>> KgStore::Open(const std::string& dir, OpenMode mode) {
    std::unique_ptr<KgStore> store(new KgStore());
    store->dir_ = dir;
    store->mode_ = mode;
    std::error_code ec;
    bool exists = fs::exists(dir, ec);
    if (exists && !fs::is_directory(dir, ec)) {
        return Status::Error(StatusCode::kNotKgDatabase,
                             "'" + dir + "' is not a kg database (it is a file)");
    }
    bool fresh = !exists || IsEmptyDirectory(dir);
    if (fresh && mode == OpenMode::kReadOnly) {
        return Status::Error(StatusCode::kNotFound,
                             "no kg database at '" + dir + "' (create one with 'kg import')");
    }
    if (fresh) {
        fs::create_directories(dir, ec);
        if (ec) {
            return Status::Error(StatusCode::kIOError,
                                 "cannot create database directory '" + dir + "': " + ec.message());
        }
    } else {
        Result<uint32_t> version = ReadMarker(dir);
        if (!version.ok()) return version.status();
        KG_RETURN_IF_ERROR(CheckVersion(dir, *version));
    }
    if (mode == OpenMode::kReadWrite) {
        Result<std::unique_ptr<DbLock>> lock = DbLock::Acquire(dir);
        if (!lock.ok()) return lock.status();
        store->lock_ = std::move(lock.value());
        if (fresh) KG_RETURN_IF_ERROR(WriteMarker(dir));
    }
    KG_RETURN_IF_ERROR(store->OpenRocksDb(fresh));
    KG_RETURN_IF_ERROR(store->LoadDictionary());
    KG_RETURN_IF_ERROR(LoadCounters(store->db_.get(), store->cf(Cf::kMeta), &store->counters_));
    store->reader_ = std::make_unique<ReadView>(store.get(), nullptr);
    return store;
}

Status KgStore::OpenRocksDb(bool create) {
    rocksdb::DBOptions options = DatabaseOptions();
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    std::vector<size_t> family_index;  // which of ours each descriptor is
    std::vector<std::string> existing;
    if (mode_ == OpenMode::kReadOnly) {
        // A writer killed while creating the database may have left some families uncreated;
        // a reader opens those that exist and sees the others as empty.
        rocksdb::Status listed = rocksdb::DB::ListColumnFamilies(options, dir_, &existing);
        if (!listed.ok()) {
            return Status::Error(StatusCode::kNotFound,
                                 "database '" + dir_ + "' is empty (its creation was interrupted)");
        }
    }
    for (size_t i = 0; i < kCfNames.size(); ++i) {
        std::string name(kCfNames[i]);
        if (mode_ == OpenMode::kReadOnly &&
            std::find(existing.begin(), existing.end(), name) == existing.end()) {
            continue;
        }
        families.emplace_back(name, FamilyOptions());
        family_index.push_back(i);
    }
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    rocksdb::Status s;
    if (mode_ == OpenMode::kReadOnly) {
        // A writer may delete a WAL file between our listing and our reading it (after a flush);
        // a moment later the new state is complete, so try again a few times.
        for (int attempt = 0; attempt < 5; ++attempt) {
            s = rocksdb::DB::OpenForReadOnly(options, dir_, families, &handles, &raw);
            if (s.ok() || (!s.IsPathNotFound() && !s.IsIOError())) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(20 * (attempt + 1)));
        }
    } else {
        options.create_if_missing = true;
        options.create_missing_column_families = true;
        s = rocksdb::DB::Open(options, dir_, families, &handles, &raw);
    }
    if (!s.ok()) {
        if (s.IsInvalidArgument() && s.ToString().find("Column famil") != std::string::npos) {
            return Status::Error(StatusCode::kNotKgDatabase,
                                 "'" + dir_ + "' is not a kg database: " + s.ToString());
        }
        return FromRocks(s, dir_);
    }
    db_.reset(raw);
    handles_.assign(kCfCount, nullptr);
    for (size_t i = 0; i < handles.size(); ++i) handles_[family_index[i]] = handles[i];
    if (create && mode_ == OpenMode::kReadWrite) {
        std::string v;
        PutFixed32BE(&v, kFormatVersion);
        rocksdb::WriteOptions wo;
        wo.sync = true;
        KG_RETURN_IF_ERROR(FromRocks(db_->Put(wo, cf(Cf::kMeta), kMetaFormatVersion, v), dir_));
    }
    std::string stored;
    rocksdb::Status g = db_->Get(rocksdb::ReadOptions(), cf(Cf::kMeta), kMetaFormatVersion, &stored);
    if (g.IsNotFound() && mode_ == OpenMode::kReadOnly) return Status::Ok();  // being created
    if (g.IsNotFound() && mode_ == OpenMode::kReadWrite) {
        // A crash between creating the marker and the first write: finish creating it.
        std::string v;
        PutFixed32BE(&v, kFormatVersion);
        rocksdb::WriteOptions wo;
        wo.sync = true;
        KG_RETURN_IF_ERROR(FromRocks(db_->Put(wo, cf(Cf::kMeta), kMetaFormatVersion, v), dir_));
        return Status::Ok();
    }
    if (!g.ok()) return FromRocks(g, dir_);
    if (stored.size() != 4) {
        return Status::Error(StatusCode::kCorruption, "database '" + dir_ +
                                                          "' has a malformed format version");
    }
    return CheckVersion(dir_, DecodeFixed32BE(stored.data()));
}

Status KgStore::LoadDictionary() {
    if (cf(Cf::kDict) == nullptr) return Status::Ok();
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(rocksdb::ReadOptions(), cf(Cf::kDict)));
    for (it->Seek("i"); it->Valid() && it->key().starts_with("i"); it->Next()) {
        std::string_view key(it->key().data(), it->key().size());
        if (key.size() != 6) {
            return Status::Error(StatusCode::kCorruption, "dictionary key of wrong length");
        }
        auto kind = static_cast<TokenKind>(key[1]);
        if (kind != TokenKind::kLabel && kind != TokenKind::kRelType &&
            kind != TokenKind::kPropertyKey) {
            return Status::Error(StatusCode::kCorruption, "dictionary entry of unknown kind");
        }
        if (!dict_.Load(kind, DecodeFixed32BE(key.data() + 2), it->value().ToString())) {
            return Status::Error(StatusCode::kCorruption,
                                 "dictionary name '" + it->value().ToString() + "' is duplicated");
        }
    }
    return FromRocks(it->status(), dir_);
}

KgStore::~KgStore() {
    reader_.reset();
    if (db_) {
        for (rocksdb::ColumnFamilyHandle* h : handles_) {
            if (h != nullptr) (void)db_->DestroyColumnFamilyHandle(h);
        }
        (void)db_->Close();
    }
}

Result<std::unique_ptr<Transaction>> KgStore::BeginTransaction() {
    if (read_only()) {
        return Status::Error(StatusCode::kInvalidArgument, "database is open read-only");
    }
    if (write_open_) {
        return Status::Error(StatusCode::kInvalidArgument, "a write is already open");
    }
    write_open_ = true;
    return std::unique_ptr<Transaction>(new Transaction(this));
}

Result<std::unique_ptr<BulkBatch>> KgStore::BeginBulk() {
    if (read_only()) {
        return Status::Error(StatusCode::kInvalidArgument, "database is open read-only");
    }
    if (write_open_) {
        return Status::Error(StatusCode::kInvalidArgument, "a write is already open");
    }
    write_open_ = true;
    return std::unique_ptr<BulkBatch>(new BulkBatch(this));
}

uint64_t KgStore::SizeOnDisk() const {
    uint64_t total = 0;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir_, ec)) {
        if (entry.is_regular_file(ec)) total += entry.file_size(ec);
    }
    return total;
}

std::optional<size_t> KgStore::TakeInjectedFailure() {
    std::optional<size_t> n = fail_commit_after_;
    fail_commit_after_.reset();
    return n;
}

}  // namespace kg::storage
