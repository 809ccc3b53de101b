// Raw text -> Document of sentences and tokens (no tags yet). Never fails: any byte sequence,
// including invalid UTF-8 and NUL bytes, yields a Document whose report counts the repairs.
#pragma once

#include <string_view>

#include "extraction/document.h"

namespace kg::extraction {

class SentenceModel;

// `sentences` (optional) is the learned boundary model; without it the rules decide.
Document BuildDocument(std::string_view text, const SentenceModel* sentences = nullptr);

}  // namespace kg::extraction
