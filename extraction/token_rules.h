// Word-level lexical rules of the tokenizer: abbreviations, clitic splits and hyphen prefixes.
#pragma once

#include <cstddef>
#include <string_view>

namespace kg::extraction {

// Byte length of the host part when `word` ends in a clitic that UD English splits off
// ("don't" -> 2, "Iran's" -> 4, "cannot" -> 3, "gonna" -> 3); 0 when nothing splits.
size_t CliticSplit(std::string_view word);

// True when a hyphen after `left` keeps the word whole, as EWT does for "non-stop", "e-mail".
bool IsHyphenPrefix(std::string_view left);

}  // namespace kg::extraction
