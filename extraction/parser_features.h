// Feature templates of the dependency parser (after Zhang & Nivre 2011, "Transition-based
// dependency parsing with rich non-local features"): words and tags of the stack and buffer
// tops, their distance, valency, leftmost/rightmost children and their label sets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extraction/parser_state.h"

namespace kg::extraction {

inline constexpr size_t kParserFeatures = 82;

// Per-position keys; index 0 is the root.
struct ParserInput {
    std::vector<uint64_t> word;
    std::vector<uint64_t> tag;   // XPOS
    std::vector<uint64_t> upos;
};

void ExtractParserFeatures(const ParserInput& in, const ParserState& st, uint64_t* f);

}  // namespace kg::extraction
