// Learned sentence-boundary classifier: an averaged perceptron deciding, after each token,
// whether a sentence ends there. Trained on paragraphs rebuilt from a treebank's "# text"
// lines and tokenized by our own tokenizer, so training sees exactly what run time sees.
// Catches what rules cannot: EWT-style web text where sentences end without punctuation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extraction/conllu.h"
#include "extraction/perceptron.h"
#include "extraction/sentences.h"
#include "extraction/status.h"
#include "extraction/train_options.h"

namespace kg::extraction {

class SentenceModel {
public:
    static SentenceModel Train(const std::vector<AnnotatedSentence>& data, const TrainOptions& options);
    static Result<SentenceModel> Load(const std::string& path);
    std::string Serialize() const;
    Status Save(const std::string& path) const;

    // Per token: 1 if a sentence ends after it.
    std::vector<uint8_t> Boundaries(std::string_view text, const std::vector<RawToken>& tokens,
                                    const BoundaryMarks& marks) const;

private:
    LinearModel model_;
};

}  // namespace kg::extraction
