// Error values for extraction: nothing in kg::extraction throws; failures travel as Status or
// Result<T>. A Status message is complete and user-facing ("Model error: ...").
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace kg::extraction {

enum class StatusCode { kOk, kInvalidArgument, kNotFound, kCorruption, kIoError };

class Status {
public:
    Status() = default;
    Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
    static Status Ok() { return {}; }

    bool ok() const { return code_ == StatusCode::kOk; }
    StatusCode code() const { return code_; }
    const std::string& message() const { return message_; }

private:
    StatusCode code_ = StatusCode::kOk;
    std::string message_;
};

// A value or the Status explaining why there is none (a small stand-in for std::expected).
template <typename T>
class Result {
public:
    Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
    Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

    bool ok() const { return value_.has_value(); }
    const Status& status() const { return status_; }
    T& value() { return *value_; }
    const T& value() const { return *value_; }
    T& operator*() { return *value_; }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }

private:
    std::optional<T> value_;
    Status status_;
};

}  // namespace kg::extraction
