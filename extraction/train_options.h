// Knobs shared by the trainers. Same data + same options -> byte-identical model.
#pragma once

#include <cstdint>
#include <ostream>
#include <random>
#include <vector>

namespace kg::extraction {

struct TrainOptions {
    int epochs = 5;
    uint64_t seed = 1;
    std::ostream* log = nullptr;  // progress lines, or nothing
};

// Deterministic Fisher-Yates: std::shuffle's algorithm is implementation-defined, the
// mt19937_64 output sequence is not.
inline void SeededShuffle(std::vector<size_t>& order, std::mt19937_64& rng) {
    for (size_t i = order.size(); i > 1; --i) {
        size_t j = static_cast<size_t>(rng() % i);
        std::swap(order[i - 1], order[j]);
    }
}

}  // namespace kg::extraction
