#include "extraction/parser.h"

#include <algorithm>
#include <limits>
#include <map>

#include "extraction/hash.h"
#include "extraction/normalize.h"
#include "extraction/parser_features.h"

namespace kg::extraction {
namespace {

constexpr std::string_view kKind = "parser";
// After the first epoch the trainer follows its own wrong prediction this often (per mille),
// exposing it to the configurations its mistakes lead to.
constexpr uint64_t kExplorePerMille = 900;

ParserInput MakeInput(const Sentence& s) {
    ParserInput in;
    in.word.push_back(HashBytes("<root>"));
    in.tag.push_back(HashBytes("<ROOT>"));
    in.upos.push_back(HashBytes("<ROOT-U>"));
    for (const Token& t : s.tokens) {
        in.word.push_back(HashBytes(FeatureForm(t.form)));
        in.tag.push_back(HashBytes(t.xpos));
        in.upos.push_back(HashBytes(t.upos) + 1);
    }
    return in;
}

bool Valid(const ParserState& st, int cls) {
    switch (MoveOf(cls)) {
        case Move::kShift: return st.CanShift();
        case Move::kLeft: return st.CanLeft();
        case Move::kRight: return st.CanRight();
    }
    return false;
}

// Gold arcs made unreachable by each move (the arc-hybrid costs of Goldberg & Nivre 2013).
struct MoveCosts {
    int shift = 0, left = 0, right = 0;
};

MoveCosts Costs(const ParserState& st, const std::vector<int>& gold_head) {
    MoveCosts c;
    const int s0 = st.S(0), s1 = st.S(1), b0 = st.b0;
    if (st.CanShift()) {
        for (int d : st.stack) c.shift += d != 0 && gold_head[static_cast<size_t>(d)] == b0;
        int h = gold_head[static_cast<size_t>(b0)];
        c.shift += h >= 0 && st.in_stack[static_cast<size_t>(h)] && h != s0;
    }
    if (s0 > 0) {
        int deps_in_buffer = 0;
        for (int d = b0; d <= st.n; ++d) deps_in_buffer += gold_head[static_cast<size_t>(d)] == s0;
        int h = gold_head[static_cast<size_t>(s0)];
        c.left = deps_in_buffer + ((h == s1) || (h > b0) ? 1 : 0);
        c.right = deps_in_buffer + (h >= b0 && h > 0 ? 1 : 0);
    }
    return c;
}

int ClassCost(const ParserState& st, int cls, const MoveCosts& c, const std::vector<int>& gold_head,
              const std::vector<int>& gold_label) {
    const int s0 = st.S(0);
    switch (MoveOf(cls)) {
        case Move::kShift: return c.shift;
        case Move::kLeft:
            return c.left + (gold_head[static_cast<size_t>(s0)] == st.b0 &&
                             gold_label[static_cast<size_t>(s0)] != LabelOf(cls));
        case Move::kRight:
            return c.right + (gold_head[static_cast<size_t>(s0)] == st.S(1) &&
                              gold_label[static_cast<size_t>(s0)] != LabelOf(cls));
    }
    return 0;
}

}  // namespace

Parser Parser::Train(const std::vector<AnnotatedSentence>& data, const TrainOptions& options) {
    Parser parser;
    std::map<std::string, int> label_ids;
    for (const auto& s : data) {
        for (const Token& t : s.sentence.tokens) label_ids[t.deprel] = 0;
    }
    // At most 127 labels keep every class id within one byte; extra labels share the last.
    for (auto& [name, id] : label_ids) {
        id = std::min(static_cast<int>(parser.labels_.size()), 126);
        if (parser.labels_.size() < 127) parser.labels_.push_back(name);
    }
    const int num_classes = 1 + 2 * static_cast<int>(parser.labels_.size());
    PerceptronTrainer trainer(num_classes);
    std::vector<size_t> usable;
    for (size_t i = 0; i < data.size(); ++i) {
        bool ok = !data[i].sentence.tokens.empty();
        for (const Token& t : data[i].sentence.tokens) ok = ok && t.head >= 0;
        if (ok) usable.push_back(i);
    }
    std::mt19937_64 rng(options.seed);
    std::vector<float> scores(static_cast<size_t>(num_classes));
    std::vector<int> costs(static_cast<size_t>(num_classes));
    uint64_t f[kParserFeatures];
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        SeededShuffle(usable, rng);
        size_t correct_heads = 0, words = 0;
        for (size_t idx : usable) {
            const Sentence& s = data[idx].sentence;
            const int n = static_cast<int>(s.tokens.size());
            std::vector<int> gold_head(static_cast<size_t>(n) + 1, -1), gold_label(static_cast<size_t>(n) + 1, -1);
            for (int i = 1; i <= n; ++i) {
                gold_head[static_cast<size_t>(i)] = s.tokens[static_cast<size_t>(i - 1)].head;
                gold_label[static_cast<size_t>(i)] = label_ids[s.tokens[static_cast<size_t>(i - 1)].deprel];
            }
            ParserInput in = MakeInput(s);
            ParserState st(n);
            while (!st.Terminal()) {
                ExtractParserFeatures(in, st, f);
                std::fill(scores.begin(), scores.end(), 0.0f);
                trainer.Score(f, scores.data());
                MoveCosts mc = Costs(st, gold_head);
                int best = -1, gold = -1, min_cost = std::numeric_limits<int>::max();
                for (int c = 0; c < num_classes; ++c) {
                    if (!Valid(st, c)) continue;
                    costs[static_cast<size_t>(c)] = ClassCost(st, c, mc, gold_head, gold_label);
                    min_cost = std::min(min_cost, costs[static_cast<size_t>(c)]);
                    if (best < 0 || scores[static_cast<size_t>(c)] > scores[static_cast<size_t>(best)]) best = c;
                }
                for (int c = 0; c < num_classes; ++c) {
                    if (!Valid(st, c) || costs[static_cast<size_t>(c)] != min_cost) continue;
                    if (gold < 0 || scores[static_cast<size_t>(c)] > scores[static_cast<size_t>(gold)]) gold = c;
                }
                trainer.Update(f, gold, best);
                bool explore = epoch > 0 && rng() % 1000 < kExplorePerMille;
                st.Apply(costs[static_cast<size_t>(best)] == min_cost || explore ? best : gold);
            }
            for (int i = 1; i <= n; ++i) {
                correct_heads += st.head[static_cast<size_t>(i)] == gold_head[static_cast<size_t>(i)];
            }
            words += static_cast<size_t>(n);
        }
        if (options.log) {
            *options.log << "parser epoch " << epoch + 1 << ": train UAS "
                         << 100.0 * static_cast<double>(correct_heads) / static_cast<double>(std::max<size_t>(words, 1)) << "%\n";
        }
    }
    parser.model_ = trainer.Average();
    return parser;
}

void Parser::Parse(Sentence& sentence) const {
    const int n = static_cast<int>(sentence.tokens.size());
    const int num_classes = model_.num_classes();
    if (n == 0 || num_classes == 0) return;
    ParserInput in = MakeInput(sentence);
    ParserState st(n);
    int32_t scores[256];
    uint64_t f[kParserFeatures];
    while (!st.Terminal()) {
        ExtractParserFeatures(in, st, f);
        std::fill(scores, scores + num_classes, 0);
        model_.Score(f, scores);
        const bool shift = st.CanShift(), left = st.CanLeft(), right = st.CanRight();
        int best = -1;
        for (int c = 0; c < num_classes; ++c) {
            Move m = MoveOf(c);
            bool ok = m == Move::kShift ? shift : (m == Move::kLeft ? left : right);
            if (ok && (best < 0 || scores[c] > scores[best])) best = c;
        }
        st.Apply(best);
    }
    for (int i = 1; i <= n; ++i) {
        Token& t = sentence.tokens[static_cast<size_t>(i - 1)];
        t.head = st.head[static_cast<size_t>(i)];
        int l = st.label[static_cast<size_t>(i)];
        t.deprel = l >= 0 && static_cast<size_t>(l) < labels_.size() ? labels_[static_cast<size_t>(l)] : "dep";
    }
}

std::string Parser::Serialize() const {
    ByteWriter out;
    out.Put<uint32_t>(static_cast<uint32_t>(labels_.size()));
    for (const auto& l : labels_) out.PutString(l);
    model_.Serialize(out);
    return out.bytes();
}

Status Parser::Save(const std::string& path) const { return WriteModelFile(path, kKind, Serialize()); }

Result<Parser> Parser::Load(const std::string& path) {
    auto payload = ReadModelFile(path, kKind);
    if (!payload.ok()) return payload.status();
    ByteReader in(*payload);
    Parser parser;
    uint32_t n = 0;
    if (!in.Get(&n) || n == 0 || n > 127) return ModelError(path, "has a malformed label table");
    for (uint32_t i = 0; i < n; ++i) {
        std::string l;
        if (!in.GetString(&l)) return ModelError(path, "has a malformed label table");
        parser.labels_.push_back(std::move(l));
    }
    if (!parser.model_.Deserialize(in) || !in.AtEnd() ||
        parser.model_.num_classes() != static_cast<int>(1 + 2 * n)) {
        return ModelError(path, "has malformed weights");
    }
    return parser;
}

}  // namespace kg::extraction
