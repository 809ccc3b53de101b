#include "extraction/pipeline.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "extraction/document_builder.h"

namespace kg::extraction {
namespace fs = std::filesystem;

Result<Pipeline> Pipeline::Load(const std::string& models_dir) {
    auto path = [&](std::string_view file) { return (fs::path(models_dir) / file).string(); };
    auto sentences = SentenceModel::Load(path(kSentencesFile));
    if (!sentences.ok()) return sentences.status();
    auto tagger = Tagger::Load(path(kTaggerFile));
    if (!tagger.ok()) return tagger.status();
    auto lemmatizer = Lemmatizer::Load(path(kLemmatizerFile));
    if (!lemmatizer.ok()) return lemmatizer.status();
    auto parser = Parser::Load(path(kParserFile));
    if (!parser.ok()) return parser.status();
    return Pipeline(std::move(*sentences), std::move(*tagger), std::move(*lemmatizer), std::move(*parser));
}

void Pipeline::Annotate(Sentence& sentence) const {
    tagger_.Tag(sentence);
    lemmatizer_.Lemmatize(sentence);
    parser_.Parse(sentence);
}

Document Pipeline::Run(std::string_view text) const {
    Document doc = BuildDocument(text, &sentences_);
    for (Sentence& s : doc.sentences) Annotate(s);
    return doc;
}

Result<std::string> FindModelsDir() {
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("KG_MODELS_DIR"); env && *env) candidates.emplace_back(env);
#ifdef KG_MODELS_DIR
    candidates.emplace_back(KG_MODELS_DIR);
#endif
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share" / "kg" / "models");
    std::string tried;
    for (const fs::path& dir : candidates) {
        if (fs::exists(dir / kTaggerFile, ec)) return dir.string();
        tried += (tried.empty() ? "'" : ", '") + dir.string() + "'";
    }
    return Status(StatusCode::kNotFound,
                  "Model error: no models found (looked in " + tried +
                      "); set KG_MODELS_DIR or run scripts/train-models.sh.");
}

}  // namespace kg::extraction
