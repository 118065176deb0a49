#!/usr/bin/env python3
"""Builds catalog.json, the app's offline model catalog, from Together's published tables as
reproduced in sources/ beside this script (fine-tuning-models.md, serverless-lora.md).
Run: python3 resources/catalog/make_catalog.py > resources/catalog/catalog.json
The live API (GET /models, GET /fine-tunes/models/limits) wins over this when connected."""
import json
import re
import sys
from pathlib import Path

src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "sources"


def tables(text):
    """Yields (section title, rows as lists of cells) for each markdown table."""
    section, rows = None, []
    for line in text.splitlines() + [""]:
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
        elif rows:
            yield section, rows
            rows = []


def dollars(cell):
    m = re.search(r"\$?([0-9.]+)", cell)
    return float(m.group(1)) if m else None


# Sizes the names do not tell (billions of parameters).
KNOWN_SIZES = {"deepseek-ai/DeepSeek-R1": 671, "deepseek-ai/DeepSeek-V3": 671, "moonshotai/Kimi-K2": 1000,
               "zai-org/GLM-4": 355}


def params_b(model_id):
    for prefix, size in KNOWN_SIZES.items():
        if model_id.startswith(prefix):
            return size
    name = model_id.split("/")[-1]
    m = re.search(r"(\d+)x(\d+(?:\.\d+)?)B", name, re.I)
    if m:
        return float(m.group(1)) * float(m.group(2))
    sizes = [float(x) for x in re.findall(r"(?<![A-Za-z])(\d+(?:\.\d+)?)[Bb](?![a-z])", name)]
    if sizes:
        return max(sizes)
    m = re.search(r"(\d+)m\b", name)
    return float(m.group(1)) / 1000 if m else None


ft = (src / "fine-tuning-models.md").read_text(encoding="utf-8")
lora_text = (src / "serverless-lora.md").read_text(encoding="utf-8")
models = {}
for section, rows in tables(ft):
    kind = {"LoRA fine-tuning": "lora", "LoRA long-context fine-tuning": "lora",
            "Full fine-tuning": "full"}.get(section)
    if not kind:
        continue
    for r in rows[1:]:
        org, name, model_id, ctx_sft, ctx_dpo, max_sft, max_dpo, min_b, precision = r[:9]
        m = models.setdefault(model_id, {"organization": org, "name": name, "paramsB": params_b(model_id)})
        m[kind] = {"contextSft": int(ctx_sft), "contextDpo": int(ctx_dpo), "maxBatchSize": int(max_sft),
                   "maxBatchSizeDpo": int(max_dpo), "minBatchSize": int(min_b), "precision": precision}

serverless, tiers, minimums, inference, hardware = [], [], [], [], []
for section, rows in tables(lora_text):
    head = [h.lower() for h in rows[0]]
    body = rows[1:]
    if "api string" in head:
        for r in body:
            serverless.append(r[head.index("api string")].strip("`"))
    elif head[:2] == ["size", "sft, lora"]:
        for r in body:
            bound = re.findall(r"(\d+)B", r[0])
            tiers.append({"label": r[0], "upToB": float(bound[-1]) if bound else None, "sftLora": dollars(r[1]),
                          "sftFull": dollars(r[2]), "dpoLora": dollars(r[3]), "dpoFull": dollars(r[4])})
    elif "minimum charge" in head:
        for r in body:
            minimums.append({"names": r[0], "sftLora": dollars(r[1]), "dpoLora": dollars(r[2]),
                             "minimum": dollars(r[3]) if "$" in r[3] else 0.0})
    elif head[:3] == ["model", "input", "output"]:
        for r in body:
            inference.append({"name": r[0], "input": dollars(r[1]), "output": dollars(r[2])})
    elif head[:2] == ["hardware type", "price/hour"]:
        for r in body:
            hardware.append({"name": r[0], "dollarsPerHour": dollars(r[1])})

for model_id in serverless:
    models.setdefault(model_id, {"organization": model_id.split("/")[0], "name": model_id.split("/")[-1],
                                 "paramsB": params_b(model_id)})
    models[model_id]["serverlessLora"] = True

# The inference price of a serverless LoRA base (its fine-tunes cost the same): the row of
# the price table that names it.
PRICE_ROWS = {"meta-llama/Llama-4-Maverick-17B-128E-Instruct": "Llama 4 Maverick",
              "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference": "Llama 3.1 8B",
              "meta-llama/Meta-Llama-3.1-70B-Instruct-Reference": "Llama 3.1 70B",
              "Qwen/Qwen3-235B-A22B-Instruct-2507-tput": "Qwen3 235B A22B Instruct 2507"}
for model_id, prefix in PRICE_ROWS.items():
    row = next((p for p in inference if p["name"].startswith(prefix)), None)
    if row and model_id in models:
        models[model_id]["inputPrice"] = row["input"]
        models[model_id]["outputPrice"] = row["output"]

# Which models each "minimum charge" row names: the table uses display names, so match ids.
MINIMUM_ROWS = [("DeepSeek-R1", r"^deepseek-ai/DeepSeek-(R1|R1-0528|V3|V3-0324|V3\.1|V3\.1-Base)$"),
                ("GLM-4.6", r"^zai-org/GLM-4\.[67]"), ("gpt-oss-120B", r"^openai/gpt-oss-120b$"),
                ("Kimi K2", r"^moonshotai/Kimi-K2"), ("Llama 4 Maverick", r"^meta-llama/Llama-4-Maverick"),
                ("Llama 4 Scout", r"^meta-llama/Llama-4-Scout"), ("Qwen3-Coder-480B", r"^Qwen/Qwen3-Coder-480B"),
                ("Qwen3-235B", r"^Qwen/Qwen3-235B-A22B(-Instruct-2507)?$")]
for row in minimums:
    pattern = next((p for prefix, p in MINIMUM_ROWS if row["names"].startswith(prefix)), None)
    if not pattern:
        sys.exit(f"make_catalog: no model pattern for the minimum-charge row {row['names']!r}")
    for model_id, m in models.items():
        if re.search(pattern, model_id):
            m["sftLoraPrice"], m["dpoLoraPrice"], m["minimumCharge"] = row["sftLora"], row["dpoLora"], row["minimum"]

json.dump({"source": "Together's published tables (docs.together.ai, 2025-11-08), via resources/catalog/sources",
           "models": dict(sorted(models.items())), "fineTunePriceTiers": tiers, "minimumCharges": minimums,
           "inferencePrices": inference, "hardware": hardware}, sys.stdout, indent=1, ensure_ascii=False)
print()
