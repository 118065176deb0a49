#!/usr/bin/env python3
"""Writes the inputs of tests/data/check_file_cases.jsonl (Together's check_file run on each, as
golden reports) into a folder: NAME with the input bytes and NAME.expected with the report as the
CLI prints it (indent=4). Prints each case's name. Some inputs are Python expressions.
Usage: materialize_cases.py CASES.jsonl OUT_DIR"""
import json
import os
import sys

out = sys.argv[2]
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    name = c["case"]
    if "input" in c:
        data = (c["input"] or "").encode("utf-8")
    elif "input_hex" in c:
        data = bytes.fromhex(c["input_hex"])
    elif "input_generator" in c:
        data = eval(c["input_generator"]).encode("utf-8")
    elif "input_generator_python_bytes" in c:
        data = eval(c["input_generator_python_bytes"])
    else:
        data = b""
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    with open(os.path.join(out, name + ".expected"), "w", encoding="utf-8") as f:
        f.write(json.dumps(c["report"], indent=4))
    print(name)
