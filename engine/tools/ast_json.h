// AST -> JSON, for kg-parse and for debugging. The shape is for humans and tests; it is not a
// stable interchange format.
#pragma once

#include <nlohmann/json.hpp>

#include "engine/ast/statement.h"

namespace kg::engine::tools {

nlohmann::json ToJson(const ast::Statement& statement);
nlohmann::json ToJson(const ast::Expression& expression);

}  // namespace kg::engine::tools
