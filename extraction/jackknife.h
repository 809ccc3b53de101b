// Jackknifed tagging: every training sentence gets the tags a tagger trained on the *other*
// folds predicts for it, so the parser trains on tags as noisy as the ones it will see.
#pragma once

#include <vector>

#include "extraction/conllu.h"
#include "extraction/train_options.h"

namespace kg::extraction {

std::vector<AnnotatedSentence> JackknifeTags(const std::vector<AnnotatedSentence>& data,
                                             int folds, const TrainOptions& options);

}  // namespace kg::extraction
