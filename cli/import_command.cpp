// kg import PATH...: structured facts into the database, one atomic batch per file.
#include <fmt/format.h>

#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/database_path.h"
#include "importer/importer.h"

namespace kg::cli {

namespace {

struct ImportArgs {
    std::vector<std::string> paths;
    bool skip_bad_rows = false;
};

void PrintReport(const importer::FileReport& r) {
    if (::isatty(STDERR_FILENO) != 0) std::cerr << "\r\033[K" << std::flush;
    const importer::BuildCounts& c = r.counts;
    double rate = r.seconds > 0 ? static_cast<double>(r.rows) / r.seconds : 0;
    std::cout << fmt::format(
        "committed {}: {} rows ({} new relationships, {} new nodes, {} already stored) in "
        "{:.2f} s, {:.0f} rows/s\n",
        r.path, r.rows, c.new_relationships, c.new_nodes, c.known_statements, r.seconds, rate);
    if (r.skipped > 0) {
        std::cout << fmt::format("skipped {} bad rows of {}:\n", r.skipped, r.path);
        for (const auto& [kind, reason] : r.skip_reasons) {
            std::cout << fmt::format("  {} x {} (first at {})\n", reason.count, kind,
                                     reason.first.ToString());
        }
    }
    std::cout.flush();
}

int Run(const GlobalOptions& global, const ImportArgs& args) {
    int code = kExitOk;
    std::string dir = ResolveDatabasePath(global.db);
    std::unique_ptr<storage::KgStore> store =
        OpenDatabase(dir, storage::OpenMode::kReadWrite, &code);
    if (!store) return code;
    importer::ImportOptions options;
    options.skip_bad_rows = args.skip_bad_rows;
    if (const char* t = std::getenv("KG_SST_THRESHOLD")) options.sst_threshold = std::stoull(t);
    bool progress_line = ::isatty(STDERR_FILENO) != 0;
    if (progress_line) {
        options.progress = [](const std::string& path, uint64_t rows) {
            std::cerr << fmt::format("\rimporting {}: {} rows", path, rows) << std::flush;
        };
    }
    importer::Importer importer(store.get(), options);
    std::optional<importer::ImportError> error = importer.Import(args.paths, PrintReport);
    if (error) {
        std::cerr << "kg: " << error->ToString() << "\n";
        bool row_error = error->line > 0;
        std::cerr << "kg: nothing of " << error->path << " was stored"
                  << (row_error && !args.skip_bad_rows ? " (--skip-bad-rows imports the good rows)"
                                                       : "")
                  << "\n";
        return error->io_failure ? kExitIoError : kExitInputError;
    }
    return kExitOk;
}

}  // namespace

void AddImportCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* cmd = app->add_subcommand(
        "import", "Store structured facts: triples (TSV, CSV, JSON Lines) or node/edge CSVs");
    cmd->footer(
        "Triples files have a header naming columns from subject, relation, object,\n"
        "subject_type, object_type, document, confidence (TSV/CSV), or the same keys per line\n"
        "(.jsonl). Node and edge CSVs use Neo4j import headers (:ID, :LABEL, :START_ID,\n"
        ":END_ID, :TYPE, name:int, ...). Each file is one atomic batch: a malformed row stops\n"
        "the file with file:line:column and stores nothing of it, unless --skip-bad-rows.\n"
        "Importing facts already stored adds nothing.");
    cmd->add_option("paths", args->paths, "Files to import")->required()->check(CLI::ExistingFile);
    cmd->add_flag("--skip-bad-rows", args->skip_bad_rows,
                  "Import the good rows of a file and report the skipped ones");
    cmd->callback([=]() { *exit_code = Run(*global, *args); });
}

}  // namespace kg::cli
