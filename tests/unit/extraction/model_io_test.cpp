#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extraction/conllu.h"
#include "extraction/lemmatizer.h"
#include "extraction/model_io.h"
#include "extraction/parser.h"
#include "extraction/pipeline.h"
#include "extraction/tagger.h"
#include "test_util.h"

namespace kg::extraction {
namespace {

constexpr const char* kTiny =
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tslept\tsleep\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";

std::string ReadAll(const std::string& path) { return *ReadFile(path); }

void WriteAll(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

class ModelIo : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = testing::TempPath("tagger.kgm");
        Tagger t = Tagger::Train(ParseConllu(kTiny), TrainOptions{.epochs = 1});
        ASSERT_TRUE(t.Save(path_).ok());
    }
    void TearDown() override { std::filesystem::remove(path_); }
    std::string path_;
};

TEST_F(ModelIo, RoundTrip) {
    auto t = Tagger::Load(path_);
    ASSERT_TRUE(t.ok()) << t.status().message();
}

TEST_F(ModelIo, CorruptedPayloadNamesTheFile) {
    std::string bytes = ReadAll(path_);
    bytes[bytes.size() - 3] ^= 0x5A;
    WriteAll(path_, bytes);
    auto t = Tagger::Load(path_);
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.status().message().find(path_), std::string::npos) << t.status().message();
    EXPECT_NE(t.status().message().find("fingerprint"), std::string::npos);
}

TEST_F(ModelIo, TruncatedFileFails) {
    std::string bytes = ReadAll(path_);
    WriteAll(path_, bytes.substr(0, bytes.size() / 2));
    auto t = Tagger::Load(path_);
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.status().message().find(path_), std::string::npos);
}

TEST_F(ModelIo, WrongKindFails) {
    auto p = Parser::Load(path_);
    ASSERT_FALSE(p.ok());
    EXPECT_NE(p.status().message().find(path_), std::string::npos);
    EXPECT_NE(p.status().message().find("'tagger'"), std::string::npos);
}

TEST_F(ModelIo, WrongVersionFails) {
    std::string bytes = ReadAll(path_);
    bytes[8] = 99;
    WriteAll(path_, bytes);
    auto t = Tagger::Load(path_);
    ASSERT_FALSE(t.ok());
    EXPECT_NE(t.status().message().find("version"), std::string::npos);
}

TEST_F(ModelIo, GarbageAndMissingFilesFail) {
    WriteAll(path_, "not a model at all");
    EXPECT_FALSE(Tagger::Load(path_).ok());
    WriteAll(path_, "");
    EXPECT_FALSE(Lemmatizer::Load(path_).ok());
    auto missing = Tagger::Load(path_ + ".missing");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.status().message().find(path_ + ".missing"), std::string::npos);
}

// A payload that passes the fingerprint but is structurally wrong must fail, not crash.
TEST_F(ModelIo, ValidFingerprintBadPayloadFails) {
    ASSERT_TRUE(WriteModelFile(path_, "tagger", std::string(40, '\x07')).ok());
    EXPECT_FALSE(Tagger::Load(path_).ok());
    ASSERT_TRUE(WriteModelFile(path_, "parser", std::string(3, '\x01')).ok());
    EXPECT_FALSE(Parser::Load(path_).ok());
}

TEST(Pipeline, MissingModelsDirectoryNamesTheFile) {
    auto p = Pipeline::Load("/nonexistent/kg/models");
    ASSERT_FALSE(p.ok());
    EXPECT_NE(p.status().message().find("/nonexistent/kg/models"), std::string::npos);
}

TEST(Pipeline, FindModelsDirHonoursEnvironment) {
    std::string dir = testing::TempPath("models_dir");
    std::filesystem::create_directories(dir);
    WriteAll(dir + "/en_tagger.kgm", "x");
    setenv("KG_MODELS_DIR", dir.c_str(), 1);
    auto found = FindModelsDir();
    unsetenv("KG_MODELS_DIR");
    ASSERT_TRUE(found.ok()) << found.status().message();
    EXPECT_EQ(*found, dir);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kg::extraction
