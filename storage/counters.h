// Counters: exact counts kept in the meta column family and updated in the same atomic write as
// the data they count, so `kg stats` never scans. Also the next free node, relationship and
// document ids, which only grow.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "storage/ids.h"
#include "storage/status.h"

namespace rocksdb {
class DB;
class ColumnFamilyHandle;
class WriteBatchBase;
}  // namespace rocksdb

namespace kg::storage {

struct Counters {
    int64_t nodes = 0;
    int64_t rels = 0;
    int64_t documents = 0;
    uint64_t next_node = 0;
    uint64_t next_rel = 0;
    uint64_t next_doc = 0;
    std::map<TokenId, int64_t> label_nodes;  // nodes carrying each label
    std::map<TokenId, int64_t> type_rels;    // relationships of each type

    // Adds the differences `delta` records (counts only; next ids are taken as the larger).
    void Apply(const Counters& delta);
};

// Meta keys (FORMAT.md, "Meta").
inline constexpr char kMetaFormatVersion[] = "format_version";

Status LoadCounters(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta, Counters* out);
// Writes every counter of `c` (the state after the write) into `batch`.
Status PutCounters(const Counters& c, rocksdb::WriteBatchBase* batch,
                   rocksdb::ColumnFamilyHandle* meta);

}  // namespace kg::storage
