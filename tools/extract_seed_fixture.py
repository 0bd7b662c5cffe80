#!/usr/bin/env python3
"""Builds the scoring test fixture from the seed report's IIT/EIT tables.

The seed prints, per item, the share of each answer (2 decimals) and the item score, not the
answer counts. For each item this script finds the smallest respondent count n (50..700) and the
integer counts whose shares round to the printed percentages and whose score (0/33/67/100 or
0/100, reverse where the item is negatively worded) rounds to the printed score. Where no exact
match exists (one OCR slip, i3.2: 45.88 printed for 45.89) a tolerance of 0.01 on one share is
allowed and the row is marked. The reverse flags here are the seed's, not the library's: they are
what makes the printed scores come out, written down independently of the form files.

Run: python3 tools/extract_seed_fixture.py ../shared/seeds/000_4ff2550076d7e9aa.txt \
       > scoring/src/test/resources/seed/ita2563-phuket-items.tsv
     python3 tools/extract_seed_fixture.py ../shared/seeds/000_4ff2550076d7e9aa.txt --oit \
       > scoring/src/test/resources/seed/ita2563-phuket-oit.tsv
"""
import itertools, re, sys
from decimal import Decimal, ROUND_HALF_UP

TH = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
NUM = re.compile(r"^[0-9.]+%?$")
REVERSE = {"i9", "i10", "i11.2", "i16", "i17", "i18.1", "i18.2", "i18.3", "i19", "i22"}
YESNO_DESIRED_NO = {"i4", "i5", "i6", "e4"}


def rows(path):
    lines = open(path, encoding="utf-8").read().translate(TH).split("\n")
    end = next(i for i, l in enumerate(lines) if l.startswith("ตัวชี้วัดที่ 9"))
    current, sub = None, 0
    for l in lines[:end]:
        cells = [c.strip() for c in l.split("\t")]
        head = cells[0]
        m = re.match(r"^(i|e)(\d+)\s", head) or re.match(r"^(16) ", head)  # "16" is OCR for "i1"
        nums = [c for c in cells[1:] if c]
        if m:
            qid = "i1" if m.group(1) == "16" else m.group(1) + m.group(2)
            current, sub = qid, 0
            if qid == "i18":  # the seed prints i18's three sub-items in one row
                cols = [c.split() for c in cells[1:]]
                for k in range(3):
                    yield qid + "." + str(k + 1), [col[k] for col in cols]
                current = None
            elif nums:
                yield qid, nums
        elif head.startswith("- ") and current and nums:
            sub += 1
            yield current + "." + str(sub), nums


def r2(x):
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def weights(item, k):
    q = item.split(".")[0]
    if k == 2:
        return [0, 100] if q in YESNO_DESIRED_NO else [100, 0]
    w = [0, 33, 67, 100]
    return w[::-1] if item in REVERSE else w


def counts_for(item, shares, score, tolerance):
    w = weights(item, len(shares))
    for n in range(50, 701):
        cands = []
        for x in shares:
            base = int(x * n / 100)
            ok = [c for c in range(max(0, base - 2), base + 3)
                  if abs(r2(Decimal(c * 100) / Decimal(n)) - x) <= tolerance]
            cands.append(ok)
        for c in itertools.product(*cands):
            if sum(c) == n and r2(Decimal(sum(a * b for a, b in zip(c, w))) / Decimal(n)) == score:
                off = sum(1 for ci, x in zip(c, shares) if r2(Decimal(ci * 100) / Decimal(n)) != x)
                if off <= 1:
                    return n, c
    return None


def oit(path):
    """The OIT checklist rows: 'o' is printed as Thai zero, e.g. '๐๒๗' = o27."""
    print("# item\tprinted score")
    for l in open(path, encoding="utf-8").read().split("\n"):
        cells = l.split("\t")
        m = re.match(r"^๐([๐-๙]+)$", cells[0].strip())
        if m and len(cells) >= 4:
            print("o" + str(int(m.group(1).translate(TH))) + "\t" + cells[-1].strip().translate(TH))


def main(path):
    print("# item\tprinted shares (%, seed column order)\tprinted score\treconstructed counts\tnote")
    for item, vals in rows(path):
        vals = [v.rstrip("%") for v in vals]
        assert all(NUM.match(v) for v in vals), (item, vals)
        shares, score = [Decimal(v) for v in vals[:-1]], Decimal(vals[-1])
        found = counts_for(item, shares, score, Decimal(0))
        note = ""
        if not found:
            found = counts_for(item, shares, score, Decimal("0.01"))
            note = "one printed share off by 0.01 (OCR)"
        assert found, item
        print("\t".join([item, ",".join(vals[:-1]), vals[-1], ",".join(map(str, found[1])), note]))


if len(sys.argv) > 2 and sys.argv[2] == "--oit":
    oit(sys.argv[1])
else:
    main(sys.argv[1])
