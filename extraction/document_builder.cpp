#include "extraction/document_builder.h"

#include "extraction/normalize.h"
#include "extraction/sentences.h"
#include "extraction/tokenize.h"

namespace kg::extraction {

Document BuildDocument(std::string_view text, const SentenceModel* sentences) {
    Document doc;
    doc.report = ScanUtf8(text);
    std::vector<RawToken> raw = Tokenize(text);
    for (const TokenRange& range : SegmentSentences(text, raw, sentences)) {
        Sentence sentence;
        sentence.tokens.reserve(range.end - range.begin);
        for (size_t i = range.begin; i < range.end; ++i) {
            const RawToken& r = raw[i];
            Token t;
            t.form = NormalizeText(text.substr(r.span.begin, r.span.end - r.span.begin));
            t.span = r.span;
            t.space_after = r.space_after;
            t.clitic = r.clitic;
            sentence.tokens.push_back(std::move(t));
        }
        sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
        doc.sentences.push_back(std::move(sentence));
    }
    return doc;
}

}  // namespace kg::extraction
