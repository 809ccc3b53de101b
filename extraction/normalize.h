// UTF-8 decoding, repair and Unicode normalization (utf8proc). Invalid or truncated sequences
// decode as U+FFFD with length 1, so every byte of any input is consumed exactly once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "extraction/document.h"

namespace kg::extraction {

struct CodePoint {
    char32_t value = 0;
    uint32_t length = 1;
    bool valid = true;
};

CodePoint DecodeAt(std::string_view text, size_t pos);

// Counts invalid bytes and records the first offset.
TextReport ScanUtf8(std::string_view text);

// Replaces invalid bytes by U+FFFD and applies NFC.
std::string NormalizeText(std::string_view text);

// Lowercase (Unicode-aware) of already valid UTF-8.
std::string Lowercase(std::string_view text);

// A key for statistical features: lowercase, typographic quotes and dashes folded to ASCII
// by Unicode category, so “ ” ‘ ’ — behave as " ' -.
std::string FeatureForm(std::string_view form);

bool IsSpaceCp(char32_t c);
bool IsLetterCp(char32_t c);
bool IsUpperCp(char32_t c);
bool IsDigitCp(char32_t c);
bool IsPunctCp(char32_t c);
bool IsSymbolCp(char32_t c);

}  // namespace kg::extraction
