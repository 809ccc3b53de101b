#include "extraction/tagger.h"

#include <algorithm>
#include <map>

#include "extraction/hash.h"
#include "extraction/word_features.h"

namespace kg::extraction {
namespace {

constexpr std::string_view kKind = "tagger";
constexpr size_t kBaseFeatures = 37;
constexpr size_t kNumFeatures = kBaseFeatures + 7;
// Words rarer than this get no ambiguity class: for them the class would simply echo the
// gold tag of their few training occurrences and the model would learn to over-trust it.
constexpr int kAmbiguityMinCount = 5;
constexpr uint64_t kNoTag = 0xFFFF;

uint64_t F(uint64_t templ, uint64_t a) { return HashCombine(templ * 0x9E3779B97F4A7C15ULL, a); }
uint64_t F(uint64_t templ, uint64_t a, uint64_t b) { return HashCombine(F(templ, a), b); }
uint64_t F(uint64_t templ, uint64_t a, uint64_t b, uint64_t c) { return HashCombine(F(templ, a, b), c); }

// Features of token i given the tags already predicted for i-1 and i-2.
void Extract(const std::vector<WordKeys>& w, const std::vector<uint64_t>& amb, size_t i,
             uint64_t t1, uint64_t t2, uint64_t* f) {
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
    const uint64_t a0 = amb[i], ap1 = i + 1 < n ? amb[i + 1] : 1, ap2 = i + 2 < n ? amb[i + 2] : 1;
    f[k++] = F(27, a0);
    f[k++] = F(28, a0, t1);
    f[k++] = F(29, ap1);
    f[k++] = F(30, a0, ap1);
    f[k++] = F(31, ap2);
    f[k++] = F(32, w0.suffix[2], ap1);
    f[k++] = F(33, w0.flags, wm1.flags, wp1.flags);
    f[k++] = F(34, w0.cased, t1);
    f[k++] = F(35, wm1.shape);
    f[k++] = F(36, w0.cased, i == 0);
    f[k++] = F(37, t1, a0, ap1);
}

// Second-pass features: the first pass's tags on both sides give the right context that a
// left-to-right tagger otherwise lacks.
void ExtractRefine(const std::vector<WordKeys>& w, const std::vector<size_t>& p1, size_t i,
                   uint64_t t1, uint64_t* f) {
    const size_t n = p1.size();
    const uint64_t c0 = p1[i] + 1;
    const uint64_t n1 = i + 1 < n ? p1[i + 1] + 1 : kNoTag;
    const uint64_t n2 = i + 2 < n ? p1[i + 2] + 1 : kNoTag;
    size_t k = kBaseFeatures;
    f[k++] = F(40, c0);
    f[k++] = F(41, n1);
    f[k++] = F(42, n1, n2);
    f[k++] = F(43, t1, n1);
    f[k++] = F(44, w[i].lower, n1);
    f[k++] = F(45, c0, n1);
    f[k++] = F(46, w[i].suffix[2], c0);
}

template <typename T>
size_t Argmax(const T* scores, size_t n) {
    return static_cast<size_t>(std::max_element(scores, scores + n) - scores);
}

LinearModel TrainPass(const std::vector<std::vector<WordKeys>>& keys,
                      const std::vector<std::vector<uint64_t>>& amb,
                      const std::vector<std::vector<size_t>>& gold,
                      const std::vector<std::vector<size_t>>* first_pass, size_t num_classes,
                      const TrainOptions& options) {
    PerceptronTrainer trainer(static_cast<int>(num_classes));
    std::vector<size_t> order(keys.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937_64 rng(options.seed);
    std::vector<float> scores(num_classes);
    uint64_t f[kNumFeatures];
    const size_t nf = first_pass ? kNumFeatures : kBaseFeatures;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        SeededShuffle(order, rng);
        size_t correct = 0, total = 0;
        for (size_t s : order) {
            uint64_t t1 = kNoTag, t2 = kNoTag;
            for (size_t i = 0; i < keys[s].size(); ++i) {
                Extract(keys[s], amb[s], i, t1, t2, f);
                if (first_pass) ExtractRefine(keys[s], (*first_pass)[s], i, t1, f);
                std::fill(scores.begin(), scores.end(), 0.0f);
                trainer.Score(std::span<const uint64_t>(f, nf), scores.data());
                size_t guess = Argmax(scores.data(), num_classes);
                trainer.Update(std::span<const uint64_t>(f, nf), static_cast<int>(gold[s][i]), static_cast<int>(guess));
                correct += guess == gold[s][i];
                ++total;
                t2 = t1;
                t1 = guess;
            }
        }
        if (options.log) {
            *options.log << (first_pass ? "tagger pass 2 epoch " : "tagger epoch ") << epoch + 1 << ": train accuracy "
                         << 100.0 * static_cast<double>(correct) / static_cast<double>(std::max<size_t>(total, 1)) << "%\n";
        }
    }
    return trainer.Average();
}


}  // namespace

Tagger Tagger::Train(const std::vector<AnnotatedSentence>& data, const TrainOptions& options,
                     const std::vector<AnnotatedSentence>* first_pass) {
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
    // Class ids are stored in one byte; a treebank with more tag pairs folds the rest into
    // the last class rather than failing.
    const size_t num_classes = std::min<size_t>(tag_ids.size(), 255);
    tagger.upos_.resize(num_classes);
    tagger.xpos_.resize(num_classes);
    std::vector<std::vector<WordKeys>> keys(data.size());
    std::vector<std::vector<size_t>> gold(data.size());
    for (size_t s = 0; s < data.size(); ++s) {
        for (const Token& t : data[s].sentence.tokens) {
            keys[s].push_back(ComputeWordKeys(t.form));
            gold[s].push_back(std::min(tag_ids[{t.upos, t.xpos}], num_classes - 1));
        }
    }
    std::map<uint64_t, std::pair<int, std::map<size_t, int>>> seen;
    for (size_t s = 0; s < data.size(); ++s) {
        for (size_t i = 0; i < keys[s].size(); ++i) {
            auto& entry = seen[keys[s][i].lower];
            ++entry.first;
            ++entry.second[gold[s][i]];
        }
    }
    for (const auto& [word, entry] : seen) {
        if (entry.first < kAmbiguityMinCount) continue;
        uint64_t cls = 0x51ed;
        for (const auto& [tag, count] : entry.second) {
            if (count * 20 >= entry.first) cls = HashCombine(cls, tag + 1);
        }
        tagger.ambiguity_[word] = cls;
    }
    std::vector<std::vector<uint64_t>> amb(data.size());
    for (size_t s = 0; s < data.size(); ++s) {
        for (const auto& k : keys[s]) amb[s].push_back(tagger.AmbiguityClass(k.lower));
    }
    tagger.model_ = TrainPass(keys, amb, gold, nullptr, num_classes, options);
    if (first_pass) {
        std::vector<std::vector<size_t>> p1(data.size());
        for (size_t s = 0; s < data.size(); ++s) {
            for (const Token& t : (*first_pass)[s].sentence.tokens) {
                auto it = tag_ids.find({t.upos, t.xpos});
                p1[s].push_back(it == tag_ids.end() ? 0 : std::min(it->second, num_classes - 1));
            }
        }
        tagger.refine_ = TrainPass(keys, amb, gold, &p1, num_classes, options);
    }
    return tagger;
}

void Tagger::Tag(Sentence& sentence) const {
    const size_t n = static_cast<size_t>(model_.num_classes());
    if (n == 0) return;
    std::vector<WordKeys> keys;
    keys.reserve(sentence.tokens.size());
    std::vector<uint64_t> amb;
    amb.reserve(sentence.tokens.size());
    for (const Token& t : sentence.tokens) {
        keys.push_back(ComputeWordKeys(t.form));
        amb.push_back(AmbiguityClass(keys.back().lower));
    }
    std::vector<size_t> tags = RunPass(model_, keys, amb, nullptr);
    if (refine_.num_classes() == model_.num_classes()) tags = RunPass(refine_, keys, amb, &tags);
    for (size_t i = 0; i < tags.size(); ++i) {
        sentence.tokens[i].upos = upos_[tags[i]];
        sentence.tokens[i].xpos = xpos_[tags[i]];
    }
}

std::vector<size_t> Tagger::RunPass(const LinearModel& model, const std::vector<WordKeys>& keys,
                                    const std::vector<uint64_t>& amb,
                                    const std::vector<size_t>* first_pass) const {
    const size_t n = static_cast<size_t>(model.num_classes());
    const size_t nf = first_pass ? kNumFeatures : kBaseFeatures;
    std::vector<size_t> tags(keys.size());
    int32_t scores[256];
    uint64_t f[kNumFeatures];
    uint64_t t1 = kNoTag, t2 = kNoTag;
    for (size_t i = 0; i < keys.size(); ++i) {
        Extract(keys, amb, i, t1, t2, f);
        if (first_pass) ExtractRefine(keys, *first_pass, i, t1, f);
        std::fill(scores, scores + n, 0);
        model.Score(std::span<const uint64_t>(f, nf), scores);
        tags[i] = Argmax(scores, n);
        t2 = t1;
        t1 = tags[i];
    }
    return tags;
}

uint64_t Tagger::AmbiguityClass(uint64_t lower) const {
    auto it = ambiguity_.find(lower);
    return it == ambiguity_.end() ? 0 : it->second;
}

std::string Tagger::Serialize() const {
    ByteWriter out;
    out.Put<uint32_t>(static_cast<uint32_t>(upos_.size()));
    for (size_t i = 0; i < upos_.size(); ++i) {
        out.PutString(upos_[i]);
        out.PutString(xpos_[i]);
    }
    std::map<uint64_t, uint64_t> sorted(ambiguity_.begin(), ambiguity_.end());
    std::vector<uint64_t> words, classes;
    for (const auto& [w, c] : sorted) {
        words.push_back(w);
        classes.push_back(c);
    }
    out.PutVector(words);
    out.PutVector(classes);
    model_.Serialize(out);
    out.Put<uint8_t>(refine_.num_classes() > 0 ? 1 : 0);
    if (refine_.num_classes() > 0) refine_.Serialize(out);
    return out.bytes();
}

Status Tagger::Save(const std::string& path) const { return WriteModelFile(path, kKind, Serialize()); }

Result<Tagger> Tagger::Load(const std::string& path) {
    auto payload = ReadModelFile(path, kKind);
    if (!payload.ok()) return payload.status();
    ByteReader in(*payload);
    Tagger tagger;
    uint32_t n = 0;
    if (!in.Get(&n) || n == 0 || n > 255) return ModelError(path, "has a malformed tag table");
    for (uint32_t i = 0; i < n; ++i) {
        std::string u, x;
        if (!in.GetString(&u) || !in.GetString(&x)) return ModelError(path, "has a malformed tag table");
        tagger.upos_.push_back(std::move(u));
        tagger.xpos_.push_back(std::move(x));
    }
    std::vector<uint64_t> words, classes;
    if (!in.GetVector(&words) || !in.GetVector(&classes) || words.size() != classes.size()) {
        return ModelError(path, "has a malformed ambiguity table");
    }
    tagger.ambiguity_.reserve(words.size());
    for (size_t i = 0; i < words.size(); ++i) tagger.ambiguity_[words[i]] = classes[i];
    uint8_t has_refine = 0;
    if (!tagger.model_.Deserialize(in) || !in.Get(&has_refine) ||
        (has_refine && !tagger.refine_.Deserialize(in)) || !in.AtEnd() ||
        (has_refine && tagger.refine_.num_classes() != static_cast<int>(n)) ||
        tagger.model_.num_classes() != static_cast<int>(n)) {
        return ModelError(path, "has malformed weights");
    }
    return tagger;
}

}  // namespace kg::extraction
