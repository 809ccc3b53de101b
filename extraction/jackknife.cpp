#include "extraction/jackknife.h"

#include "extraction/tagger.h"

namespace kg::extraction {

std::vector<AnnotatedSentence> JackknifeTags(const std::vector<AnnotatedSentence>& data,
                                             int folds, const TrainOptions& options) {
    std::vector<AnnotatedSentence> out = data;
    if (folds < 2) return out;
    const auto k = static_cast<size_t>(folds);
    for (size_t fold = 0; fold < k; ++fold) {
        std::vector<AnnotatedSentence> train;
        for (size_t i = 0; i < data.size(); ++i) {
            if (i % k != fold) train.push_back(data[i]);
        }
        TrainOptions quiet = options;
        quiet.log = nullptr;
        Tagger tagger = Tagger::Train(train, quiet);
        for (size_t i = fold; i < data.size(); i += k) tagger.Tag(out[i].sentence);
        if (options.log) *options.log << "jackknife fold " << fold + 1 << "/" << folds << " tagged\n";
    }
    return out;
}

}  // namespace kg::extraction
