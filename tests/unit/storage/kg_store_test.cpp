#include "storage/kg_store.h"

#include <gtest/gtest.h>

#include <fstream>

#include "storage/bulk_batch.h"
#include "storage/consistency_check.h"
#include "storage/name_normalizer.h"
#include "storage/transaction.h"
#include "tests/unit/test_dir.h"

namespace kg::storage {
namespace {

std::unique_ptr<KgStore> OpenOrDie(const std::string& dir, OpenMode mode = OpenMode::kReadWrite) {
    Result<std::unique_ptr<KgStore>> s = KgStore::Open(dir, mode);
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? std::move(s.value()) : nullptr;
}

void ExpectConsistent(const KgStore& store) {
    Result<CheckReport> r = CheckConsistency(store);
    ASSERT_TRUE(r.ok()) << r.status().message();
    for (const std::string& p : r->problems) ADD_FAILURE() << p;
}

class KgStoreTest : public ::testing::Test {
protected:
    testing::TempDir tmp_;
    std::string db_ = tmp_.Sub("db");
};

TEST_F(KgStoreTest, NodesAndRelationshipsRoundTripThroughReopen) {
    NodeId a, b;
    RelId r;
    {
        auto store = OpenOrDie(db_);
        auto tx = store->BeginTransaction();
        ASSERT_TRUE(tx.ok());
        Properties pa{{"name", Value("Donald Trump")},
                      {"aliases", Value(List{Value("Trump"), Value("Donald Trump")})},
                      {"score", Value(0.25)}};
        a = *(*tx)->CreateNode({"Person", "Entity"}, pa);
        b = *(*tx)->CreateNode({"Entity", "Location"}, {{"name", Value("Iran")}});
        r = *(*tx)->CreateRelationship("BLAME", a, b, {{"confidence", Value(0.9)}});
        ASSERT_TRUE((*tx)->Commit().ok());
    }
    auto store = OpenOrDie(db_, OpenMode::kReadOnly);
    auto node = store->reader().GetNode(a);
    ASSERT_TRUE(node.ok() && node->has_value());
    EXPECT_EQ((*node)->labels, (std::vector<std::string>{"Entity", "Person"}));
    EXPECT_EQ((*node)->properties.at("score").AsDouble(), 0.25);
    auto rel = store->reader().GetRelationship(r);
    ASSERT_TRUE(rel.ok() && rel->has_value());
    EXPECT_EQ((*rel)->type, "BLAME");
    EXPECT_EQ((*rel)->start, a);
    EXPECT_EQ((*rel)->end, b);
    auto found = store->reader().FindByNormalizedName(NormalizeName("TRUMP"));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(*found, std::vector<NodeId>{a});
    EXPECT_EQ(store->counters().nodes, 2);
    EXPECT_EQ(store->counters().rels, 1);
    ExpectConsistent(*store);
}

TEST_F(KgStoreTest, UpdatesAndDetachDeleteKeepEveryIndexInStep) {
    auto store = OpenOrDie(db_);
    auto tx = *store->BeginTransaction();
    NodeId a = *tx->CreateNode({"Entity", "Person"}, {{"name", Value("Ana")}});
    NodeId b = *tx->CreateNode({"Entity", "Person"}, {{"name", Value("Tomas")}});
    RelId r = *tx->CreateRelationship("KNOWS", a, b, {});
    // Reads inside the transaction see its own writes.
    auto seen = tx->view().GetRelationship(r);
    ASSERT_TRUE(seen.ok() && seen->has_value());
    Node renamed{a, {"Entity", "Organization"}, {{"name", Value("Ana Corp")}}};
    ASSERT_TRUE(tx->UpdateNode(renamed).ok());
    EXPECT_EQ(tx->DeleteNode(b, /*detach=*/false).code(), StatusCode::kInvalidArgument);
    ASSERT_TRUE(tx->DeleteNode(b, /*detach=*/true).ok());
    ASSERT_TRUE(tx->Commit().ok());
    EXPECT_EQ(store->counters().nodes, 1);
    EXPECT_EQ(store->counters().rels, 0);
    auto old_name = store->reader().FindByNormalizedName("ana");
    EXPECT_TRUE(old_name->empty());
    EXPECT_EQ(*store->reader().FindByNormalizedName("ana corp"), std::vector<NodeId>{a});
    ExpectConsistent(*store);
}

TEST_F(KgStoreTest, FailedTransactionCommitLeavesNothing) {
    auto store = OpenOrDie(db_);
    {
        auto tx = *store->BeginTransaction();
        ASSERT_TRUE(tx->CreateNode({"Keep"}, {}).ok());
        ASSERT_TRUE(tx->Commit().ok());
    }
    {
        auto tx = *store->BeginTransaction();
        NodeId a = *tx->CreateNode({"Lost"}, {{"name", Value("x")}});
        NodeId b = *tx->CreateNode({"Lost"}, {});
        ASSERT_TRUE(tx->CreateRelationship("T", a, b, {}).ok());
        store->InjectCommitFailureAfter(3);
        EXPECT_EQ(tx->Commit().code(), StatusCode::kAborted);
    }
    EXPECT_EQ(store->counters().nodes, 1);
    store.reset();
    store = OpenOrDie(db_);
    EXPECT_EQ(store->counters().nodes, 1);
    EXPECT_EQ(store->counters().rels, 0);
    if (auto lost = store->dictionary().Find(TokenKind::kLabel, "Lost")) {
        auto it = store->counters().label_nodes.find(*lost);
        EXPECT_TRUE(it == store->counters().label_nodes.end() || it->second == 0);
    }
    ExpectConsistent(*store);
}

// Stages `n` connected nodes in a bulk batch and commits it, failing after `fail_after` if set.
Status BulkLoad(KgStore* store, int n, size_t sst_threshold, std::optional<size_t> fail_after) {
    auto bulk = *store->BeginBulk();
    bulk->set_sst_threshold(sst_threshold);
    NodeId prev = 0;
    for (int i = 0; i < n; ++i) {
        Node node{bulk->AllocateNode(), {"Entity", "Person"},
                  {{"name", Value("person " + std::to_string(i))}}};
        bulk->PutNode(node, nullptr);
        if (i > 0) bulk->PutRelationship({bulk->AllocateRel(), "NEXT", prev, node.id, {}}, nullptr);
        prev = node.id;
    }
    if (fail_after) store->InjectCommitFailureAfter(*fail_after);
    return bulk->Commit();
}

TEST_F(KgStoreTest, BulkBatchIsAllOrNothingOnBothCommitPaths) {
    for (size_t threshold : {size_t{1}, size_t{1'000'000}}) {  // SST ingestion, WriteBatch
        testing::TempDir tmp;
        auto store = OpenOrDie(tmp.Sub("db"));
        ASSERT_TRUE(BulkLoad(store.get(), 50, threshold, std::nullopt).ok());
        EXPECT_EQ(BulkLoad(store.get(), 70, threshold, size_t{5}).code(), StatusCode::kAborted);
        store.reset();
        store = OpenOrDie(tmp.Sub("db"));
        EXPECT_EQ(store->counters().nodes, 50) << "threshold " << threshold;
        EXPECT_EQ(store->counters().rels, 49) << "threshold " << threshold;
        ExpectConsistent(*store);
        ASSERT_TRUE(BulkLoad(store.get(), 10, threshold, std::nullopt).ok());
        EXPECT_EQ(store->counters().nodes, 60);
        ExpectConsistent(*store);
    }
}

TEST_F(KgStoreTest, SecondWriterIsRefusedWithAClearMessage) {
    auto first = OpenOrDie(db_);
    Result<std::unique_ptr<KgStore>> second = KgStore::Open(db_, OpenMode::kReadWrite);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.status().code(), StatusCode::kBusy);
    EXPECT_NE(second.status().message().find("is in use by another kg process (pid "),
              std::string::npos)
        << second.status().message();
    // Readers are welcome meanwhile.
    EXPECT_TRUE(KgStore::Open(db_, OpenMode::kReadOnly).ok());
}

TEST_F(KgStoreTest, ReaderSeesWhatWasCommittedWhenItOpened) {
    auto writer = OpenOrDie(db_);
    {
        auto tx = *writer->BeginTransaction();
        ASSERT_TRUE(tx->CreateNode({"A"}, {}).ok());
        ASSERT_TRUE(tx->Commit().ok());
    }
    auto reader = OpenOrDie(db_, OpenMode::kReadOnly);
    EXPECT_EQ(reader->counters().nodes, 1);
    {
        auto tx = *writer->BeginTransaction();
        ASSERT_TRUE(tx->CreateNode({"A"}, {}).ok());
        ASSERT_TRUE(tx->Commit().ok());
    }
    EXPECT_EQ(OpenOrDie(db_, OpenMode::kReadOnly)->counters().nodes, 2);
}

TEST_F(KgStoreTest, OtherFormatVersionsAndForeignDirectoriesAreRefused) {
    OpenOrDie(db_).reset();
    {
        std::ofstream marker(db_ + "/KG_FORMAT", std::ios::trunc);
        marker << "kg database format 99\n";
    }
    Result<std::unique_ptr<KgStore>> newer = KgStore::Open(db_, OpenMode::kReadOnly);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.status().code(), StatusCode::kVersionMismatch);
    EXPECT_NE(newer.status().message().find("format version 99, written by a newer kg"),
              std::string::npos);

    std::string foreign = tmp_.Sub("photos");
    std::filesystem::create_directories(foreign);
    std::ofstream(foreign + "/holiday.jpg") << "not a database";
    Result<std::unique_ptr<KgStore>> r = KgStore::Open(foreign, OpenMode::kReadWrite);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::kNotKgDatabase);
    EXPECT_TRUE(std::filesystem::exists(foreign + "/holiday.jpg"));
    EXPECT_FALSE(std::filesystem::exists(foreign + "/CURRENT"));

    Result<std::unique_ptr<KgStore>> missing = KgStore::Open(tmp_.Sub("nothing"), OpenMode::kReadOnly);
    EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST_F(KgStoreTest, DocumentsEvidenceAndSentencesRoundTrip) {
    auto store = OpenOrDie(db_);
    auto tx = *store->BeginTransaction();
    Document doc;
    doc.key = "articles/embassy.txt";
    doc.properties = {{"title", Value("Embassy stormed")}, {"date", Value("2019-12-31")}};
    DocId d = *tx->PutDocument(doc);
    ASSERT_TRUE(tx->PutSentence(d, 0, {0, "Protesters stormed the US Embassy."}).ok());
    NodeId a = *tx->CreateNode({"Entity", "Group"}, {{"name", Value("Protesters")}});
    NodeId b = *tx->CreateNode({"Entity", "Organization"}, {{"name", Value("US Embassy")}});
    RelId r = *tx->CreateRelationship("STORM", a, b, {});
    ASSERT_TRUE(tx->PutEvidence(ElementKind::kRel, r, 0, {d, 0u, 0, 34}).ok());
    ASSERT_TRUE(tx->Commit().ok());
    EXPECT_FALSE(store->BeginTransaction().ok()) << "only one write may be open";
    tx.reset();
    auto found = store->reader().FindDocument("articles/embassy.txt");
    ASSERT_TRUE(found.ok()) << found.status().message();
    EXPECT_EQ(*found, std::optional<DocId>(d));
    std::vector<Evidence> seen;
    ASSERT_TRUE(store->reader()
                    .ForEachEvidence(ElementKind::kRel, r,
                                     [&](const Evidence& e) {
                                         seen.push_back(e);
                                         return true;
                                     })
                    .ok());
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].doc, d);
    EXPECT_EQ(seen[0].end, 34u);
    auto sentence = store->reader().GetSentence(d, 0);
    ASSERT_TRUE(sentence.ok()) << sentence.status().message();
    EXPECT_EQ((*sentence)->text, "Protesters stormed the US Embassy.");
    ExpectConsistent(*store);
    // Deleting the relationship takes its evidence with it.
    auto tx2 = *store->BeginTransaction();
    ASSERT_TRUE(tx2->DeleteRelationship(r).ok());
    ASSERT_TRUE(tx2->Commit().ok());
    auto has = store->reader().HasEvidence(ElementKind::kRel, r, d);
    ASSERT_TRUE(has.ok()) << has.status().message();
    EXPECT_FALSE(*has);
    ExpectConsistent(*store);
}

}  // namespace
}  // namespace kg::storage
