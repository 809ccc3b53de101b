// Value: a property value as stored and returned by the storage layer.
//
// Holds null, booleans, 64-bit integers, doubles, strings, lists and maps (string keys). Values
// round-trip exactly through value_codec (doubles bit for bit, NaN payloads included). Maps keep
// their keys sorted, so two equal maps compare equal whatever the order they were built in.
// Thread safety: a Value is a plain value type; distinct objects may be used from any thread.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace kg::storage {

class Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value, std::less<>>;

enum class ValueType : uint8_t { kNull, kBool, kInt, kDouble, kString, kList, kMap };

class Value {
public:
    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : v_(b) {}
    Value(int64_t i) : v_(i) {}
    Value(int i) : v_(static_cast<int64_t>(i)) {}
    Value(double d) : v_(d) {}
    Value(std::string s) : v_(std::move(s)) {}
    Value(const char* s) : v_(std::string(s)) {}
    Value(List l) : v_(std::move(l)) {}
    Value(Map m) : v_(std::move(m)) {}

    ValueType type() const { return static_cast<ValueType>(v_.index()); }
    bool IsNull() const { return type() == ValueType::kNull; }
    bool IsBool() const { return type() == ValueType::kBool; }
    bool IsInt() const { return type() == ValueType::kInt; }
    bool IsDouble() const { return type() == ValueType::kDouble; }
    bool IsString() const { return type() == ValueType::kString; }
    bool IsList() const { return type() == ValueType::kList; }
    bool IsMap() const { return type() == ValueType::kMap; }

    bool AsBool() const { return std::get<bool>(v_); }
    int64_t AsInt() const { return std::get<int64_t>(v_); }
    double AsDouble() const { return std::get<double>(v_); }
    const std::string& AsString() const { return std::get<std::string>(v_); }
    const List& AsList() const { return std::get<List>(v_); }
    const Map& AsMap() const { return std::get<Map>(v_); }
    List& AsList() { return std::get<List>(v_); }
    Map& AsMap() { return std::get<Map>(v_); }

    // Exact structural identity: doubles compare by bit pattern, so NaN equals the same NaN and
    // 0.0 differs from -0.0. This is storage identity, not Cypher equality.
    bool IdenticalTo(const Value& other) const;

    // A short human-readable rendering for messages and debugging (not a stable format).
    std::string DebugString() const;

private:
    std::variant<std::monostate, bool, int64_t, double, std::string, List, Map> v_;
};

// Properties of a node or relationship: key -> value, keys sorted. A null value is never stored
// (setting a property to null removes it, as in Cypher).
using Properties = Map;

}  // namespace kg::storage
