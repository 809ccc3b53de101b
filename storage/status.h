// Status and Result<T>: how storage reports failure. Nothing in storage/ throws; every fallible
// call returns one of these, and callers branch on code(), never on the message text.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace kg::storage {

enum class StatusCode {
    kOk,
    kNotFound,         // the database directory does not exist
    kNotKgDatabase,    // the directory exists but is not a kg database
    kVersionMismatch,  // written by another format version
    kBusy,             // another kg process holds the write lock
    kCorruption,       // stored bytes do not decode
    kIOError,          // the operating system refused (disk full, permissions, ...)
    kInvalidArgument,  // the caller asked for something impossible
    kAborted,          // a deliberate failure (tests inject these) or a cancelled write
};

class [[nodiscard]] Status {
public:
    Status() = default;
    static Status Ok() { return Status(); }
    static Status Error(StatusCode code, std::string message) {
        return Status(code, std::move(message));
    }

    bool ok() const { return code_ == StatusCode::kOk; }
    StatusCode code() const { return code_; }
    const std::string& message() const { return message_; }

private:
    Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
    StatusCode code_ = StatusCode::kOk;
    std::string message_;
};

// Result<T>: a value or the Status that explains its absence (a small std::expected).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Status status) : v_(std::move(status)) {}

    bool ok() const { return std::holds_alternative<T>(v_); }
    const T& value() const& { return std::get<T>(v_); }
    T& value() & { return std::get<T>(v_); }
    T&& value() && { return std::get<T>(std::move(v_)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

private:
    std::variant<T, Status> v_;
};

}  // namespace kg::storage

// Returns early from the enclosing function with the status of `expr` when it failed.
#define KG_RETURN_IF_ERROR(expr)                      \
    do {                                              \
        ::kg::storage::Status kg_status_ = (expr);    \
        if (!kg_status_.ok()) return kg_status_;      \
    } while (false)
