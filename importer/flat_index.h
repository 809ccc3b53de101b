// Open-addressing hash indexes for the import working set. A bulk import is bound by memory
// latency: every row looks up two names and one fact among millions. These tables keep each key
// inside its 64- or 32-byte cell (names longer than the inline part spill into an arena), so a
// lookup costs about one cache miss instead of the three of a node-based std::unordered_map.
#pragma once

#include <cstdint>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::importer {

__extension__ using Uint128 = unsigned __int128;
inline uint64_t Mix64(uint64_t a, uint64_t b) {
    Uint128 r = static_cast<Uint128>(a ^ 0xA0761D6478BD642FULL) * (b ^ 0xE7037ED1A0B428DBULL);
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
uint64_t HashBytes(std::string_view bytes);

// A zero-filled array of cells in memory that asks the kernel for huge pages: the tables are
// probed at random, and 4 KiB pages would add a TLB miss to nearly every probe.
void* AllocateCells(size_t bytes);  // uninitialized; nullptr when out of memory
void FreeCells(void* cells);

template <typename Cell>
class CellArray {
public:
    CellArray() = default;
    explicit CellArray(size_t n) : cells_(static_cast<Cell*>(AllocateCells(n * sizeof(Cell)))), size_(n) {
        if (cells_ == nullptr) throw std::bad_alloc();
        for (size_t i = 0; i < n; ++i) new (&cells_[i]) Cell();
    }
    ~CellArray() { FreeCells(cells_); }
    CellArray(CellArray&& o) noexcept : cells_(o.cells_), size_(o.size_) {
        o.cells_ = nullptr;
        o.size_ = 0;
    }
    CellArray& operator=(CellArray&& o) noexcept {
        FreeCells(cells_);
        cells_ = o.cells_;
        size_ = o.size_;
        o.cells_ = nullptr;
        o.size_ = 0;
        return *this;
    }
    CellArray(const CellArray&) = delete;
    CellArray& operator=(const CellArray&) = delete;
    Cell& operator[](size_t i) { return cells_[i]; }
    const Cell& operator[](size_t i) const { return cells_[i]; }
    size_t size() const { return size_; }

private:
    Cell* cells_ = nullptr;
    size_t size_ = 0;
};

// Byte strings -> 32-bit values.
class StringIndex {
public:
    StringIndex() : cells_(16) {}
    void Reserve(size_t n);
    std::optional<uint32_t> Find(std::string_view key) const;
    // Asks the CPU to fetch the cell where `key` would start probing.
    void Prefetch(std::string_view key) const {
        __builtin_prefetch(&cells_[HashBytes(key) & (cells_.size() - 1)]);
    }
    void Insert(std::string_view key, uint32_t value);  // key must be absent
    size_t size() const { return size_; }

private:
    static constexpr size_t kInline = 40;
    struct Cell {
        uint64_t hash = 0;  // 0: empty
        uint64_t spill = 0;  // arena offset of the bytes past kInline
        uint32_t value = 0;
        uint32_t length = 0;
        char prefix[kInline];
    };
    static_assert(sizeof(Cell) == 64);
    bool Matches(const Cell& c, uint64_t hash, std::string_view key) const;
    void Place(const Cell& cell);
    void Grow(size_t capacity);

    CellArray<Cell> cells_;
    std::string arena_;
    size_t size_ = 0;
};

// (start, type, end) -> 32-bit value.
class FactIndex {
public:
    FactIndex() : cells_(16) {}
    void Reserve(size_t n);
    std::optional<uint32_t> Find(uint64_t start, uint32_t type, uint64_t end) const;
    void Prefetch(uint64_t start, uint32_t type, uint64_t end) const {
        __builtin_prefetch(&cells_[Hash(start, type, end) & (cells_.size() - 1)]);
    }
    void Insert(uint64_t start, uint32_t type, uint64_t end, uint32_t value);  // must be absent
    size_t size() const { return size_; }

private:
    struct Cell {
        uint64_t start = 0;
        uint64_t end = 0;
        uint32_t type = 0;
        uint32_t value = UINT32_MAX;  // UINT32_MAX: empty
    };
    static uint64_t Hash(uint64_t start, uint32_t type, uint64_t end) {
        return Mix64(Mix64(start, end), type);
    }
    void Place(const Cell& cell);
    void Grow(size_t capacity);

    CellArray<Cell> cells_;
    size_t size_ = 0;
};

}  // namespace kg::importer
