#include "storage/value_codec.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

namespace kg::storage {
namespace {

Value RoundTrip(const Value& v) {
    std::string bytes;
    EncodeValue(v, &bytes);
    Result<Value> back = DecodeValue(bytes);
    EXPECT_TRUE(back.ok()) << back.status().message();
    return back.ok() ? *back : Value();
}

TEST(ValueCodecTest, EveryTypeRoundTripsExactly) {
    std::vector<Value> values = {
        Value(),
        Value(true),
        Value(false),
        Value(int64_t{0}),
        Value(int64_t{-1}),
        Value(std::numeric_limits<int64_t>::min()),
        Value(std::numeric_limits<int64_t>::max()),
        Value(0.0),
        Value(-0.0),
        Value(1.0 / 3.0),
        Value(std::numeric_limits<double>::infinity()),
        Value(-std::numeric_limits<double>::infinity()),
        Value(std::numeric_limits<double>::denorm_min()),
        Value(std::nan("")),
        Value(""),
        Value("Iran-backed militias"),
        Value("naïve “quotes” — 😀 عربى"),
        Value(std::string("nul\0inside", 10)),
        Value(List{}),
        Value(List{Value(1), Value("two"), Value(List{Value(3.5), Value()})}),
        Value(Map{}),
        Value(Map{{"b", Value(1)}, {"a", Value(Map{{"nested", Value(List{Value(true)})}})}}),
    };
    for (const Value& v : values) {
        Value back = RoundTrip(v);
        EXPECT_TRUE(back.IdenticalTo(v)) << v.DebugString() << " came back as " << back.DebugString();
    }
}

TEST(ValueCodecTest, NegativeZeroAndNanKeepTheirBits) {
    double nan_with_payload;
    uint64_t bits = 0x7FF8000000000123ULL;
    std::memcpy(&nan_with_payload, &bits, 8);
    Value back = RoundTrip(Value(nan_with_payload));
    uint64_t back_bits;
    double d = back.AsDouble();
    std::memcpy(&back_bits, &d, 8);
    EXPECT_EQ(back_bits, bits);
    EXPECT_TRUE(std::signbit(RoundTrip(Value(-0.0)).AsDouble()));
}

TEST(ValueCodecTest, TruncatedOrUnknownInputIsCorruptionNotACrash) {
    std::string bytes;
    EncodeValue(Value(List{Value("abc"), Value(Map{{"k", Value(7)}})}), &bytes);
    for (size_t n = 0; n < bytes.size(); ++n) {
        Result<Value> r = DecodeValue(std::string_view(bytes).substr(0, n));
        EXPECT_FALSE(r.ok()) << "prefix of " << n << " bytes decoded";
        EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
    }
    EXPECT_FALSE(DecodeValue(std::string(1, '\x42')).ok());
    // A huge claimed list length must not allocate or read past the end.
    std::string huge = "\x06\xff\xff\xff\xff\x0f";
    EXPECT_FALSE(DecodeValue(huge).ok());
    // Deep nesting is refused rather than exhausting the stack.
    std::string deep(100000, '\x06');
    EXPECT_FALSE(DecodeValue(deep).ok());
}

TEST(ValueCodecTest, NodeRecordRoundTrips) {
    std::vector<std::string> names = {"Entity", "Person", "name", "aliases"};
    auto intern = [&](std::string_view k) -> TokenId {
        for (size_t i = 0; i < names.size(); ++i) {
            if (names[i] == k) return static_cast<TokenId>(i);
        }
        names.emplace_back(k);
        return static_cast<TokenId>(names.size() - 1);
    };
    auto name_of = [&](TokenId id) -> const std::string* {
        return id < names.size() ? &names[id] : nullptr;
    };
    Properties props{{"name", Value("Donald Trump")},
                     {"aliases", Value(List{Value("Trump"), Value("President Donald Trump")})},
                     {"mentions", Value(int64_t{3})}};
    std::string bytes = EncodeNodeValue({0, 1}, props, intern);
    Node node;
    ASSERT_TRUE(DecodeNodeValue(bytes, name_of, name_of, &node).ok());
    EXPECT_EQ(node.labels, (std::vector<std::string>{"Entity", "Person"}));
    EXPECT_TRUE(Value(node.properties).IdenticalTo(Value(props)));
}

}  // namespace
}  // namespace kg::storage
