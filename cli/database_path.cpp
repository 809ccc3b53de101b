#include "cli/database_path.h"

#include <cstdlib>
#include <iostream>

namespace kg::cli {

std::string ResolveDatabasePath(const std::string& flag) {
    if (!flag.empty()) return flag;
    if (const char* env = std::getenv("KG_DB"); env != nullptr && *env != '\0') return env;
    return "./kg.db";
}

int ExitCodeFor(const storage::Status& status) {
    switch (status.code()) {
        case storage::StatusCode::kOk: return kExitOk;
        case storage::StatusCode::kBusy: return kExitDatabaseBusy;
        case storage::StatusCode::kNotFound:
        case storage::StatusCode::kNotKgDatabase:
        case storage::StatusCode::kVersionMismatch:
        case storage::StatusCode::kCorruption: return kExitDatabaseError;
        case storage::StatusCode::kIOError: return kExitIoError;
        case storage::StatusCode::kInvalidArgument:
        case storage::StatusCode::kAborted: return kExitInputError;
    }
    return kExitInputError;
}

std::unique_ptr<storage::KgStore> OpenDatabase(const std::string& dir, storage::OpenMode mode,
                                               int* exit_code) {
    storage::Result<std::unique_ptr<storage::KgStore>> store = storage::KgStore::Open(dir, mode);
    if (!store.ok()) {
        std::cerr << "kg: " << store.status().message() << "\n";
        *exit_code = ExitCodeFor(store.status());
        return nullptr;
    }
    return std::move(store.value());
}

}  // namespace kg::cli
