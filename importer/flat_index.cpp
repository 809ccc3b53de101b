#include "importer/flat_index.h"

#include <sys/mman.h>

#include <cstdlib>
#include <new>

namespace kg::importer {

namespace {

constexpr size_t kHugePage = 2 << 20;

}  // namespace

void* AllocateCells(size_t bytes) {
    if (bytes < kHugePage) return std::calloc(1, bytes);
    size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) return nullptr;
    (void)::madvise(p, rounded, MADV_HUGEPAGE);  // a hint; fine if refused
    return p;
}

void FreeCells(void* cells) { std::free(cells); }

uint64_t HashBytes(std::string_view bytes) {
    uint64_t h = bytes.size() * 0x9E3779B97F4A7C15ULL;
    size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        h = Mix64(h, w);
    }
    uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    return Mix64(h, tail ^ 0x8EBC6AF09C88C6E3ULL) | 1;  // never 0, which marks empty cells
}

void StringIndex::Reserve(size_t n) {
    size_t capacity = cells_.size();
    while (capacity < n * 2) capacity *= 2;
    if (capacity > cells_.size()) Grow(capacity);
}

bool StringIndex::Matches(const Cell& c, uint64_t hash, std::string_view key) const {
    if (c.hash != hash || c.length != key.size()) return false;
    size_t head = std::min(key.size(), kInline);
    if (std::memcmp(c.prefix, key.data(), head) != 0) return false;
    return key.size() <= kInline ||
           arena_.compare(c.spill, key.size() - kInline, key.substr(kInline)) == 0;
}

std::optional<uint32_t> StringIndex::Find(std::string_view key) const {
    uint64_t hash = HashBytes(key);
    size_t mask = cells_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Cell& c = cells_[i];
        if (c.hash == 0) return std::nullopt;
        if (Matches(c, hash, key)) return c.value;
    }
}

void StringIndex::Insert(std::string_view key, uint32_t value) {
    if ((size_ + 1) * 2 > cells_.size()) Grow(cells_.size() * 2);
    Cell cell;
    cell.hash = HashBytes(key);
    cell.value = value;
    cell.length = static_cast<uint32_t>(key.size());
    std::memcpy(cell.prefix, key.data(), std::min(key.size(), kInline));
    if (key.size() > kInline) {
        cell.spill = arena_.size();
        arena_.append(key.substr(kInline));
    }
    Place(cell);
    ++size_;
}

void StringIndex::Place(const Cell& cell) {
    size_t mask = cells_.size() - 1;
    size_t i = cell.hash & mask;
    while (cells_[i].hash != 0) i = (i + 1) & mask;
    cells_[i] = cell;
}

void StringIndex::Grow(size_t capacity) {
    CellArray<Cell> old = std::move(cells_);
    cells_ = CellArray<Cell>(capacity);
    for (size_t i = 0; i < old.size(); ++i) {
        if (old[i].hash != 0) Place(old[i]);
    }
}

void FactIndex::Reserve(size_t n) {
    size_t capacity = cells_.size();
    while (capacity < n * 2) capacity *= 2;
    if (capacity > cells_.size()) Grow(capacity);
}

std::optional<uint32_t> FactIndex::Find(uint64_t start, uint32_t type, uint64_t end) const {
    size_t mask = cells_.size() - 1;
    for (size_t i = Hash(start, type, end) & mask;; i = (i + 1) & mask) {
        const Cell& c = cells_[i];
        if (c.value == UINT32_MAX) return std::nullopt;
        if (c.start == start && c.end == end && c.type == type) return c.value;
    }
}

void FactIndex::Insert(uint64_t start, uint32_t type, uint64_t end, uint32_t value) {
    if ((size_ + 1) * 2 > cells_.size()) Grow(cells_.size() * 2);
    Place({start, end, type, value});
    ++size_;
}

void FactIndex::Place(const Cell& cell) {
    size_t mask = cells_.size() - 1;
    size_t i = Hash(cell.start, cell.type, cell.end) & mask;
    while (cells_[i].value != UINT32_MAX) i = (i + 1) & mask;
    cells_[i] = cell;
}

void FactIndex::Grow(size_t capacity) {
    CellArray<Cell> old = std::move(cells_);
    cells_ = CellArray<Cell>(capacity);
    for (size_t i = 0; i < old.size(); ++i) {
        if (old[i].value != UINT32_MAX) Place(old[i]);
    }
}

}  // namespace kg::importer
