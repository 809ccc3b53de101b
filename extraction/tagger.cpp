#include "extraction/tagger.h"

#include <algorithm>
#include <map>

#include "extraction/hash.h"
#include "extraction/word_features.h"

namespace kg::extraction {
namespace {

constexpr std::string_view kKind = "tagger";
constexpr size_t kNumFeatures = 26;
constexpr uint64_t kNoTag = 0xFFFF;

uint64_t F(uint64_t templ, uint64_t a) { return HashCombine(templ * 0x9E3779B97F4A7C15ULL, a); }
uint64_t F(uint64_t templ, uint64_t a, uint64_t b) { return HashCombine(F(templ, a), b); }

// Features of token i given the tags already predicted for i-1 and i-2.
void Extract(const std::vector<WordKeys>& w, size_t i, uint64_t t1, uint64_t t2,
             uint64_t* f) {
    static const WordKeys kPad = [] {
        WordKeys k;
        k.lower = k.cased = k.shape = k.suffix[2] = HashBytes("<pad>");
        return k;
    }();
    const size_t n = w.size();
    const WordKeys& w0 = w[i];
    const WordKeys& wm1 = i >= 1 ? w[i - 1] : kPad;
    const WordKeys& wm2 = i >= 2 ? w[i - 2] : kPad;
    const WordKeys& wp1 = i + 1 < n ? w[i + 1] : kPad;
    const WordKeys& wp2 = i + 2 < n ? w[i + 2] : kPad;
    size_t k = 0;
    f[k++] = F(1, 0);
    f[k++] = F(2, w0.lower);
    f[k++] = F(3, w0.cased);
    f[k++] = F(4, w0.suffix[0]);
    f[k++] = F(5, w0.suffix[1]);
    f[k++] = F(6, w0.suffix[2]);
    f[k++] = F(7, w0.suffix[3]);
    f[k++] = F(8, w0.prefix1);
    f[k++] = F(9, w0.prefix3);
    f[k++] = F(10, w0.shape);
    f[k++] = F(11, w0.flags, i == 0);
    f[k++] = F(12, t1);
    f[k++] = F(13, t1, t2);
    f[k++] = F(14, t1, w0.lower);
    f[k++] = F(15, wm1.lower);
    f[k++] = F(16, wm2.lower);
    f[k++] = F(17, wp1.lower);
    f[k++] = F(18, wp2.lower);
    f[k++] = F(19, wm1.suffix[2]);
    f[k++] = F(20, wp1.suffix[2]);
    f[k++] = F(21, wm1.lower, w0.lower);
    f[k++] = F(22, w0.lower, wp1.lower);
    f[k++] = F(23, t1, w0.suffix[2]);
    f[k++] = F(24, wp1.shape);
    f[k++] = F(25, t1, wp1.lower);
    f[k++] = F(26, w0.shape, wp1.suffix[1]);
}

template <typename T>
size_t Argmax(const T* scores, size_t n) {
    return static_cast<size_t>(std::max_element(scores, scores + n) - scores);
}

}  // namespace

Tagger Tagger::Train(const std::vector<AnnotatedSentence>& data, const TrainOptions& options) {
    Tagger tagger;
    std::map<std::pair<std::string, std::string>, size_t> tag_ids;
    for (const auto& s : data) {
        for (const Token& t : s.sentence.tokens) tag_ids[{t.upos, t.xpos}] = 0;
    }
    size_t next = 0;
    for (auto& [tag, id] : tag_ids) {
        id = next++;
        tagger.upos_.push_back(tag.first);
        tagger.xpos_.push_back(tag.second);
    }
    const size_t num_classes = std::min<size_t>(tag_ids.size(), 256);
    std::vector<std::vector<WordKeys>> keys(data.size());
    std::vector<std::vector<size_t>> gold(data.size());
    for (size_t s = 0; s < data.size(); ++s) {
        for (const Token& t : data[s].sentence.tokens) {
            keys[s].push_back(ComputeWordKeys(t.form));
            gold[s].push_back(std::min(tag_ids[{t.upos, t.xpos}], num_classes - 1));
        }
    }
    PerceptronTrainer trainer(static_cast<int>(num_classes));
    std::vector<size_t> order(data.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed);
    std::vector<float> scores(num_classes);
    uint64_t f[kNumFeatures];
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        SeededShuffle(order, rng);
        size_t correct = 0, total = 0;
        for (size_t s : order) {
            uint64_t t1 = kNoTag, t2 = kNoTag;
            for (size_t i = 0; i < keys[s].size(); ++i) {
                Extract(keys[s], i, t1, t2, f);
                std::fill(scores.begin(), scores.end(), 0.0f);
                trainer.Score(f, scores.data());
                size_t guess = Argmax(scores.data(), num_classes);
                trainer.Update(f, static_cast<int>(gold[s][i]), static_cast<int>(guess));
                correct += guess == gold[s][i];
                ++total;
                t2 = t1;
                t1 = guess;
            }
        }
        if (options.log) {
            *options.log << "tagger epoch " << epoch + 1 << ": train accuracy "
                         << 100.0 * static_cast<double>(correct) / static_cast<double>(std::max<size_t>(total, 1)) << "%\n";
        }
    }
    tagger.model_ = trainer.Average();
    return tagger;
}

void Tagger::Tag(Sentence& sentence) const {
    const size_t n = static_cast<size_t>(model_.num_classes());
    if (n == 0) return;
    std::vector<WordKeys> keys;
    keys.reserve(sentence.tokens.size());
    for (const Token& t : sentence.tokens) keys.push_back(ComputeWordKeys(t.form));
    int32_t scores[256];
    uint64_t f[kNumFeatures];
    uint64_t t1 = kNoTag, t2 = kNoTag;
    for (size_t i = 0; i < keys.size(); ++i) {
        Extract(keys, i, t1, t2, f);
        std::fill(scores, scores + n, 0);
        model_.Score(f, scores);
        size_t guess = Argmax(scores, n);
        sentence.tokens[i].upos = upos_[guess];
        sentence.tokens[i].xpos = xpos_[guess];
        t2 = t1;
        t1 = guess;
    }
}

std::string Tagger::Serialize() const {
    ByteWriter out;
    out.Put<uint32_t>(static_cast<uint32_t>(upos_.size()));
    for (size_t i = 0; i < upos_.size(); ++i) {
        out.PutString(upos_[i]);
        out.PutString(xpos_[i]);
    }
    model_.Serialize(out);
    return out.bytes();
}

Status Tagger::Save(const std::string& path) const { return WriteModelFile(path, kKind, Serialize()); }

Result<Tagger> Tagger::Load(const std::string& path) {
    auto payload = ReadModelFile(path, kKind);
    if (!payload.ok()) return payload.status();
    ByteReader in(*payload);
    Tagger tagger;
    uint32_t n = 0;
    if (!in.Get(&n) || n == 0 || n > 256) return ModelError(path, "has a malformed tag table");
    for (uint32_t i = 0; i < n; ++i) {
        std::string u, x;
        if (!in.GetString(&u) || !in.GetString(&x)) return ModelError(path, "has a malformed tag table");
        tagger.upos_.push_back(std::move(u));
        tagger.xpos_.push_back(std::move(x));
    }
    if (!tagger.model_.Deserialize(in) || !in.AtEnd() ||
        tagger.model_.num_classes() != static_cast<int>(n)) {
        return ModelError(path, "has malformed weights");
    }
    return tagger;
}

}  // namespace kg::extraction
