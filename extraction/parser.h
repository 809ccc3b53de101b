// Labelled dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron,
// trained with the dynamic oracle of Goldberg & Nivre (2013) so it learns to recover from its
// own mistakes. Reads form and XPOS; writes head and deprel. Immutable after Load; Parse()
// is thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extraction/conllu.h"
#include "extraction/perceptron.h"
#include "extraction/status.h"
#include "extraction/train_options.h"

namespace kg::extraction {

class Parser {
public:
    static Parser Train(const std::vector<AnnotatedSentence>& data, const TrainOptions& options);
    static Result<Parser> Load(const std::string& path);
    std::string Serialize() const;
    Status Save(const std::string& path) const;

    void Parse(Sentence& sentence) const;

private:
    std::vector<std::string> labels_;
    LinearModel model_;
};

}  // namespace kg::extraction
