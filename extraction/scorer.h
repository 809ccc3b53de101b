// Scores system CoNLL-U against gold with the CoNLL 2018 shared task definitions: tokens,
// sentences and words are matched by their character spans over the text with whitespace
// removed; UPOS/XPOS/lemma/UAS/LAS count aligned words and are reported as F1 (which equals
// accuracy when tokenization is gold). LAS compares the universal part of the relation only.
#pragma once

#include <string>
#include <vector>

#include "extraction/conllu.h"

namespace kg::extraction {

struct Score {
    size_t gold = 0;
    size_t system = 0;
    size_t correct = 0;
    double Precision() const { return system ? 100.0 * correct / system : 0; }
    double Recall() const { return gold ? 100.0 * correct / gold : 0; }
    double F1() const {
        return gold + system ? 200.0 * correct / static_cast<double>(gold + system) : 0;
    }
};

struct Evaluation {
    Score tokens, sentences, words, upos, xpos, lemmas, uas, las;
};

Evaluation Evaluate(const std::vector<AnnotatedSentence>& gold,
                    const std::vector<AnnotatedSentence>& system);

std::string FormatEvaluation(const Evaluation& e);

}  // namespace kg::extraction
