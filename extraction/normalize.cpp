#include "extraction/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

namespace kg::extraction {
namespace {

void AppendUtf8(std::string& out, char32_t c) {
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool IsAscii(std::string_view s) {
    for (unsigned char c : s) {
        if (c >= 0x80) return false;
    }
    return true;
}

std::string Sanitize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        CodePoint cp = DecodeAt(text, i);
        if (cp.valid) {
            out.append(text.substr(i, cp.length));
        } else {
            AppendUtf8(out, 0xFFFD);
        }
        i += cp.length;
    }
    return out;
}

utf8proc_category_t Category(char32_t c) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

}  // namespace

CodePoint DecodeAt(std::string_view text, size_t pos) {
    auto c0 = static_cast<unsigned char>(text[pos]);
    if (c0 < 0x80) return {c0, 1, true};
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                              static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0 || cp < 0) return {0xFFFD, 1, false};
    return {static_cast<char32_t>(cp), static_cast<uint32_t>(n), true};
}

TextReport ScanUtf8(std::string_view text) {
    TextReport report;
    for (size_t i = 0; i < text.size();) {
        CodePoint cp = DecodeAt(text, i);
        if (!cp.valid) {
            if (report.invalid_bytes == 0) report.first_invalid_offset = i;
            ++report.invalid_bytes;
        }
        i += cp.length;
    }
    return report;
}

std::string NormalizeText(std::string_view text) {
    if (IsAscii(text)) return std::string(text);
    std::string clean = Sanitize(text);
    utf8proc_uint8_t* dst = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(clean.data()),
                          static_cast<utf8proc_ssize_t>(clean.size()), &dst,
                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return clean;  // cannot happen on sanitized input; keep the repaired text
    std::string out(reinterpret_cast<const char*>(dst), static_cast<size_t>(n));
    std::free(dst);
    return out;
}

std::string Lowercase(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
            ++i;
            continue;
        }
        CodePoint cp = DecodeAt(text, i);
        AppendUtf8(out, static_cast<char32_t>(
                            utf8proc_tolower(static_cast<utf8proc_int32_t>(cp.value))));
        i += cp.length;
    }
    return out;
}

std::string FeatureForm(std::string_view form) {
    if (IsAscii(form)) return Lowercase(form);
    std::string out;
    for (size_t i = 0; i < form.size();) {
        CodePoint cp = DecodeAt(form, i);
        i += cp.length;
        switch (Category(cp.value)) {
            case UTF8PROC_CATEGORY_PI:
            case UTF8PROC_CATEGORY_PF:
                out.push_back(cp.value == 0x2018 || cp.value == 0x2019 ? '\'' : '"');
                break;
            case UTF8PROC_CATEGORY_PD:
                out.push_back('-');
                break;
            default:
                AppendUtf8(out, static_cast<char32_t>(
                                    utf8proc_tolower(static_cast<utf8proc_int32_t>(cp.value))));
        }
    }
    return out;
}

bool IsSpaceCp(char32_t c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    if (c == 0x85 || c == 0x2028 || c == 0x2029) return true;
    return Category(c) == UTF8PROC_CATEGORY_ZS;
}

bool IsLetterCp(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    auto cat = Category(c);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;
}

bool IsUpperCp(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return Category(c) == UTF8PROC_CATEGORY_LU || Category(c) == UTF8PROC_CATEGORY_LT;
}

bool IsDigitCp(char32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return Category(c) == UTF8PROC_CATEGORY_ND;
}

bool IsPunctCp(char32_t c) {
    auto cat = Category(c);
    return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
}

bool IsSymbolCp(char32_t c) {
    auto cat = Category(c);
    return cat >= UTF8PROC_CATEGORY_SM && cat <= UTF8PROC_CATEGORY_SO;
}

}  // namespace kg::extraction
