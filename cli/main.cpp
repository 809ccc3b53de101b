// kg: the knowledge-graph builder's one binary. Parses global flags and dispatches to commands.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "cli/exit_codes.h"

#ifndef KG_VERSION
#define KG_VERSION "unknown"
#endif

int main(int argc, char** argv) {
    using namespace kg::cli;
    CLI::App app{"kg - build a knowledge graph from what you read, store it, query it", "kg"};
    app.set_version_flag("--version", std::string("kg ") + KG_VERSION);
    app.require_subcommand(1);
    app.footer(
        "Database: --db DIR, else $KG_DB, else ./kg.db.\n"
        "Exit status: 0 ok; 1 bad input (nothing of the failed file stored); 2 usage error;\n"
        "3 database in use by another kg process; 4 no database, not a kg database, other\n"
        "format version or corruption; 5 check found problems; 6 I/O error (disk full, ...).\n"
        "Run 'kg COMMAND --help' for the options of a command.");
    GlobalOptions global;
    app.add_option("--db", global.db, "Database directory (default $KG_DB or ./kg.db)");
    int exit_code = kExitOk;
    AddImportCommand(&app, &global, &exit_code);
    AddStatsCommand(&app, &global, &exit_code);
    AddCheckCommand(&app, &global, &exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kExitUsage;
    }
    return exit_code;
}
