// kg-train: rebuilds every model of the language core from Universal Dependencies treebanks.
//   kg-train --ud ../shared/ud --out models [--seed 1] [--tagger-epochs N] [--parser-epochs N]
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "extraction/conllu.h"
#include "extraction/jackknife.h"
#include "extraction/lemmatizer.h"
#include "extraction/parser.h"
#include "extraction/pipeline.h"
#include "extraction/sentence_model.h"
#include "extraction/tagger.h"

namespace ex = kg::extraction;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

int Usage() {
    std::cerr << "usage: kg-train --ud DIR --out DIR [--seed N] [--tagger-epochs N] "
                 "[--parser-epochs N] [--jackknife FOLDS] [--only COMPONENT] [--train FILE]...\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string ud_dir, out_dir;
    std::vector<std::string> files;
    int jackknife_folds = 5;
    std::string only;  // train just this component: lemmatizer, sentences, tagger or parser
    ex::TrainOptions tagger_options{.epochs = 8, .seed = 1, .log = &std::cerr};
    ex::TrainOptions parser_options{.epochs = 12, .seed = 1, .log = &std::cerr};
    ex::TrainOptions sentence_options{.epochs = 5, .seed = 1, .log = &std::cerr};
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (i + 1 >= argc) return Usage();
        std::string v = argv[++i];
        if (a == "--ud") ud_dir = v;
        else if (a == "--out") out_dir = v;
        else if (a == "--train") files.push_back(v);
        else if (a == "--seed") {
            tagger_options.seed = parser_options.seed = sentence_options.seed =
                std::strtoull(v.c_str(), nullptr, 10);
        }
        else if (a == "--tagger-epochs") tagger_options.epochs = std::atoi(v.c_str());
        else if (a == "--parser-epochs") parser_options.epochs = std::atoi(v.c_str());
        else if (a == "--jackknife") jackknife_folds = std::atoi(v.c_str());
        else if (a == "--only") only = v;
        else return Usage();
    }
    if (out_dir.empty() || (ud_dir.empty() && files.empty())) return Usage();
    if (files.empty()) {
        files = {ud_dir + "/en_ewt-ud-train.conllu", ud_dir + "/en_gum-cc-by-train.conllu"};
    }
    auto start = std::chrono::steady_clock::now();
    std::vector<ex::AnnotatedSentence> data;
    for (const auto& f : files) {
        auto part = ex::ReadConllu(f);
        if (!part.ok()) {
            std::cerr << part.status().message() << "\n";
            return 1;
        }
        data.insert(data.end(), part->begin(), part->end());
    }
    std::cerr << "read " << data.size() << " sentences in " << Seconds(start) << " s\n";
    std::filesystem::create_directories(out_dir);
    auto out = [&](std::string_view name) { return (std::filesystem::path(out_dir) / name).string(); };

    auto t = std::chrono::steady_clock::now();
    auto wanted = [&](std::string_view name) { return only.empty() || only == name; };
    ex::Status st;
    if (wanted("lemmatizer")) {
        st = ex::Lemmatizer::Train(data).Save(out(ex::kLemmatizerFile));
        std::cerr << "lemmatizer trained in " << Seconds(t) << " s\n";
    }
    if (wanted("sentences")) {
        t = std::chrono::steady_clock::now();
        ex::SentenceModel sentences = ex::SentenceModel::Train(data, sentence_options);
        if (st.ok()) st = sentences.Save(out(ex::kSentencesFile));
        std::cerr << "sentence model trained in " << Seconds(t) << " s\n";
    }
    if (!wanted("tagger") && !wanted("parser")) {
        if (!st.ok()) std::cerr << st.message() << "\n";
        return st.ok() ? 0 : 1;
    }
    // Jackknifed first-pass tags feed both the tagger's second pass and the parser, which
    // thereby trains on tags as noisy as those it will see at run time.
    t = std::chrono::steady_clock::now();
    std::vector<ex::AnnotatedSentence> jackknifed =
        jackknife_folds > 1 ? ex::JackknifeTags(data, jackknife_folds, tagger_options) : data;
    std::cerr << "jackknifed tags in " << Seconds(t) << " s\n";
    t = std::chrono::steady_clock::now();
    if (wanted("tagger")) {
        ex::Tagger tagger =
            ex::Tagger::Train(data, tagger_options, jackknife_folds > 1 ? &jackknifed : nullptr);
        if (st.ok()) st = tagger.Save(out(ex::kTaggerFile));
        std::cerr << "tagger trained in " << Seconds(t) << " s\n";
    }
    if (wanted("parser")) {
        t = std::chrono::steady_clock::now();
        ex::Parser parser = ex::Parser::Train(jackknifed, parser_options);
        if (st.ok()) st = parser.Save(out(ex::kParserFile));
        std::cerr << "parser trained in " << Seconds(t) << " s\n";
    }
    if (!st.ok()) {
        std::cerr << st.message() << "\n";
        return 1;
    }
    std::cerr << "all models written to " << out_dir << " in " << Seconds(start) << " s\n";
    return 0;
}
