// Helpers shared by the binder's expression files.
#pragma once

#include <string>
#include <string_view>

#include "engine/ast/expression.h"
#include "engine/binder/static_type.h"
#include "engine/errors.h"

namespace kg::engine::binder {

// `op expects <expected>, but '<operand>' is a <type>.` as an InvalidArgumentType SyntaxError.
inline QueryError WrongType(const ast::Expression& operand, const StaticType& type,
                            std::string_view expected, std::string_view op) {
    return BindError(ErrorType::kSyntaxError, "InvalidArgumentType",
                     std::string(op) + " expects " + std::string(expected) + ", but '" +
                         operand.text + "' is a " + std::string(TypeName(type.tag)) + ".",
                     operand.location);
}

}  // namespace kg::engine::binder
