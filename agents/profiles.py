"""HPC level 1 for HTTP: what each endpoint and each of its parameters looks like in normal traffic, and how
surprising a request is against that. Learned from normal traffic, then frozen (or learning online)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agents.detector import Scored, State
from agents.reflex import HttpView
from agents.types import Finding

MAX_VALUES = 32  # a parameter with at most this many distinct values is an enumeration
MIN_OBSERVATIONS = 20
CLASS_BITS = {"lower": 1, "upper": 2, "digit": 4, "space": 8, "punct": 16, "quote": 32, "angle": 64, "meta": 128,
              "high": 256}
DANGEROUS = CLASS_BITS["quote"] | CLASS_BITS["angle"] | CLASS_BITS["meta"]


def char_classes(value: str) -> int:
    bits = 0
    for ch in value:
        if ch.islower():
            bits |= 1
        elif ch.isupper():
            bits |= 2
        elif ch.isdigit():
            bits |= 4
        elif ch.isspace():
            bits |= 8
        elif ch in "'\"`":
            bits |= 32
        elif ch in "<>":
            bits |= 64
        elif ch in ";|&$(){}[]\\*!^~%#":
            bits |= 128
        elif ord(ch) > 127:
            bits |= 256
        else:
            bits |= 16
    return bits


class EndpointProfiles:
    """Per "METHOD path": parameter names seen; per parameter: count, length mean/variance, character classes,
    and its values while they stay few (an enumeration)."""

    name = "hpc_profile"
    kinds = frozenset({"http"})

    def __init__(self, frozen: bool = False, seed: int = 0) -> None:
        self.frozen = frozen
        self.seed = seed
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.requests = 0

    # -- the detector protocol (its state is global: the entity state argument is unused) ------------------
    def fresh_state(self) -> State:
        return {}

    def learn_batch(self, items: Sequence[Scored], state: State) -> None:
        for item in items:
            if item["event"]["kind"] == "http":
                self._learn(HttpView(item["event"]["http"]))

    def score_batch(self, items: Sequence[Scored], state: State) -> list[Finding]:
        findings = []
        for item in items:
            if item["event"]["kind"] != "http":
                findings.append(Finding(self.name, 0.0, "not http"))
                continue
            view = HttpView(item["event"]["http"])
            findings.append(self._score(view))
            if not self.frozen:
                self._learn(view)
        return findings

    # -- learning and scoring --------------------------------------------------------------------------------
    @staticmethod
    def _key(view: HttpView) -> str:
        return f"{view.method} {view.path}"

    def _learn(self, view: HttpView) -> None:
        self.requests += 1
        endpoint = self.endpoints.setdefault(self._key(view), {"count": 0, "params": {}})
        endpoint["count"] += 1
        for name, value in view.args:
            p = endpoint["params"].setdefault(name, {"n": 0, "mean": 0.0, "m2": 0.0, "classes": 0, "values": {},
                                                     "max_len": 0})
            p["n"] += 1
            delta = len(value) - p["mean"]
            p["mean"] += delta / p["n"]
            p["m2"] += delta * (len(value) - p["mean"])
            p["classes"] |= char_classes(value)
            p["max_len"] = max(p["max_len"], len(value))
            if p["values"] is not None:
                p["values"][value] = p["values"].get(value, 0) + 1
                if len(p["values"]) > MAX_VALUES:
                    p["values"] = None

    def _score(self, view: HttpView) -> Finding:
        if self.requests < MIN_OBSERVATIONS:
            return Finding(self.name, 0.0, "still learning")
        endpoint = self.endpoints.get(self._key(view))
        if endpoint is None:
            return Finding(self.name, 0.5, "endpoint never seen", {"level": 1, "feature": "endpoint",
                                                                    "expected": "a known endpoint",
                                                                    "observed": self._key(view)[:120]})
        worst = Finding(self.name, 0.0, "as expected", {"level": 1})
        for name, value in view.args:
            p = endpoint["params"].get(name)
            if p is None:
                candidate = Finding(self.name, 0.6 if endpoint["count"] >= MIN_OBSERVATIONS else 0.3,
                                    f"parameter {name[:40]!r} never seen here",
                                    {"level": 1, "feature": f"param:{name[:40]}",
                                     "expected": sorted(endpoint["params"])[:8], "observed": name[:80]})
            else:
                candidate = self._score_value(name, value, p)
            if candidate.score > worst.score:
                worst = candidate
        return worst

    def _score_value(self, name: str, value: str, p: dict[str, Any]) -> Finding:
        evidence: dict[str, Any] = {"level": 1, "feature": f"param:{name[:40]}"}
        new_classes = char_classes(value) & ~p["classes"]
        if new_classes & DANGEROUS:
            return Finding(self.name, 0.85, f"{name[:40]!r} has characters never seen in it",
                           {**evidence, "expected": self._classes(p["classes"]), "observed": value[:120]})
        if p["values"] is not None and p["n"] >= MIN_OBSERVATIONS and value not in p["values"]:
            return Finding(self.name, 0.6, f"{name[:40]!r} takes a value outside its enumeration",
                           {**evidence, "expected": sorted(p["values"])[:8], "observed": value[:120]})
        std = math.sqrt(p["m2"] / p["n"]) if p["n"] > 1 else 0.0
        if p["n"] >= MIN_OBSERVATIONS and len(value) > max(p["max_len"] * 1.5, p["mean"] + 6 * std + 4):
            z = (len(value) - p["mean"]) / (std + 1.0)
            return Finding(self.name, min(0.9, 0.5 + 0.05 * z), f"{name[:40]!r} is unusually long",
                           {**evidence, "expected": round(p["mean"], 1), "observed": len(value), "z": round(z, 1)})
        if new_classes:
            return Finding(self.name, 0.35, f"{name[:40]!r} has a new kind of character",
                           {**evidence, "expected": self._classes(p["classes"]), "observed": value[:120]})
        return Finding(self.name, 0.0, "as expected", evidence)

    @staticmethod
    def _classes(bits: int) -> list[str]:
        return [name for name, bit in CLASS_BITS.items() if bits & bit]

    # -- persistence -----------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"requests": self.requests, "endpoints": self.endpoints}), "utf-8")

    @classmethod
    def load(cls, path: Path, frozen: bool = True) -> EndpointProfiles:
        doc = json.loads(path.read_text("utf-8"))
        profiles = cls(frozen=frozen)
        profiles.requests, profiles.endpoints = int(doc["requests"]), doc["endpoints"]
        return profiles
