// kg-bench-lookup: one cold point lookup through the storage API — open the database read-only,
// find an entity by name, and read its relationships with the names at their other ends.
// Prints what it found and the time taken inside the process; the benchmark script times the
// whole process from the outside.
#include <chrono>
#include <cstdio>
#include <string>

#include "storage/kg_store.h"
#include "storage/name_normalizer.h"

using namespace kg::storage;

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: kg-bench-lookup DB NAME\n");
        return 2;
    }
    auto start = std::chrono::steady_clock::now();
    Result<std::unique_ptr<KgStore>> store = KgStore::Open(argv[1], OpenMode::kReadOnly);
    if (!store.ok()) {
        std::fprintf(stderr, "%s\n", store.status().message().c_str());
        return 1;
    }
    const ReadView& view = (*store)->reader();
    Result<std::vector<NodeId>> ids = view.FindByNormalizedName(NormalizeName(argv[2]));
    if (!ids.ok() || ids->empty()) {
        std::fprintf(stderr, "no entity named '%s'\n", argv[2]);
        return 1;
    }
    size_t rels = 0;
    for (NodeId id : *ids) {
        Status s = view.ForEachAdjacent(id, std::nullopt, std::nullopt, [&](const AdjacencyKey& k) {
            Result<std::optional<Relationship>> r = view.GetRelationship(k.rel);
            Result<std::optional<Node>> other = view.GetNode(k.other);
            if (r.ok() && r->has_value() && other.ok() && other->has_value()) ++rels;
            return true;
        });
        if (!s.ok()) {
            std::fprintf(stderr, "%s\n", s.message().c_str());
            return 1;
        }
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
    std::printf("%zu entities, %zu relationships, %.1f ms in process\n", ids->size(), rels, ms);
    return 0;
}
