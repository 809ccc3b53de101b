#include "storage/staged_entries.h"

#include <algorithm>

namespace kg::storage {

void StagedEntries::Add(std::string_view key, std::string_view value, bool is_delete) {
    refs_.push_back({arena_.size(), static_cast<uint32_t>(key.size()),
                     static_cast<uint32_t>(value.size()), is_delete ? 1u : 0u});
    arena_.append(key);
    arena_.append(value);
}

void StagedEntries::SortAndDedupe() {
    auto less = [&](const Ref& a, const Ref& b) { return KeyOf(a) < KeyOf(b); };
    // Imports stage most families in key order already; checking is far cheaper than sorting.
    if (!std::is_sorted(refs_.begin(), refs_.end(), less)) {
        std::stable_sort(refs_.begin(), refs_.end(), less);
    }
    std::vector<Ref> out;
    out.reserve(refs_.size());
    for (size_t i = 0; i < refs_.size(); ++i) {
        if (i + 1 < refs_.size() && KeyOf(refs_[i + 1]) == KeyOf(refs_[i])) continue;
        out.push_back(refs_[i]);
    }
    refs_ = std::move(out);
}

}  // namespace kg::storage
