// Literals. Integer literals are range-checked here (IntegerOverflow), malformed numbers such
// as 0x or 12a4 are rejected (InvalidNumberLiteral), and string escapes are decoded, with a bad
// \u escape rejected as InvalidUnicodeLiteral.
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "engine/parser/transformer.h"

namespace kg::engine::parser {

namespace {

// Parses digits in `base`; the magnitude may reach 2^63 only when the literal is negated.
int64_t ParseInteger(const std::string& digits, int base, bool negated, const std::string& text,
                     SourceLocation location) {
    constexpr uint64_t kMaxMagnitude = uint64_t{1} << 63;
    uint64_t magnitude = 0;
    for (char c : digits) {
        int digit = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
        if (magnitude >
            (kMaxMagnitude - static_cast<uint64_t>(digit)) / static_cast<uint64_t>(base)) {
            throw SyntaxError("IntegerOverflow",
                              "integer literal '" + text + "' is outside the 64-bit range.",
                              location);
        }
        magnitude = magnitude * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit);
    }
    if (magnitude == kMaxMagnitude && !negated) {
        throw SyntaxError("IntegerOverflow",
                          "integer literal '" + text + "' is outside the 64-bit range.", location);
    }
    if (magnitude == kMaxMagnitude) return INT64_MIN;
    int64_t value = static_cast<int64_t>(magnitude);
    return negated ? -value : value;
}

void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Reads `count` hex digits at `pos`; returns false when they are not all there.
bool ReadHex(const std::string& text, size_t pos, size_t count, uint32_t& value) {
    if (pos + count > text.size()) return false;
    value = 0;
    for (size_t i = 0; i < count; ++i) {
        char c = text[pos + i];
        if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
        value = value * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return true;
}

}  // namespace

ast::ExprPtr Transformer::TransformLiteral(KgCypher::OC_LiteralContext& ctx) {
    if (auto* number = ctx.oC_NumberLiteral()) return TransformNumber(*number, false);
    if (auto* list = ctx.oC_ListLiteral()) return TransformList(*list);
    if (auto* map = ctx.oC_MapLiteral()) return TransformMap(*map);
    auto literal = Make<ast::Literal>(ctx);
    if (auto* boolean = ctx.oC_BooleanLiteral()) {
        literal->value = boolean->TRUE_() != nullptr;
    } else if (auto* string = ctx.STRING_LITERAL()) {
        literal->value = DecodeString(*string->getSymbol());
    }  // else NULL: the default monostate
    return literal;
}

ast::ExprPtr Transformer::TransformNumber(KgCypher::OC_NumberLiteralContext& ctx, bool negated) {
    auto literal = Make<ast::Literal>(ctx);
    std::string text = ctx.getText();
    std::string shown = negated ? "-" + text : text;
    SourceLocation location = Location(ctx);
    if (ctx.INVALID_NUMBER() != nullptr) {
        throw SyntaxError("InvalidNumberLiteral", "invalid number literal '" + text + "'.",
                          location);
    }
    if (ctx.HEX_INTEGER() != nullptr) {
        literal->value = ParseInteger(text.substr(2), 16, negated, shown, location);
    } else if (ctx.OCTAL_INTEGER() != nullptr) {
        literal->value = ParseInteger(text.substr(2), 8, negated, shown, location);
    } else if (ctx.DECIMAL_INTEGER() != nullptr) {
        literal->value = ParseInteger(text, 10, negated, shown, location);
    } else {
        errno = 0;
        double value = std::strtod(text.c_str(), nullptr);
        if (std::isinf(value)) {
            throw SyntaxError("FloatingPointOverflow",
                              "float literal '" + shown + "' is too large for a 64-bit float.",
                              location);
        }
        literal->value = negated ? -value : value;
    }
    return literal;
}

ast::ExprPtr Transformer::TransformList(KgCypher::OC_ListLiteralContext& ctx) {
    auto list = Make<ast::ListLiteral>(ctx);
    for (auto* element : ctx.oC_Expression())
        list->elements.push_back(TransformExpression(*element));
    return list;
}

ast::ExprPtr Transformer::TransformMap(KgCypher::OC_MapLiteralContext& ctx) {
    auto map = Make<ast::MapLiteral>(ctx);
    for (auto* entry : ctx.kG_MapEntry()) {
        map->entries.emplace_back(Name(*entry->oC_PropertyKeyName()->oC_SchemaName()),
                                  TransformExpression(*entry->oC_Expression()));
    }
    return map;
}

ast::ExprPtr Transformer::TransformParameter(KgCypher::OC_ParameterContext& ctx) {
    auto parameter = Make<ast::Parameter>(ctx);
    parameter->name = ctx.oC_SymbolicName() != nullptr ? Name(*ctx.oC_SymbolicName())
                                                       : ctx.DECIMAL_INTEGER()->getText();
    return parameter;
}

std::string Transformer::DecodeString(antlr4::Token& token) {
    const std::string text = token.getText();
    std::string out;
    SourceLocation location = Location(&token);
    auto bad_unicode = [&](const std::string& why) {
        return SyntaxError("InvalidUnicodeLiteral",
                           "invalid unicode escape in string literal: " + why + ".", location);
    };
    for (size_t i = 1; i + 1 < text.size(); ++i) {
        char c = text[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        char escape = text[++i];
        switch (escape) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u':
            case 'U': {
                size_t digits = escape == 'u' ? 4 : 8;
                uint32_t cp = 0;
                // The closing quote is not part of the escape.
                std::string body = text.substr(0, text.size() - 1);
                if (!ReadHex(body, i + 1, digits, cp)) {
                    throw bad_unicode("\\" + std::string(1, escape) + " needs " +
                                      std::to_string(digits) + " hex digits");
                }
                i += digits;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    uint32_t low = 0;
                    if (i + 2 < body.size() && body[i + 1] == '\\' && body[i + 2] == 'u' &&
                        ReadHex(body, i + 3, 4, low) && low >= 0xDC00 && low <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    } else {
                        throw bad_unicode("unpaired surrogate");
                    }
                } else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp > 0x10FFFF) {
                    throw bad_unicode("not a code point");
                }
                AppendUtf8(out, cp);
                break;
            }
            case '\\':
            case '\'':
            case '"':
                out += escape;
                break;
            default:
                // Unknown escapes keep their backslash, so regexes such as '\d+' work.
                out += '\\';
                out += escape;
        }
    }
    return out;
}

}  // namespace kg::engine::parser
