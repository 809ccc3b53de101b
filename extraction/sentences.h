// Sentence segmentation over tokens: final punctuation followed by a plausible sentence start,
// blank lines, short unpunctuated lines (headlines, photo credits) and a hard length bound so
// that text without any punctuation still yields bounded sentences.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extraction/tokenize.h"

namespace kg::extraction {

struct TokenRange {
    size_t begin = 0;  // first token index
    size_t end = 0;    // one past the last token index
};

inline constexpr size_t kMaxSentenceTokens = 120;

std::vector<TokenRange> SegmentSentences(std::string_view text,
                                         const std::vector<RawToken>& tokens);

}  // namespace kg::extraction
