#!/usr/bin/env python3
"""Builds catalog.json, the app's offline model catalog, from Together's published tables as
reproduced in sources/ beside this script (fine-tuning-models.md, prices.md, serving-2026.md).
Run: python3 resources/catalog/make_catalog.py > resources/catalog/catalog.json
The live API (GET /models, GET /fine-tunes/models/limits, the serving probe and the v2
catalogue) wins over this when connected.

Serving (serving-2026.md): no base is serverless LoRA (nothing here can say so; only a live
probe can). Each model carries the GPU memory it needs to be served (servingMemoryGb) and each
hardware entry its GPUs and their memory, so the app never prices hardware that cannot hold
the model."""
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
KNOWN_SIZES = {"deepseek-ai/DeepSeek-R1-Distill": None, "deepseek-ai/DeepSeek-R1": 671,
               "deepseek-ai/DeepSeek-V3": 671, "moonshotai/Kimi-K2": 1000, "zai-org/GLM-4": 355,
               "meta-llama/Llama-4-Maverick-17B-128E": 400, "meta-llama/Llama-4-Scout-17B-16E": 109}


def params_b(model_id):
    for prefix, size in KNOWN_SIZES.items():
        if model_id.startswith(prefix):
            if size is None:  # a distilled model: its name tells its size
                break
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
lora_text = (src / "prices.md").read_text(encoding="utf-8")
serving_text = (src / "serving-2026.md").read_text(encoding="utf-8")
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

tiers, minimums, inference, hardware = [], [], [], []
for section, rows in tables(lora_text):
    head = [h.lower() for h in rows[0]]
    body = rows[1:]
    if head[:2] == ["size", "sft, lora"]:
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

# Dedicated hardware (v2): one entry per GPU type and count a replica can use, priced at the
# count times the GPU's hourly price, with the GPU memory it offers.
for section, rows in tables(serving_text):
    head = [h.lower() for h in rows[0]]
    if head[:3] != ["gpu", "memory per gpu (gb)", "price per gpu hour"]:
        continue
    for r in rows[1:]:
        gpu, memory, price = r[0], float(r[1]), dollars(r[2])
        for count in (int(c) for c in r[3].split(",")):
            hardware.append({"name": f"{count}x {gpu} {int(memory)}GB", "gpuType": gpu, "gpuCount": count,
                             "gpuMemoryGb": memory, "dollarsPerHour": round(count * price, 2)})
if not hardware:
    sys.exit("make_catalog: serving-2026.md has no hardware table")

# What a model needs to be served: its weights in BF16 (2 bytes a parameter) and a fifth more
# (serving-2026.md). A model of unknown size gets nothing, so no hardware is priced for it.
BYTES_PER_PARAMETER, OVERHEAD = 2, 1.2
for m in models.values():
    if m.get("paramsB"):
        m["servingMemoryGb"] = round(m["paramsB"] * BYTES_PER_PARAMETER * OVERHEAD, 1)

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

json.dump({"source": "Together's published tables (docs.together.ai: fine-tuning 2025-11-08, serving 2026), "
                     "via resources/catalog/sources",
           "models": dict(sorted(models.items())), "fineTunePriceTiers": tiers, "minimumCharges": minimums,
           "inferencePrices": inference, "hardware": hardware}, sys.stdout, indent=1, ensure_ascii=False)
print()
