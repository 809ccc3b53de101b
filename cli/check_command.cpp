// kg check: verify every index and counter against the primary data.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/database_path.h"
#include "storage/consistency_check.h"

namespace kg::cli {

void AddCheckCommand(CLI::App* app, const GlobalOptions* global, int* exit_code) {
    CLI::App* cmd = app->add_subcommand("check", "Verify the database; exit 0 only if consistent");
    cmd->callback([=]() {
        int code = kExitOk;
        std::string dir = ResolveDatabasePath(global->db);
        auto store = OpenDatabase(dir, storage::OpenMode::kReadOnly, &code);
        if (!store) {
            *exit_code = code;
            return;
        }
        storage::Result<storage::CheckReport> report = storage::CheckConsistency(*store);
        if (!report.ok()) {
            std::cerr << "kg: check could not read the database: " << report.status().message()
                      << "\n";
            *exit_code = kExitInconsistent;
            return;
        }
        for (const std::string& p : report->problems) std::cout << "problem: " << p << "\n";
        if (report->problem_count > report->problems.size()) {
            std::cout << fmt::format("... and {} more problems\n",
                                     report->problem_count - report->problems.size());
        }
        std::cout << fmt::format(
            "{}: {} nodes, {} relationships, {} documents, {} index entries checked: {}\n", dir,
            report->nodes, report->relationships, report->documents, report->index_entries,
            report->problem_count == 0 ? "consistent"
                                       : fmt::format("{} problems", report->problem_count));
        *exit_code = report->problem_count == 0 ? kExitOk : kExitInconsistent;
    });
}

}  // namespace kg::cli
