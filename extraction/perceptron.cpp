#include "extraction/perceptron.h"

#include <algorithm>
#include <cmath>

namespace kg::extraction {
namespace {

// Averaged weights below this contribute nothing measurable; dropping them keeps models small.
constexpr double kPruneBelow = 1e-3;

size_t SlotOf(uint64_t key, size_t mask) { return static_cast<size_t>(key) & mask; }

}  // namespace

uint32_t FeatureIndex::Find(uint64_t key) const {
    if (keys_.empty()) return kMissing;
    size_t mask = keys_.size() - 1;
    for (size_t s = SlotOf(key, mask);; s = (s + 1) & mask) {
        if (keys_[s] == key) return rows_[s];
        if (keys_[s] == 0) return kMissing;
    }
}

uint32_t FeatureIndex::FindOrInsert(uint64_t key, uint32_t row) {
    if ((size_ + 1) * 2 > keys_.size()) Grow();
    size_t mask = keys_.size() - 1;
    for (size_t s = SlotOf(key, mask);; s = (s + 1) & mask) {
        if (keys_[s] == key) return rows_[s];
        if (keys_[s] == 0) {
            keys_[s] = key;
            rows_[s] = row;
            ++size_;
            return row;
        }
    }
}

void FeatureIndex::Grow() {
    std::vector<uint64_t> old_keys = std::move(keys_);
    std::vector<uint32_t> old_rows = std::move(rows_);
    size_t cap = std::max<size_t>(1024, old_keys.size() * 2);
    keys_.assign(cap, 0);
    rows_.assign(cap, kMissing);
    size_ = 0;
    for (size_t i = 0; i < old_keys.size(); ++i) {
        if (old_keys[i] != 0) FindOrInsert(old_keys[i], old_rows[i]);
    }
}

void LinearModel::Score(std::span<const uint64_t> features, int32_t* scores) const {
    if (slots_.empty()) return;
    const size_t mask = slots_.size() - 1;
    // Three phases so that the independent cache misses overlap: prefetch every probe, then
    // resolve the slots and prefetch their weights, then accumulate.
    for (uint64_t f : features) __builtin_prefetch(&slots_[ShortKey(f) & mask]);
    constexpr size_t kBatch = 128;
    const Slot* found[kBatch];
    size_t n = 0;
    auto accumulate = [&] {
        for (size_t i = 0; i < n; ++i) {
            for (uint32_t e = found[i]->begin; e < found[i]->end; ++e) {
                uint32_t packed = packed_[e];
                scores[packed >> 16] += static_cast<int16_t>(packed & 0xFFFF);
            }
        }
        n = 0;
    };
    for (uint64_t f : features) {
        const uint32_t key = ShortKey(f);
        for (size_t s = key & mask;; s = (s + 1) & mask) {
            const Slot& slot = slots_[s];
            if (slot.key == key) {
                __builtin_prefetch(packed_.data() + slot.begin);
                found[n++] = &slot;
                if (n == kBatch) accumulate();
                break;
            }
            if (slot.key == 0) break;
        }
    }
    accumulate();
}

void LinearModel::Serialize(ByteWriter& out) const {
    out.Put<int32_t>(num_classes_);
    out.Put<float>(scale_);
    std::vector<uint8_t> counts(keys_.size());
    for (size_t i = 0; i < keys_.size(); ++i) {
        counts[i] = static_cast<uint8_t>(offsets_[i + 1] - offsets_[i]);
    }
    out.PutVector(keys_);
    out.PutVector(counts);
    out.PutVector(classes_);
    out.PutVector(weights_);
}

bool LinearModel::Deserialize(ByteReader& in) {
    int32_t n = 0;
    std::vector<uint8_t> counts;
    if (!in.Get(&n) || !in.Get(&scale_) || !in.GetVector(&keys_) || !in.GetVector(&counts) ||
        !in.GetVector(&classes_) || !in.GetVector(&weights_)) {
        return false;
    }
    num_classes_ = n;
    if (n <= 0 || n > 255 || counts.size() != keys_.size() || classes_.size() != weights_.size()) {
        return false;
    }
    offsets_.assign(1, 0);
    offsets_.reserve(keys_.size() + 1);
    uint64_t total = 0;
    for (uint8_t c : counts) {
        total += c;
        if (total > classes_.size()) return false;
        offsets_.push_back(static_cast<uint32_t>(total));
    }
    if (total != classes_.size()) return false;
    for (uint32_t k : keys_) {
        if (k == 0) return false;
    }
    for (uint8_t c : classes_) {
        if (c >= n) return false;
    }
    BuildIndex();
    return true;
}

size_t LinearModel::Capacity() const {
    size_t cap = 1024;
    while (cap < keys_.size() * 2 + 2) cap *= 2;
    return cap;
}

void LinearModel::SortBySlot() {
    const size_t mask = Capacity() - 1;
    std::vector<uint32_t> order(keys_.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        size_t sa = keys_[a] & mask, sb = keys_[b] & mask;
        return sa != sb ? sa < sb : (keys_[a] != keys_[b] ? keys_[a] < keys_[b] : a < b);
    });
    std::vector<uint32_t> keys, offsets{0};
    std::vector<uint8_t> classes;
    std::vector<int16_t> weights;
    keys.reserve(keys_.size());
    classes.reserve(classes_.size());
    weights.reserve(weights_.size());
    for (uint32_t r : order) {
        keys.push_back(keys_[r]);
        for (uint32_t e = offsets_[r]; e < offsets_[r + 1]; ++e) {
            classes.push_back(classes_[e]);
            weights.push_back(weights_[e]);
        }
        offsets.push_back(static_cast<uint32_t>(classes.size()));
    }
    keys_ = std::move(keys);
    offsets_ = std::move(offsets);
    classes_ = std::move(classes);
    weights_ = std::move(weights);
}

void LinearModel::BuildIndex() {
    const size_t cap = Capacity();
    slots_.assign(cap, Slot{});
    const size_t mask = cap - 1;
    for (size_t i = 0; i < keys_.size(); ++i) {
        size_t s = keys_[i] & mask;
        while (slots_[s].key != 0 && slots_[s].key != keys_[i]) s = (s + 1) & mask;
        slots_[s] = {keys_[i], offsets_[i], offsets_[i + 1]};
    }
    packed_.resize(classes_.size());
    for (size_t e = 0; e < classes_.size(); ++e) {
        packed_[e] = (static_cast<uint32_t>(classes_[e]) << 16) | static_cast<uint16_t>(weights_[e]);
    }
}

void PerceptronTrainer::Score(std::span<const uint64_t> features, float* scores) const {
    for (uint64_t f : features) {
        uint32_t row = index_.Find(f | 1);
        if (row == FeatureIndex::kMissing) continue;
        for (const Entry& e : rows_[row]) scores[e.cls] += e.w;
    }
}

void PerceptronTrainer::Update(std::span<const uint64_t> features, int truth, int guess) {
    ++time_;
    if (truth == guess) return;
    auto bump = [&](std::vector<Entry>& row, int cls, float delta) {
        for (Entry& e : row) {
            if (e.cls == cls) {
                e.w += delta;
                e.u += static_cast<double>(time_) * static_cast<double>(delta);
                return;
            }
        }
        row.push_back({static_cast<uint8_t>(cls), delta, static_cast<double>(time_) * static_cast<double>(delta)});
    };
    for (uint64_t f : features) {
        uint64_t key = f | 1;  // 0 marks an empty slot
        uint32_t row = index_.FindOrInsert(key, static_cast<uint32_t>(rows_.size()));
        if (row == rows_.size()) {
            rows_.emplace_back();
            keys_.push_back(key);
        }
        bump(rows_[row], truth, 1.0f);
        bump(rows_[row], guess, -1.0f);
    }
}

LinearModel PerceptronTrainer::Average() const {
    LinearModel model;
    model.num_classes_ = num_classes_;
    const double t = static_cast<double>(time_);
    double max_abs = 0;
    std::vector<std::vector<std::pair<uint8_t, double>>> averaged(rows_.size());
    for (size_t r = 0; r < rows_.size(); ++r) {
        for (const Entry& e : rows_[r]) {
            double avg = static_cast<double>(e.w) - e.u / t;
            if (std::fabs(avg) < kPruneBelow) continue;
            averaged[r].push_back({e.cls, avg});
            max_abs = std::max(max_abs, std::fabs(avg));
        }
        std::sort(averaged[r].begin(), averaged[r].end());
    }
    double scale = max_abs > 0 ? max_abs / 32767.0 : 1.0;
    model.scale_ = static_cast<float>(scale);
    model.offsets_.push_back(0);
    for (size_t r = 0; r < rows_.size(); ++r) {
        bool kept = false;
        for (auto [cls, avg] : averaged[r]) {
            auto q = static_cast<int16_t>(std::lround(avg / scale));
            if (q == 0) continue;
            model.classes_.push_back(cls);
            model.weights_.push_back(q);
            kept = true;
        }
        if (!kept) continue;
        model.keys_.push_back(ShortKey(keys_[r]));
        model.offsets_.push_back(static_cast<uint32_t>(model.classes_.size()));
    }
    model.SortBySlot();
    model.BuildIndex();
    return model;
}

}  // namespace kg::extraction
