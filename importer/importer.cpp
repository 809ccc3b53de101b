#include "importer/importer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <chrono>
#include <fstream>
#include <sstream>

#include "importer/row_sink.h"
#include "storage/bulk_batch.h"

namespace kg::importer {

namespace {

std::string Extension(const std::string& path) {
    size_t slash = path.rfind('/');
    size_t dot = path.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
    std::string ext = path.substr(dot + 1);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

std::optional<ImportError> ReadFile(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return ImportError{path, 0, 0, "cannot open file: " + std::string(std::strerror(errno))};
    in.seekg(0, std::ios::end);
    std::streamoff size = in.tellg();
    if (size < 0) return ImportError{path, 0, 0, "cannot read file (is it a directory?)"};
    in.seekg(0);
    out->resize(static_cast<size_t>(size));
    if (size > 0 && !in.read(out->data(), size)) return ImportError{path, 0, 0, "cannot read file"};
    if (out->find('\0') != std::string::npos) {
        return ImportError{path, 0, 0, "binary file (contains NUL bytes), not text"};
    }
    return std::nullopt;
}

// "triples", "nodes" or "edges", from the extension and the header line.
std::optional<std::string> Classify(const std::string& path, std::string* error) {
    std::ifstream in(path);
    if (!in) {
        *error = "cannot open file: " + std::string(std::strerror(errno));
        return std::nullopt;
    }
    std::string ext = Extension(path);
    if (ext == "jsonl" || ext == "ndjson" || ext == "json") return "triples";
    std::string header;
    std::getline(in, header);
    if (header.find(":START_ID") != std::string::npos) return "edges";
    if (header.find(":ID") != std::string::npos) return "nodes";
    if (ext == "csv" || ext == "tsv" || ext == "tab" || ext == "txt" || ext.empty()) return "triples";
    *error = "unknown file kind '." + ext +
             "' (expected .tsv, .csv, .jsonl, or a CSV with a Neo4j import header)";
    return std::nullopt;
}

}  // namespace

std::optional<ImportError> Importer::Import(const std::vector<std::string>& paths,
                                            const FileDone& done) {
    std::vector<std::pair<std::string, std::string>> files;  // (kind, path)
    for (const std::string& path : paths) {
        std::string error;
        std::optional<std::string> kind = Classify(path, &error);
        if (!kind) return ImportError{path, 0, 0, error};
        files.emplace_back(*kind, path);
    }
    auto rank = [](const std::string& kind) { return kind == "nodes" ? 0 : kind == "edges" ? 1 : 2; };
    std::stable_sort(files.begin(), files.end(), [&](const auto& a, const auto& b) {
        return rank(a.first) < rank(b.first);
    });
    for (const auto& [kind, path] : files) {
        if (std::optional<ImportError> e = ImportOne(path, kind, done)) return e;
    }
    return std::nullopt;
}

std::optional<ImportError> Importer::ImportOne(const std::string& path, const std::string& kind,
                                               const FileDone& done) {
    auto started = std::chrono::steady_clock::now();
    std::string data;
    if (std::optional<ImportError> e = ReadFile(path, &data)) return e;

    storage::Result<std::unique_ptr<storage::BulkBatch>> batch = store_->BeginBulk();
    if (!batch.ok()) return ImportError{path, 0, 0, batch.status().message(), true};
    if (options_.sst_threshold) (*batch)->set_sst_threshold(*options_.sst_threshold);
    GraphBuilder builder(*store_, batch->get());
    FileReport report;
    report.path = path;
    report.kind = kind;
    RowSink sink(&report, options_.skip_bad_rows, options_.progress);
    std::unordered_map<std::string, storage::NodeId> ids = node_ids_;
    bool ok;
    if (kind == "nodes") {
        ok = ParseNeo4jNodes(data, &builder, &ids, &sink);
    } else if (kind == "edges") {
        ok = ParseNeo4jEdges(data, &builder, ids, &sink);
    } else if (Extension(path) == "jsonl" || Extension(path) == "ndjson" ||
               Extension(path) == "json") {
        ok = ParseTriplesJsonl(data, &builder, &sink);
    } else if (Extension(path) == "csv") {
        ok = ParseTriplesDelimited(data, ',', true, &builder, &sink);
    } else {
        ok = ParseTriplesDelimited(data, '\t', false, &builder, &sink);
    }
    if (!ok) return sink.error().value_or(ImportError{path, 0, 0, "import failed"});
    std::string().swap(data);
    storage::Status s = builder.Flush();
    if (s.ok()) s = (*batch)->Commit();
    if (!s.ok()) return ImportError{path, 0, 0, "could not store the file: " + s.message(), true};
    node_ids_ = std::move(ids);
    report.counts = builder.counts();
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (done) done(report);
    return std::nullopt;
}

}  // namespace kg::importer
