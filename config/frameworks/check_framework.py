#!/usr/bin/env python3
"""Sanity checker for config/frameworks/key-features-2013.toml (stdlib only).

Usage: python3 check_framework.py [path/to/key-features-2013.toml]
"""
import string
import sys
import tomllib
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).with_name("key-features-2013.toml")
SOURCES = ("official", "survey", "official_or_survey", "expert_review")
EXPECTED_COUNTS = {"areas": 3, "focus_areas": 12, "features": 42, "measurements": 60}
EXPECTED_SOURCES = {"official": 24, "survey": 16, "official_or_survey": 2, "expert_review": 18}


def nonempty_str(value, what):
    assert isinstance(value, str) and value.strip() == value and value, f"{what}: bad string {value!r}"
    assert "\u2019" not in value and "\u2018" not in value, f"{what}: typographic quote in {value!r}"
    assert "\n" not in value, f"{what}: line break in {value!r}"


def check_children(parent_code, children, what):
    """Children codes are parent_code + '.' + 1, 2, 3 ... in order."""
    assert children, f"{parent_code}: no {what}"
    for i, child in enumerate(children, start=1):
        expected = f"{parent_code}.{i}" if parent_code else str(i)
        assert child["code"] == expected, f"{what}: expected code {expected}, got {child['code']}"
        nonempty_str(child["title"], f"{what} {child['code']} title")


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with path.open("rb") as fh:
        doc = tomllib.load(fh)

    assert doc["edition"] == "key-features-2013", doc.get("edition")
    nonempty_str(doc["title"], "title")

    scale = [(s["value"], s["label"]) for s in doc["scale"]]
    assert scale == [(5, "Excellent"), (4, "Very good"), (3, "Good"), (2, "Fair"), (1, "Poor")], scale

    counts = Counter()
    per_source = Counter()
    seen_codes = set()
    expert = []

    areas = doc["areas"]
    check_children("", areas, "area")
    for area in areas:
        counts["areas"] += 1
        focus_areas = area["focus_areas"]
        check_children(area["code"], focus_areas, "focus area")
        for fa in focus_areas:
            counts["focus_areas"] += 1
            features = fa["features"]
            check_children(fa["code"], features, "feature")
            for feat in features:
                counts["features"] += 1
                measurements = feat.get("measurements", [])
                assert measurements, f"feature {feat['code']} has no measurements"
                for i, m in enumerate(measurements):
                    counts["measurements"] += 1
                    code = m["code"]
                    expected = f"{feat['code']}.{string.ascii_lowercase[i]}"
                    assert code == expected, f"measurement: expected code {expected}, got {code}"
                    assert code.startswith(feat["code"] + "."), code
                    for key in ("name", "definition"):
                        nonempty_str(m[key], f"{code} {key}")
                    src = m["source"]
                    assert src in SOURCES, f"{code}: unknown source {src!r}"
                    per_source[src] += 1
                    allowed = {"code", "name", "definition", "source", "unit", "breakdowns"}
                    assert set(m) <= allowed, f"{code}: unexpected keys {set(m) - allowed}"
                    if src == "expert_review":
                        assert "unit" not in m, f"{code}: expert_review measurement has a unit"
                        assert "breakdowns" not in m, f"{code}: expert_review measurement has breakdowns"
                        expert.append((code, m["name"]))
                    else:
                        nonempty_str(m.get("unit"), f"{code} unit")
                    if "breakdowns" in m:
                        b = m["breakdowns"]
                        assert isinstance(b, list) and len(b) >= 2, f"{code}: bad breakdowns {b!r}"
                        assert len(set(b)) == len(b), f"{code}: duplicate breakdown labels"
                        for label in b:
                            nonempty_str(label, f"{code} breakdown")
                for node_code in [feat["code"]] + [m["code"] for m in measurements]:
                    assert node_code not in seen_codes, f"duplicate code {node_code}"
                    seen_codes.add(node_code)
            assert fa["code"] not in seen_codes, f"duplicate code {fa['code']}"
            seen_codes.add(fa["code"])
        assert area["code"] not in seen_codes, f"duplicate code {area['code']}"
        seen_codes.add(area["code"])

    print(f"file: {path}")
    for key in ("areas", "focus_areas", "features", "measurements"):
        print(f"{key:>13}: {counts[key]}")
    print("per source:")
    for src in SOURCES:
        print(f"  {src:<19} {per_source[src]}")
    print(f"expert_review measurements ({len(expert)}):")
    for code, name in expert:
        print(f"  {code:<8} {name}")

    assert dict(counts) == EXPECTED_COUNTS, f"counts {dict(counts)} != {EXPECTED_COUNTS}"
    assert dict(per_source) == EXPECTED_SOURCES, f"sources {dict(per_source)} != {EXPECTED_SOURCES}"
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
