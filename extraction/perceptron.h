// Averaged perceptron over hashed sparse features (Collins 2002; Honnibal's "A good POS tagger
// in about 200 lines"). Training keeps, per feature, only the classes it was ever updated for,
// so memory grows with mistakes rather than with features x classes. Averaging uses the
// "w - u/c" identity: each update at time c adds c*delta to u, the average is w - u/c.
//
// LinearModel is the frozen, averaged result: immutable after load and safe to share between
// threads.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "extraction/model_io.h"

namespace kg::extraction {

// Open-addressing map from a non-zero 64-bit feature hash to a row number.
class FeatureIndex {
public:
    static constexpr uint32_t kMissing = 0xFFFFFFFFu;
    uint32_t Find(uint64_t key) const;
    // Returns the existing row or inserts `row`.
    uint32_t FindOrInsert(uint64_t key, uint32_t row);
    size_t size() const { return size_; }

private:
    void Grow();
    std::vector<uint64_t> keys_;
    std::vector<uint32_t> rows_;
    size_t size_ = 0;
};

// The stored key of a feature hash; never 0, which marks an empty slot.
inline uint32_t ShortKey(uint64_t feature) { return static_cast<uint32_t>(feature >> 32) | 1u; }

class LinearModel {
public:
    int num_classes() const { return num_classes_; }
    // Adds the weights of `features` to scores[0..num_classes). Scores are integers in units
    // of scale(); the argmax does not depend on the scale.
    void Score(std::span<const uint64_t> features, int32_t* scores) const;
    float scale() const { return scale_; }
    void Serialize(ByteWriter& out) const;
    bool Deserialize(ByteReader& in);

private:
    friend class PerceptronTrainer;
    size_t Capacity() const;
    // Orders features by their home slot so that BuildIndex fills the table front to back;
    // random-order insertion of millions of keys would dominate load time with cache misses.
    void SortBySlot();
    void BuildIndex();

    // One probe touches one 16-byte slot; its entries are contiguous (class << 16 | weight).
    struct Slot {
        uint32_t key = 0;
        uint32_t begin = 0;
        uint32_t end = 0;
    };

    int num_classes_ = 0;
    float scale_ = 1.0f;  // weights are stored as int16 * scale_
    // Features are stored by the high 32 bits of their hash: with a few million features the
    // chance that an unseen feature aliases a stored one is ~1e-3 per lookup, a negligible
    // noise that halves the size of the model files.
    std::vector<uint32_t> keys_;
    std::vector<uint32_t> offsets_;  // keys_.size() + 1 entries into classes_/weights_
    std::vector<uint8_t> classes_;
    std::vector<int16_t> weights_;
    std::vector<Slot> slots_;
    std::vector<uint32_t> packed_;
};

class PerceptronTrainer {
public:
    explicit PerceptronTrainer(int num_classes) : num_classes_(num_classes) {}
    int num_classes() const { return num_classes_; }
    void Score(std::span<const uint64_t> features, float* scores) const;
    // One training instance: moves weights toward `truth` and away from `guess` if they differ.
    void Update(std::span<const uint64_t> features, int truth, int guess);
    // Advances the instance clock without an update (a correct prediction).
    void Tick() { ++time_; }
    LinearModel Average() const;

private:
    struct Entry {
        uint8_t cls;
        float w;
        double u;
    };
    int num_classes_;
    uint64_t time_ = 1;
    FeatureIndex index_;
    std::vector<std::vector<Entry>> rows_;
    std::vector<uint64_t> keys_;
};

}  // namespace kg::extraction
