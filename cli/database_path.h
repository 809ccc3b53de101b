// Opening the database a command works on: --db, else $KG_DB, else ./kg.db; failures are printed
// as `kg: <message>` and mapped to an exit code.
#pragma once

#include <memory>
#include <string>

#include "cli/exit_codes.h"
#include "storage/kg_store.h"

namespace kg::cli {

std::string ResolveDatabasePath(const std::string& flag);

// Opens the store or prints why not; returns nullptr and sets *exit_code on failure.
std::unique_ptr<storage::KgStore> OpenDatabase(const std::string& dir, storage::OpenMode mode,
                                               int* exit_code);

int ExitCodeFor(const storage::Status& status);

}  // namespace kg::cli
