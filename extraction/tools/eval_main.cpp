// kg-eval: scores the pipeline on a CoNLL-U gold file with the CoNLL 2018 definitions.
//   kg-eval --gold FILE [--models DIR] [--mode gold|raw|both] [--output FILE.conllu]
//   kg-eval --text FILE [--models DIR] [--output FILE.conllu]   (speed on raw text only)
// "gold" keeps the gold tokenization and predicts tags, lemmas and trees; "raw" starts from the
// "# text" lines (paragraphs separated by a blank line) and runs the whole pipeline.
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "extraction/conllu.h"
#include "extraction/document_builder.h"
#include "extraction/pipeline.h"
#include "extraction/scorer.h"

namespace ex = kg::extraction;

namespace {

std::vector<ex::AnnotatedSentence> RunGold(const ex::Pipeline& p,
                                           const std::vector<ex::AnnotatedSentence>& gold,
                                           size_t* words) {
    std::vector<ex::AnnotatedSentence> sys = gold;
    for (auto& s : sys) {
        for (auto& t : s.sentence.tokens) {
            t.upos.clear(), t.xpos.clear(), t.lemma.clear(), t.deprel.clear();
            t.head = -1;
        }
        p.Annotate(s.sentence);
        *words += s.sentence.tokens.size();
    }
    return sys;
}

std::string RawText(const std::vector<ex::AnnotatedSentence>& gold) {
    std::string text;
    for (const auto& s : gold) {
        if (!text.empty()) text += s.starts_paragraph ? "\n\n" : " ";
        text += s.text;
    }
    return text;
}

std::vector<ex::AnnotatedSentence> ToAnnotated(const ex::Document& doc) {
    std::vector<ex::AnnotatedSentence> out;
    for (const auto& s : doc.sentences) {
        ex::AnnotatedSentence a;
        a.sentence = s;
        a.multiword = ex::CliticGroups(s);
        out.push_back(std::move(a));
    }
    return out;
}

double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

int RunText(const std::string& path, std::string models, const std::string& output) {
    auto text = ex::ReadFile(path);
    if (!text.ok()) {
        std::cerr << text.status().message() << "\n";
        return 1;
    }
    if (models.empty()) {
        auto dir = ex::FindModelsDir();
        if (!dir.ok()) {
            std::cerr << dir.status().message() << "\n";
            return 1;
        }
        models = *dir;
    }
    auto load_start = std::chrono::steady_clock::now();
    auto pipeline = ex::Pipeline::Load(models);
    if (!pipeline.ok()) {
        std::cerr << pipeline.status().message() << "\n";
        return 1;
    }
    std::cout << "models loaded in " << Seconds(load_start) * 1000 << " ms\n";
    auto t = std::chrono::steady_clock::now();
    ex::Document doc = pipeline->Run(*text);
    double secs = Seconds(t);
    size_t tokens = 0;
    for (const auto& s : doc.sentences) tokens += s.tokens.size();
    std::cout << text->size() << " bytes, " << doc.sentences.size() << " sentences, " << tokens
              << " tokens in " << secs << " s: " << tokens / secs << " tokens/s end to end\n";
    if (doc.report.invalid_bytes > 0) {
        std::cerr << "warning: '" << path << "' has " << doc.report.invalid_bytes
                  << " invalid UTF-8 bytes, first at byte " << doc.report.first_invalid_offset << "\n";
    }
    if (!output.empty()) std::ofstream(output) << ex::WriteConllu(doc, *text);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string gold_path, models, mode = "both", output, text_path;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i], v = argv[i + 1];
        if (a == "--gold") gold_path = v;
        else if (a == "--models") models = v;
        else if (a == "--mode") mode = v;
        else if (a == "--output") output = v;
        else if (a == "--text") text_path = v;
    }
    if (!text_path.empty()) return RunText(text_path, models, output);
    if (gold_path.empty()) {
        std::cerr << "usage: kg-eval --gold FILE [--models DIR] [--mode gold|raw|both] [--output FILE]\n";
        return 2;
    }
    auto gold = ex::ReadConllu(gold_path);
    if (!gold.ok()) {
        std::cerr << gold.status().message() << "\n";
        return 1;
    }
    if (models.empty()) {
        auto dir = ex::FindModelsDir();
        if (!dir.ok()) {
            std::cerr << dir.status().message() << "\n";
            return 1;
        }
        models = *dir;
    }
    auto load_start = std::chrono::steady_clock::now();
    auto pipeline = ex::Pipeline::Load(models);
    if (!pipeline.ok()) {
        std::cerr << pipeline.status().message() << "\n";
        return 1;
    }
    std::cout << "models loaded in " << Seconds(load_start) * 1000 << " ms\n";
    if (mode == "gold" || mode == "both") {
        size_t words = 0;
        auto t = std::chrono::steady_clock::now();
        auto sys = RunGold(*pipeline, *gold, &words);
        double secs = Seconds(t);
        std::cout << "== gold tokenization: " << words << " words, " << words / secs << " words/s\n"
                  << ex::FormatEvaluation(ex::Evaluate(*gold, sys));
        if (!output.empty() && mode == "gold") {
            std::string out;
            size_t id = 1;
            for (const auto& s : sys) ex::AppendConllu(s.sentence, s.multiword, s.text, id++, out);
            std::ofstream(output) << out;
        }
    }
    if (mode == "raw" || mode == "both") {
        std::string text = RawText(*gold);
        auto t = std::chrono::steady_clock::now();
        ex::Document doc = pipeline->Run(text);
        double secs = Seconds(t);
        size_t tokens = 0;
        for (const auto& s : doc.sentences) tokens += s.tokens.size();
        std::cout << "== raw text: " << text.size() << " bytes, " << tokens << " tokens, "
                  << tokens / secs << " tokens/s end to end\n"
                  << ex::FormatEvaluation(ex::Evaluate(*gold, ToAnnotated(doc)));
        if (!output.empty()) std::ofstream(output) << ex::WriteConllu(doc, text);
    }
    return 0;
}
