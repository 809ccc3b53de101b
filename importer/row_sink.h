// RowSink: how a file parser hands rows to the import and reports bad ones. A bad row either
// stops the file (its error is kept) or, with skip_bad_rows, is counted by kind and skipped.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "importer/importer.h"

namespace kg::importer {

class RowSink {
public:
    using Progress = std::function<void(const std::string& path, uint64_t rows)>;
    RowSink(FileReport* report, bool skip_bad_rows, Progress progress = nullptr)
        : report_(report), skip_(skip_bad_rows), progress_(std::move(progress)) {}

    // Records a bad row. Returns true when the file goes on (the row is skipped).
    bool Bad(std::string kind, ImportError error) {
        error.path = report_->path;
        if (!skip_) {
            error_ = std::move(error);
            return false;
        }
        report_->skipped += 1;
        SkipReason& r = report_->skip_reasons[std::move(kind)];
        if (r.count++ == 0) r.first = std::move(error);
        return true;
    }
    // A problem that stops the file even with skip_bad_rows (a bad header, a storage failure).
    bool Fatal(ImportError error) {
        error.path = report_->path;
        error_ = std::move(error);
        return false;
    }
    void Row() {
        if ((++report_->rows & ((1u << 18) - 1)) == 0 && progress_) {
            progress_(report_->path, report_->rows);
        }
    }
    const std::optional<ImportError>& error() const { return error_; }

private:
    FileReport* report_;
    bool skip_;
    Progress progress_;
    std::optional<ImportError> error_;
};

// Parsers of the file kinds; each returns false when the file must stop (sink has the error).
bool ParseTriplesDelimited(std::string_view data, char delimiter, bool quoting,
                           GraphBuilder* builder, RowSink* sink);
bool ParseTriplesJsonl(std::string_view data, GraphBuilder* builder, RowSink* sink);
bool ParseNeo4jNodes(std::string_view data, GraphBuilder* builder,
                     std::unordered_map<std::string, storage::NodeId>* ids, RowSink* sink);
bool ParseNeo4jEdges(std::string_view data, GraphBuilder* builder,
                     const std::unordered_map<std::string, storage::NodeId>& ids, RowSink* sink);

// Byte offset of the first invalid UTF-8 sequence in `s`, if any.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

}  // namespace kg::importer
