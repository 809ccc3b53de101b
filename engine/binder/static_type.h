// StaticType: what the binder knows about an expression's type before any data is read.
// kAny means "not known until run time"; only a known, wrong type raises a compile-time error.
#pragma once

#include <string_view>

namespace kg::engine::binder {

enum class TypeTag {
    kAny,
    kNull,
    kBool,
    kInt,
    kFloat,
    kString,
    kList,
    kMap,
    kNode,
    kRelationship,
    kPath,
};

struct StaticType {
    TypeTag tag = TypeTag::kAny;
    TypeTag element = TypeTag::kAny;  // for kList: the type shared by every element, if known

    static StaticType Of(TypeTag tag) { return {tag, TypeTag::kAny}; }
    static StaticType ListOf(TypeTag element) { return {TypeTag::kList, element}; }
    bool Is(TypeTag t) const { return tag == t; }
    // True when a value of this type may turn out to be of type `t` (or null) at run time.
    bool MayBe(TypeTag t) const {
        return tag == t || tag == TypeTag::kAny || tag == TypeTag::kNull;
    }
    bool IsNumber() const { return tag == TypeTag::kInt || tag == TypeTag::kFloat; }
};

std::string_view TypeName(TypeTag tag);  // "Boolean", "Integer", "Map", ...

}  // namespace kg::engine::binder
