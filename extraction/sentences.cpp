#include "extraction/sentences.h"

#include <array>

#include "extraction/normalize.h"
#include "extraction/sentence_model.h"

namespace kg::extraction {
namespace {

// Lines shorter than this that end without punctuation are taken as complete units
// (headlines, bylines, photo credits); longer ones are assumed to be wrapped prose.
constexpr size_t kShortLineBytes = 60;

std::string_view Form(std::string_view text, const RawToken& t) {
    return text.substr(t.span.begin, t.span.end - t.span.begin);
}

bool IsTerminal(std::string_view f) {
    return f == "\xE2\x80\xA6" || (!f.empty() && f.find_first_not_of(".!?") == f.npos);
}

bool IsCloseQuoteOrBracket(std::string_view f) {
    return f == "\"" || f == "'" || f == ")" || f == "]" || f == "\xE2\x80\x9D" ||
           f == "\xE2\x80\x99" || f == "''" || f == "}";
}

bool StartsSentenceLike(std::string_view f) {
    if (f.empty()) return false;
    CodePoint cp = DecodeAt(f, 0);
    if (IsUpperCp(cp.value) || IsDigitCp(cp.value)) return true;
    return f == "\"" || f == "(" || f == "[" || f == "\xE2\x80\x9C" || f == "'" || f == "-" ||
           f == "*" || f == "\xE2\x80\x98";
}

// After an abbreviation the period doubles as the sentence end only before a word that
// commonly opens a sentence; "Mr. Smith" must not split, "the U.S. The" should.
bool IsCommonOpener(std::string_view f) {
    static constexpr std::array<std::string_view, 22> kOpeners = {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "This", "In", "A",
        "There", "That", "These", "Those", "You", "His", "Her", "Their", "Our", "If"};
    for (auto o : kOpeners) {
        if (f == o) return true;
    }
    return false;
}

bool EndsWithAbbreviationPeriod(std::string_view f) {
    return f.size() > 1 && f.back() == '.' && f != "...";
}

}  // namespace

BoundaryMarks RuleBoundaries(std::string_view text, const std::vector<RawToken>& tokens) {
    BoundaryMarks marks;
    marks.hard.assign(tokens.size(), 0);
    marks.rule.assign(tokens.size(), 0);
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        const RawToken& next = tokens[i + 1];
        if (next.newlines_before >= 2) {
            marks.hard[i] = 1;
        } else if (next.newlines_before == 1) {
            size_t line = tokens[i].span.end - tokens[i].line_start;
            std::string_view pf = Form(text, tokens[i]);
            bool continues = pf == "," || pf == "-" || pf == "and" || pf == "of" ||
                             pf == "the" || pf == ":" || pf == "to";
            if (!continues && line < kShortLineBytes && StartsSentenceLike(Form(text, next))) {
                marks.hard[i] = 1;
            }
        }
    }
    for (size_t i = 0; i < tokens.size(); ++i) {
        std::string_view f = Form(text, tokens[i]);
        size_t next = i + 1;
        bool boundary = false;
        if (IsTerminal(f)) {
            // Closing quotes and brackets glued to the punctuation stay in the sentence.
            while (next < tokens.size() && tokens[next].newlines_before == 0 &&
                   IsCloseQuoteOrBracket(Form(text, tokens[next])) &&
                   tokens[next - 1].space_after == false) {
                ++next;
            }
            boundary = next >= tokens.size() || tokens[next].newlines_before > 0 ||
                       StartsSentenceLike(Form(text, tokens[next]));
            if (f == "..." || f == "\xE2\x80\xA6") {
                boundary = boundary && next < tokens.size() &&
                           IsUpperCp(DecodeAt(Form(text, tokens[next]), 0).value);
            }
        } else if (EndsWithAbbreviationPeriod(f) && next < tokens.size()) {
            boundary = IsCommonOpener(Form(text, tokens[next]));
        }
        if (boundary) {
            marks.rule[next - 1] = 1;
            i = next - 1;
        }
    }
    return marks;
}

std::vector<TokenRange> SegmentSentences(std::string_view text,
                                         const std::vector<RawToken>& tokens,
                                         const SentenceModel* model) {
    BoundaryMarks marks = RuleBoundaries(text, tokens);
    std::vector<uint8_t> soft = model ? model->Boundaries(text, tokens, marks) : marks.rule;
    std::vector<TokenRange> out;
    size_t start = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (marks.hard[i] || soft[i] || i + 1 == tokens.size() ||
            i + 1 - start >= kMaxSentenceTokens) {
            out.push_back({start, i + 1});
            start = i + 1;
        }
    }
    return out;
}

}  // namespace kg::extraction
