#include "extraction/lemmatizer.h"

#include <algorithm>
#include <map>

#include "extraction/model_io.h"
#include "extraction/normalize.h"

namespace kg::extraction {
namespace {

constexpr std::string_view kKind = "lemmatizer";
constexpr size_t kMaxSuffix = 5;
// A rule must be seen this often before it may rewrite unseen words.
constexpr int kMinRuleCount = 2;

bool IsProperTag(const std::string& xpos) { return xpos == "NNP" || xpos == "NNPS"; }

std::string Key(const std::string& xpos, std::string_view s) {
    std::string k = xpos;
    k.push_back('\t');
    k.append(s);
    return k;
}

// Case handling: proper nouns keep their form's case, everything else is lowercased, which
// is what EWT and GUM do (except "I", which the exception table covers).
std::string CaseKey(const std::string& form, const std::string& xpos) {
    return IsProperTag(xpos) ? form : Lowercase(form);
}

}  // namespace

Lemmatizer Lemmatizer::Train(const std::vector<AnnotatedSentence>& data) {
    std::map<std::string, std::map<std::pair<int, std::string>, int>> rule_counts;
    std::map<std::string, std::map<std::string, int>> lemma_counts;
    for (const auto& s : data) {
        for (const Token& t : s.sentence.tokens) {
            if (t.lemma.empty() || t.lemma == "_") continue;
            std::string form = CaseKey(t.form, t.xpos);
            std::string lemma = IsProperTag(t.xpos) ? t.lemma : Lowercase(t.lemma);
            lemma_counts[Key(t.xpos, form)][t.lemma]++;
            size_t p = 0;
            while (p < form.size() && p < lemma.size() && form[p] == lemma[p]) ++p;
            size_t strip = form.size() - p;
            if (strip > 255) continue;
            std::pair<int, std::string> rule{static_cast<int>(strip), lemma.substr(p)};
            for (size_t n = 0; n <= std::min(kMaxSuffix, form.size()); ++n) {
                if (n < strip) continue;  // the suffix must cover what the rule strips
                rule_counts[Key(t.xpos, std::string_view(form).substr(form.size() - n))][rule]++;
            }
        }
    }
    Lemmatizer lem;
    for (const auto& [key, counts] : rule_counts) {
        auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
            return a.second < b.second;
        });
        if (best->second < kMinRuleCount) continue;
        lem.rules_[key] = {static_cast<uint8_t>(best->first.first), best->first.second};
    }
    for (const auto& [key, counts] : lemma_counts) {
        auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
            return a.second < b.second;
        });
        size_t tab = key.find('\t');
        std::string xpos = key.substr(0, tab);
        if (lem.ApplyRules(key.substr(tab + 1), xpos) != best->first) {
            lem.exceptions_[key] = best->first;
        }
    }
    return lem;
}

std::string Lemmatizer::ApplyRules(const std::string& form, const std::string& xpos) const {
    for (size_t n = std::min(kMaxSuffix, form.size()) + 1; n-- > 0;) {
        auto it = rules_.find(Key(xpos, std::string_view(form).substr(form.size() - n)));
        if (it == rules_.end() || it->second.strip > form.size()) continue;
        return form.substr(0, form.size() - it->second.strip) + it->second.append;
    }
    return form;
}

std::string Lemmatizer::Lemma(const std::string& form, const std::string& xpos) const {
    std::string key = CaseKey(form, xpos);
    auto it = exceptions_.find(Key(xpos, key));
    if (it != exceptions_.end()) return it->second;
    return ApplyRules(key, xpos);
}

void Lemmatizer::Lemmatize(Sentence& sentence) const {
    for (Token& t : sentence.tokens) t.lemma = Lemma(t.form, t.xpos);
}

std::string Lemmatizer::Serialize() const {
    // Sorted so that the bytes do not depend on hash-table iteration order.
    std::map<std::string, Rule> rules(rules_.begin(), rules_.end());
    std::map<std::string, std::string> exceptions(exceptions_.begin(), exceptions_.end());
    ByteWriter out;
    out.Put<uint64_t>(rules.size());
    for (const auto& [k, r] : rules) {
        out.PutString(k);
        out.Put<uint8_t>(r.strip);
        out.PutString(r.append);
    }
    out.Put<uint64_t>(exceptions.size());
    for (const auto& [k, v] : exceptions) {
        out.PutString(k);
        out.PutString(v);
    }
    return out.bytes();
}

Status Lemmatizer::Save(const std::string& path) const {
    return WriteModelFile(path, kKind, Serialize());
}

Result<Lemmatizer> Lemmatizer::Load(const std::string& path) {
    auto payload = ReadModelFile(path, kKind);
    if (!payload.ok()) return payload.status();
    ByteReader in(*payload);
    Lemmatizer lem;
    uint64_t n = 0;
    if (!in.Get(&n)) return ModelError(path, "has a malformed rule table");
    for (uint64_t i = 0; i < n; ++i) {
        std::string k;
        Rule r;
        if (!in.GetString(&k) || !in.Get(&r.strip) || !in.GetString(&r.append)) {
            return ModelError(path, "has a malformed rule table");
        }
        lem.rules_[std::move(k)] = std::move(r);
    }
    if (!in.Get(&n)) return ModelError(path, "has a malformed exception table");
    for (uint64_t i = 0; i < n; ++i) {
        std::string k, v;
        if (!in.GetString(&k) || !in.GetString(&v)) {
            return ModelError(path, "has a malformed exception table");
        }
        lem.exceptions_[std::move(k)] = std::move(v);
    }
    if (!in.AtEnd()) return ModelError(path, "has trailing bytes");
    return lem;
}

}  // namespace kg::extraction
