#!/usr/bin/env python3
"""Checks a sync batch folder against docs/sync-format.schema.json: the manifest, and every line of
every table file against its row schema. Exits 1 naming the first row that does not conform.
   validate_batch.py SCHEMA DIR"""
import json
import sys
from pathlib import Path

import jsonschema

schema_path, folder = Path(sys.argv[1]), Path(sys.argv[2])
schema = json.loads(schema_path.read_text(encoding="utf-8"))
validator = jsonschema.Draft202012Validator
validator.check_schema(schema)
manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
validator(schema).validate(manifest)
rows = 0
for table, entry in manifest["tables"].items():
    row_schema = dict(schema["$defs"]["rows"][table])
    row_schema["$defs"] = schema["$defs"]
    check = validator(row_schema)
    for n, line in enumerate((folder / entry["file"]).read_text(encoding="utf-8").splitlines(), 1):
        try:
            check.validate(json.loads(line))
        except jsonschema.ValidationError as e:
            sys.exit(f"{entry['file']} line {n}: {e.message}")
        rows += 1
print(f"{folder}: manifest and {rows} rows conform to {schema_path.name}")
