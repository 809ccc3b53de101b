// Lemmatizer learned from a treebank: suffix rewrite rules keyed by (XPOS, word suffix), plus an
// exception table of (form, XPOS) pairs the rules get wrong in the training data (threw ->
// throw, men -> man). Immutable after Load; thread-safe.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extraction/conllu.h"
#include "extraction/status.h"

namespace kg::extraction {

class Lemmatizer {
public:
    static Lemmatizer Train(const std::vector<AnnotatedSentence>& data);
    static Result<Lemmatizer> Load(const std::string& path);
    std::string Serialize() const;
    Status Save(const std::string& path) const;

    std::string Lemma(const std::string& form, const std::string& xpos) const;
    void Lemmatize(Sentence& sentence) const;

private:
    struct Rule {
        uint8_t strip = 0;
        std::string append;
    };
    std::string ApplyRules(const std::string& lower, const std::string& xpos) const;

    std::unordered_map<std::string, Rule> rules_;              // xpos \t suffix -> rule
    std::unordered_map<std::string, std::string> exceptions_;  // xpos \t form -> lemma
};

}  // namespace kg::extraction
