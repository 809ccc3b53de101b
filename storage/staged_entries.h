// StagedEntries: the puts and deletes a BulkBatch stages for one column family, packed into one
// arena (no allocation per entry), sorted by key before they are written.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::storage {

class StagedEntries {
public:
    struct Entry {
        std::string_view key;
        std::string_view value;
        bool is_delete;
    };

    void Put(std::string_view key, std::string_view value) { Add(key, value, false); }
    void Delete(std::string_view key) { Add(key, {}, true); }
    size_t size() const { return refs_.size(); }
    bool empty() const { return refs_.empty(); }
    Entry operator[](size_t i) const {
        const Ref& r = refs_[i];
        std::string_view all(arena_);
        return {all.substr(r.offset, r.key_length), all.substr(r.offset + r.key_length, r.value_length),
                r.is_delete != 0};
    }
    // Sorts by key and keeps, of equal keys, the one staged last.
    void SortAndDedupe();
    void Clear() {
        std::string().swap(arena_);
        std::vector<Ref>().swap(refs_);
    }

private:
    struct Ref {
        uint64_t offset;
        uint32_t key_length;
        uint32_t value_length : 31;
        uint32_t is_delete : 1;
    };
    void Add(std::string_view key, std::string_view value, bool is_delete);
    std::string_view KeyOf(const Ref& r) const { return {arena_.data() + r.offset, r.key_length}; }

    std::string arena_;
    std::vector<Ref> refs_;
};

}  // namespace kg::storage
