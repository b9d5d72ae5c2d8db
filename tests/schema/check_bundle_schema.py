#!/usr/bin/env python3
"""The .comptoir files Comptoir writes must match the JSON Schema it ships.

Usage: check_bundle_schema.py COMPTOIR_BINARY SCHEMA CORPUS_DIR
Creates the demo workspace, exports the projects of every stage, and validates each file (and
the fuzz seed corpus) against resources/exchange/bundle-v1.schema.json; of a container (a file
with attachments), its document. Exits 1 on a mismatch.
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile

from jsonschema import Draft202012Validator

comptoir, schema_path, corpus = sys.argv[1:4]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

failures = 0
checked = 0


def validate(path):
    global failures, checked
    # A container (a file with attachments): its document is comptoir.json.
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            document = json.loads(z.read("comptoir.json").decode("utf-8"))
    else:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:5]:
        print(f"{os.path.basename(path)}: {'/'.join(map(str, error.path))}: {error.message}")
    failures += len(errors) > 0
    checked += 1


with tempfile.TemporaryDirectory() as home:
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home,
               QT_QPA_PLATFORM="offscreen")
    workspace = os.path.join(home, "demo.comptoirdb")
    subprocess.run([comptoir, "create-demo", "--out", workspace], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    for stage in ["idea", "structuring", "ready", "deposited", "labelled", "not_selected"]:
        out = os.path.join(home, stage + ".comptoir")
        subprocess.run([comptoir, "export-bundle", "--workspace", workspace, "--out", out,
                        "--stage", stage], check=True, env=env, stdout=subprocess.DEVNULL)
        validate(out)
for name in sorted(os.listdir(corpus)):
    validate(os.path.join(corpus, name))

print(f"{checked} files checked against {os.path.basename(schema_path)}, {failures} not matching")
sys.exit(1 if failures else 0)
