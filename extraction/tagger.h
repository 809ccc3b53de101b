// Part-of-speech tagger: greedy left-to-right averaged perceptron predicting the joint
// (UPOS, XPOS) pair, so the two tag sets never disagree. Immutable after Load; Tag() is
// thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extraction/conllu.h"
#include "extraction/perceptron.h"
#include "extraction/status.h"
#include "extraction/train_options.h"

namespace kg::extraction {

class Tagger {
public:
    static Tagger Train(const std::vector<AnnotatedSentence>& data, const TrainOptions& options);
    static Result<Tagger> Load(const std::string& path);
    std::string Serialize() const;
    Status Save(const std::string& path) const;

    // Sets upos and xpos of every token.
    void Tag(Sentence& sentence) const;

private:
    std::vector<std::string> upos_;  // per class
    std::vector<std::string> xpos_;  // per class
    LinearModel model_;
};

}  // namespace kg::extraction
