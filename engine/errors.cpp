#include "engine/errors.h"

#include <algorithm>
#include <vector>

namespace kg::engine {

namespace {

constexpr size_t kMaxExcerptWidth = 100;

std::string BuildWhat(std::string_view message, SourceLocation location) {
    std::string out(message);
    if (location.IsKnown()) {
        out += " (line " + std::to_string(location.line) + ", column " +
               std::to_string(location.column) + ")";
    }
    return out;
}

}  // namespace

std::string_view ErrorKindName(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::kSyntax:
            return "Syntax";
        case ErrorKind::kBind:
            return "Bind";
        case ErrorKind::kPlan:
            return "Plan";
        case ErrorKind::kRuntime:
            return "Runtime";
        case ErrorKind::kStorage:
            return "Storage";
        case ErrorKind::kInternal:
            return "Internal";
    }
    return "Internal";
}

std::string_view ErrorTypeName(ErrorType type) {
    switch (type) {
        case ErrorType::kSyntaxError:
            return "SyntaxError";
        case ErrorType::kSemanticError:
            return "SemanticError";
        case ErrorType::kTypeError:
            return "TypeError";
        case ErrorType::kArgumentError:
            return "ArgumentError";
        case ErrorType::kArithmeticError:
            return "ArithmeticError";
        case ErrorType::kEntityNotFound:
            return "EntityNotFound";
        case ErrorType::kParameterMissing:
            return "ParameterMissing";
        case ErrorType::kProcedureError:
            return "ProcedureError";
        case ErrorType::kConstraintVerificationFailed:
            return "ConstraintVerificationFailed";
        case ErrorType::kInternalError:
            return "InternalError";
    }
    return "InternalError";
}

std::string_view ErrorPhase(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::kSyntax:
        case ErrorKind::kBind:
        case ErrorKind::kPlan:
            return "compile";
        default:
            return "runtime";
    }
}

QueryError::QueryError(ErrorKind kind, ErrorType type, std::string detail, std::string message,
                       SourceLocation location, std::string excerpt)
    : std::runtime_error(BuildWhat(message, location)),
      kind_(kind),
      type_(type),
      detail_(std::move(detail)),
      message_(std::move(message)),
      location_(location),
      excerpt_(std::move(excerpt)) {}

std::string QueryError::Headline() const { return BuildWhat(message_, location_); }

std::string QueryError::Describe() const {
    std::string out = Headline();
    if (!excerpt_.empty()) out += "\n" + excerpt_;
    return out;
}

void QueryError::AttachExcerpt(std::string_view query_text) {
    if (excerpt_.empty() && location_.IsKnown()) excerpt_ = MakeExcerpt(query_text, location_);
}

std::string MakeExcerpt(std::string_view text, SourceLocation location) {
    if (!location.IsKnown()) return {};
    size_t start = 0;
    for (int line = 1; line < location.line; ++line) {
        size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos) return {};
        start = newline + 1;
    }
    size_t end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);

    // Columns count code points; turn the column into a byte offset so the caret lines up
    // under multi-byte characters too.
    size_t caret_cols = static_cast<size_t>(std::max(location.column - 1, 0));
    std::vector<size_t> starts;  // byte offset of each code point
    for (size_t i = 0; i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    size_t first = 0;
    std::string prefix;
    std::string suffix;
    if (starts.size() > kMaxExcerptWidth) {
        size_t half = kMaxExcerptWidth / 2;
        first = caret_cols > half ? caret_cols - half : 0;
        first = std::min(first, starts.size() - kMaxExcerptWidth);
        if (first > 0) prefix = "...";
        if (first + kMaxExcerptWidth < starts.size()) suffix = "...";
    }
    size_t last =
        std::min(starts.size(),
                 first + (starts.size() > kMaxExcerptWidth ? kMaxExcerptWidth : starts.size()));
    size_t byte_first = first < starts.size() ? starts[first] : line.size();
    size_t byte_last = last < starts.size() ? starts[last] : line.size();
    std::string shown =
        prefix + std::string(line.substr(byte_first, byte_last - byte_first)) + suffix;
    for (char& c : shown) {
        if (c == '\t') c = ' ';
    }
    size_t pad = prefix.size() + (caret_cols >= first ? caret_cols - first : 0);
    return shown + "\n" + std::string(pad, ' ') + "^";
}

QueryError SyntaxError(std::string detail, std::string what, SourceLocation location) {
    return QueryError(ErrorKind::kSyntax, ErrorType::kSyntaxError, std::move(detail),
                      "Syntax error: " + what, location);
}

QueryError BindError(ErrorType type, std::string detail, std::string what,
                     SourceLocation location) {
    return QueryError(ErrorKind::kBind, type, std::move(detail), "Bind error: " + what, location);
}

}  // namespace kg::engine
