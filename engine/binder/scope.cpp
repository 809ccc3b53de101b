#include "engine/binder/scope.h"

namespace kg::engine::binder {

const Symbol* Scope::Find(std::string_view name) const {
    auto it = symbols_.find(name);
    return it == symbols_.end() ? nullptr : &it->second;
}

void Scope::Add(Symbol symbol) {
    std::string name = symbol.name;
    symbols_.insert_or_assign(std::move(name), std::move(symbol));
}

std::vector<std::string> Scope::Names() const {
    std::vector<std::string> names;
    for (const auto& [name, symbol] : symbols_) names.push_back(name);
    return names;
}

std::string_view TypeName(TypeTag tag) {
    switch (tag) {
        case TypeTag::kAny:
            return "Any";
        case TypeTag::kNull:
            return "Null";
        case TypeTag::kBool:
            return "Boolean";
        case TypeTag::kInt:
            return "Integer";
        case TypeTag::kFloat:
            return "Float";
        case TypeTag::kString:
            return "String";
        case TypeTag::kList:
            return "List";
        case TypeTag::kMap:
            return "Map";
        case TypeTag::kNode:
            return "Node";
        case TypeTag::kRelationship:
            return "Relationship";
        case TypeTag::kPath:
            return "Path";
    }
    return "Any";
}

}  // namespace kg::engine::binder
