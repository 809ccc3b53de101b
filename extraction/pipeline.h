// The public entry point of kg::extraction: raw text -> sentences of tokens with byte offsets,
// UPOS, XPOS, lemma, head and dependency relation.
//
//   auto pipeline = Pipeline::Load(FindModelsDir().value());
//   Document doc = pipeline->Run(text);
//
// A loaded Pipeline is immutable; Run() may be called from several threads at once. Run()
// never fails: malformed input is repaired and counted in Document::report.
#pragma once

#include <string>
#include <string_view>

#include "extraction/document.h"
#include "extraction/lemmatizer.h"
#include "extraction/parser.h"
#include "extraction/sentence_model.h"
#include "extraction/status.h"
#include "extraction/tagger.h"

namespace kg::extraction {

inline constexpr std::string_view kTaggerFile = "en_tagger.kgm";
inline constexpr std::string_view kLemmatizerFile = "en_lemmatizer.kgm";
inline constexpr std::string_view kParserFile = "en_parser.kgm";
inline constexpr std::string_view kSentencesFile = "en_sentences.kgm";

class Pipeline {
public:
    static Result<Pipeline> Load(const std::string& models_dir);

    Document Run(std::string_view text) const;
    // Tags, lemmatizes and parses an already tokenized sentence (forms must be set).
    void Annotate(Sentence& sentence) const;

private:
    Pipeline(SentenceModel sentences, Tagger tagger, Lemmatizer lemmatizer, Parser parser)
        : sentences_(std::move(sentences)), tagger_(std::move(tagger)),
          lemmatizer_(std::move(lemmatizer)), parser_(std::move(parser)) {}
    SentenceModel sentences_;
    Tagger tagger_;
    Lemmatizer lemmatizer_;
    Parser parser_;
};

// Where the models are: $KG_MODELS_DIR if set, then the directory compiled in as KG_MODELS_DIR
// (the source tree's models/ for a build tree), then <exe>/../share/kg/models for an installed
// binary. The first directory holding the tagger file wins.
Result<std::string> FindModelsDir();

}  // namespace kg::extraction
