// Helpers shared by the extraction tests.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "extraction/document_builder.h"

namespace kg::extraction::testing {

inline std::vector<std::string> Forms(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& s : BuildDocument(text).sentences) {
        for (const auto& t : s.tokens) out.push_back(t.form);
    }
    return out;
}

inline std::vector<std::string> SentenceTexts(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& s : BuildDocument(text).sentences) {
        out.emplace_back(text.substr(s.span.begin, s.span.end - s.span.begin));
    }
    return out;
}

inline std::string ModelsDir() { return std::string(KG_SOURCE_DIR) + "/models"; }

inline bool HaveModels() {
    return std::filesystem::exists(ModelsDir() + "/en_tagger.kgm");
}

// The shared treebanks: $KG_SHARED_DIR/ud, defaulting to <source>/../shared/ud.
inline std::string SharedUdDir() {
    const char* env = std::getenv("KG_SHARED_DIR");
    std::string shared = env && *env ? env : std::string(KG_SOURCE_DIR) + "/../shared";
    return shared + "/ud";
}

inline std::string TempPath(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("kg_extraction_test_" + name)).string();
}

}  // namespace kg::extraction::testing
