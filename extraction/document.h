// The analysed text: sentences of tokens, each token carrying half-open byte offsets
// [begin, end) into the ORIGINAL input (before any UTF-8 repair or normalization), so that
// evidence can always be quoted from the source exactly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg::extraction {

struct Span {
    uint32_t begin = 0;  // inclusive byte offset
    uint32_t end = 0;    // exclusive byte offset
};

struct Token {
    std::string form;  // NFC-normalized, invalid bytes replaced by U+FFFD
    Span span;
    bool space_after = true;
    // True for a clitic split from the preceding token with no space between ("Iran|'s",
    // "do|n't"); CoNLL-U output groups such runs into one multiword token.
    bool clitic = false;
    std::string upos;
    std::string xpos;
    std::string lemma;
    int head = -1;  // 1-based index of the head in the sentence, 0 = root, -1 = not parsed
    std::string deprel;
};

struct Sentence {
    std::vector<Token> tokens;
    Span span;
};

// What UTF-8 validation found in the input; offsets are bytes into the original text.
struct TextReport {
    uint64_t invalid_bytes = 0;
    uint64_t first_invalid_offset = 0;  // meaningful only when invalid_bytes > 0
};

struct Document {
    std::vector<Sentence> sentences;
    TextReport report;
};

}  // namespace kg::extraction
