#include "storage/db_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kg::storage {

Result<std::unique_ptr<DbLock>> DbLock::Acquire(const std::string& dir) {
    std::string path = dir + "/kg.lock";
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Status::Error(StatusCode::kIOError,
                             "cannot open lock file '" + path + "': " + std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int err = errno;
        std::string holder;
        char buf[32] = {};
        ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        if (err != EWOULDBLOCK) {
            return Status::Error(StatusCode::kIOError,
                                 "cannot lock '" + path + "': " + std::strerror(err));
        }
        if (n > 0) {
            std::string pid(buf, static_cast<size_t>(n));
            while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
            if (!pid.empty()) holder = " (pid " + pid + ")";
        }
        return Status::Error(StatusCode::kBusy,
                             "database '" + dir + "' is in use by another kg process" + holder);
    }
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
        // The lock holds without the pid; only the message to a second writer is poorer.
    }
    return std::unique_ptr<DbLock>(new DbLock(fd));
}

DbLock::~DbLock() { ::close(fd_); }

}  // namespace kg::storage
