// Importer: `kg import` — structured facts from files into a database, one atomic batch per file.
//
// File kinds, told apart by extension and header line:
//  - triples: TSV (.tsv, .tab, .txt), CSV (.csv) or JSON Lines (.jsonl, .ndjson, .json) with the
//    columns subject, relation, object and optionally subject_type, object_type, document,
//    confidence;
//  - Neo4j-import node files (a column `:ID`) and edge files (`:START_ID`, `:END_ID`, `:TYPE`).
// Node files are imported before edge files, whatever the order given; node ids are shared by
// the files of one Import call. A malformed row stops the file with `file:line:column: what is
// wrong` and nothing of that file is stored, unless skip_bad_rows, which imports the other rows
// and reports how many were skipped and why.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "importer/graph_builder.h"
#include "importer/import_error.h"
#include "storage/kg_store.h"

namespace kg::importer {

struct ImportOptions {
    bool skip_bad_rows = false;
    // Called every 2^18 rows of a file with the rows read so far (for a progress line).
    std::function<void(const std::string& path, uint64_t rows)> progress;
    std::optional<size_t> sst_threshold;  // override BulkBatch's default (tests)
};

struct SkipReason {
    uint64_t count = 0;
    ImportError first;  // where it was first seen
};

struct FileReport {
    std::string path;
    std::string kind;  // "triples", "nodes", "edges"
    uint64_t rows = 0;
    uint64_t skipped = 0;
    std::map<std::string, SkipReason> skip_reasons;  // by kind of problem
    BuildCounts counts;
    double seconds = 0;
};

class Importer {
public:
    using FileDone = std::function<void(const FileReport&)>;
    Importer(storage::KgStore* store, ImportOptions options) : store_(store), options_(options) {}

    // Imports the files in order (node files first); calls `done` after each file is committed.
    // Stops at the first file that fails and returns its error; files already reported stay.
    std::optional<ImportError> Import(const std::vector<std::string>& paths, const FileDone& done);

private:
    std::optional<ImportError> ImportOne(const std::string& path, const std::string& kind,
                                         const FileDone& done);

    storage::KgStore* store_;
    ImportOptions options_;
    // Neo4j ids of the nodes imported by this call: "space\x1fid" -> node.
    std::unordered_map<std::string, storage::NodeId> node_ids_;
};

}  // namespace kg::importer
