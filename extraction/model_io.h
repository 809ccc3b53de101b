// The model file format shared by every trained component:
//
//   magic "KGXMODEL" (8 bytes) | format version u32 | kind length u32 | kind bytes
//   | payload length u64 | payload fingerprint u64 (see Fingerprint) | payload
//
// All integers little-endian. Loading checks magic, version, kind, length and fingerprint and
// reports any mismatch as a Status naming the file; the payload reader is bounds-checked so a
// corrupted payload that passes the fingerprint still cannot read out of range.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/status.h"

namespace kg::extraction {

inline constexpr uint32_t kModelFormatVersion = 1;

class ByteWriter {
public:
    template <typename T>
    void Put(T value) {
        const auto* p = reinterpret_cast<const char*>(&value);
        bytes_.append(p, sizeof(T));
    }
    void PutString(std::string_view s) {
        Put<uint32_t>(static_cast<uint32_t>(s.size()));
        bytes_.append(s);
    }
    template <typename T>
    void PutVector(const std::vector<T>& v) {
        Put<uint64_t>(v.size());
        if (!v.empty()) bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
};

// Reads values in order; after the first failure every read fails and ok() is false.
class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    template <typename T>
    bool Get(T* value) {
        if (!ok_ || bytes_.size() - pos_ < sizeof(T)) return ok_ = false;
        std::memcpy(value, bytes_.data() + pos_, sizeof(T));
        pos_ += sizeof(T);
        return true;
    }
    bool GetString(std::string* s) {
        uint32_t n = 0;
        if (!Get(&n) || bytes_.size() - pos_ < n) return ok_ = false;
        s->assign(bytes_.data() + pos_, n);
        pos_ += n;
        return true;
    }
    template <typename T>
    bool GetVector(std::vector<T>* v) {
        uint64_t n = 0;
        if (!Get(&n) || n > (bytes_.size() - pos_) / sizeof(T)) return ok_ = false;
        v->resize(n);
        if (n > 0) std::memcpy(v->data(), bytes_.data() + pos_, n * sizeof(T));
        pos_ += n * sizeof(T);
        return true;
    }
    bool ok() const { return ok_; }
    bool AtEnd() const { return pos_ == bytes_.size(); }

private:
    std::string_view bytes_;
    size_t pos_ = 0;
    bool ok_ = true;
};

uint64_t Fingerprint(std::string_view bytes);

Status WriteModelFile(const std::string& path, std::string_view kind, std::string_view payload);

// On success returns the payload; `kind` must match what was written.
Result<std::string> ReadModelFile(const std::string& path, std::string_view kind);

Status ModelError(const std::string& path, std::string_view what);

}  // namespace kg::extraction
