#include "storage/value.h"

#include <fmt/format.h>

#include <cstring>

namespace kg::storage {

namespace {

uint64_t DoubleBits(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits;
}

}  // namespace

bool Value::IdenticalTo(const Value& other) const {
    if (type() != other.type()) return false;
    switch (type()) {
        case ValueType::kNull: return true;
        case ValueType::kBool: return AsBool() == other.AsBool();
        case ValueType::kInt: return AsInt() == other.AsInt();
        case ValueType::kDouble: return DoubleBits(AsDouble()) == DoubleBits(other.AsDouble());
        case ValueType::kString: return AsString() == other.AsString();
        case ValueType::kList: {
            const List& a = AsList();
            const List& b = other.AsList();
            if (a.size() != b.size()) return false;
            for (size_t i = 0; i < a.size(); ++i) {
                if (!a[i].IdenticalTo(b[i])) return false;
            }
            return true;
        }
        case ValueType::kMap: {
            const Map& a = AsMap();
            const Map& b = other.AsMap();
            if (a.size() != b.size()) return false;
            for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
                if (ia->first != ib->first || !ia->second.IdenticalTo(ib->second)) return false;
            }
            return true;
        }
    }
    return false;
}

std::string Value::DebugString() const {
    switch (type()) {
        case ValueType::kNull: return "null";
        case ValueType::kBool: return AsBool() ? "true" : "false";
        case ValueType::kInt: return std::to_string(AsInt());
        case ValueType::kDouble: return fmt::format("{}", AsDouble());
        case ValueType::kString: return fmt::format("'{}'", AsString());
        case ValueType::kList: {
            std::string out = "[";
            for (const Value& v : AsList()) {
                if (out.size() > 1) out += ", ";
                out += v.DebugString();
            }
            return out + "]";
        }
        case ValueType::kMap: {
            std::string out = "{";
            for (const auto& [k, v] : AsMap()) {
                if (out.size() > 1) out += ", ";
                out += k + ": " + v.DebugString();
            }
            return out + "}";
        }
    }
    return "?";
}

}  // namespace kg::storage
