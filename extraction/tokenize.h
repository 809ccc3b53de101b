// Tokenization following the UD English (EWT) conventions: punctuation split off, clitics split
// ("Iran's" -> Iran 's, "don't" -> do n't), abbreviations and initials keep their period,
// hyphenated words split at the hyphen except after common prefixes (non-, co-, e-), numbers,
// times, URLs and e-mail addresses kept whole. Works on raw bytes: invalid UTF-8 is consumed
// byte by byte and never stops the scan. Linear in the input size.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extraction/document.h"

namespace kg::extraction {

struct RawToken {
    Span span;
    bool clitic = false;
    bool space_after = true;
    uint8_t newlines_before = 0;  // saturating count of line breaks since the previous token
    uint32_t line_start = 0;      // byte offset where this token's line begins
};

// Longest token we emit; longer runs are cut so no later stage sees unbounded tokens.
inline constexpr uint32_t kMaxTokenBytes = 256;

std::vector<RawToken> Tokenize(std::string_view text);

// True for abbreviations and initials whose period belongs to the token ("Mr.", "U.S.", "J.").
bool IsAbbreviation(std::string_view word_with_period);

}  // namespace kg::extraction
