#include "extraction/scorer.h"

#include <cstdio>
#include <map>

namespace kg::extraction {
namespace {

// Position marker of a word that is a token by itself (not part of a multiword token).
constexpr size_t kPlainWord = static_cast<size_t>(-1);

struct Word {
    size_t sentence_first = 0;  // global index of the sentence's first word
    size_t span_begin = 0;
    size_t span_end = 0;
    int group = -1;        // multiword token id, -1 if a plain token
    size_t index_in_group = 0;
    const Token* token = nullptr;
};

struct Flat {
    std::vector<Word> words;
    std::vector<std::pair<size_t, size_t>> tokens;
    std::vector<std::pair<size_t, size_t>> sentences;
};

size_t NonSpaceLength(const std::string& s) {
    size_t n = 0;
    for (char c : s) n += c != ' ' && c != '\t' && c != '\n' && c != '\r';
    return n;
}

Flat Flatten(const std::vector<AnnotatedSentence>& doc) {
    Flat flat;
    size_t pos = 0;
    int group_id = 0;
    for (const AnnotatedSentence& s : doc) {
        size_t first_word = flat.words.size();
        size_t sentence_begin = pos;
        const auto& toks = s.sentence.tokens;
        size_t g = 0;
        for (size_t i = 0; i < toks.size();) {
            if (g < s.multiword.size() && s.multiword[g].first == i && s.multiword[g].last < toks.size()) {
                const MultiwordToken& m = s.multiword[g++];
                size_t end = pos + NonSpaceLength(m.form);
                for (size_t k = m.first; k <= m.last; ++k) {
                    flat.words.push_back({first_word, pos, end, group_id, k - m.first, &toks[k]});
                }
                ++group_id;
                flat.tokens.push_back({pos, end});
                pos = end;
                i = m.last + 1;
                continue;
            }
            size_t end = pos + NonSpaceLength(toks[i].form);
            flat.words.push_back({first_word, pos, end, -1, kPlainWord, &toks[i]});
            flat.tokens.push_back({pos, end});
            pos = end;
            ++i;
        }
        if (pos > sentence_begin) flat.sentences.push_back({sentence_begin, pos});
    }
    return flat;
}

size_t CountMatches(const std::vector<std::pair<size_t, size_t>>& a,
                    const std::vector<std::pair<size_t, size_t>>& b) {
    size_t i = 0, j = 0, n = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++n, ++i, ++j;
        } else if (a[i].first < b[j].first || (a[i].first == b[j].first && a[i].second < b[j].second)) {
            ++i;
        } else {
            ++j;
        }
    }
    return n;
}

std::string Universal(const std::string& rel) { return rel.substr(0, rel.find(':')); }

}  // namespace

Evaluation Evaluate(const std::vector<AnnotatedSentence>& gold,
                    const std::vector<AnnotatedSentence>& system) {
    Flat g = Flatten(gold);
    Flat s = Flatten(system);
    Evaluation e;
    e.tokens = {g.tokens.size(), s.tokens.size(), CountMatches(g.tokens, s.tokens)};
    e.sentences = {g.sentences.size(), s.sentences.size(), CountMatches(g.sentences, s.sentences)};
    // Words align when their spans match and, inside multiword tokens, their positions match.
    std::map<std::tuple<size_t, size_t, size_t>, size_t> gold_by_key;
    for (size_t i = 0; i < g.words.size(); ++i) {
        gold_by_key[{g.words[i].span_begin, g.words[i].span_end, g.words[i].index_in_group}] = i;
    }
    std::vector<long> sys_to_gold(s.words.size(), -1);
    for (size_t i = 0; i < s.words.size(); ++i) {
        auto it = gold_by_key.find({s.words[i].span_begin, s.words[i].span_end, s.words[i].index_in_group});
        if (it != gold_by_key.end()) sys_to_gold[i] = static_cast<long>(it->second);
    }
    Score base{g.words.size(), s.words.size(), 0};
    e.words = e.upos = e.xpos = e.lemmas = e.uas = e.las = base;
    for (size_t i = 0; i < s.words.size(); ++i) {
        if (sys_to_gold[i] < 0) continue;
        const Word& sw = s.words[i];
        const Word& gw = g.words[static_cast<size_t>(sys_to_gold[i])];
        ++e.words.correct;
        e.upos.correct += sw.token->upos == gw.token->upos;
        e.xpos.correct += sw.token->xpos == gw.token->xpos;
        e.lemmas.correct += sw.token->lemma == gw.token->lemma;
        bool head_ok = false;
        if (sw.token->head == 0 || gw.token->head == 0) {
            head_ok = sw.token->head == 0 && gw.token->head == 0;
        } else if (sw.token->head > 0 && gw.token->head > 0) {
            size_t sh = sw.sentence_first + static_cast<size_t>(sw.token->head) - 1;
            size_t gh = gw.sentence_first + static_cast<size_t>(gw.token->head) - 1;
            head_ok = sh < s.words.size() && sys_to_gold[sh] == static_cast<long>(gh);
        }
        e.uas.correct += head_ok;
        e.las.correct += head_ok && Universal(sw.token->deprel) == Universal(gw.token->deprel);
    }
    return e;
}

std::string FormatEvaluation(const Evaluation& e) {
    std::string out = "Metric     | Precision |    Recall |  F1 Score\n";
    auto line = [&](const char* name, const Score& sc) {
        char buf[128];
        std::snprintf(buf, sizeof buf, "%-10s | %9.2f | %9.2f | %9.2f\n", name, sc.Precision(),
                      sc.Recall(), sc.F1());
        out += buf;
    };
    line("Tokens", e.tokens);
    line("Sentences", e.sentences);
    line("Words", e.words);
    line("UPOS", e.upos);
    line("XPOS", e.xpos);
    line("Lemmas", e.lemmas);
    line("UAS", e.uas);
    line("LAS", e.las);
    return out;
}

}  // namespace kg::extraction
