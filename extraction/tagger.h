// Part-of-speech tagger: greedy left-to-right averaged perceptron predicting the joint
// (UPOS, XPOS) pair, so the two tag sets never disagree. Immutable after Load; Tag() is
// thread-safe.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extraction/conllu.h"
#include "extraction/perceptron.h"
#include "extraction/status.h"
#include "extraction/train_options.h"
#include "extraction/word_features.h"

namespace kg::extraction {

class Tagger {
public:
    // With `first_pass` (the data with jackknifed first-pass tags, see jackknife.h) a second
    // pass is trained that also sees the first pass's tags to the right of each word.
    static Tagger Train(const std::vector<AnnotatedSentence>& data, const TrainOptions& options,
                        const std::vector<AnnotatedSentence>* first_pass = nullptr);
    static Result<Tagger> Load(const std::string& path);
    std::string Serialize() const;
    Status Save(const std::string& path) const;

    // Sets upos and xpos of every token.
    void Tag(Sentence& sentence) const;

private:
    // Ambiguity class of a frequent training word: a hash of the set of tags it took, which
    // tells the model how a word *can* be tagged even where the word feature is weak.
    uint64_t AmbiguityClass(uint64_t lower) const;
    std::vector<size_t> RunPass(const LinearModel& model, const std::vector<WordKeys>& keys,
                                const std::vector<uint64_t>& amb,
                                const std::vector<size_t>* first_pass) const;

    std::vector<std::string> upos_;  // per class
    std::vector<std::string> xpos_;  // per class
    std::unordered_map<uint64_t, uint64_t> ambiguity_;
    LinearModel model_;
    LinearModel refine_;  // empty when trained without a first pass
};

}  // namespace kg::extraction
