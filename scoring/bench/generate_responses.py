#!/usr/bin/env python3
"""Writes random ITA responses as JSON lines (the `report` command's input) to stdout.

Item ids and scales come from the scheme's own form files, so the file always matches the forms.
IIT and EIT lines are mixed (40/60) over a few agencies; ~5% of answers are skipped, 4-level
answers are written as numbers or strings at random. Each agency also gets two OIT lines, the
second replacing part of the first (the CLI keeps the latest judgement per item).
"""
import argparse
import json
import pathlib
import random
import sys

AGENCIES = ["PKT", "KBI", "PNA", "SKA", "NST", "TRG", "RNG", "CPN", "SNI", "YLA",
            "STN", "PLG", "NWT", "PTN", "CMI", "BKK", "KKN", "UBN", "NMA", "CRI"]


def items(form_file):
    """(item id, scale) in form order."""
    form = json.loads(form_file.read_text(encoding="utf-8"))
    out = []
    for ind in form["indicators"]:
        questions = ind.get("questions", []) + [q for s in ind.get("subindicators", []) for q in s["questions"]]
        for q in questions:
            for it in q.get("items", [{"id": q["id"]}]):
                out.append((it["id"], q["scale"]))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--responses", type=int, default=100_000)
    p.add_argument("--agencies", type=int, default=10)
    p.add_argument("--seed", type=int, default=2563)
    p.add_argument("--scheme", default=str(pathlib.Path(__file__).resolve().parent.parent
                                           / "src/main/resources/ita/2563"))
    a = p.parse_args()
    rnd = random.Random(a.seed)
    scheme = pathlib.Path(a.scheme)
    forms = {t: items(scheme / f"{t}.json") for t in ("IIT", "EIT", "OIT")}
    agencies = AGENCIES[:a.agencies]
    out = sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def oit_line(agency, share):
        judged = {i: rnd.random() < 0.7 for i, _ in forms["OIT"] if rnd.random() < share}
        return dumps({"form": "OIT", "agency": agency, "items": judged})

    for agency in agencies:
        out.write(oit_line(agency, 1.0) + "\n")
    for _ in range(a.responses):
        tool = "IIT" if rnd.random() < 0.4 else "EIT"
        answers = {}
        for item_id, scale in forms[tool]:
            if rnd.random() < 0.05:
                continue  # skipped
            if scale == "LEVEL4":
                v = rnd.choices((1, 2, 3, 4), weights=(1, 2, 5, 5))[0]
                answers[item_id] = v if rnd.random() < 0.5 else str(v)
            else:
                answers[item_id] = "yes" if rnd.random() < 0.6 else "no"
        out.write(dumps({"form": tool, "agency": rnd.choice(agencies), "answers": answers}) + "\n")
    for agency in agencies:
        out.write(oit_line(agency, 0.3) + "\n")


if __name__ == "__main__":
    main()
