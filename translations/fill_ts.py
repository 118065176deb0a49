#!/usr/bin/env python3
"""Fills tunedesk_<lang>.ts from <lang>.tsv (source TAB translation; plural forms split by '|';
"\\n" stands for a newline). Run after `cmake --build build --target update_translations`;
prints the source strings that still lack a translation."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

here = Path(__file__).resolve().parent
lang = sys.argv[1] if len(sys.argv) > 1 else "de"
table = {}
for line in (here / f"{lang}.tsv").read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    src, dst = line.split("\t", 1)
    table[src.replace("\\n", "\n")] = dst.replace("\\n", "\n")

ts_path = here / f"tunedesk_{lang}.ts"
tree = ET.parse(ts_path)
missing = []
for msg in tree.getroot().iter("message"):
    src = msg.find("source").text or ""
    tr = msg.find("translation")
    if src not in table:
        missing.append(src)
        continue
    dst = table[src]
    tr.attrib.pop("type", None)
    for child in list(tr):
        tr.remove(child)
    if msg.get("numerus") == "yes":
        tr.text = None
        for form in dst.split("|"):
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = dst
ET.indent(tree, space="    ")
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
for m in missing:
    print("untranslated:", repr(m))
sys.exit(1 if missing else 0)
