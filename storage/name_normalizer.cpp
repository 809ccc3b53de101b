#include "storage/name_normalizer.h"

#include <utf8proc.h>

namespace kg::storage {

namespace {

bool IsDropped(utf8proc_int32_t c) {
    // Dots and apostrophes join rather than separate: "U.S." -> "us", "O'Brien" -> "obrien".
    return c == '.' || c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

bool IsSeparator(utf8proc_int32_t c) {
    switch (utf8proc_category(c)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO: return false;
        default: return true;
    }
}

// Fast path for the common case of plain ASCII names.
bool NormalizeAscii(std::string_view name, std::string* out) {
    for (char ch : name) {
        if (static_cast<unsigned char>(ch) >= 0x80) return false;
    }
    bool pending_space = false;
    for (char ch : name) {
        auto c = static_cast<unsigned char>(ch);
        if (c == '.' || c == '\'') continue;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c - 'A' + 'a');
        } else {
            pending_space = true;
            continue;
        }
        if (pending_space && !out->empty()) out->push_back(' ');
        pending_space = false;
        out->push_back(static_cast<char>(c));
    }
    return true;
}

}  // namespace

std::string NormalizeName(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    if (NormalizeAscii(name, &out)) return out;
    out.clear();

    // Decode leniently: invalid bytes are skipped one at a time.
    std::u32string codepoints;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(name.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(name.size());
    while (left > 0) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
        if (n <= 0) {
            n = 1;
        } else {
            utf8proc_int32_t buf[32];
            utf8proc_ssize_t m = utf8proc_decompose_char(
                c, buf, 32,
                static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                               UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE),
                nullptr);
            for (utf8proc_ssize_t i = 0; i < m && i < 32; ++i) {
                codepoints.push_back(static_cast<char32_t>(buf[i]));
            }
        }
        p += n;
        left -= n;
    }

    bool pending_space = false;
    for (char32_t c32 : codepoints) {
        auto c = static_cast<utf8proc_int32_t>(c32);
        if (IsDropped(c)) continue;
        if (IsSeparator(c)) {
            pending_space = true;
            continue;
        }
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t n = utf8proc_encode_char(c, buf);
        out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
    }
    return out;
}

}  // namespace kg::storage
