#!/usr/bin/env python3
"""Renders the chat template reference cases with Python's Jinja set up the way transformers'
apply_chat_template sets it up (ImmutableSandboxedEnvironment, trim_blocks, lstrip_blocks,
loop controls, the generation block, its tojson, raise_exception and strftime_now). Python's
Jinja is what Together renders with, so it is the truth the test holds TuneDesk to.

Usage: python_render.py CASES.json  (the format render_cases reads; one JSON line out per case)
"""
import datetime
import json
import sys

from jinja2 import nodes
from jinja2.ext import Extension, loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment


class GenerationBlock(Extension):
    """transformers' AssistantTracker, minus the tracking: {% generation %} renders its body."""

    tags = {"generation"}

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(["name:endgeneration"], drop_needle=True)
        return nodes.CallBlock(self.call_method("_render"), [], [], body).set_lineno(lineno)

    def _render(self, caller):
        return caller()


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def raise_exception(message):
    raise Exception(message)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[GenerationBlock, loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    # The same fixed clock as render_cases.
    env.globals["strftime_now"] = lambda fmt: datetime.datetime.fromtimestamp(1764547200).strftime(fmt)
    compiled = {}
    for name, source in data["templates"].items():
        try:
            compiled[name] = env.from_string(source)
        except Exception as e:  # a template Python cannot compile fails every case
            compiled[name] = e
    out = sys.stdout
    for case in data["cases"]:
        template = compiled[case["template"]]
        context = {"messages": case["messages"], "tools": case.get("tools"), "documents": None,
                   "add_generation_prompt": case.get("add_generation_prompt", False)}
        for token in ("bos_token", "eos_token"):
            if isinstance(case.get(token), str):
                context[token] = case[token]
        context.update(case.get("extra") or {})
        try:
            if isinstance(template, Exception):
                raise template
            result = {"ok": True, "text": template.render(**context)}
        except Exception as e:
            result = {"ok": False, "error": str(e)}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
