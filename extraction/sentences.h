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

// Per token i: whether a sentence must end after it (blank line, short unpunctuated line
// before a line break) and whether the punctuation rules would end one there.
struct BoundaryMarks {
    std::vector<uint8_t> hard;
    std::vector<uint8_t> rule;
};

BoundaryMarks RuleBoundaries(std::string_view text, const std::vector<RawToken>& tokens);

class SentenceModel;

// With a model, the learned classifier decides the soft boundaries (it sees the rule marks
// as features); without one, the rules decide. Hard boundaries and the length bound always
// apply.
std::vector<TokenRange> SegmentSentences(std::string_view text,
                                         const std::vector<RawToken>& tokens,
                                         const SentenceModel* model = nullptr);

}  // namespace kg::extraction
