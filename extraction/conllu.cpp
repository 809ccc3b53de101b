#include "extraction/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "extraction/normalize.h"

namespace kg::extraction {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
    std::vector<std::string_view> fields;
    size_t start = 0;
    while (true) {
        size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == line.npos ? line.npos : tab - start));
        if (tab == line.npos) break;
        start = tab + 1;
    }
    return fields;
}

bool ParseInt(std::string_view s, int* value) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
    return ec == std::errc() && p == s.data() + s.size();
}

bool HasNoSpace(std::string_view misc) { return misc.find("SpaceAfter=No") != misc.npos; }

void Finish(AnnotatedSentence& s, std::vector<AnnotatedSentence>& out, bool& pending_par) {
    if (s.sentence.tokens.empty()) return;
    int n = static_cast<int>(s.sentence.tokens.size());
    for (Token& t : s.sentence.tokens) {
        if (t.head < 0 || t.head > n) t.head = -1;
    }
    for (const MultiwordToken& m : s.multiword) {
        if (m.last < s.sentence.tokens.size()) {
            s.sentence.tokens[m.last].space_after = m.space_after;
            for (size_t i = m.first; i < m.last; ++i) s.sentence.tokens[i].space_after = false;
        }
    }
    s.starts_paragraph = s.starts_paragraph || pending_par;
    pending_par = false;
    out.push_back(std::move(s));
    s = AnnotatedSentence();
}

}  // namespace

std::vector<AnnotatedSentence> ParseConllu(std::string_view content) {
    std::vector<AnnotatedSentence> out;
    AnnotatedSentence current;
    bool pending_par = false;
    size_t pos = 0;
    while (pos <= content.size()) {
        size_t nl = content.find('\n', pos);
        std::string_view line = content.substr(pos, nl == content.npos ? content.npos : nl - pos);
        pos = nl == content.npos ? content.size() + 1 : nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) {
            Finish(current, out, pending_par);
            continue;
        }
        if (line[0] == '#') {
            if (line.starts_with("# text = ")) current.text = std::string(line.substr(9));
            if (line.starts_with("# newpar") || line.starts_with("# newdoc")) pending_par = true;
            continue;
        }
        auto f = SplitTabs(line);
        if (f.size() < 10) continue;
        size_t dash = f[0].find('-');
        if (dash != f[0].npos) {
            int a = 0;
            int b = 0;
            if (ParseInt(f[0].substr(0, dash), &a) && ParseInt(f[0].substr(dash + 1), &b) &&
                a >= 1 && b >= a) {
                current.multiword.push_back({static_cast<size_t>(a - 1), static_cast<size_t>(b - 1),
                                             std::string(f[1]), !HasNoSpace(f[9])});
            }
            continue;
        }
        if (f[0].find('.') != f[0].npos) continue;  // empty nodes of enhanced graphs
        Token t;
        t.form = std::string(f[1]);
        t.lemma = std::string(f[2]);
        t.upos = std::string(f[3]);
        t.xpos = std::string(f[4]);
        if (!ParseInt(f[6], &t.head)) t.head = -1;
        t.deprel = std::string(f[7]);
        t.space_after = !HasNoSpace(f[9]);
        current.sentence.tokens.push_back(std::move(t));
    }
    Finish(current, out, pending_par);
    return out;
}

Result<std::string> ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(StatusCode::kNotFound, "I/O error: cannot open '" + path + "'.");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

Result<std::vector<AnnotatedSentence>> ReadConllu(const std::string& path) {
    auto content = ReadFile(path);
    if (!content.ok()) return content.status();
    return ParseConllu(*content);
}

std::vector<MultiwordToken> CliticGroups(const Sentence& sentence) {
    std::vector<MultiwordToken> groups;
    const auto& toks = sentence.tokens;
    for (size_t i = 0; i < toks.size();) {
        size_t j = i + 1;
        while (j < toks.size() && toks[j].clitic) ++j;
        if (j - i > 1) {
            MultiwordToken m{i, j - 1, "", toks[j - 1].space_after};
            for (size_t k = i; k < j; ++k) m.form += toks[k].form;
            groups.push_back(std::move(m));
        }
        i = j;
    }
    return groups;
}

void AppendConllu(const Sentence& sentence, const std::vector<MultiwordToken>& multiword,
                  std::string_view text, size_t id, std::string& out) {
    out += "# sent_id = " + std::to_string(id) + "\n";
    out += "# text = ";
    for (char c : text) out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    out += "\n";
    auto field = [](const std::string& s) { return s.empty() ? std::string("_") : s; };
    size_t next_group = 0;
    for (size_t i = 0; i < sentence.tokens.size(); ++i) {
        const Token& t = sentence.tokens[i];
        bool in_group = false;
        if (next_group < multiword.size() && multiword[next_group].first == i) {
            const auto& m = multiword[next_group];
            out += std::to_string(m.first + 1) + "-" + std::to_string(m.last + 1) + "\t" +
                   m.form + "\t_\t_\t_\t_\t_\t_\t_\t" + (m.space_after ? "_" : "SpaceAfter=No") +
                   "\n";
        }
        if (next_group < multiword.size() && i >= multiword[next_group].first &&
            i <= multiword[next_group].last) {
            in_group = true;
            if (i == multiword[next_group].last) ++next_group;
        }
        std::string misc = !in_group && !t.space_after ? "SpaceAfter=No" : "_";
        out += std::to_string(i + 1) + "\t" + field(t.form) + "\t" + field(t.lemma) + "\t" +
               field(t.upos) + "\t" + field(t.xpos) + "\t_\t" +
               (t.head >= 0 ? std::to_string(t.head) : std::string("_")) + "\t" +
               field(t.deprel) + "\t_\t" + misc + "\n";
    }
    out += "\n";
}

std::string WriteConllu(const Document& doc, std::string_view original) {
    std::string out;
    size_t id = 1;
    for (const Sentence& s : doc.sentences) {
        std::string_view text;
        if (s.span.end <= original.size() && s.span.begin <= s.span.end) {
            text = original.substr(s.span.begin, s.span.end - s.span.begin);
        }
        AppendConllu(s, CliticGroups(s), NormalizeText(text), id++, out);
    }
    return out;
}

}  // namespace kg::extraction
