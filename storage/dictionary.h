// Dictionary: the interned names of labels, relationship types and property keys.
//
// Loaded whole at open (a database has few distinct names). New names get the next id of their
// kind at once and stay pending until a commit persists them; a rolled-back write leaves its new
// names pending, and the next commit writes them, which is harmless. Not thread-safe for Intern.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storage/ids.h"

namespace kg::storage {

class Dictionary {
public:
    // Records a name read from disk. Returns false when the id or name is already taken.
    bool Load(TokenKind kind, TokenId id, std::string name);

    std::optional<TokenId> Find(TokenKind kind, std::string_view name) const;
    const std::string* Name(TokenKind kind, TokenId id) const;
    TokenId Intern(TokenKind kind, std::string_view name);
    // Label ids of `labels`, sorted and distinct (the order node records store them in).
    std::vector<TokenId> InternLabels(const std::vector<std::string>& labels);
    size_t Size(TokenKind kind) const { return Table(kind).names.size(); }

    // (kind, id, name) of every name not yet persisted; MarkPersisted after a durable commit.
    struct Pending {
        TokenKind kind;
        TokenId id;
        std::string name;
    };
    std::vector<Pending> PendingNames() const;
    // The kDict entries (key, value) that persist the pending names (FORMAT.md, "dict").
    std::vector<std::pair<std::string, std::string>> PendingEntries() const;
    void MarkPersisted() { pending_.clear(); }

private:
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    struct Kind {
        std::vector<std::string> names;  // indexed by id
        std::unordered_map<std::string, TokenId, StringHash, std::equal_to<>> ids;
    };
    Kind& Table(TokenKind kind);
    const Kind& Table(TokenKind kind) const;

    std::array<Kind, 3> tables_;
    std::vector<std::pair<TokenKind, TokenId>> pending_;
};

}  // namespace kg::storage
