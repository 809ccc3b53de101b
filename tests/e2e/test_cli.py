"""End-to-end tests of the kg command line: import, stats, check, errors, locking, crashes."""
import json
import os
import random
import re
import signal
import subprocess
import time
import unittest

from kg_cli import KG, KgTestCase, triples_file

EXAMPLES = os.path.join(os.path.dirname(__file__), "..", "..", "examples", "facts")


class HelpAndUsage(KgTestCase):
    def test_help_lists_commands_and_exit_codes(self):
        r = self.kg("--help", db=False)
        self.assertEqual(r.returncode, 0)
        for word in ("import", "stats", "check", "Exit status", "KG_DB"):
            self.assertIn(word, r.stdout)

    def test_version(self):
        r = self.kg("--version", db=False)
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^kg \d+\.\d+\.\d+")

    def test_unknown_command_is_a_usage_error(self):
        self.assertEqual(self.kg("frobnicate").returncode, 2)
        self.assertEqual(self.kg(db=False).returncode, 2)

    def test_each_command_has_help(self):
        for cmd in ("import", "stats", "check"):
            r = self.kg(cmd, "--help", db=False)
            self.assertEqual(r.returncode, 0, cmd)
            self.assertIn("Usage", r.stdout)

    def test_database_from_environment_then_default(self):
        triples = triples_file(self.path("t.tsv"), 3)
        env_db = self.path("from-env.db")
        r = self.kg("import", triples, db=False, env={"KG_DB": env_db})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.path.exists(os.path.join(env_db, "KG_FORMAT")))
        r = subprocess.run([KG, "import", triples], cwd=self.tmp, capture_output=True, text=True,
                           env={k: v for k, v in os.environ.items() if k != "KG_DB"})
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(os.path.exists(self.path("kg.db/KG_FORMAT")))


class ImportExamples(KgTestCase):
    def example_files(self):
        return sorted(os.path.join(EXAMPLES, f) for f in os.listdir(EXAMPLES))

    def test_examples_import_and_check(self):
        r = self.kg("import", *self.example_files())
        self.assertEqual(r.returncode, 0, r.stderr)
        s = self.stats()
        self.assertEqual(s["relationships"], 15)
        self.assertEqual(s["documents"], 6)
        self.assertEqual(s["labels"]["Entity"], s["nodes"])
        self.assert_consistent()

    def test_importing_the_same_triples_twice_adds_nothing(self):
        self.assertEqual(self.kg("import", *self.example_files()).returncode, 0)
        first = self.stats()
        r = self.kg("import", *self.example_files())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"\(0 new relationships, 0 new nodes")
        second = self.stats()
        for key in ("nodes", "relationships", "documents", "labels", "relationship_types"):
            self.assertEqual(first[key], second[key], key)
        self.assert_consistent()


class BadInput(KgTestCase):
    HEADER = "subject\trelation\tobject\tconfidence\n"

    def expect_error(self, name, text, where_and_what, mode="w"):
        path = self.write(name, text, mode)
        r = self.kg("import", path)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn(f"kg: {path}{where_and_what}", r.stderr)
        self.assertIn("nothing of", r.stderr)
        if os.path.exists(self.db):
            s = self.stats()
            self.assertEqual((s["nodes"], s["relationships"]), (0, 0), name)

    def test_each_bad_row_is_reported_with_line_and_column(self):
        h = self.HEADER
        self.expect_error("fields.tsv", h + "a\tb\tc\t0.5\n" * 3 + "x\ty\n", ":5:3: expected 4 fields, found 2")
        self.expect_error("empty.tsv", h + "a\t\tc\t0.5\n", ":2:3: empty relation")
        self.expect_error("conf.tsv", h + "a\tb\tc\tsure\n", ":2:7: confidence 'sure' is not a number")
        self.expect_error("utf8.tsv", (h + "a\tb\tc\xff\t0.5\n").encode("latin-1"),
                          ":2:6: invalid UTF-8 in object", mode="wb")
        self.expect_error("quote.csv", "subject,relation,object\n\"a,b,c\n", ":2:1: unterminated quoted field")
        self.expect_error("bad.jsonl", '{"subject":"a","relation":"r","object":"b"}\n[1,\n', ":2:4: malformed JSON")
        self.expect_error("cols.tsv", "subject\tpredicate\tobject\n", ":1:9: unknown column 'predicate'")
        self.expect_error("types.csv", "id:ID,born:int\nx,1990\ny,soon\n", ":3:3: 'soon' is not an integer")
        self.expect_error("edges.csv", ":START_ID,:END_ID,:TYPE\n1,2,KNOWS\n", ":2:1: unknown start node id '1'")

    def test_binary_and_missing_files(self):
        path = self.write("blob.tsv", b"\x00\x01\x02subject", mode="wb")
        r = self.kg("import", path)
        self.assertEqual(r.returncode, 1)
        self.assertIn("binary file", r.stderr)
        r = self.kg("import", self.path("missing.tsv"))
        self.assertEqual(r.returncode, 2)  # rejected while parsing arguments

    def test_a_bad_file_keeps_the_files_committed_before_it(self):
        good = triples_file(self.path("a_good.tsv"), 10)
        bad = self.write("b_bad.tsv", self.HEADER + "a\tb\n")
        r = self.kg("import", good, bad)
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"committed {good}", r.stdout)
        self.assertEqual(self.stats()["relationships"], 10)

    def test_skip_bad_rows_imports_the_rest_and_reports_why(self):
        path = self.write("mixed.tsv", self.HEADER + "a\tb\tc\t0.5\nd\te\nf\tg\th\t2\ni\tj\tk\t\n")
        r = self.kg("import", "--skip-bad-rows", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("skipped 2 bad rows", r.stdout)
        self.assertIn(f"1 x wrong number of fields (first at {path}:3:3", r.stdout)
        self.assertIn(f"1 x bad confidence (first at {path}:4:7", r.stdout)
        self.assertEqual(self.stats()["relationships"], 2)


class DatabaseGuards(KgTestCase):
    def test_missing_database_is_reported(self):
        r = self.kg("stats")
        self.assertEqual(r.returncode, 4)
        self.assertIn("no kg database at", r.stderr)

    def test_other_format_version_is_refused(self):
        self.assertEqual(self.kg("import", triples_file(self.path("t.tsv"), 2)).returncode, 0)
        with open(os.path.join(self.db, "KG_FORMAT"), "w") as f:
            f.write("kg database format 7\n")
        for args in (["stats"], ["check"], ["import", self.path("t.tsv")]):
            r = self.kg(*args)
            self.assertEqual(r.returncode, 4, args)
            self.assertIn("has format version 7, written by a newer kg", r.stderr)

    def test_a_directory_that_is_not_a_database_is_left_alone(self):
        os.makedirs(self.db)
        self.write("kg.db/notes.txt", "mine")
        r = self.kg("import", triples_file(self.path("t.tsv"), 2))
        self.assertEqual(r.returncode, 4)
        self.assertIn("is not a kg database", r.stderr)
        self.assertEqual(sorted(os.listdir(self.db)), ["notes.txt"])


class DiskFull(KgTestCase):
    def test_a_full_disk_stores_nothing_of_the_file_and_says_so(self):
        mount = self.path("small")
        os.makedirs(mount)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount],
                          capture_output=True).returncode != 0:
            self.skipTest("cannot mount a small tmpfs here (needs root)")
        try:
            db = os.path.join(mount, "kg.db")
            big = triples_file(self.path("big.tsv"), 200_000, prefix="big")
            r = subprocess.run([KG, "--db", db, "import", big], capture_output=True, text=True)
            self.assertEqual(r.returncode, 6, r.stderr)
            self.assertIn("No space left on device", r.stderr)
            self.assertIn(f"nothing of {big} was stored", r.stderr)
            check = subprocess.run([KG, "--db", db, "check"], capture_output=True, text=True)
            self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
            self.assertIn(" 0 relationships", check.stdout)
            small = triples_file(self.path("small.tsv"), 5, prefix="small")
            self.assertEqual(subprocess.run([KG, "--db", db, "import", small]).returncode, 0)
        finally:
            subprocess.run(["umount", mount])


class Concurrency(KgTestCase):
    def start_long_import(self):
        big = triples_file(self.path("big.tsv"), 600_000, prefix="big")
        proc = subprocess.Popen([KG, "--db", self.db, "import", big],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lock = os.path.join(self.db, "kg.lock")
        deadline = time.time() + 10
        while time.time() < deadline:
            if os.path.exists(lock):
                with open(lock) as f:
                    if f.read().strip() == str(proc.pid):
                        return proc
            time.sleep(0.01)
        proc.kill()
        self.fail("the import never took the lock")

    def test_second_writer_is_refused_at_once_and_readers_still_read(self):
        small = triples_file(self.path("small.tsv"), 5, prefix="small")
        self.assertEqual(self.kg("import", small).returncode, 0)
        proc = self.start_long_import()
        try:
            started = time.time()
            r = self.kg("import", triples_file(self.path("other.tsv"), 3, prefix="other"))
            elapsed = time.time() - started
            reader = self.kg("stats", "--format", "json")
            still_running = proc.poll() is None
        finally:
            out, err = proc.communicate(timeout=120)
        self.assertTrue(still_running, "the long import ended too soon to test against")
        self.assertEqual(r.returncode, 3, r.stderr)
        self.assertIn(f"database '{self.db}' is in use by another kg process (pid {proc.pid})", r.stderr)
        self.assertLess(elapsed, 1.0)
        self.assertEqual(reader.returncode, 0, reader.stderr)
        self.assertEqual(json.loads(reader.stdout)["relationships"], 5)
        self.assertEqual(proc.returncode, 0, err)
        self.assertEqual(self.stats()["relationships"], 600_005)
        self.assert_consistent()


class CrashSafety(KgTestCase):
    FILES = 6
    ROWS = 10_000

    def test_kill_9_at_random_moments_keeps_whole_batches(self):
        files = [triples_file(self.path(f"part{i}.tsv"), self.ROWS, prefix=f"p{i}", relation=f"rel {i}")
                 for i in range(self.FILES)]
        rng = random.Random(2024)
        started = time.time()
        full = subprocess.run([KG, "--db", self.path("timing.db"), "import"] + files,
                              capture_output=True, text=True)
        self.assertEqual(full.returncode, 0, full.stderr)
        span = time.time() - started
        for iteration in range(20):
            db = self.path(f"crash{iteration}.db")
            # Alternate the two commit paths: SST ingestion and a synced WriteBatch.
            env = dict(os.environ, KG_SST_THRESHOLD="1000" if iteration % 2 else "100000000")
            proc = subprocess.Popen([KG, "--db", db, "import"] + files, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, env=env)
            time.sleep(rng.uniform(0.0, span * 1.1))
            proc.send_signal(signal.SIGKILL)
            out, _ = proc.communicate()
            reported = set(re.findall(r"committed \S+part(\d+)\.tsv", out))
            check = subprocess.run([KG, "--db", db, "check"], capture_output=True, text=True)
            if not os.path.exists(os.path.join(db, "CURRENT")) and not reported:
                continue  # killed before the database existed
            self.assertEqual(check.returncode, 0, f"iteration {iteration}: {check.stdout}{check.stderr}")
            stats = json.loads(subprocess.run([KG, "--db", db, "stats", "--format", "json"],
                                              capture_output=True, text=True).stdout)
            present = {t.split("_")[1]: n for t, n in stats["relationship_types"].items()}
            for part, n in present.items():
                self.assertEqual(n, self.ROWS, f"iteration {iteration}: part {part} is partial")
            # Everything reported is there; at most the one file in flight is there unreported.
            self.assertTrue(reported <= set(present), f"iteration {iteration}: lost {reported - set(present)}")
            self.assertLessEqual(len(set(present) - reported), 1, f"iteration {iteration}")
            if iteration % 5 != 0:
                continue
            # The database stays writable after the crash.
            again = subprocess.run([KG, "--db", db, "import"] + files, capture_output=True, text=True)
            self.assertEqual(again.returncode, 0, again.stderr)


if __name__ == "__main__":
    unittest.main()
