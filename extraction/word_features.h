// Per-token hashes shared by the tagger and the parser, computed once per token.
#pragma once

#include <cstdint>
#include <string_view>

namespace kg::extraction {

struct WordKeys {
    uint64_t cased = 0;   // exact form
    uint64_t lower = 0;   // FeatureForm (lowercase, quotes and dashes folded)
    uint64_t shape = 0;   // "Xxxx" -> "Xx", "1,000" -> "d,d"
    uint64_t prefix1 = 0;
    uint64_t prefix3 = 0;
    uint64_t suffix[4] = {};  // last 1..4 bytes of the lowercase form
    uint64_t flags = 0;       // capitalisation, digits, hyphen
};

WordKeys ComputeWordKeys(std::string_view form);

}  // namespace kg::extraction
