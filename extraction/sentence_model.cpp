#include "extraction/sentence_model.h"

#include <algorithm>

#include "extraction/hash.h"
#include "extraction/normalize.h"
#include "extraction/word_features.h"

namespace kg::extraction {
namespace {

constexpr std::string_view kKind = "sentences";
constexpr size_t kNumFeatures = 16;

uint64_t F(uint64_t templ, uint64_t a) { return HashCombine(templ * 0x9E3779B97F4A7C15ULL, a); }
uint64_t F(uint64_t templ, uint64_t a, uint64_t b) { return HashCombine(F(templ, a), b); }

std::vector<WordKeys> AllKeys(std::string_view text, const std::vector<RawToken>& tokens) {
    std::vector<WordKeys> keys;
    keys.reserve(tokens.size());
    for (const RawToken& t : tokens) {
        keys.push_back(ComputeWordKeys(text.substr(t.span.begin, t.span.end - t.span.begin)));
    }
    return keys;
}

void Extract(const std::vector<WordKeys>& keys, const std::vector<RawToken>& tokens,
             const BoundaryMarks& marks, size_t i, uint64_t* f) {
    static const WordKeys kEdge = ComputeWordKeys("<edge>");
    auto at = [&](size_t j) -> const WordKeys& { return j < keys.size() ? keys[j] : kEdge; };
    const WordKeys& w0 = at(i);
    const WordKeys& w1 = at(i + 1);
    const WordKeys& wm1 = i > 0 ? at(i - 1) : kEdge;
    const WordKeys& w2 = at(i + 2);
    const uint64_t rule = marks.rule[i];
    const uint64_t space = tokens[i].space_after;
    size_t k = 0;
    f[k++] = F(1, rule);
    f[k++] = F(2, w0.lower);
    f[k++] = F(3, w1.cased);
    f[k++] = F(4, w0.shape, w1.shape);
    f[k++] = F(5, rule, w1.shape);
    f[k++] = F(6, w0.lower, w1.lower);
    f[k++] = F(7, wm1.lower, w0.lower);
    f[k++] = F(8, w1.flags, w0.suffix[0]);
    f[k++] = F(9, w1.lower);
    f[k++] = F(10, w0.shape, space);
    f[k++] = F(11, rule, w0.lower);
    f[k++] = F(12, w2.shape);
    f[k++] = F(13, w1.shape, w2.shape);
    f[k++] = F(14, w0.suffix[2], w1.flags);
    f[k++] = F(15, wm1.shape, w0.shape);
    f[k++] = F(16, 0);
}

}  // namespace

SentenceModel SentenceModel::Train(const std::vector<AnnotatedSentence>& data,
                                   const TrainOptions& options) {
    // Paragraphs as kg-eval rebuilds raw text: sentences joined by a space.
    struct Paragraph {
        std::string text;
        std::vector<size_t> ends;  // byte offsets where gold sentences end
    };
    std::vector<Paragraph> paragraphs;
    for (const auto& s : data) {
        if (s.text.empty()) continue;
        if (paragraphs.empty() || s.starts_paragraph) paragraphs.emplace_back();
        Paragraph& p = paragraphs.back();
        if (!p.text.empty()) p.text += ' ';
        p.text += s.text;
        p.ends.push_back(p.text.size());
    }
    struct Example {
        std::vector<uint64_t> features;
        int label;
    };
    std::vector<Example> examples;
    uint64_t f[kNumFeatures];
    for (const Paragraph& p : paragraphs) {
        std::vector<RawToken> tokens = Tokenize(p.text);
        BoundaryMarks marks = RuleBoundaries(p.text, tokens);
        std::vector<WordKeys> keys = AllKeys(p.text, tokens);
        for (size_t i = 0; i + 1 < tokens.size(); ++i) {
            Extract(keys, tokens, marks, i, f);
            bool end = std::binary_search(p.ends.begin(), p.ends.end(), tokens[i].span.end);
            examples.push_back({std::vector<uint64_t>(f, f + kNumFeatures), end ? 1 : 0});
        }
    }
    PerceptronTrainer trainer(2);
    std::vector<size_t> order(examples.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        SeededShuffle(order, rng);
        size_t errors = 0;
        for (size_t idx : order) {
            const Example& e = examples[idx];
            float scores[2] = {0, 0};
            trainer.Score(e.features, scores);
            int guess = scores[1] > scores[0] ? 1 : 0;
            errors += guess != e.label;
            trainer.Update(e.features, e.label, guess);
        }
        if (options.log) {
            *options.log << "sentence epoch " << epoch + 1 << ": " << errors << " errors in "
                         << examples.size() << " decisions\n";
        }
    }
    SentenceModel model;
    model.model_ = trainer.Average();
    return model;
}

std::vector<uint8_t> SentenceModel::Boundaries(std::string_view text,
                                               const std::vector<RawToken>& tokens,
                                               const BoundaryMarks& marks) const {
    std::vector<WordKeys> keys = AllKeys(text, tokens);
    std::vector<uint8_t> ends(tokens.size(), 0);
    uint64_t f[kNumFeatures];
    for (size_t i = 0; i < tokens.size(); ++i) {
        Extract(keys, tokens, marks, i, f);
        int32_t scores[2] = {0, 0};
        model_.Score(f, scores);
        ends[i] = scores[1] > scores[0];
    }
    return ends;
}

std::string SentenceModel::Serialize() const {
    ByteWriter out;
    model_.Serialize(out);
    return out.bytes();
}

Status SentenceModel::Save(const std::string& path) const {
    return WriteModelFile(path, kKind, Serialize());
}

Result<SentenceModel> SentenceModel::Load(const std::string& path) {
    auto payload = ReadModelFile(path, kKind);
    if (!payload.ok()) return payload.status();
    ByteReader in(*payload);
    SentenceModel model;
    if (!model.model_.Deserialize(in) || !in.AtEnd() || model.model_.num_classes() != 2) {
        return ModelError(path, "has malformed weights");
    }
    return model;
}

}  // namespace kg::extraction
