#include "graph/graph.h"

#include <gtest/gtest.h>

#include <set>

#include "graph/loader.h"
#include "storage/transaction.h"
#include "tests/unit/test_dir.h"

namespace kg::graph {
namespace {

std::multiset<std::pair<storage::NodeId, storage::RelId>> Neighbors(const Graph& g,
                                                                    storage::NodeId n,
                                                                    storage::Direction d) {
    std::multiset<std::pair<storage::NodeId, storage::RelId>> out;
    g.ForEachNeighbor(n, d, [&](storage::NodeId other, storage::RelId rel, storage::TokenId) {
        out.emplace(other, rel);
        return true;
    });
    return out;
}

TEST(GraphTest, BuildsBothDirectionsWithRelationshipIds) {
    Graph g = Graph::Build({10, 11, 12}, {{100, 1, 10, 11}, {101, 2, 10, 12}, {102, 1, 12, 10},
                                          {(1ULL << 40) + 5, 3, 11, 11}});
    EXPECT_EQ(g.num_vertices(), 3u);
    EXPECT_EQ(g.num_edges(), 4u);
    EXPECT_EQ(Neighbors(g, 10, storage::Direction::kOut),
              (std::multiset<std::pair<storage::NodeId, storage::RelId>>{{11, 100}, {12, 101}}));
    EXPECT_EQ(Neighbors(g, 10, storage::Direction::kIn),
              (std::multiset<std::pair<storage::NodeId, storage::RelId>>{{12, 102}}));
    EXPECT_EQ(Neighbors(g, 11, storage::Direction::kOut).begin()->second, (1ULL << 40) + 5);
    EXPECT_FALSE(g.VertexOf(13).has_value());
}

TEST(GraphTest, OverlayMatchesACompactedGraph) {
    Graph g = Graph::Build({1, 2, 3}, {{10, 0, 1, 2}, {11, 0, 2, 3}});
    g.ApplyNodeAdded(4);
    g.ApplyEdgeAdded({12, 0, 3, 4});
    g.ApplyEdgeRemoved(10);
    EXPECT_TRUE(g.HasOverlay());
    auto before_out = Neighbors(g, 3, storage::Direction::kOut);
    auto before_in = Neighbors(g, 2, storage::Direction::kIn);
    g.Compact();
    EXPECT_FALSE(g.HasOverlay());
    EXPECT_EQ(Neighbors(g, 3, storage::Direction::kOut), before_out);
    EXPECT_EQ(Neighbors(g, 2, storage::Direction::kIn), before_in);
    EXPECT_TRUE(before_in.empty());
    EXPECT_EQ(g.num_edges(), 2u);
}

TEST(GraphTest, LoaderReadsTheStoreAndStaysWithinTheMemoryBudget) {
    testing::TempDir tmp;
    auto store = std::move(*storage::KgStore::Open(tmp.Sub("db"), storage::OpenMode::kReadWrite));
    auto tx = *store->BeginTransaction();
    std::vector<storage::NodeId> nodes;
    for (int i = 0; i < 100; ++i) nodes.push_back(*tx->CreateNode({"N"}, {}));
    for (int i = 0; i < 1000; ++i) {
        ASSERT_TRUE(tx->CreateRelationship(i % 2 ? "A" : "B", nodes[i % 100],
                                           nodes[(i * 7 + 3) % 100], {})
                        .ok());
    }
    ASSERT_TRUE(tx->Commit().ok());
    storage::Result<Graph> g = LoadGraph(*store);
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->num_edges(), 1000u);
    EXPECT_EQ(g->num_vertices(), 100u);
    // 24 bytes per relationship plus per-vertex rows and maps.
    EXPECT_LE(g->MemoryBytes(), 1000u * 24 + 100u * 32 + 1024);
}

}  // namespace
}  // namespace kg::graph
