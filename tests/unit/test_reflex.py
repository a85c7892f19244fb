from pathlib import Path
from typing import Any

import pytest

from agents.reflex import DEFAULT_PACK, ReflexEngine, RulePack, decide, extract_values, triage_batch


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


def test_extract_values_variants(event_factory: Any) -> None:
    headers = {"Cookie": "s=1; t=2", "Content-Type": "application/json"}
    event = event_factory(uri="/a/b?x=1&y=%27two%27", headers=headers,
                          body='{"user": {"name": "bob", "ids": [1, 2]}}')
    assert extract_values(event, "http.args") == ["1", "'two'", "bob", "1", "2"]
    assert extract_values(event, "http.args_names") == ["x", "y", "json.user.name", "json.user.ids.array_0",
                                                        "json.user.ids.array_1"]
    assert extract_values(event, "http.cookies_names") == ["s", "t"]
    assert extract_values(event, "http.headers.cookie") == ["s=1; t=2"]
    assert extract_values(event, "http.path") == ["/a/b"]
    assert extract_values(event, "http.query") == ["x=1&y=%27two%27"]
    assert extract_values(event, "process.cmdline") == []
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
                                  "x/*c*/y -- z", " trim ", "a\x00b", "cat /etc;id", "QUJD", "q=1&page=2",
                                  "a=1&para=2", "&AMPx", "&#65", "&zz;", "&amp"])
def test_unchanged_is_never_wrong(name: str, text: str) -> None:
    from agents.transforms import TRANSFORMS, UNCHANGED

    if UNCHANGED[name](text):
        assert TRANSFORMS[name](text) == text


def test_unchanged_is_never_wrong_on_random_text() -> None:
    import random

    from agents.transforms import TRANSFORMS, UNCHANGED

    pieces = ["a", "Z", " ", "\t", "%", "%41", "%u0041", "+", "&", "#", "x41", "65", ";", "amp", "para", "lt", "AMP",
              "\\", "/", ".", "*", "-", "\x00", "'", "=", "é"]
    rng = random.Random(5)
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for name, unchanged in UNCHANGED.items():
            if unchanged(text):
                assert TRANSFORMS[name](text) == text, (name, text)


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


def test_changing_is_what_unchanged_says() -> None:
    import random

    from agents.transforms import TRANSFORMS, UNCHANGED, changing

    pieces = ["a", "B", "É", "ß", "İ", " ", "\t", "\u3000", "\x85", "\x00", "%", "+", "&", "\\", "/", ".", "..", "*",
              "-", "#", '"', "'", "^", ",", ";", "(", "7", "x"]
    rng = random.Random(11)
    every = sorted(TRANSFORMS)
    for names in [frozenset(every), *(frozenset(rng.sample(every, rng.randint(1, 5))) for _ in range(40))]:
        for _ in range(2_000):  # as a database of a few rules sees them: the screen depends on the names
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            assert changing(names, text) == {n for n in names if not UNCHANGED[n](text)}, (sorted(names), text)


def _request_variants(make: Any) -> list[dict[str, Any]]:
    """Requests that share a line, a header set or a body with another, in every combination the fields read."""
    lines = [("GET", "/shop/search?q=shoes&page=1"), ("GET", "/a/../../etc/passwd?f=..%2F..%2Fetc%2Fpasswd"),
             ("POST", "/shop/Review?id=1%27%20OR%201=1--"), ("GET", "/x?b64=PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
             ("GET", "/q?x=%2526lt%253Bscript%2526gt%253Balert(1)")]
    header_sets = [{"User-Agent": "Mozilla/5.0"}, {"User-Agent": "sqlmap/1.8", "Cookie": "s=1; t=<script>"},
                   {"content-type": "application/json", "Referer": "http://evil/?a=<script>"},
                   {"Content-Type": "text/xml", "X-Filename": "../../shell.php"},
                   {"user-agent": "sqlmap/1.8", "COOKIE": "s=1; t=<script>", "X-Request-Id": "r-17"}]
    bodies = ["", "a=1&b=%3Cscript%3Ealert(1)%3C%2Fscript%3E", '{"q": "1 UNION SELECT password FROM users"}',
              "<x>&lt;script&gt;</x>", "name=Bob&cmd=%3B+cat+/etc/passwd", "%252e%252e%252f%252e%252e%252fetc"]
    return [make(method=method, uri=uri, headers=headers, body=body)
            for method, uri in lines for headers in header_sets for body in bodies]


def test_scan_finds_what_each_rule_alone_finds(event_factory: Any) -> None:
    """The engine (fields grouped, chains planned, parts and values remembered) against the plainest reading of
    a pack: each rule, alone, on each value of each of its fields after its own chain of transforms."""
    import hyperscan

    from agents.reflex import FLAG_BITS
    from agents.transforms import TRANSFORMS

    pack = RulePack.load(DEFAULT_PACK)
    alone = {}
    for rule in pack.rules:
        database = hyperscan.Database()
        database.compile(expressions=[rule.pattern.encode()], ids=[rule.id], elements=1,
                         flags=[sum(FLAG_BITS[f] for f in rule.flags)])
        alone[rule.id] = database

    def fires(rule_id: int, text: str) -> bool:
        found: list[int] = []
        alone[rule_id].scan(text.encode("utf-8", "surrogatepass"),
                            match_event_handler=lambda *_: found.append(1))
        return bool(found)

    def expected(event: dict[str, Any]) -> set[int]:
        fired = set()
        for rule in pack.rules:
            for field in rule.fields:
                for value in extract_values(event, field):
                    for name in rule.transforms:
                        value = TRANSFORMS[name](value)
                    if fires(rule.id, value):
                        fired.add(rule.id)
        return fired

    events = _request_variants(event_factory)
    engine = ReflexEngine(pack)
    wanted = [expected(e) for e in events]
    assert sum(map(bool, wanted)) > len(events) // 2 and not all(wanted)
    for _ in range(2):  # the second time, every part and value is remembered
        assert [{m.rule_id for m in engine.scan(e, cap=None)} for e in events] == wanted


def test_request_parts_are_remembered_by_all_they_hold(event_factory: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A body is parsed by its content type, so the same body under other headers is another part; a part that is
    not plain text is scanned and not remembered; long parts are not kept; the memory stays bounded."""
    import agents.reflex as reflex

    monkeypatch.setattr(reflex, "MEMO_ENTRIES", 4)
    body = "q=1%20UNION%20SELECT%20password%20FROM%20users"
    as_form = event_factory(method="POST", headers={"content-type": "application/x-www-form-urlencoded"}, body=body)
    as_text = event_factory(method="POST", headers={"content-type": "text/plain"}, body=body)
    odd = event_factory(headers={"user-agent": ["sqlmap/1.8"]})
    long_line = event_factory(uri="/shop/search?q=" + "a" * reflex.PART_MEMO_MAX_CHARS)
    engine = ReflexEngine(RulePack.load(DEFAULT_PACK))
    first = [engine.scan(e, cap=None) for e in (as_form, as_text, odd, long_line)]
    again = [engine.scan(e, cap=None) for e in (as_text, as_form, odd, long_line)]
    assert first[0] != first[1] and [first[1], first[0], *first[2:]] == again
    fresh = ReflexEngine(RulePack.load(DEFAULT_PACK))
    assert [fresh.scan(e, cap=None) for e in (as_text, as_form)] == again[:2]
    assert max(len(uri) for _method, uri, _version in engine._part_memos[reflex.LINE]) < reflex.PART_MEMO_MAX_CHARS
    for n in range(10):
        engine.scan(event_factory(uri=f"/p{n}", headers={"x-n": str(n)}, body=f"a={n}"))
    assert all(0 < len(memo) <= 4 for memo in engine._part_memos)


def test_default_pack_catches_probes_and_leaves_the_pages_alone() -> None:
    """Restricted extensions, backup and editor copies, other products' consoles and installers, scanners."""
    from agents.reflex import DEFAULT_PACK, ReflexEngine, RulePack, triage_batch
    from tests.conftest import make_event

    engine = ReflexEngine(RulePack.load_all([DEFAULT_PACK]))

    def rules(uri: str, agent: str = "Mozilla/5.0 (X11; Linux x86_64)") -> set[int]:
        event = make_event(uri=uri, headers={"user-agent": agent})
        return {m["rule_id"] for m in triage_batch(engine, [event])[0]["matches"]}

    probes = {"/shop/index.jsp.BAK": 7006, "/shop/cart.php.old": 7006, "/shop/login.jsp~": 7007,
              "/shop/login.jsp.1": 7007, "/shop/.index.php.swp": 7006, "/shop/#index.jsp#": 7007,
              "/shop/db.sql": 7006, "/shop/config.inc": 7006, "/shop/WEB-INF/web.config": 7006,
              "/phpmyadmin/index.php": 7008, "/manager/html": 7008, "/wp-admin/install.php": 7008,
              "/jmx-console/HtmlAdaptor": 7008, "/setup/setup.php": 7008, "/cgi-bin/test-cgi": 7008}
    for uri, rule in probes.items():
        assert rule in rules(uri), uri
    for agent in ("sqlmap/1.8.4#stable (https://sqlmap.org)", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None)",
                  "gobuster/3.6", "Wfuzz/3.1.0", "Mozilla/5.0 (compatible; Nmap Scripting Engine)"):
        assert 7001 in rules("/", agent), agent
    for uri in ("/shop/index.jsp", "/shop/img/logo.gif", "/shop/css/site.css", "/docs/v1.2/", "/files/a.tar.gz",
                "/shop/search?q=backup.sql", "/shop/admin-guide.html", "/blog/installing-python"):
        assert not rules(uri) & {7006, 7007, 7008}, uri
