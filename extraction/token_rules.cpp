#include "extraction/token_rules.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extraction/tokenize.h"

namespace kg::extraction {
namespace {

std::string AsciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return out;
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

// Checked case-sensitively first, then lowercased, so "No." (number) and "no." differ.
constexpr std::array<std::string_view, 96> kAbbreviations = {
    "Mr.",    "Mrs.",  "Ms.",   "Dr.",    "Prof.",  "Sr.",    "Jr.",   "St.",   "Mt.",
    "Gen.",   "Gov.",  "Sen.",  "Rep.",   "Col.",   "Lt.",    "Sgt.",  "Capt.", "Cmdr.",
    "Adm.",   "Maj.",  "Pres.", "Rev.",   "Hon.",   "Corp.",  "Inc.",  "Ltd.",  "Co.",
    "Bros.",  "Jan.",  "Feb.",  "Mar.",   "Apr.",   "Jun.",   "Jul.",  "Aug.",  "Sep.",
    "Sept.",  "Oct.",  "Nov.",  "Dec.",   "Mon.",   "Tue.",   "Tues.", "Wed.",  "Thu.",
    "Thurs.", "Fri.",  "Sat.",  "Sun.",   "No.",    "Nos.",   "Vol.",  "Fig.",  "Ave.",
    "Blvd.",  "Rd.",   "Ft.",   "Hwy.",   "Univ.",  "Dept.",  "Calif.", "Mass.", "Wash.",
    "Fla.",   "Ill.",  "Pa.",   "Va.",    "Ky.",    "Tenn.",  "Ga.",   "Ariz.", "Colo.",
    "Conn.",  "Md.",   "Mich.", "Minn.",  "Okla.",  "Ore.",   "Tex.",  "Wis.",  "vs.",
    "etc.",   "approx.", "est.", "min.",  "max.",   "pp.",    "cf.",   "al.",   "viz.",
    "Messrs.", "Gov'.", "Atty.", "Supt.", "Insp.",  "Det.",
};

constexpr std::array<std::string_view, 30> kHyphenPrefixes = {
    "non",  "e",     "mid",  "anti",    "re",   "co",    "pre",   "pro",   "cross", "post",
    "semi", "sub",   "pan",  "multi",   "ex",   "counter", "mini", "inter", "socio", "un",
    "bi",   "tri",   "neo",  "micro",   "macro", "ultra", "de",   "intra", "trans", "quasi",
};

// Letters-and-periods abbreviations such as "U.S.", "D.C.", "e.g.", "a.m.", "Ph.D.".
bool IsDottedAbbreviation(std::string_view w) {
    if (w.size() < 4 || w.back() != '.') return false;
    size_t run = 0;
    int segments = 0;
    for (char c : w) {
        if (IsAsciiAlpha(c)) {
            if (++run > 2) return false;
        } else if (c == '.') {
            if (run == 0) return false;
            run = 0;
            ++segments;
        } else {
            return false;
        }
    }
    return segments >= 2;
}

bool EndsWithCi(std::string_view lower, std::string_view suffix) {
    return lower.size() > suffix.size() &&
           lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool IsAbbreviation(std::string_view w) {
    if (w.size() < 2 || w.back() != '.') return false;
    if (w.size() == 2 && IsAsciiAlpha(w[0])) return true;  // initial: "J."
    if (Contains(kAbbreviations, w)) return true;
    std::string lower = AsciiLower(w);
    if (lower == "etc." || lower == "vs." || lower == "approx." || lower == "inc." ||
        lower == "corp." || lower == "ltd." || lower == "co.") {
        return true;
    }
    return IsDottedAbbreviation(w);
}

size_t CliticSplit(std::string_view word) {
    if (word.size() < 2) return 0;
    std::string lower = AsciiLower(word);
    // Typographic apostrophe (U+2019) is common in news text; treat it like '.
    std::string folded;
    folded.reserve(lower.size());
    std::vector<size_t> origin;  // byte offset in `word` of each folded byte
    for (size_t i = 0; i < lower.size(); ++i) {
        if (lower.compare(i, 3, "\xE2\x80\x99") == 0) {
            folded.push_back('\'');
            origin.push_back(i);
            i += 2;
        } else {
            folded.push_back(lower[i]);
            origin.push_back(i);
        }
    }
    auto at = [&](size_t folded_pos) { return origin[folded_pos]; };
    const size_t n = folded.size();

    if (folded == "cannot") return 3;
    if (folded == "gonna" || folded == "wanna" || folded == "gotta") return 3;
    if (folded == "can't" || folded == "won't") return 2;
    if (folded == "ain't") return 2;
    if (folded == "cant") return 2;
    for (std::string_view w : {"dont", "didnt", "doesnt", "isnt", "wasnt", "couldnt", "wouldnt",
                               "shouldnt", "havent", "hasnt", "arent", "werent"}) {
        if (folded == w) return at(n - 2);
    }
    if (folded == "im") return 1;
    if (EndsWithCi(folded, "n't") && n > 3) return at(n - 3);
    for (std::string_view c : {"'s", "'re", "'ve", "'ll", "'d", "'m"}) {
        if (EndsWithCi(folded, c) && IsAsciiAlpha(folded[n - c.size() - 1])) {
            return at(n - c.size());
        }
        if (EndsWithCi(folded, c) && folded[n - c.size() - 1] >= '0' &&
            folded[n - c.size() - 1] <= '9' && c == "'s") {
            return at(n - c.size());
        }
    }
    // Plural possessive "parents'".
    if (n >= 3 && folded[n - 1] == '\'' && folded[n - 2] == 's') return at(n - 1);
    return 0;
}

bool IsHyphenPrefix(std::string_view left) {
    std::string lower = AsciiLower(left);
    return Contains(kHyphenPrefixes, std::string_view(lower));
}

}  // namespace kg::extraction
