// CoNLL-U reading (treebanks, gold files) and writing (pipeline output). Multiword tokens
// ("don't" = do + n't) are kept as ranges over word indices.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extraction/document.h"
#include "extraction/status.h"

namespace kg::extraction {

struct MultiwordToken {
    size_t first = 0;  // 0-based word index, inclusive
    size_t last = 0;   // inclusive
    std::string form;
    bool space_after = true;
};

struct AnnotatedSentence {
    Sentence sentence;  // words; spans are not meaningful for treebank input
    std::vector<MultiwordToken> multiword;
    std::string text;             // the "# text = " comment
    bool starts_paragraph = false;  // "# newpar" or "# newdoc" seen before this sentence
};

// Malformed lines are skipped; a sentence whose heads do not form valid indices keeps head -1.
std::vector<AnnotatedSentence> ParseConllu(std::string_view content);
Result<std::vector<AnnotatedSentence>> ReadConllu(const std::string& path);

// Multiword ranges for a pipeline sentence: a token followed by clitics forms one range.
std::vector<MultiwordToken> CliticGroups(const Sentence& sentence);

// Appends one sentence in CoNLL-U; `id` is used for "# sent_id".
void AppendConllu(const Sentence& sentence, const std::vector<MultiwordToken>& multiword,
                  std::string_view text, size_t id, std::string& out);

// The whole document; sentence text is quoted from `original` by byte offsets.
std::string WriteConllu(const Document& doc, std::string_view original);

Result<std::string> ReadFile(const std::string& path);

}  // namespace kg::extraction
