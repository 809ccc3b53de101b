"""Helpers for end-to-end tests: run the real kg binary in a scratch directory."""
import json
import os
import subprocess
import tempfile
import unittest

KG = os.environ.get("KG_BIN", "kg")


class KgTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="kg-e2e-")
        self.tmp = self._tmp.name
        self.db = os.path.join(self.tmp, "kg.db")

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp, name)

    def write(self, name, text, mode="w"):
        path = self.path(name)
        with open(path, mode) as f:
            f.write(text)
        return path

    def kg(self, *args, db=True, timeout=120, env=None):
        cmd = [KG] + (["--db", self.db] if db else []) + list(args)
        full_env = dict(os.environ)
        full_env.update(env or {})
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=full_env)

    def stats(self):
        r = self.kg("stats", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def assert_consistent(self):
        r = self.kg("check")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("consistent", r.stdout)


def triples_file(path, rows, prefix="e", relation="knows"):
    """Writes `rows` distinct triples whose entities belong to this file alone."""
    with open(path, "w") as f:
        f.write("subject\trelation\tobject\tsubject_type\tobject_type\n")
        for i in range(rows):
            f.write(f"{prefix} subject {i}\t{relation}\t{prefix} object {i % 997}\tPerson\tOrganization\n")
    return path
