#!/usr/bin/env python3
"""The .comptoir files Comptoir writes must match the JSON Schema it ships.

Usage: check_bundle_schema.py COMPTOIR_BINARY SCHEMA CORPUS_DIR
Creates the demo workspace, exports the projects of every stage, and validates each file (and
the fuzz seed corpus) against resources/exchange/bundle-v1.schema.json; of a container (a file
with attachments), its document. A file Comptoir writes is signed: its envelope (laid out in
resources/exchange/README.md, "The envelope") is read here as any other program would, from
that page alone. Exits 1 on a mismatch.
"""
import io
import json
import os
import struct
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


MAGIC = b"\x89CPTR\r\n\x1a"


def opened(data):
    """The content of a signed (not sealed) envelope; the bytes themselves when not one."""
    if not data.startswith(MAGIC):
        return data
    version, mode, name_size, size = struct.unpack_from("<BBHQ", data, 8)
    assert version == 1 and mode == 2, f"envelope version {version}, mode {mode}"
    start = 68 + name_size
    assert len(data) == start + size + 64, "the envelope's size is not its header's"
    return data[start:start + size]


def validate(path):
    global failures, checked
    with open(path, "rb") as f:
        data = opened(f.read())
    # A container (a file with attachments): its document is comptoir.json.
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            document = json.loads(z.read("comptoir.json").decode("utf-8"))
    else:
        document = json.loads(data.decode("utf-8"))
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
