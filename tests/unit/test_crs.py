"""The CRS pack importer (the reflex fast path): parsing on crafted rules, and the real rule set where present."""

from pathlib import Path
from typing import Any

import pytest

from agents.crs import ImportReport, convert, directives, import_crs, parse_actions, split_secrule
from agents.reflex import ReflexEngine, Rule, RulePack
from ops.crs_tests import parse_raw_request

CRS = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "crs"
RULE = r'''# a comment
SecRule REQUEST_COOKIES|!REQUEST_COOKIES:/__utm/|ARGS_NAMES|ARGS|XML:/* "@rx (?i)union\s+select\"" \
    "id:942999,\
    phase:2,\
    block,\
    t:none,t:urlDecodeUni,t:lowercase,\
    msg:'SQL, with a comma',\
    tag:'paranoia-level/1',\
    severity:'CRITICAL'"
'''


def test_directives_and_split() -> None:
    [line] = directives(RULE)
    variables, operator, actions = split_secrule(line)
    assert variables.startswith("REQUEST_COOKIES|!REQUEST_COOKIES")
    assert operator == '@rx (?i)union\\s+select"'
    assert ("msg", "SQL, with a comma") in parse_actions(actions)


def test_convert_maps_variables_transforms_and_severity(tmp_path: Path) -> None:
    report = ImportReport()
    rule = convert(directives(RULE)[0], "REQUEST-942-APPLICATION-ATTACK-SQLI.conf", tmp_path, 1, report)
    assert rule is not None and report.imported == 1
    assert rule["fields"] == ["http.cookies", "http.args_names", "http.args", "http.xml"]
    assert rule["transforms"] == ["url_decode", "lowercase"]
    assert (rule["severity"], rule["category"], rule["paranoia"]) == ("CRITICAL", "sqli", 1)


@pytest.mark.parametrize(("change", "reason"), [
    ("phase:2,", "chained rule"), ("paranoia-level/1", "paranoia level above 1"), ("@rx", "unsupported operator"),
    ("severity:'CRITICAL'", "control rule"), ("t:lowercase", "unsupported transformation"),
])
def test_refusals_are_counted_with_their_reason(tmp_path: Path, change: str, reason: str) -> None:
    replacement = {"phase:2,": "phase:2,chain,", "paranoia-level/1": "paranoia-level/3", "@rx": "@detectSQLi",
                   "severity:'CRITICAL'": "nolog", "t:lowercase": "t:sha1"}[change]
    report = ImportReport()
    assert convert(directives(RULE.replace(change, replacement))[0], "x-942-y.conf", tmp_path, 1, report) is None
    assert next(iter(report.skipped)).startswith(reason)


def test_pm_from_file_becomes_a_caseless_alternation(tmp_path: Path) -> None:
    (tmp_path / "words.data").write_text("# comment\nnikto\nsqlmap\n")
    line = ('SecRule REQUEST_HEADERS:User-Agent "@pmFromFile words.data" '
            '"id:913100,phase:1,t:none,t:lowercase,severity:\'CRITICAL\'"')
    rule = convert(line, "REQUEST-913-SCANNER-DETECTION.conf", tmp_path, 1, ImportReport())
    assert rule is not None and rule["flags"] == ["caseless"] and rule["fields"] == ["http.headers.user-agent"]
    engine = ReflexEngine(RulePack("t", (Rule.from_dict(rule),), "h"))
    event = {"event_id": "e", "ts": 0.0, "entity": "t", "kind": "http",
             "http": {"method": "GET", "uri": "/", "headers": {"User-Agent": "SQLMap/1.8"}}}
    assert [m.rule_id for m in engine.scan(event)] == [913100]


def test_raw_requests_parse() -> None:
    http = parse_raw_request(b"POST /a?b=1 HTTP/1.0\r\nHost: x\r\nContent-Type: text/plain\r\n\r\nhello")
    assert (http["method"], http["uri"], http["version"], http["body"]) == ("POST", "/a?b=1", "HTTP/1.0", "hello")


@pytest.fixture(scope="module")
def crs_engine() -> Any:
    if not (CRS / "rules").is_dir():
        pytest.skip("../shared/datasets/crs is not present")
    rules, report = import_crs(CRS / "rules", paranoia=1)
    return ReflexEngine(RulePack("crs", tuple(Rule.from_dict(r) for r in rules), "crs-test")), report


def test_real_crs_imports_and_reports(crs_engine: Any) -> None:
    engine, report = crs_engine
    assert len(engine.rules) >= 100
    assert {"chained rule", "paranoia level above 1"} <= set(report.skipped)
