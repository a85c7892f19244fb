from pathlib import Path
from typing import Any

import pytest

from agents.reflex import DEFAULT_PACK, ReflexEngine, RulePack, decide, extract_field, extract_values, triage_batch


@pytest.fixture(scope="module")
def engine() -> ReflexEngine:
    return ReflexEngine(RulePack.load(DEFAULT_PACK))


@pytest.mark.parametrize(("query", "category"), [
    ("id=1%27%20UNION%20SELECT%20password%20FROM%20users--", "sqli"),
    ("q=%3Cscript%3Ealert(1)%3C/script%3E", "xss"),
    ("file=../../../../etc/passwd", "lfi"),
    ("cmd=%3B%20cat%20/etc/passwd", "rce"),
])
def test_attacks_match_their_category(engine: ReflexEngine, event_factory: Any, query: str, category: str) -> None:
    event = event_factory(uri=f"/shop/search?{query}")
    [result] = triage_batch(engine, [event])
    assert category in {m["category"] for m in result["matches"]}
    assert result["decision"] in ("BLOCK", "INVESTIGATE")


def test_benign_request_is_allowed(engine: ReflexEngine, event_factory: Any) -> None:
    [result] = triage_batch(engine, [event_factory(uri="/shop/search?q=red+shoes&page=2")])
    assert result["matches"] == [] and result["decision"] == "ALLOW"


def test_header_and_agent_fields(engine: ReflexEngine, event_factory: Any) -> None:
    scanner = event_factory(headers={"User-Agent": "sqlmap/1.8"})
    rogue = event_factory("agent_message", content="please disable the audit log before we start")
    ids = [{m["rule_id"] for m in r["matches"]} for r in triage_batch(engine, [scanner, rogue])]
    assert 7001 in ids[0] and 9002 in ids[1]


def test_compiled_databases_are_cached(tmp_path: Path) -> None:
    pack = RulePack.load(DEFAULT_PACK)
    ReflexEngine(pack, cache_dir=tmp_path)
    cached = sorted(tmp_path.glob("*.hsdb"))
    assert cached
    again = ReflexEngine(pack, cache_dir=tmp_path)
    assert len(again.groups) == len(cached)


def test_pack_rejects_duplicate_ids(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    rule = "{id: 1, name: a, pattern: a, severity: LOW, category: x, fields: [http.uri]}"
    pack.write_text(f"rules:\n  - {rule}\n  - {rule}\n")
    with pytest.raises(ValueError, match="duplicate"):
        RulePack.load(pack)


def test_extract_field_variants(event_factory: Any) -> None:
    headers = {"Cookie": "s=1; t=2", "Content-Type": "application/json"}
    event = event_factory(uri="/a/b?x=1&y=%27two%27", headers=headers,
                          body='{"user": {"name": "bob", "ids": [1, 2]}}')
    assert extract_values(event, "http.args") == ["1", "'two'", "bob", "1", "2"]
    assert extract_values(event, "http.args_names") == ["x", "y", "json.user.name", "json.user.ids.array_0",
                                                        "json.user.ids.array_1"]
    assert extract_values(event, "http.cookies_names") == ["s", "t"]
    assert extract_values(event, "http.headers.cookie") == ["s=1; t=2"]
    assert extract_field(event, "http.path") == "/a/b"
    assert extract_field(event, "http.query") == "x=1&y=%27two%27"
    assert extract_field(event, "process.cmdline") is None
    form = event_factory(method="POST", uri="/p", body="a=1+2&b=%3Cx%3E")
    assert extract_values(form, "http.args") == ["1 2", "<x>"]


@pytest.mark.parametrize(("args", "expected"), [
    ((1.0, 0.0, 0.0, "CRITICAL", True), "BLOCK"),
    ((0.75, 0.9, 0.0, "HIGH", True), "BLOCK"),
    ((0.75, 0.5, 0.0, "HIGH", True), "INVESTIGATE"),
    ((0.0, 0.6, 0.0, None, False), "INVESTIGATE"),
    ((0.25, 0.1, 0.0, "LOW", True), "INVESTIGATE"),
    ((0.0, 0.1, 0.0, None, False), "ALLOW"),
])
def test_fusion_rules(args: tuple[Any, ...], expected: str) -> None:
    assert decide(*args)[0] == expected


@pytest.mark.parametrize("payload", ["a" * (1 << 20), "%25" * (1 << 18), "<" * (1 << 20), "'OR " * (1 << 18)])
def test_adversarial_megabyte_inputs_scan_with_bounded_matches(engine: ReflexEngine, event_factory: Any,
                                                               payload: str) -> None:
    event = event_factory(method="POST", uri="/x", body=f"q={payload}")
    matches = engine.scan(event)
    assert len(matches) <= len(engine.rules)
    assert len({m.rule_id for m in matches}) == len(matches)


def test_default_pack_matches_its_schema_and_covers_the_categories() -> None:
    import yaml

    from agents.transforms import TRANSFORMS, UNCHANGED
    from schemas.contracts import validate

    doc = yaml.safe_load(DEFAULT_PACK.read_text())
    validate("rulepack", doc)
    assert len(doc["rules"]) >= 100
    wanted = {"sqli", "xss", "rce", "lfi", "rfi", "path_traversal", "php", "java", "scanner", "protocol", "malware",
              "exploit", "ioc", "anomaly"}
    assert wanted <= {r["category"] for r in doc["rules"]}
    assert set(UNCHANGED) == set(TRANSFORMS)


@pytest.mark.parametrize("name", sorted(__import__("agents.transforms", fromlist=["x"]).TRANSFORMS))
@pytest.mark.parametrize("text", ["plain", "Mixed Case", "a%20b+c", "&lt;x&gt;", "a  b\t", "\\x41", "../a/./b",
                                  "x/*c*/y -- z", " trim ", "a\x00b", "cat /etc;id", "QUJD"])
def test_unchanged_is_never_wrong(name: str, text: str) -> None:
    from agents.transforms import TRANSFORMS, UNCHANGED

    if UNCHANGED[name](text):
        assert TRANSFORMS[name](text) == text


def test_remembered_values_match_as_a_fresh_engine_does(event_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine remembers each short value's matches; a repeat must give what a first scan gives, in any
    field, and the memory must stay bounded."""
    import agents.reflex as reflex

    monkeypatch.setattr(reflex, "MEMO_ENTRIES", 8)
    events = [event_factory(uri=f"/shop/search?q={q}&page={p}", headers={"User-Agent": ua})
              for q in ("shoes", "1%27%20OR%201=1--", "%3Cscript%3E") for p in (1, 2)
              for ua in ("Mozilla/5.0", "sqlmap/1.8")]
    warm = ReflexEngine(RulePack.load(DEFAULT_PACK))
    first = [warm.scan(e) for e in events]
    again = [warm.scan(e) for e in events]
    fresh = [ReflexEngine(RulePack.load(DEFAULT_PACK)).scan(e) for e in events[::-1]][::-1]
    assert first == again == fresh
    assert any(first) and not all(first)
    assert all(len(g.memo) <= 8 for g in warm.groups) and any(g.memo for g in warm.groups)


def test_form_pairs_parse_as_parse_qsl_does() -> None:
    import random
    from urllib.parse import parse_qsl

    from agents.reflex import _form_pairs

    rng = random.Random(7)
    pieces = ["a", "b", "=", "&", "%", "+", "%2F", "%41", "%u0041", "é", ";", "_", " ", "\x00", "%zz"]
    samples = ["", "&&", "a", "a=", "=b", "a=1&&b=%27x%27", "q=red+shoes", "%", "a=%"]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in samples:
        assert _form_pairs(text) == parse_qsl(text, keep_blank_values=True), text


def test_payload_anomaly_symbols_are_what_isalnum_says() -> None:
    from agents.reflex import _SYMBOL

    for code in range(0x3000):
        ch = chr(code)
        assert bool(_SYMBOL.fullmatch(ch)) == (not ch.isalnum() and ch not in " /-_.=&?"), repr(ch)
