// Exit statuses of `kg`, documented in `kg --help` and the README. Scripts rely on them.
#pragma once

namespace kg::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitInputError = 1,      // bad input data or query; nothing of the failed unit stored
    kExitUsage = 2,           // unknown command or option, missing argument
    kExitDatabaseBusy = 3,    // another kg process writes to the database
    kExitDatabaseError = 4,   // no database, not a kg database, other format version, corruption
    kExitInconsistent = 5,    // `kg check` found problems
    kExitIoError = 6,         // the operating system refused: disk full, permissions
};

}  // namespace kg::cli
