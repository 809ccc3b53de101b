#include <gtest/gtest.h>

#include <filesystem>

#include "extraction/conllu.h"
#include "extraction/lemmatizer.h"
#include "extraction/parser.h"
#include "extraction/sentence_model.h"
#include "extraction/tagger.h"
#include "test_util.h"

namespace kg::extraction {
namespace {

// A tiny hand-written treebank so that the test never depends on external data.
constexpr const char* kTreebank =
    "# text = The army attacked the town.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\ttown\ttown\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
    "# text = Militias threw stones at the embassy.\n"
    "1\tMilitias\tmilitia\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tthrew\tthrow\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tstones\tstone\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tat\tat\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tembassy\tembassy\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "# text = She said it rained\n"
    "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tit\tit\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "4\trained\train\tVERB\tVBD\t_\t2\tccomp\t_\t_\n\n";

std::vector<AnnotatedSentence> Data() { return ParseConllu(kTreebank); }

TEST(Training, SameSeedGivesIdenticalBytes) {
    TrainOptions options{.epochs = 3, .seed = 7};
    EXPECT_EQ(Tagger::Train(Data(), options).Serialize(), Tagger::Train(Data(), options).Serialize());
    EXPECT_EQ(Parser::Train(Data(), options).Serialize(), Parser::Train(Data(), options).Serialize());
    EXPECT_EQ(Lemmatizer::Train(Data()).Serialize(), Lemmatizer::Train(Data()).Serialize());
    EXPECT_EQ(SentenceModel::Train(Data(), options).Serialize(),
              SentenceModel::Train(Data(), options).Serialize());
}

TEST(Training, SavedFilesAreIdentical) {
    TrainOptions options{.epochs = 2, .seed = 3};
    std::string a = testing::TempPath("repro_a.kgm"), b = testing::TempPath("repro_b.kgm");
    ASSERT_TRUE(Parser::Train(Data(), options).Save(a).ok());
    ASSERT_TRUE(Parser::Train(Data(), options).Save(b).ok());
    EXPECT_EQ(*ReadFile(a), *ReadFile(b));
    std::filesystem::remove(a);
    std::filesystem::remove(b);
}

TEST(Training, TinyModelsLearnTheirData) {
    TrainOptions options{.epochs = 8, .seed = 1};
    auto data = Data();
    Tagger tagger = Tagger::Train(data, options);
    Parser parser = Parser::Train(data, options);
    Sentence s = data[0].sentence;
    for (auto& t : s.tokens) t.upos.clear(), t.xpos.clear(), t.head = -1, t.deprel.clear();
    tagger.Tag(s);
    parser.Parse(s);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
        EXPECT_EQ(s.tokens[i].xpos, data[0].sentence.tokens[i].xpos) << i;
        EXPECT_EQ(s.tokens[i].head, data[0].sentence.tokens[i].head) << i;
        EXPECT_EQ(s.tokens[i].deprel, data[0].sentence.tokens[i].deprel) << i;
    }
}

TEST(Training, SentenceModelLearnsBoundaries) {
    SentenceModel model = SentenceModel::Train(Data(), TrainOptions{.epochs = 5, .seed = 1});
    std::string text = "The army attacked the town. Militias threw stones at the embassy.";
    auto tokens = Tokenize(text);
    auto ranges = SegmentSentences(text, tokens, &model);
    ASSERT_EQ(ranges.size(), 2u);
    EXPECT_EQ(ranges[0].end, 6u);
}

// Reproducibility on a real slice of EWT when the shared treebanks are present.
TEST(Training, ReproducibleOnTreebankSlice) {
    auto data = ReadConllu(testing::SharedUdDir() + "/en_ewt-ud-dev.conllu");
    if (!data.ok()) GTEST_SKIP() << "shared treebanks not found: " << data.status().message();
    data->resize(std::min<size_t>(data->size(), 200));
    TrainOptions options{.epochs = 2, .seed = 11};
    EXPECT_EQ(Tagger::Train(*data, options).Serialize(), Tagger::Train(*data, options).Serialize());
    EXPECT_EQ(Parser::Train(*data, options).Serialize(), Parser::Train(*data, options).Serialize());
}

}  // namespace
}  // namespace kg::extraction
