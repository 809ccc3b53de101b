#include "extraction/word_features.h"

#include <string>

#include "extraction/hash.h"
#include "extraction/normalize.h"

namespace kg::extraction {
namespace {

std::string Shape(std::string_view form) {
    std::string shape;
    char last = 0;
    size_t run = 0;
    for (size_t i = 0; i < form.size() && shape.size() < 8;) {
        CodePoint cp = DecodeAt(form, i);
        i += cp.length;
        char c;
        if (IsUpperCp(cp.value)) {
            c = 'X';
        } else if (IsLetterCp(cp.value)) {
            c = 'x';
        } else if (IsDigitCp(cp.value)) {
            c = 'd';
        } else if (cp.value < 0x80) {
            c = static_cast<char>(cp.value);
        } else {
            c = '*';
        }
        // Runs collapse after two repeats so "Xxxxx" and "Xxx" share a shape.
        run = c == last ? run + 1 : 1;
        last = c;
        if (run <= 2) shape.push_back(c);
    }
    return shape;
}

}  // namespace

WordKeys ComputeWordKeys(std::string_view form) {
    WordKeys k;
    std::string lower = FeatureForm(form);
    k.cased = HashBytes(form);
    k.lower = HashBytes(lower);
    k.shape = HashBytes(Shape(form));
    std::string_view lv(lower);
    k.prefix1 = HashBytes(lv.substr(0, 1));
    k.prefix3 = HashBytes(lv.substr(0, 3));
    for (size_t n = 1; n <= 4; ++n) {
        k.suffix[n - 1] = HashBytes(lv.size() >= n ? lv.substr(lv.size() - n) : lv);
    }
    uint64_t flags = 0;
    if (!form.empty()) {
        CodePoint first = DecodeAt(form, 0);
        flags |= IsUpperCp(first.value) ? 1 : 0;
    }
    bool all_upper = !form.empty();
    for (size_t i = 0; i < form.size();) {
        CodePoint cp = DecodeAt(form, i);
        i += cp.length;
        if (IsDigitCp(cp.value)) flags |= 2;
        if (cp.value == '-') flags |= 4;
        if (!IsUpperCp(cp.value)) all_upper = false;
    }
    if (all_upper) flags |= 8;
    k.flags = MixHash(flags + 1);
    return k;
}

}  // namespace kg::extraction
