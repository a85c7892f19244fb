"""Nothing super-linear on untrusted text: every regex of the stages (and the IOC extractor, which runs on RE2, and the
CRS interpreter, whose Python searches have a budget) does work that grows linearly with its input. Each check
compares times measured in this run, 64 KB against 4 KB of the same adversarial shape (CPU time of this thread):
linear work gives a ratio near 16, quadratic near 256; the bound is their geometric mean, 64. RE2 on a 64 KB path
runs at ~30x (its DFA cache outgrown: a constant factor), and a busy machine has shown 47x, which a bound of 40
failed on."""

from __future__ import annotations

import gc
import importlib
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import re2

from agents import features, ioc

SMALL, LARGE, BOUND = 4 * 1024, 64 * 1024, 64.0

SHAPES: dict[str, Callable[[int], str]] = {
    "dotted labels": lambda n: "a." * (n // 2),
    "long label run": lambda n: ("a" * 60 + ".") * (n // 61),
    "hyphens": lambda n: "a-" * (n // 2),
    "letters": lambda n: "a" * n,
    "spaces after <": lambda n: "<" + " " * (n - 1),
    "handler name": lambda n: "on" + "a" * (n - 2),
    "colons": lambda n: "1:" * (n // 2),
    "ats": lambda n: "a@" * (n // 2),
    "unix path": lambda n: "/etc" + "/a" * ((n - 4) // 2),
    "windows path": lambda n: "C:\\" + "a\\" * ((n - 3) // 2),
    "words": lambda n: "copy " * (n // 5),
    "whitespace": lambda n: " \t" * (n // 2),
    "references": lambda n: "&#" + "1" * (n - 2),
    "backslashes": lambda n: "\\" * n,
    "comments": lambda n: "/*" * (n // 2),
    "defanged": lambda n: "hxxp[.]" * (n // 7),
    "hex": lambda n: "f" * n,
}


def timed(work: Callable[[str], Any], text: str, times: int) -> float:
    started = time.thread_time()  # CPU time: what other processes take of a busy machine is not counted
    for _ in range(times):
        work(text)
    return (time.thread_time() - started) / times


def scan(pattern: Any) -> Callable[[str], None]:
    """Every match of ``pattern`` in a text, taken and dropped."""
    binary = isinstance(pattern.pattern, bytes)  # the SecLang transformations work on bytes, as ModSecurity does

    def work(text: str) -> None:
        for _ in pattern.finditer(text.encode("utf-8", "surrogatepass") if binary else text):
            pass
    return work


def growth(work: Callable[[str], Any], shape: Callable[[int], str]) -> float:
    """Time on 64 KB over time on 4 KB. Rounds alternate the two sizes (the 4 KB one run 16 times, so both take
    about as long when the work is linear) and the best of each is kept, so a busy machine slows both alike; the
    collector is off, its passes growing with what is alive rather than with the work."""
    small_text, large_text = shape(SMALL), shape(LARGE)
    gc.disable()
    try:
        small = max(timed(work, small_text, 1), 1e-7)
        if small * (LARGE / SMALL) ** 2 > 30.0:  # quadratic and slow: no need to wait for its 64 KB
            return float("inf")
        smalls, larges = [small], []
        for _ in range(5):
            smalls.append(timed(work, small_text, LARGE // SMALL))
            larges.append(timed(work, large_text, 1))
    finally:
        gc.enable()
    return min(larges) / max(min(smalls), 1e-7)


def is_pattern(value: Any) -> bool:
    return isinstance(value, (re.Pattern, re2._Regexp))


def stage_patterns() -> list[tuple[str, Any]]:
    """Every compiled pattern of the modules that read untrusted text."""
    found: list[tuple[str, Any]] = []
    for name in ("agents.transforms", "agents.features", "agents.narrative", "agents.semantic", "agents.dendritic",
                 "agents.reflex", "agents.ioc", "agents.seclang_transforms", "streams.adapters.logs"):
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            values = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
            if is_pattern(value):
                found.append((f"{name}.{attr}", value))
            for key, item in values:
                item = item[0] if isinstance(item, tuple) and item else item
                if is_pattern(item):
                    found.append((f"{name}.{attr}[{key}]", item))
    return found


def test_the_patterns_are_found() -> None:
    names = {name for name, _ in stage_patterns()}
    assert {"agents.ioc.PATTERNS[domain]", "agents.features._SCRIPT", "streams.adapters.logs.URL_CREDENTIALS",
            "agents.semantic.EMAIL"} <= names
    assert len(names) >= 30


@pytest.mark.parametrize(("name", "pattern"), stage_patterns(), ids=[name for name, _ in stage_patterns()])
def test_every_stage_pattern_is_linear(name: str, pattern: Any) -> None:
    worst = max(((growth(scan(pattern), shape), label) for label, shape in SHAPES.items()))
    assert worst[0] < BOUND, f"{name} grows {worst[0]:.0f}x from 4 KB to 64 KB of {worst[1]!r}"


@pytest.mark.parametrize("label", sorted(SHAPES))
def test_ioc_extraction_is_linear(label: str) -> None:
    ratio = growth(ioc.extract, SHAPES[label])
    assert ratio < BOUND, f"{ratio:.0f}x"


def test_ioc_extraction_of_a_document_is_capped() -> None:
    doc = {"a": "x" * ioc.MAX_TEXT, "b": "evil.example.com " * 10}  # beyond the cap: not read
    assert ioc.extract(doc) == {}
    many = " ".join(f"host{i}.example.com" for i in range(2 * ioc.MAX_PER_TYPE))
    assert len(ioc.extract(many)["domain"]) == ioc.MAX_PER_TYPE


@pytest.mark.parametrize("label", ["spaces after <", "handler name", "dotted labels", "words"])
def test_payload_features_are_linear(label: str) -> None:
    assert growth(lambda text: features.featurize(text), SHAPES[label]) < BOUND


@pytest.fixture(scope="module")
def crs_requests() -> Any:
    from agents.seclang import load_ruleset

    crs = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "crs"
    if not (crs / "rules").is_dir():
        pytest.skip("../shared/datasets/crs is not present")
    return load_ruleset(crs / "rules", pattern="REQUEST-*.conf")


# query strings a backtracking engine is super-linear on in CRS: 942251's capture search (19 s on 2,000 spaces before
# "having"), the 932xxx command-injection patterns (~1 s on 2 KB of "${" when Python confirmed their every hit)
CRS_SHAPES: dict[str, Callable[[int], str]] = {
    "spaces before having": lambda n: "%20" * (n // 3) + "x%20having%20y",
    "shell expansions": lambda n: "$%7B" * (n // 4),
}


# its fixture compiles every request rule's Hyperscan databases, no cache: 352 s alone on a slow 2-core VM, past the
# suite's 300 s per test (which counts a fixture's setup)
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("label", sorted(CRS_SHAPES))
def test_the_crs_interpreter_is_linear_on_crafted_requests(crs_requests: Any, label: str) -> None:
    """A whole request through every request rule at paranoia level 4: Python's searches stop at their budget."""
    from agents.seclang import Transaction, crs_setup

    setup = crs_setup(4)

    def request(query: str) -> None:
        http = {"method": "GET", "uri": "/a?q=" + query, "version": "HTTP/1.1", "headers": {"Host": "x"}}
        Transaction(crs_requests, http, setup).run()
    ratio = growth(request, CRS_SHAPES[label])
    assert ratio < BOUND, f"{ratio:.0f}x"


def test_the_ioc_patterns_run_on_re2() -> None:
    assert all(isinstance(p, re2._Regexp) for p in ioc.PATTERNS.values())
