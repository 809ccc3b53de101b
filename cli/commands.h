// The `kg` subcommands available so far. Each registers itself on the CLI11 app and returns the
// exit code through the callback it installs.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace kg::cli {

struct GlobalOptions {
    std::string db;  // --db; empty means $KG_DB or ./kg.db
};

void AddImportCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void AddStatsCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);
void AddCheckCommand(CLI::App* app, const GlobalOptions* global, int* exit_code);

}  // namespace kg::cli
