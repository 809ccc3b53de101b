// DbLock: the write lock of a database directory, an flock on <dir>/kg.lock that holds the
// owner's pid. flock is released by the kernel when the process dies, so a killed writer never
// leaves a stale lock; the pid is only there to name the holder in the message.
#pragma once

#include <memory>
#include <string>

#include "storage/status.h"

namespace kg::storage {

class DbLock {
public:
    // Fails at once (never waits) with kBusy: "database '<dir>' is in use by another kg
    // process (pid N)".
    static Result<std::unique_ptr<DbLock>> Acquire(const std::string& dir);
    ~DbLock();
    DbLock(const DbLock&) = delete;
    DbLock& operator=(const DbLock&) = delete;

private:
    explicit DbLock(int fd) : fd_(fd) {}
    int fd_;
};

}  // namespace kg::storage
