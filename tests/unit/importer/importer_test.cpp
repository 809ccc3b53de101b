#include "importer/importer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "storage/consistency_check.h"
#include "storage/name_normalizer.h"
#include "tests/unit/test_dir.h"

namespace kg::importer {
namespace {

class ImporterTest : public ::testing::Test {
protected:
    std::string Write(const std::string& name, const std::string& text) {
        std::string path = tmp_.Sub(name);
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
    std::unique_ptr<storage::KgStore> Open() {
        auto s = storage::KgStore::Open(tmp_.Sub("db"), storage::OpenMode::kReadWrite);
        EXPECT_TRUE(s.ok()) << s.status().message();
        return std::move(s.value());
    }
    std::optional<ImportError> Import(storage::KgStore* store, std::vector<std::string> paths,
                                      ImportOptions options = {},
                                      std::vector<FileReport>* reports = nullptr) {
        Importer importer(store, options);
        return importer.Import(paths, [&](const FileReport& r) {
            if (reports) reports->push_back(r);
        });
    }
    void ExpectConsistent(const storage::KgStore& store) {
        auto r = storage::CheckConsistency(store);
        ASSERT_TRUE(r.ok());
        for (const auto& p : r->problems) ADD_FAILURE() << p;
    }

    testing::TempDir tmp_;
};

constexpr char kTriples[] =
    "subject\trelation\tobject\tsubject_type\tobject_type\tdocument\tconfidence\n"
    "Donald Trump\tblame\tIran\tPerson\tLocation\td1\t0.9\n"
    "Trump\tblame\tIran\tPerson\tLocation\td2\t0.5\n"
    "U.S. Embassy\tlocated in\tBaghdad\tORG\tGPE\td1\t\n"
    "US Embassy\tlocated in\tBaghdad\tOrganization\tLocation\td3\t\n";

TEST_F(ImporterTest, ResolvesEntitiesMergesStatementsAndCountsDocuments) {
    auto store = Open();
    ASSERT_FALSE(Import(store.get(), {Write("t.tsv", kTriples)}));
    // "Trump" is not "Donald Trump" by name alone (that is the extractor's resolution); the
    // dotted and plain spellings of US Embassy are one entity.
    EXPECT_EQ(store->counters().nodes, 5);
    EXPECT_EQ(store->counters().rels, 3);
    EXPECT_EQ(store->counters().documents, 3);
    auto embassy = store->reader().FindByNormalizedName("us embassy");
    ASSERT_EQ(embassy->size(), 1u);
    auto node = *store->reader().GetNode((*embassy)[0]);
    EXPECT_EQ(node->labels, (std::vector<std::string>{"Entity", "Organization"}));
    EXPECT_EQ(node->properties.at("mentions").AsInt(), 2);
    EXPECT_EQ(node->properties.at("aliases").AsList().size(), 2u);
    bool found = false;
    ASSERT_TRUE(store->reader()
                    .ForEachAdjacent((*embassy)[0], storage::Direction::kOut, std::nullopt,
                                     [&](const storage::AdjacencyKey& k) {
                                         auto rel = *store->reader().GetRelationship(k.rel);
                                         EXPECT_EQ(rel->type, "LOCATED_IN");
                                         EXPECT_EQ(rel->properties.at("count").AsInt(), 2);
                                         EXPECT_EQ(rel->properties.at("text").AsString(),
                                                   "located in");
                                         found = true;
                                         return true;
                                     })
                    .ok());
    EXPECT_TRUE(found);
    ExpectConsistent(*store);
}

TEST_F(ImporterTest, ImportingTheSameTriplesTwiceAddsNothing) {
    auto store = Open();
    std::string path = Write("t.tsv", kTriples);
    ASSERT_FALSE(Import(store.get(), {path}));
    storage::Counters before = store->counters();
    uint64_t size_nodes = static_cast<uint64_t>(before.nodes);
    std::vector<FileReport> reports;
    ASSERT_FALSE(Import(store.get(), {path}, {}, &reports));
    EXPECT_EQ(reports.at(0).counts.new_statements, 0u);
    EXPECT_EQ(reports.at(0).counts.known_statements, 4u);
    EXPECT_EQ(static_cast<uint64_t>(store->counters().nodes), size_nodes);
    EXPECT_EQ(store->counters().rels, before.rels);
    auto trump = store->reader().FindByNormalizedName("donald trump");
    auto node = *store->reader().GetNode((*trump)[0]);
    EXPECT_EQ(node->properties.at("mentions").AsInt(), 1);
    // Through the SST path as well.
    ImportOptions sst;
    sst.sst_threshold = 1;
    ASSERT_FALSE(Import(store.get(), {path}, sst));
    EXPECT_EQ(store->counters().rels, before.rels);
    ExpectConsistent(*store);
}

struct BadRow {
    std::string name;
    std::string text;
    std::string expected;  // "line:column: message"
};

TEST_F(ImporterTest, EachKindOfBadRowNamesItsLineAndColumnAndStoresNothing) {
    const std::string header = "subject\trelation\tobject\tconfidence\n";
    std::vector<BadRow> cases = {
        {"fields.tsv", header + "a\tb\tc\t0.5\nx\ty\n", ":3:3: expected 4 fields, found 2"},
        {"empty.tsv", header + "a\tb\tc\t0.5\n\tb\tc\t0.1\n", ":3:1: empty subject"},
        {"conf.tsv", header + "a\tb\tc\t1.5\n", ":2:7: confidence '1.5' is not a number from 0 to 1"},
        {"utf8.tsv", header + "a\tb\tc\xff" "d\t0.5\n", ":2:6: invalid UTF-8 in object"},
        {"header.tsv", "subject\tverb\tobject\n", ":1:9: unknown column 'verb'"},
        {"quote.csv", "subject,relation,object\n\"a,b,c\n", ":2:1: unterminated quoted field"},
        {"json.jsonl", "{\"subject\":\"a\",\"relation\":\"r\",\"object\":\"b\"}\n{\"subject\": oops}\n",
         ":2:13: malformed JSON"},
        {"name.tsv", header + "...\tb\tc\t0.5\n", ":2:1: name '...' has no letters or digits"},
        {"nodes.csv", "id:ID,age:int\n1,12\n2,twelve\n", ":3:3: 'twelve' is not an integer"},
    };
    for (const BadRow& c : cases) {
        auto store = Open();
        std::string path = Write(c.name, c.text);
        std::optional<ImportError> e = Import(store.get(), {path});
        ASSERT_TRUE(e) << c.name;
        EXPECT_NE(e->ToString().find(path + c.expected), std::string::npos)
            << c.name << ": " << e->ToString();
        EXPECT_EQ(store->counters().nodes, 0) << c.name;
        EXPECT_EQ(store->counters().rels, 0) << c.name;
    }
}

TEST_F(ImporterTest, SkipBadRowsImportsTheRestAndSaysWhy) {
    auto store = Open();
    std::string path = Write("mixed.tsv",
                             "subject\trelation\tobject\n"
                             "a\tknows\tb\n"
                             "c\tknows\n"
                             "d\tknows\te\n"
                             "\tknows\tf\n"
                             "g\tknows\n");
    ImportOptions options;
    options.skip_bad_rows = true;
    std::vector<FileReport> reports;
    ASSERT_FALSE(Import(store.get(), {path}, options, &reports));
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].rows, 2u);
    EXPECT_EQ(reports[0].skipped, 3u);
    EXPECT_EQ(reports[0].skip_reasons.at("wrong number of fields").count, 2u);
    EXPECT_EQ(reports[0].skip_reasons.at("wrong number of fields").first.line, 3u);
    EXPECT_EQ(reports[0].skip_reasons.at("empty subject").count, 1u);
    EXPECT_EQ(store->counters().rels, 2);
    ExpectConsistent(*store);
}

TEST_F(ImporterTest, Neo4jNodeAndEdgeFilesImportTogetherInAnyOrder) {
    auto store = Open();
    std::string edges = Write("edges.csv",
                              ":START_ID(P),:END_ID(P),:TYPE,since:int,weight:float\n"
                              "p1,p2,KNOWS,2019,0.5\n"
                              "p2,p1,KNOWS,,\n");
    std::string nodes = Write("people.csv",
                              "pid:ID(P),name,:LABEL,tags:string[],active:boolean\n"
                              "p1,\"Lena \"\"the Harbour\"\" Okafor\",Entity;Person,a;b,true\n"
                              "p2,Plain node,Thing,,false\n");
    ASSERT_FALSE(Import(store.get(), {edges, nodes}));
    EXPECT_EQ(store->counters().nodes, 2);
    EXPECT_EQ(store->counters().rels, 2);
    auto lena = store->reader().FindByNormalizedName(storage::NormalizeName("Lena \"the Harbour\" Okafor"));
    ASSERT_EQ(lena->size(), 1u);
    auto node = *store->reader().GetNode((*lena)[0]);
    EXPECT_EQ(node->properties.at("tags").AsList().size(), 2u);
    EXPECT_TRUE(node->properties.at("active").AsBool());
    EXPECT_EQ(node->properties.at("pid").AsString(), "p1");
    std::string bad = Write("bad_edges.csv", ":START_ID(P),:END_ID(P),:TYPE\np1,p9,KNOWS\n");
    std::optional<ImportError> e = Import(store.get(), {nodes, bad});
    ASSERT_TRUE(e);
    EXPECT_NE(e->ToString().find(":2:4: unknown end node id 'p9'"), std::string::npos)
        << e->ToString();
    ExpectConsistent(*store);
}

}  // namespace
}  // namespace kg::importer
