// Stable 64-bit hashing for feature keys. Models store these hashes, so the functions must
// never change without bumping the model format version.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::extraction {

inline uint64_t MixHash(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline uint64_t HashBytes(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return MixHash(h);
}

inline uint64_t HashCombine(uint64_t a, uint64_t b) {
    return MixHash(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

}  // namespace kg::extraction
