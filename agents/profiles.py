"""HPC level 1 for HTTP: what each endpoint and each of its parameters looks like in normal traffic, and how
surprising a request is against that. Trained offline on normal traffic (``vertice models train --normal``); a worker
loads the trained profiles and only reads them."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agents.detector import NEUTRAL, NOTHING, Earlier, Scored, State
from agents.neuromodulation import Modulation
from agents.reflex import HttpView
from agents.types import Finding

MAX_VALUES = 32  # a parameter with at most this many distinct values is an enumeration
MAX_SEEN = 4096  # digests of a free-text parameter's values kept, so a learned reflex never targets one of them
MIN_OBSERVATIONS = 20
PROBE = 0.75  # a never-seen endpoint in a folder or of a kind of file the site never served
USUAL_RULE_SHARE = 0.001  # a reflex rule firing on more of an endpoint's normal requests than this is usual there
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
    and its values while they stay few (an enumeration).

    Shared by every entity and read-only while it judges: ``train`` builds the profiles before they are saved or
    judge, and the detector protocol's methods neither learn nor keep anything per entity."""

    name = "hpc_profile"
    stage = "hpc"  # the HPC stage's second scorer: its breaker and its failures are HPC's
    kinds = frozenset({"http"})
    reads: tuple[str, ...] = ()
    feeds: frozenset[str] = frozenset()

    def __init__(self) -> None:
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.requests = 0
        self.calibration: list[list[float]] | None = None  # the verdict's knots fitted with these profiles
        self._known: tuple[int, set[str], set[str]] = (-1, set(), set())  # a cache of _shapes, not state

    # -- the detector protocol: nothing per entity -----------------------------------------------------------
    def fresh_state(self) -> State:
        return {}

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
        return None

    def train(self, items: Sequence[Scored]) -> None:
        """Learn from normal requests; items with a reflex result also teach which rules fire here normally."""
        for item in items:
            if item["event"]["kind"] == "http":
                view = HttpView(item["event"]["http"])
                self._learn(view)
                rules = self.endpoints[self._key(view)].setdefault("rules", {})
                for match in item.get("reflex", {}).get("matches", []):
                    rules[str(match["rule_id"])] = rules.get(str(match["rule_id"]), 0) + 1

    def usual_rule(self, event: dict[str, Any], rule_id: int) -> bool:
        """Whether reflex rule ``rule_id`` fires on this endpoint's normal traffic (not a campaign's mark)."""
        if event["kind"] != "http":
            return False
        view = HttpView(event["http"])
        endpoint = self.endpoints.get(self._key(view))
        if endpoint is None:
            return False
        return endpoint.get("rules", {}).get(str(rule_id), 0) > max(1.0, USUAL_RULE_SHARE * endpoint["count"])

    def seen_value(self, event: dict[str, Any], value: str) -> bool:
        """Whether normal traffic sent ``value`` to any parameter of this event's endpoint (an enumeration's
        member, or a free-text value among the digests kept)."""
        if event["kind"] != "http":
            return False
        endpoint = self.endpoints.get(self._key(HttpView(event["http"])))
        if endpoint is None:
            return False
        digest = _digest(value)
        return any((p["values"] is not None and value in p["values"]) or digest in p.get("seen", ())
                   for p in endpoint["params"].values())

    def anomalous_value(self, event: dict[str, Any], value: str) -> bool:
        """Whether ``value`` is anomalous for every parameter of this event's endpoint that carries it."""
        if event["kind"] != "http":
            return True
        view = HttpView(event["http"])
        endpoint = self.endpoints.get(self._key(view))
        if endpoint is None:
            return True
        names = [name for name, v in view.args if v == value]
        return all(name not in endpoint["params"] or self._score_value(name, value, endpoint["params"][name]).score
                   >= 0.5 for name in names)

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING) -> list[Finding]:
        return [self._score(HttpView(item["event"]["http"])) if item["event"]["kind"] == "http"
                else Finding(self.name, 0.0, "not http") for item in items]

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
            p["min_len"] = min(p.get("min_len", len(value)), len(value))
            if p["values"] is not None:
                p["values"][value] = p["values"].get(value, 0) + 1
                if len(p["values"]) > MAX_VALUES:
                    p["values"] = None
            if p.setdefault("numeric", True):  # an integer parameter: its range is learned, and its type
                number = _integer(value)
                if number is None:
                    p["numeric"] = False
                else:
                    p["low"], p["high"] = min(p.get("low", number), number), max(p.get("high", number), number)
            seen = p.setdefault("seen", set())
            if len(seen) < MAX_SEEN:
                seen.add(_digest(value))

    def _score(self, view: HttpView) -> Finding:
        if self.requests < MIN_OBSERVATIONS:
            return Finding(self.name, 0.0, "still learning")
        endpoint = self.endpoints.get(self._key(view))
        if endpoint is None:
            # a new page beside known ones may be a new release; a kind of file the site never served, or a
            # folder it never had (another product's console), is what a probe asks for
            folder, extension = _shape(view.path)
            known_folders, known_extensions = self._shapes()
            strange = folder not in known_folders or extension not in known_extensions
            return Finding(self.name, PROBE if strange else 0.5,
                           f"endpoint never seen{' (a folder or kind of file never served)' if strange else ''}",
                           {"level": 1, "feature": "endpoint", "expected": "a known endpoint",
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
        if p.get("numeric") and p["n"] >= MIN_OBSERVATIONS:
            number = _number(value)
            if number is None:
                return Finding(self.name, 0.6, f"{name[:40]!r} is not a number",
                               {**evidence, "expected": "an integer", "observed": value[:120]})
            low, high = p["low"], p["high"]
            if number < 0 <= low or not low - (high - low) <= number <= high + (high - low):
                return Finding(self.name, 0.6, f"{name[:40]!r} is outside its range",
                               {**evidence, "expected": [low, high], "observed": value[:120]})
        if not value.strip() and p["n"] >= MIN_OBSERVATIONS and p.get("min_len", 0) > 0:
            return Finding(self.name, 0.6, f"{name[:40]!r} is empty, never so in normal traffic",
                           {**evidence, "expected": f"at least {p['min_len']} characters", "observed": ""})
        std = math.sqrt(p["m2"] / p["n"]) if p["n"] > 1 else 0.0
        if p["n"] >= MIN_OBSERVATIONS and len(value) > max(p["max_len"] * 1.5, p["mean"] + 6 * std + 4):
            z = (len(value) - p["mean"]) / (std + 1.0)
            return Finding(self.name, min(0.9, 0.5 + 0.05 * z), f"{name[:40]!r} is unusually long",
                           {**evidence, "expected": round(p["mean"], 1), "observed": len(value), "z": round(z, 1)})
        if new_classes:
            # n values without this kind of character: the more of them, the less likely a normal one has it
            score = min(0.6, 0.35 + 0.1 * math.log10(max(p["n"], MIN_OBSERVATIONS) / MIN_OBSERVATIONS))
            return Finding(self.name, round(score, 3), f"{name[:40]!r} has a new kind of character",
                           {**evidence, "expected": self._classes(p["classes"]), "observed": value[:120]})
        return Finding(self.name, 0.0, "as expected", evidence)

    def _shapes(self) -> tuple[set[str], set[str]]:
        """The first folders and the file extensions of every known endpoint (recomputed as endpoints grow)."""
        if self._known[0] != len(self.endpoints):
            shapes = [_shape(key.partition(" ")[2]) for key in self.endpoints]
            self._known = (len(self.endpoints), {f for f, _ in shapes}, {e for _, e in shapes})
        return self._known[1], self._known[2]

    @staticmethod
    def _classes(bits: int) -> list[str]:
        return [name for name, bit in CLASS_BITS.items() if bits & bit]

    # -- persistence -----------------------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"requests": self.requests, "endpoints": self.endpoints,
                                    "calibration": self.calibration},
                                   default=lambda digests: sorted(digests)), "utf-8")  # the sets of digests

    @classmethod
    def load(cls, path: Path) -> EndpointProfiles:
        doc = json.loads(path.read_text("utf-8"))
        profiles = cls()
        profiles.requests, profiles.endpoints = int(doc["requests"]), doc["endpoints"]
        for endpoint in profiles.endpoints.values():
            for p in endpoint["params"].values():
                p["seen"] = set(p.get("seen", ()))
        profiles.calibration = doc.get("calibration")
        return profiles


def _shape(path: str) -> tuple[str, str]:
    """(first folder, file extension) of a path: "/shop/a/b.jsp" -> ("shop", "jsp")."""
    parts = [p for p in path.lower().split("/") if p]
    folder = parts[0] if len(parts) > 1 else ""
    name = parts[-1] if parts else ""
    return folder, name.rpartition(".")[2] if "." in name else ""


def _integer(value: str) -> int | None:
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 30 else None


def _number(value: str) -> float | None:
    """A signed decimal's value (bounded text: no huge-exponent forms), else None."""
    text = value.strip()
    if not text or len(text) > 40 or not text.isascii():
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _digest(value: str) -> str:
    return hashlib.blake2b(value.encode("utf-8", "replace"), digest_size=6).hexdigest()
