#include "storage/dictionary.h"

#include <algorithm>

#include "storage/key_codec.h"

namespace kg::storage {

namespace {

size_t KindIndex(TokenKind kind) {
    switch (kind) {
        case TokenKind::kLabel: return 0;
        case TokenKind::kRelType: return 1;
        case TokenKind::kPropertyKey: return 2;
    }
    return 0;
}

}  // namespace

Dictionary::Kind& Dictionary::Table(TokenKind kind) { return tables_[KindIndex(kind)]; }
const Dictionary::Kind& Dictionary::Table(TokenKind kind) const {
    return tables_[KindIndex(kind)];
}

bool Dictionary::Load(TokenKind kind, TokenId id, std::string name) {
    Kind& t = Table(kind);
    if (t.ids.count(name) != 0) return false;
    if (id >= t.names.size()) t.names.resize(id + 1);
    if (!t.names[id].empty()) return false;
    t.ids.emplace(name, id);
    t.names[id] = std::move(name);
    return true;
}

std::optional<TokenId> Dictionary::Find(TokenKind kind, std::string_view name) const {
    const Kind& t = Table(kind);
    auto it = t.ids.find(name);
    if (it == t.ids.end()) return std::nullopt;
    return it->second;
}

const std::string* Dictionary::Name(TokenKind kind, TokenId id) const {
    const Kind& t = Table(kind);
    if (id >= t.names.size()) return nullptr;
    auto it = t.ids.find(t.names[id]);
    if (it == t.ids.end() || it->second != id) return nullptr;  // a hole left by Load
    return &t.names[id];
}

TokenId Dictionary::Intern(TokenKind kind, std::string_view name) {
    Kind& t = Table(kind);
    auto it = t.ids.find(name);
    if (it != t.ids.end()) return it->second;
    auto id = static_cast<TokenId>(t.names.size());
    t.names.emplace_back(name);
    t.ids.emplace(std::string(name), id);
    pending_.emplace_back(kind, id);
    return id;
}

std::vector<TokenId> Dictionary::InternLabels(const std::vector<std::string>& labels) {
    std::vector<TokenId> ids;
    ids.reserve(labels.size());
    for (const std::string& l : labels) ids.push_back(Intern(TokenKind::kLabel, l));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::vector<Dictionary::Pending> Dictionary::PendingNames() const {
    std::vector<Pending> out;
    out.reserve(pending_.size());
    for (auto [kind, id] : pending_) out.push_back({kind, id, *Name(kind, id)});
    return out;
}

}  // namespace kg::storage

namespace kg::storage {

std::vector<std::pair<std::string, std::string>> Dictionary::PendingEntries() const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Pending& p : PendingNames()) {
        std::string id;
        PutFixed32BE(&id, p.id);
        out.emplace_back(DictNameKey(p.kind, p.name), std::move(id));
        out.emplace_back(DictIdKey(p.kind, p.id), p.name);
    }
    return out;
}

}  // namespace kg::storage
