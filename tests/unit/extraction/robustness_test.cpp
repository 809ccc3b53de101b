// Hostile inputs: nothing may crash, every token must stay inside the text. The tokenizer and
// segmenter see the full 10 MB inputs; the statistical stages see them too when models exist
// (a random-bytes input is limited to its first 1 MB there to keep the suite fast).
#include <gtest/gtest.h>

#include <random>

#include "extraction/conllu.h"
#include "extraction/document_builder.h"
#include "extraction/pipeline.h"
#include "test_util.h"

namespace kg::extraction {
namespace {

constexpr size_t kTenMb = 10 * 1024 * 1024;

void CheckSpans(const Document& doc, size_t size) {
    uint32_t last = 0;
    for (const auto& s : doc.sentences) {
        ASSERT_FALSE(s.tokens.empty());
        for (const auto& t : s.tokens) {
            ASSERT_LT(t.span.begin, t.span.end);
            ASSERT_LE(t.span.end, size);
            ASSERT_GE(t.span.begin, last);
            last = t.span.end;
        }
    }
}

std::string RandomBytes(size_t n) {
    std::mt19937_64 rng(42);
    std::string s(n, '\0');
    for (size_t i = 0; i < n; i += 8) {
        uint64_t v = rng();
        for (size_t k = 0; k < 8 && i + k < n; ++k) s[i + k] = static_cast<char>((v >> (8 * k)) & 0xFF);
    }
    return s;
}

std::unique_ptr<Pipeline> MaybePipeline() {
    if (!testing::HaveModels()) return nullptr;
    auto p = Pipeline::Load(testing::ModelsDir());
    return p.ok() ? std::make_unique<Pipeline>(std::move(*p)) : nullptr;
}

TEST(Robustness, EmptyInput) {
    EXPECT_TRUE(BuildDocument("").sentences.empty());
    if (auto p = MaybePipeline()) {
        EXPECT_TRUE(p->Run("").sentences.empty());
    }
    EXPECT_EQ(WriteConllu(Document{}, ""), "");
}

TEST(Robustness, TenMegabytesOfRandomBytes) {
    std::string text = RandomBytes(kTenMb);
    Document doc = BuildDocument(text);
    CheckSpans(doc, text.size());
    EXPECT_GT(doc.report.invalid_bytes, 0u);
    if (auto p = MaybePipeline()) {
        std::string head = text.substr(0, kTenMb / 10);
        Document parsed = p->Run(head);
        CheckSpans(parsed, head.size());
        EXPECT_FALSE(WriteConllu(parsed, head).empty());
    }
}

TEST(Robustness, TenMegabyteSingleLineWithoutSpaces) {
    std::string text(kTenMb, 'x');
    Document doc = MaybePipeline() ? MaybePipeline()->Run(text) : BuildDocument(text);
    CheckSpans(doc, text.size());
    for (const auto& s : doc.sentences) EXPECT_LE(s.tokens.size(), 120u);
}

TEST(Robustness, TenMegabyteSingleLineOfWords) {
    std::string text;
    text.reserve(kTenMb);
    const char* words[] = {"the ", "militia ", "attacked ", "U.S. ", "5,000 ", "Iran's ", "don't ", "- "};
    for (size_t i = 0; text.size() < kTenMb; ++i) text += words[(i * 7 + i / 3) % 8];
    Document doc = BuildDocument(text);
    CheckSpans(doc, text.size());
}

}  // namespace
}  // namespace kg::extraction
