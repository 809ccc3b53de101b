#include "engine/binder/functions.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kg::engine::binder {

namespace {

using T = TypeTag;

constexpr std::array kFunctions = {
    // aggregates
    FunctionInfo{"count", 1, 1, true, T::kInt},
    FunctionInfo{"sum", 1, 1, true, T::kAny},
    FunctionInfo{"avg", 1, 1, true, T::kAny},
    FunctionInfo{"min", 1, 1, true, T::kAny},
    FunctionInfo{"max", 1, 1, true, T::kAny},
    FunctionInfo{"collect", 1, 1, true, T::kList},
    FunctionInfo{"stDev", 1, 1, true, T::kFloat},
    FunctionInfo{"stDevP", 1, 1, true, T::kFloat},
    FunctionInfo{"percentileCont", 2, 2, true, T::kFloat},
    FunctionInfo{"percentileDisc", 2, 2, true, T::kAny},
    // scalar and graph
    FunctionInfo{"coalesce", 1, -1, false, T::kAny},
    FunctionInfo{"exists", 1, 1, false, T::kBool},
    FunctionInfo{"id", 1, 1, false, T::kInt},
    FunctionInfo{"elementId", 1, 1, false, T::kString},
    FunctionInfo{"labels", 1, 1, false, T::kList},
    FunctionInfo{"type", 1, 1, false, T::kString},
    FunctionInfo{"properties", 1, 1, false, T::kMap},
    FunctionInfo{"keys", 1, 1, false, T::kList},
    FunctionInfo{"startNode", 1, 1, false, T::kNode},
    FunctionInfo{"endNode", 1, 1, false, T::kNode},
    FunctionInfo{"nodes", 1, 1, false, T::kList},
    FunctionInfo{"relationships", 1, 1, false, T::kList},
    FunctionInfo{"length", 1, 1, false, T::kInt},
    FunctionInfo{"size", 1, 1, false, T::kInt},
    FunctionInfo{"head", 1, 1, false, T::kAny},
    FunctionInfo{"last", 1, 1, false, T::kAny},
    FunctionInfo{"tail", 1, 1, false, T::kList},
    FunctionInfo{"range", 2, 3, false, T::kList},
    FunctionInfo{"reverse", 1, 1, false, T::kAny},
    FunctionInfo{"isEmpty", 1, 1, false, T::kBool},
    FunctionInfo{"timestamp", 0, 0, false, T::kInt},
    FunctionInfo{"randomUUID", 0, 0, false, T::kString},
    // conversion
    FunctionInfo{"toInteger", 1, 1, false, T::kAny},
    FunctionInfo{"toFloat", 1, 1, false, T::kAny},
    FunctionInfo{"toString", 1, 1, false, T::kAny},
    FunctionInfo{"toBoolean", 1, 1, false, T::kAny},
    FunctionInfo{"toIntegerOrNull", 1, 1, false, T::kAny},
    FunctionInfo{"toFloatOrNull", 1, 1, false, T::kAny},
    FunctionInfo{"toStringOrNull", 1, 1, false, T::kAny},
    FunctionInfo{"toBooleanOrNull", 1, 1, false, T::kAny},
    FunctionInfo{"toIntegerList", 1, 1, false, T::kList},
    FunctionInfo{"toFloatList", 1, 1, false, T::kList},
    FunctionInfo{"toStringList", 1, 1, false, T::kList},
    FunctionInfo{"toBooleanList", 1, 1, false, T::kList},
    // strings
    FunctionInfo{"toUpper", 1, 1, false, T::kString},
    FunctionInfo{"toLower", 1, 1, false, T::kString},
    FunctionInfo{"upper", 1, 1, false, T::kString},
    FunctionInfo{"lower", 1, 1, false, T::kString},
    FunctionInfo{"trim", 1, 1, false, T::kString},
    FunctionInfo{"lTrim", 1, 1, false, T::kString},
    FunctionInfo{"rTrim", 1, 1, false, T::kString},
    FunctionInfo{"replace", 3, 3, false, T::kString},
    FunctionInfo{"substring", 2, 3, false, T::kString},
    FunctionInfo{"left", 2, 2, false, T::kString},
    FunctionInfo{"right", 2, 2, false, T::kString},
    FunctionInfo{"split", 2, 2, false, T::kList},
    // numeric
    FunctionInfo{"abs", 1, 1, false, T::kAny},
    FunctionInfo{"ceil", 1, 1, false, T::kFloat},
    FunctionInfo{"floor", 1, 1, false, T::kFloat},
    FunctionInfo{"round", 1, 3, false, T::kFloat},
    FunctionInfo{"sign", 1, 1, false, T::kInt},
    FunctionInfo{"rand", 0, 0, false, T::kFloat},
    FunctionInfo{"sqrt", 1, 1, false, T::kFloat},
    FunctionInfo{"exp", 1, 1, false, T::kFloat},
    FunctionInfo{"log", 1, 1, false, T::kFloat},
    FunctionInfo{"log10", 1, 1, false, T::kFloat},
    FunctionInfo{"e", 0, 0, false, T::kFloat},
    FunctionInfo{"pi", 0, 0, false, T::kFloat},
    FunctionInfo{"sin", 1, 1, false, T::kFloat},
    FunctionInfo{"cos", 1, 1, false, T::kFloat},
    FunctionInfo{"tan", 1, 1, false, T::kFloat},
    FunctionInfo{"cot", 1, 1, false, T::kFloat},
    FunctionInfo{"asin", 1, 1, false, T::kFloat},
    FunctionInfo{"acos", 1, 1, false, T::kFloat},
    FunctionInfo{"atan", 1, 1, false, T::kFloat},
    FunctionInfo{"atan2", 2, 2, false, T::kFloat},
    FunctionInfo{"haversin", 1, 1, false, T::kFloat},
    FunctionInfo{"degrees", 1, 1, false, T::kFloat},
    FunctionInfo{"radians", 1, 1, false, T::kFloat},
    // temporal constructors
    FunctionInfo{"date", 0, 1, false, T::kAny},
    FunctionInfo{"datetime", 0, 1, false, T::kAny},
    FunctionInfo{"localdatetime", 0, 1, false, T::kAny},
    FunctionInfo{"time", 0, 1, false, T::kAny},
    FunctionInfo{"localtime", 0, 1, false, T::kAny},
    FunctionInfo{"duration", 1, 1, false, T::kAny},
};

constexpr FunctionInfo kTemporalNamespaced{"temporal function", 0, -1, false, T::kAny};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

const FunctionInfo* FindFunction(std::string_view name) {
    for (const auto& info : kFunctions) {
        if (EqualsIgnoreCase(info.name, name)) return &info;
    }
    size_t dot = name.find('.');
    if (dot != std::string_view::npos) {
        std::string_view ns = name.substr(0, dot);
        for (std::string_view temporal :
             {"date", "datetime", "localdatetime", "time", "localtime", "duration"}) {
            if (EqualsIgnoreCase(ns, temporal)) return &kTemporalNamespaced;
        }
    }
    return nullptr;
}

std::vector<std::string> FunctionNames() {
    std::vector<std::string> names;
    for (const auto& info : kFunctions) names.emplace_back(info.name);
    return names;
}

}  // namespace kg::engine::binder
