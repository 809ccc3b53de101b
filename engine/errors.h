// QueryError: the one exception type thrown by the query stages (parser, binder, planner,
// execution). Database::Query catches it once and returns it inside the result.
//
// kind     which stage failed; code branches on it, never on the message text.
// type     the openCypher TCK error type (SyntaxError, TypeError, ...), printed in the JSON
//          error object of the command-line contract.
// detail   the TCK's fine-grained code (UndefinedVariable, ...), empty when none applies.
// message  one sentence for humans, in the form "<Kind> error: <what happened>." plus an
//          optional hint.
// location 1-based line and column of the offending text; line 0 means "no location".
// excerpt  for syntax and bind errors: the offending line and a caret under the column.
// Thread safety: a value type.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::engine {

enum class ErrorKind { kSyntax, kBind, kPlan, kRuntime, kStorage, kInternal };

enum class ErrorType {
    kSyntaxError,
    kSemanticError,
    kTypeError,
    kArgumentError,
    kArithmeticError,
    kEntityNotFound,
    kParameterMissing,
    kProcedureError,
    kConstraintVerificationFailed,
    kInternalError,
};

struct SourceLocation {
    int line = 0;
    int column = 0;
    bool IsKnown() const { return line > 0; }
};

std::string_view ErrorKindName(ErrorKind kind);  // "Syntax", "Bind", ...
std::string_view ErrorTypeName(ErrorType type);  // "SyntaxError", ...
// "compile" for errors found before any data is touched, otherwise "runtime".
std::string_view ErrorPhase(ErrorKind kind);

class QueryError : public std::runtime_error {
  public:
    QueryError(ErrorKind kind, ErrorType type, std::string detail, std::string message,
               SourceLocation location = {}, std::string excerpt = {});

    ErrorKind kind() const { return kind_; }
    ErrorType type() const { return type_; }
    const std::string& detail() const { return detail_; }
    const std::string& message() const { return message_; }
    SourceLocation location() const { return location_; }
    const std::string& excerpt() const { return excerpt_; }

    // The message with " (line L, column C)" appended when the location is known.
    std::string Headline() const;
    // The headline followed by the excerpt, for display.
    std::string Describe() const;

    // Attaches the line and caret excerpt of `location_` from the query text, unless set.
    void AttachExcerpt(std::string_view query_text);

  private:
    ErrorKind kind_;
    ErrorType type_;
    std::string detail_;
    std::string message_;
    SourceLocation location_;
    std::string excerpt_;
};

// The line of `text` holding `location` and a caret under its column; long lines are trimmed
// around the column so the caret stays visible.
std::string MakeExcerpt(std::string_view text, SourceLocation location);

// Convenience constructors for the two compile-time kinds. Messages get their "<Kind> error: "
// prefix here.
QueryError SyntaxError(std::string detail, std::string what, SourceLocation location);
QueryError BindError(ErrorType type, std::string detail, std::string what, SourceLocation location);

}  // namespace kg::engine
