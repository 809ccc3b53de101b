#include "extraction/tokenize.h"

#include <algorithm>

#include "extraction/normalize.h"
#include "extraction/token_rules.h"

namespace kg::extraction {
namespace {

struct Unit {
    char32_t cp;
    uint32_t begin;
    uint32_t end;
};

bool StartsWith(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

bool IsOpener(char32_t c) {
    switch (c) {
        case '(': case '[': case '{': case '"': case '`': case '<':
        case 0x201C: case 0x2018: case 0x00AB: case 0x201E:
            return true;
        default:
            return false;
    }
}

bool IsCloser(char32_t c) {
    switch (c) {
        case ')': case ']': case '}': case '"': case ',': case ';': case ':': case '!':
        case '?': case '>': case 0x201D: case 0x00BB: case '*':
            return true;
        default:
            return false;
    }
}

bool IsCurrency(char32_t c) { return c == '$' || c == 0x00A3 || c == 0x20AC || c == 0x00A5; }

bool IsAlnum(char32_t c) { return IsLetterCp(c) || IsDigitCp(c); }

bool IsStop(char32_t c) { return c == '.' || c == '!' || c == '?'; }

bool IsEmoticon(std::string_view w) {
    for (std::string_view e : {":)", ":(", ":-)", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":p",
                               ":-P", ":?", ":/", ":-/", ":O", "<3", "XD", ":'("}) {
        if (w == e) return true;
    }
    return false;
}

// Splits one whitespace-free chunk [0, units.size()) into tokens.
class ChunkSplitter {
public:
    ChunkSplitter(std::string_view text, const std::vector<Unit>& units, std::vector<RawToken>& out)
        : text_(text), u_(units), out_(out) {}

    void Run() {
        size_t a = 0;
        size_t b = u_.size();
        std::vector<RawToken> tail;  // trailing punctuation, collected in reverse
        bool opened_single_quote = false;
        while (a < b && (IsOpener(u_[a].cp) || IsCurrency(u_[a].cp) || IsLeadingMark(a, b))) {
            if (u_[a].cp == 0x2018) opened_single_quote = true;
            size_t len = RunLength(a, b);
            Emit(a, a + len, false);
            a += len;
        }
        if (a < b && u_[a].cp == '\'' && b - a > 1 && !IsCliticWord(a, b)) {
            opened_single_quote = true;
            Emit(a, a + 1, false);
            ++a;
        }
        if (a < b && IsEmoticon(Slice(a, b))) {
            Emit(a, b, false);
            return;
        }
        bool whole = a < b && IsUrlOrEmail(a, b);
        while (b > a) {
            size_t cut = TrailingCut(a, b, whole, opened_single_quote);
            if (cut == b) break;
            tail.push_back(MakeToken(cut, b, false));
            b = cut;
        }
        if (whole) {
            Emit(a, b, false);
        } else {
            SplitCore(a, b);
        }
        for (auto it = tail.rbegin(); it != tail.rend(); ++it) Push(*it);
    }

private:
    bool IsLeadingMark(size_t a, size_t b) const {
        char32_t c = u_[a].cp;
        if (c == '-' && a + 1 < b && (u_[a + 1].cp == '-' || !IsDigitCp(u_[a + 1].cp))) return true;
        if (c == 0x2014 || c == 0x2013 || c == '*' || c == '#' || c == '~') return true;
        return c == '.' && a + 2 < b && u_[a + 1].cp == '.' && u_[a + 2].cp == '.';
    }

    // Runs of the same mark ("--", "...", "``") stay one token.
    size_t RunLength(size_t a, size_t b) const {
        size_t len = 1;
        while (a + len < b && u_[a + len].cp == u_[a].cp && !IsCurrency(u_[a].cp) &&
               u_[a].cp != '(' && u_[a].cp != '"') {
            ++len;
        }
        return len;
    }

    bool IsCliticWord(size_t a, size_t b) const {
        std::string_view w = Slice(a, b);
        for (std::string_view c : {"'s", "'re", "'ve", "'ll", "'d", "'m", "'em", "'S"}) {
            if (w == c) return true;
        }
        return b - a >= 3 && IsDigitCp(u_[a + 1].cp);  // '90s
    }

    bool IsUrlOrEmail(size_t a, size_t b) const {
        std::string_view w = Slice(a, b);
        if (StartsWith(w, "http://") || StartsWith(w, "https://") || StartsWith(w, "www.") ||
            StartsWith(w, "ftp://") || StartsWith(w, "mailto:")) {
            return true;
        }
        auto at = w.find('@');
        if (at == std::string_view::npos || at == 0) return false;
        auto dot = w.find('.', at);
        return dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size();
    }

    // Returns the start of the trailing token to split off [cut, b), or b if none.
    size_t TrailingCut(size_t a, size_t b, bool whole, bool opened_single_quote) const {
        char32_t c = u_[b - 1].cp;
        if (c == 0x2026) return b - 1;
        if (c == '.' || c == '!' || c == '?') {
            // A cluster such as "...", "!!", "?!" or ".?" is one token.
            size_t run = 0;
            while (b - run > a && IsStop(u_[b - 1 - run].cp)) ++run;
            if (run >= 2) return b - run;
        }
        if (c == '.') {
            if (b - a == 1) return b;
            if (whole) return b - 1;
            if (IsAbbreviation(Slice(a, b))) return b;
            return b - 1;
        }
        if (b - a == 1) return b;
        if (c == '%' && IsDigitCp(u_[b - 2].cp)) return b - 1;
        if (IsCloser(c)) {
            if (whole && c == ')') return b;
            size_t len = 1;
            while (b - len > a && u_[b - 1 - len].cp == c && c != '"' && c != ')') ++len;
            return b - len;
        }
        if ((c == '\'' || c == 0x2019) && !whole) {
            char32_t prev = u_[b - 2].cp;
            bool possessive = (prev == 's' || prev == 'S') && !opened_single_quote;
            if (!possessive) return b - 1;
        }
        if (c == '-' && u_[b - 2].cp == '-') return b - 2 >= a ? b - 2 : b;
        return b;
    }

    void SplitCore(size_t a, size_t b) {
        size_t start = a;
        for (size_t i = a; i < b; ++i) {
            char32_t c = u_[i].cp;
            bool prev_alnum = i > a && IsAlnum(u_[i - 1].cp);
            bool next_alnum = i + 1 < b && IsAlnum(u_[i + 1].cp);
            if (c == '-' && prev_alnum && next_alnum) {
                bool digits = IsDigitCp(u_[i - 1].cp) && IsDigitCp(u_[i + 1].cp);
                if (digits || IsHyphenPrefix(Slice(start, i))) continue;
                EmitWord(start, i);
                Emit(i, i + 1, false);
                start = i + 1;
                continue;
            }
            if (c == '/' && i > a && IsLetterCp(u_[i - 1].cp) && i + 1 < b &&
                IsLetterCp(u_[i + 1].cp)) {
                EmitWord(start, i);
                Emit(i, i + 1, false);
                start = i + 1;
                continue;
            }
            bool separator = c == ';' || c == '!' || c == '?' || c == '(' || c == ')' ||
                             c == '[' || c == ']' || c == '"' || c == 0x201C || c == 0x201D ||
                             c == 0x2014 || c == 0x2026;
            if (c == ',' || c == ':') {
                bool digits = i > a && IsDigitCp(u_[i - 1].cp) && i + 1 < b &&
                              IsDigitCp(u_[i + 1].cp);
                separator = !digits;
            }
            if (c == '-' && i + 1 < b && u_[i + 1].cp == '-') {
                EmitWord(start, i);
                size_t len = RunLength(i, b);
                Emit(i, i + len, false);
                i += len - 1;
                start = i + 1;
                continue;
            }
            if (separator) {
                EmitWord(start, i);
                Emit(i, i + 1, false);
                start = i + 1;
            }
        }
        EmitWord(start, b);
    }

    // A word piece: splits clitics and "5pm"-style number+unit.
    void EmitWord(size_t a, size_t b) {
        if (a >= b) return;
        std::string_view w = Slice(a, b);
        size_t host = CliticSplit(w);
        if (host > 0 && host < w.size()) {
            size_t split = a;
            while (split < b && u_[split].begin - u_[a].begin < host) ++split;
            Emit(a, split, false);
            Emit(split, b, true);
            return;
        }
        size_t digits = 0;
        while (a + digits < b && IsDigitCp(u_[a + digits].cp)) ++digits;
        if (digits > 0 && b - a - digits == 2) {
            std::string_view unit = Slice(a + digits, b);
            if (unit == "am" || unit == "pm" || unit == "AM" || unit == "PM") {
                Emit(a, a + digits, false);
                Emit(a + digits, b, false);
                return;
            }
        }
        Emit(a, b, false);
    }

    std::string_view Slice(size_t a, size_t b) const {
        return text_.substr(u_[a].begin, u_[b - 1].end - u_[a].begin);
    }

    RawToken MakeToken(size_t a, size_t b, bool clitic) const {
        RawToken t;
        t.span = {u_[a].begin, u_[b - 1].end};
        t.clitic = clitic;
        t.space_after = false;
        return t;
    }

    void Emit(size_t a, size_t b, bool clitic) {
        if (a < b) Push(MakeToken(a, b, clitic));
    }

    void Push(RawToken t) {
        while (t.span.end - t.span.begin > kMaxTokenBytes) {
            uint32_t cut = t.span.begin + kMaxTokenBytes;
            while (cut > t.span.begin + 1 && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) {
                --cut;
            }
            RawToken head = t;
            head.span.end = cut;
            out_.push_back(head);
            t.span.begin = cut;
            t.clitic = false;
        }
        out_.push_back(t);
    }

    std::string_view text_;
    const std::vector<Unit>& u_;
    std::vector<RawToken>& out_;
};

}  // namespace

std::vector<RawToken> Tokenize(std::string_view text) {
    std::vector<RawToken> tokens;
    tokens.reserve(text.size() / 5 + 1);
    uint32_t newlines = 0;
    uint32_t line_start = 0;
    std::vector<Unit> units;
    size_t i = 0;
    while (i < text.size()) {
        CodePoint cp = DecodeAt(text, i);
        if (cp.valid && IsSpaceCp(cp.value)) {
            if (cp.value == '\n' || cp.value == 0x2028 || cp.value == 0x2029) {
                ++newlines;
                line_start = static_cast<uint32_t>(i + cp.length);
            }
            i += cp.length;
            continue;
        }
        units.clear();
        while (i < text.size()) {
            CodePoint c = DecodeAt(text, i);
            if (c.valid && IsSpaceCp(c.value)) break;
            units.push_back({c.value, static_cast<uint32_t>(i), static_cast<uint32_t>(i + c.length)});
            i += c.length;
        }
        size_t first = tokens.size();
        ChunkSplitter(text, units, tokens).Run();
        if (tokens.size() == first) continue;
        tokens[first].newlines_before = static_cast<uint8_t>(std::min<uint32_t>(newlines, 255));
        for (size_t t = first; t < tokens.size(); ++t) tokens[t].line_start = line_start;
        tokens.back().space_after = i < text.size();
        newlines = 0;
    }
    return tokens;
}

}  // namespace kg::extraction
