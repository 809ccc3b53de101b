// Configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) with the artificial
// root at the bottom of the stack. Words are numbered 1..n, 0 is the root.
//   SHIFT      push b0
//   LEFT(l)    b0 -l-> s0, pop s0         (needs a buffer and s0 != root)
//   RIGHT(l)   s1 -l-> s0, pop s0         (root may take a child only when the buffer is empty,
//                                          which guarantees exactly one root)
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg::extraction {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

// Class c of the scorer: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
inline Move MoveOf(int cls) {
    return cls == 0 ? Move::kShift : (cls % 2 == 1 ? Move::kLeft : Move::kRight);
}
inline int LabelOf(int cls) { return (cls - 1) / 2; }

struct ParserState {
    explicit ParserState(int words)
        : n(words), head(words + 1, -1), label(words + 1, -1), lc1(words + 1, -1),
          lc2(words + 1, -1), rc1(words + 1, -1), rc2(words + 1, -1), nleft(words + 1, 0),
          nright(words + 1, 0), left_labels(words + 1, 0), right_labels(words + 1, 0),
          in_stack(words + 1, 0) {
        stack.push_back(0);
        in_stack[0] = 1;
    }

    int S(size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
    int B(int k) const { return b0 + k <= n ? b0 + k : -1; }
    bool Terminal() const { return b0 > n && stack.size() == 1; }

    bool CanShift() const { return b0 <= n; }
    bool CanLeft() const { return b0 <= n && stack.size() >= 2; }
    bool CanRight() const { return stack.size() >= 2 && (S(1) != 0 || b0 > n); }

    void Apply(int cls) {
        switch (MoveOf(cls)) {
            case Move::kShift:
                stack.push_back(b0);
                in_stack[b0] = 1;
                ++b0;
                break;
            case Move::kLeft:
                Attach(b0, S(0), LabelOf(cls));
                Pop();
                break;
            case Move::kRight:
                Attach(S(1), S(0), LabelOf(cls));
                Pop();
                break;
        }
    }

    int n;
    int b0 = 1;
    std::vector<int> stack;
    std::vector<int> head, label, lc1, lc2, rc1, rc2, nleft, nright;
    std::vector<uint64_t> left_labels, right_labels;  // bit (label % 64) set per child
    std::vector<uint8_t> in_stack;

private:
    void Pop() {
        in_stack[stack.back()] = 0;
        stack.pop_back();
    }
    void Attach(int h, int d, int l) {
        head[d] = h;
        label[d] = l;
        uint64_t bit = uint64_t{1} << (l % 64);
        if (d < h) {
            ++nleft[h];
            left_labels[h] |= bit;
            if (lc1[h] < 0 || d < lc1[h]) {
                lc2[h] = lc1[h];
                lc1[h] = d;
            } else if (lc2[h] < 0 || d < lc2[h]) {
                lc2[h] = d;
            }
        } else {
            ++nright[h];
            right_labels[h] |= bit;
            if (rc1[h] < 0 || d > rc1[h]) {
                rc2[h] = rc1[h];
                rc1[h] = d;
            } else if (rc2[h] < 0 || d > rc2[h]) {
                rc2[h] = d;
            }
        }
    }
};

}  // namespace kg::extraction
