#include "extraction/parser_features.h"

#include <algorithm>

#include "extraction/hash.h"

namespace kg::extraction {
namespace {

constexpr uint64_t kNone = 0x5bd1e995ULL;

uint64_t F(uint64_t templ, uint64_t a) { return HashCombine(templ * 0x9E3779B97F4A7C15ULL, a); }
uint64_t F(uint64_t templ, uint64_t a, uint64_t b) { return HashCombine(F(templ, a), b); }
uint64_t F(uint64_t templ, uint64_t a, uint64_t b, uint64_t c) {
    return HashCombine(F(templ, a, b), c);
}
uint64_t F(uint64_t templ, uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
    return HashCombine(F(templ, a, b, c), d);
}

uint64_t Bucket(int distance) {
    if (distance < 0) return 99;
    if (distance <= 4) return static_cast<uint64_t>(distance);
    return distance <= 7 ? 5 : (distance <= 12 ? 6 : 7);
}

}  // namespace

void ExtractParserFeatures(const ParserInput& in, const ParserState& st, uint64_t* f) {
    auto w = [&](int i) { return i < 0 ? kNone : in.word[static_cast<size_t>(i)]; };
    auto t = [&](int i) { return i < 0 ? kNone : in.tag[static_cast<size_t>(i)]; };
    auto l = [&](int i) {
        return i < 0 ? kNone : static_cast<uint64_t>(st.label[static_cast<size_t>(i)] + 1);
    };
    auto at = [](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[static_cast<size_t>(i)]; };
    auto at64 = [](const std::vector<uint64_t>& v, int i) {
        return i < 0 ? kNone : v[static_cast<size_t>(i)];
    };
    const int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
    const int b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
    const uint64_t s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2t = t(s2);
    const uint64_t b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2w = w(b2), b2t = t(b2);
    const uint64_t d = Bucket(s0 >= 0 && b0 >= 0 ? b0 - s0 : -1);
    const uint64_t d2 = Bucket(s0 >= 0 && s1 >= 0 ? s0 - s1 : -1);
    const int s0l1 = at(st.lc1, s0), s0l2 = at(st.lc2, s0), s0r1 = at(st.rc1, s0),
              s0r2 = at(st.rc2, s0);
    const int b0l1 = at(st.lc1, b0), b0l2 = at(st.lc2, b0), s1r1 = at(st.rc1, s1),
              s1l1 = at(st.lc1, s1);
    const auto vl0 = static_cast<uint64_t>(std::min(at(st.nleft, s0), 6) + 1);
    const auto vr0 = static_cast<uint64_t>(std::min(at(st.nright, s0), 6) + 1);
    const auto vlb = static_cast<uint64_t>(std::min(at(st.nleft, b0), 6) + 1);
    const auto vr1 = static_cast<uint64_t>(std::min(at(st.nright, s1), 6) + 1);
    size_t k = 0;
    f[k++] = F(1, s0w);
    f[k++] = F(2, s0t);
    f[k++] = F(3, s0w, s0t);
    f[k++] = F(4, s1w);
    f[k++] = F(5, s1t);
    f[k++] = F(6, s1w, s1t);
    f[k++] = F(7, b0w);
    f[k++] = F(8, b0t);
    f[k++] = F(9, b0w, b0t);
    f[k++] = F(10, b1w);
    f[k++] = F(11, b1t);
    f[k++] = F(12, b1w, b1t);
    f[k++] = F(13, b2w);
    f[k++] = F(14, b2t);
    f[k++] = F(15, s0w, s0t, b0w, b0t);
    f[k++] = F(16, s0w, s0t, b0w);
    f[k++] = F(17, s0w, b0w, b0t);
    f[k++] = F(18, s0w, s0t, b0t);
    f[k++] = F(19, s0t, b0w, b0t);
    f[k++] = F(20, s0w, b0w);
    f[k++] = F(21, s0t, b0t);
    f[k++] = F(22, b0t, b1t);
    f[k++] = F(23, b0t, b1t, b2t);
    f[k++] = F(24, s0t, b0t, b1t);
    f[k++] = F(25, s1t, s0t, b0t);
    f[k++] = F(26, s1t, s0t);
    f[k++] = F(27, s2t, s1t, s0t);
    f[k++] = F(28, s1w, s0w);
    f[k++] = F(29, s1t, s0w, s0t);
    f[k++] = F(30, s0w, d);
    f[k++] = F(31, s0t, d);
    f[k++] = F(32, b0w, d);
    f[k++] = F(33, b0t, d);
    f[k++] = F(34, s0t, b0t, d);
    f[k++] = F(35, s1t, s0t, d2);
    f[k++] = F(36, s0w, vr0);
    f[k++] = F(37, s0t, vr0);
    f[k++] = F(38, s0w, vl0);
    f[k++] = F(39, s0t, vl0);
    f[k++] = F(40, b0w, vlb);
    f[k++] = F(41, b0t, vlb);
    f[k++] = F(42, s1t, vr1);
    f[k++] = F(43, w(s0l1));
    f[k++] = F(44, t(s0l1));
    f[k++] = F(45, l(s0l1));
    f[k++] = F(46, w(s0r1));
    f[k++] = F(47, t(s0r1));
    f[k++] = F(48, l(s0r1));
    f[k++] = F(49, w(b0l1));
    f[k++] = F(50, t(b0l1));
    f[k++] = F(51, l(b0l1));
    f[k++] = F(52, t(s1r1));
    f[k++] = F(53, l(s1r1));
    f[k++] = F(54, t(s1l1), l(s1l1));
    f[k++] = F(55, t(s0l2));
    f[k++] = F(56, l(s0l2));
    f[k++] = F(57, t(s0r2));
    f[k++] = F(58, l(s0r2));
    f[k++] = F(59, t(b0l2));
    f[k++] = F(60, l(b0l2));
    f[k++] = F(61, s0t, t(s0l1), t(s0l2));
    f[k++] = F(62, s0t, t(s0r1), t(s0r2));
    f[k++] = F(63, b0t, t(b0l1), t(b0l2));
    f[k++] = F(64, s0w, at64(st.left_labels, s0));
    f[k++] = F(65, s0t, at64(st.left_labels, s0));
    f[k++] = F(66, s0w, at64(st.right_labels, s0));
    f[k++] = F(67, s0t, at64(st.right_labels, s0));
    f[k++] = F(68, b0w, at64(st.left_labels, b0));
    f[k++] = F(69, b0t, at64(st.left_labels, b0));
    f[k++] = F(70, s0t, l(s0l1), b0t);
    f[k++] = F(71, s1t, l(s1r1), s0t);
    f[k++] = F(72, 0);
    // Pairs of s1 and s0 decide RIGHT arcs in the arc-hybrid system.
    f[k++] = F(73, s1w, s1t, s0t);
    f[k++] = F(74, s1t, s0w);
    f[k++] = F(75, s1w, s0t);
    f[k++] = F(76, s1w, s1t, s0w, s0t);
    f[k++] = F(77, s0t, l(s0l1), l(s0l2));
    f[k++] = F(78, s1t, at64(st.right_labels, s1));
    auto u = [&](int i) { return i < 0 ? kNone : in.upos[static_cast<size_t>(i)]; };
    f[k++] = F(79, u(s0), u(b0));
    f[k++] = F(80, u(s1), u(s0));
    f[k++] = F(81, u(s0), u(b0), u(b1));
    f[k++] = F(82, b0w, b1w);
}

}  // namespace kg::extraction
