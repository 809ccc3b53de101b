#include "storage/key_codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace kg::storage {
namespace {

TEST(KeyCodecTest, IdKeysSortInNumericOrder) {
    std::vector<uint64_t> ids = {0, 1, 2, 127, 128, 255, 256, 65535, 65536, 1ULL << 32,
                                 (1ULL << 40) + 7, UINT64_MAX - 1, UINT64_MAX};
    std::vector<std::string> keys;
    for (uint64_t id : ids) keys.push_back(IdKey(id));
    EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ParseIdKey(keys[i]), ids[i]);
}

TEST(KeyCodecTest, AdjacencyKeysSortByNodeDirectionTypeOtherRelationship) {
    std::mt19937_64 rng(7);
    std::vector<AdjacencyKey> keys;
    for (int i = 0; i < 2000; ++i) {
        keys.push_back({rng() % 300, static_cast<Direction>(rng() % 2),
                        static_cast<TokenId>(rng() % 300), rng() % 100000, rng()});
    }
    std::vector<std::string> encoded;
    for (const AdjacencyKey& k : keys) encoded.push_back(EncodeAdjacencyKey(k));
    std::sort(encoded.begin(), encoded.end());
    std::sort(keys.begin(), keys.end(), [](const AdjacencyKey& a, const AdjacencyKey& b) {
        return std::tie(a.node, a.dir, a.type, a.other, a.rel) <
               std::tie(b.node, b.dir, b.type, b.other, b.rel);
    });
    for (size_t i = 0; i < keys.size(); ++i) {
        std::optional<AdjacencyKey> d = DecodeAdjacencyKey(encoded[i]);
        ASSERT_TRUE(d);
        EXPECT_EQ(d->node, keys[i].node);
        EXPECT_EQ(d->rel, keys[i].rel);
        EXPECT_EQ(encoded[i].size(), kAdjacencyKeySize);
    }
}

TEST(KeyCodecTest, PrefixesSelectExactlyTheirRange) {
    std::string prefix = AdjacencyPrefix(5, Direction::kOut);
    EXPECT_TRUE(EncodeAdjacencyKey({5, Direction::kOut, 9, 1, 2}).starts_with(prefix));
    EXPECT_FALSE(EncodeAdjacencyKey({5, Direction::kIn, 9, 1, 2}).starts_with(prefix));
    EXPECT_FALSE(EncodeAdjacencyKey({6, Direction::kOut, 0, 0, 0}).starts_with(prefix));
    EXPECT_LT(EncodeAdjacencyKey({5, Direction::kOut, UINT32_MAX, UINT64_MAX, UINT64_MAX}),
              PrefixSuccessor(prefix));
    EXPECT_EQ(PrefixSuccessor(std::string("a\xff\xff", 3)), "b");
    EXPECT_EQ(PrefixSuccessor(std::string("\xff", 1)), "");
}

TEST(KeyCodecTest, NameKeysSeparateNamesThatArePrefixesOfEachOther) {
    std::string iran = EncodeNameKey("iran", 3);
    std::string iranian = EncodeNameKey("iranian", 1);
    EXPECT_TRUE(iran.starts_with(NamePrefix("iran")));
    EXPECT_FALSE(iranian.starts_with(NamePrefix("iran")));
    auto decoded = DecodeNameKey(iran);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->first, "iran");
    EXPECT_EQ(decoded->second, 3u);
}

TEST(KeyCodecTest, EvidenceAndDocumentFactKeysMirrorEachOther) {
    EvidenceKey k{ElementKind::kRel, 42, 7, 3};
    std::optional<EvidenceKey> a = DecodeEvidenceKey(EncodeEvidenceKey(k));
    std::optional<EvidenceKey> b = DecodeDocFactKey(EncodeDocFactKey(k));
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->element, 42u);
    EXPECT_EQ(b->doc, 7u);
    EXPECT_EQ(b->seq, 3u);
    EXPECT_TRUE(EncodeDocFactKey(k).starts_with(DocFactPrefix(7)));
}

}  // namespace
}  // namespace kg::storage
