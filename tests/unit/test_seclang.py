"""The SecLang interpreter on small rules written here, and on part of CRS's own regression suite where present."""

import base64
import random
import re
from pathlib import Path
from typing import Any

import pytest

from agents import seclang
from agents.seclang import (
    _OTHER_OPS,
    HS_FLAGS,
    MEMO_MAX_BYTES,
    REGEX_SEARCH_SECONDS,
    REGEX_TRANSACTION_MAX_SECONDS,
    SCAN_SET_MEMO_BYTES,
    TEST_SETUP,
    RuleSet,
    ScanSet,
    Transaction,
    _alternatives,
    _hs_accepts,
    _pieces,
    _remember,
    crs_setup,
    load_ruleset,
    load_text,
)
from agents.seclang_transforms import ANYWAY, TRANSFORMS, TRIGGER_BITS, TRIGGERS, acting_bytes, value_bits
from ops.crs_tests import http_request, load_tests, reflected_response, run_tests, summarise

CRS = Path(__file__).resolve().parents[3] / "shared" / "datasets" / "crs"


def ruleset(text: str, rules_dir: Path | None = None) -> RuleSet:
    items, report = load_text(text, "test.conf", rules_dir)
    return RuleSet(items, rules_dir, report)


def run(rules: RuleSet, uri: str = "/", method: str = "GET", headers: dict[str, str] | None = None,
        body: str = "", response: dict[str, Any] | None = None, setup: dict[str, str] | None = None) -> Transaction:
    http = {"method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers or {"Host": "x"}, "body": body}
    return Transaction(rules, http, setup).run(response)


def test_a_chain_fires_only_when_every_link_matches_and_links_read_what_earlier_ones_set() -> None:
    rules = ruleset(r'''
SecRule ARGS:a "@rx ^(\w+)$" "id:1,phase:2,capture,setvar:'tx.first=%{tx.1}',chain"
    SecRule TX:first "@streq admin" "chain"
        SecRule ARGS:b "@contains x"
''')
    assert run(rules, "/?a=admin&b=xyz").logged_ids == [1]
    assert run(rules, "/?a=admin&b=yz").logged_ids == []
    assert run(rules, "/?a=guest&b=xyz").logged_ids == []


def test_a_negated_operator_fires_on_a_non_match_but_never_on_a_missing_variable() -> None:
    rules = ruleset('SecRule REQUEST_HEADERS:Accept "!@rx ^text/" "id:2,phase:1"')
    assert run(rules, headers={"Host": "x", "Accept": "application/json"}).logged_ids == [2]
    assert run(rules, headers={"Host": "x", "Accept": "text/html"}).logged_ids == []
    assert run(rules, headers={"Host": "x"}).logged_ids == []


def test_setvar_builds_an_anomaly_score_that_a_threshold_rule_turns_into_a_block() -> None:
    rules = ruleset('''
SecAction "id:10,phase:1,nolog,pass,setvar:tx.score=0"
SecRule ARGS "@rx select" "id:11,phase:2,block,t:lowercase,setvar:'tx.score=+%{tx.critical}'"
SecRule ARGS "@rx union" "id:12,phase:2,block,t:lowercase,setvar:'tx.score=+3'"
SecRule TX:score "@ge %{tx.threshold}" "id:19,phase:2,deny,msg:'score %{tx.score}'"
''')
    setup = {"critical": "5", "threshold": "8"}
    both = run(rules, "/?q=UNION%20SELECT", setup=setup)
    assert both.logged_ids == [11, 12, 19] and both.tx["score"] == b"8" and both.blocked
    assert both.logged[-1].msg == "score 8"
    one = run(rules, "/?q=select", setup=setup)
    assert one.logged_ids == [11] and not one.blocked


def test_counting_and_exclusions() -> None:
    rules = ruleset('''
SecRule &ARGS "@eq 2" "id:20,phase:2"
SecRule &REQUEST_HEADERS:Host "@eq 0" "id:21,phase:1"
SecRule ARGS|!ARGS:safe "@contains evil" "id:22,phase:2"
''')
    assert run(rules, "/?a=1&safe=evil").logged_ids == [20]
    assert run(rules, "/?a=evil", headers={"User-Agent": "u"}).logged_ids == [21, 22]


def test_skip_after_jumps_past_the_rules_before_its_marker() -> None:
    rules = ruleset('''
SecRule ARGS:skip "@eq 1" "id:30,phase:2,nolog,skipAfter:END"
SecRule ARGS "@contains x" "id:31,phase:2"
SecMarker END
SecRule ARGS "@contains x" "id:32,phase:2"
''')
    assert run(rules, "/?a=x").logged_ids == [31, 32]
    assert run(rules, "/?a=x&skip=1").logged_ids == [32]


def test_validation_operators() -> None:
    rules = ruleset('''
SecRule ARGS "@validateByteRange 32-126" "id:40,phase:2"
SecRule REQUEST_URI_RAW "@validateUrlEncoding" "id:41,phase:1"
SecRule ARGS "@validateUtf8Encoding" "id:42,phase:2"
''')
    assert run(rules, "/?a=plain").logged_ids == []
    assert run(rules, "/?a=%01").logged_ids == [40]
    assert run(rules, "/?a=%zz").logged_ids == [41]
    assert run(rules, "/?a=%c3%a9").logged_ids == [40]
    assert run(rules, "/?a=%c3").logged_ids == [40, 42]
    rules = ruleset('''
SecRule ARGS "@validateByteRange 0-255" "id:43,phase:2"
SecRule ARGS "@validateByteRange 10, 13, 32-45,47-126" "id:44,phase:2"
''')
    assert run(rules, "/?a=%ff%00").logged_ids == [44]
    assert run(rules, "/?a=a%0ab").logged_ids == []
    assert run(rules, "/?a=a.b").logged_ids == [44]
    assert run(rules, "/?a=a%5db%5c").logged_ids == []


def test_libinjection_operators() -> None:
    rules = ruleset('''
SecRule ARGS "@detectSQLi" "id:50,phase:2"
SecRule ARGS "@detectXSS" "id:51,phase:2"
''')
    assert run(rules, "/?q=1'%20or%20'1'='1").logged_ids == [50]
    assert run(rules, "/?q=%3Cscript%3Ealert(1)%3C/script%3E").logged_ids == [51]
    assert run(rules, "/?q=hello%20world").logged_ids == []


def test_transformations_as_modsecurity_applies_them() -> None:
    assert TRANSFORMS["urlDecodeUni"](b"%u0041%uff1c%41+") == b"A<A "  # full-width < becomes <
    assert TRANSFORMS["utf8toUnicode"]("é".encode()) == b"%u00e9"
    assert TRANSFORMS["cmdLine"](b"C^AT  /etc\\passwd;  \"ls\"") == b"cat/etcpasswd ls"  # backslashes dropped
    assert TRANSFORMS["htmlEntityDecode"](b"&lt;&#x41;&#66&quot") == b'<AB"'
    assert TRANSFORMS["jsDecode"](b"\\x3c\\u0041\\101") == b"<AA"
    assert TRANSFORMS["normalizePath"](b"/a/./b/../c//d") == b"/a/c/d"
    assert TRANSFORMS["replaceComments"](b"un/**/ion/* x") == b"un ion "
    rules = ruleset('SecRule ARGS "@streq <script>" "id:60,phase:2,t:none,t:urlDecodeUni,t:htmlEntityDecode"')
    assert run(rules, "/?a=%2526lt;script%3E").logged_ids == [60]


def _cmd_line_by_bytes(data: bytes) -> bytes:
    """cmdLine as libmodsecurity's loop applies it, byte by byte (the reference the C-level passes must match)."""
    out = bytearray()
    space = False
    for c in data:
        if c in b"\"'\\^":
            continue
        if c in b" ,;\t\r\n\f\v":
            if not space:
                out.append(0x20)
                space = True
        elif c in b"/(":
            if space:
                out.pop()
            space = False
            out.append(c)
        else:
            out.append(c + 32 if 65 <= c <= 90 else c)
            space = False
    return bytes(out)


def test_cmd_line_and_base64_decode_match_their_byte_loops() -> None:
    rng = random.Random(7)
    alphabet = b" ,;\t\r\n\f\v\"'\\^/(aZ09=+\xa0\xff"
    for _ in range(20000):
        data = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert TRANSFORMS["cmdLine"](data) == _cmd_line_by_bytes(data), data
        clean = bytes(c for c in data.split(b"=", 1)[0] if chr(c).isascii() and (chr(c).isalnum() or c in b"+/"))
        clean = clean[: len(clean) - 1] if len(clean) % 4 == 1 else clean
        assert TRANSFORMS["base64Decode"](data) == base64.b64decode(clean + b"=" * (-len(clean) % 4)), data


def test_multi_match_checks_every_intermediate_value() -> None:
    rules = ruleset('SecRule ARGS "@rx ^a%41$" "id:70,phase:2,multiMatch,t:none,t:urlDecode"')
    assert run(rules, "/?x=a%2541").logged_ids == [70]  # the once-decoded value matches, the final one not
    # skipped on its scan sets' hits, which hold its operator's hits on every step (ScanSet.steps)
    assert rules.by_id[70].prefiltered and run(rules, "/?x=b").logged_ids == []


def test_multipart_files_and_names(tmp_path: Path) -> None:
    (tmp_path / "ext.data").write_text("# blocked extensions\n.php\n")
    rules = ruleset('''
SecRule FILES "@pmFromFile ext.data" "id:80,phase:2,t:lowercase"
SecRule FILES_NAMES "@streq upload" "id:81,phase:2"
SecRule ARGS_POST:note "@contains hi" "id:82,phase:2"
''', tmp_path)
    body = ("--B\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi there\r\n"
            "--B\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"shell.PHP\"\r\n"
            "Content-Type: text/plain\r\n\r\n<?php ?>\r\n--B--\r\n")
    transaction = run(rules, "/up", "POST", {"Host": "x", "Content-Type": "multipart/form-data; boundary=B"}, body)
    assert transaction.logged_ids == [80, 81, 82]


def test_response_phase_reads_the_response() -> None:
    rules = ruleset('''
SecRule RESPONSE_STATUS "@eq 500" "id:90,phase:3"
SecRule RESPONSE_BODY "@rx (?i)sql syntax" "id:91,phase:4"
''')
    leak = {"status": 500, "headers": {"Content-Type": "text/html"}, "body": "You have an error in your SQL syntax"}
    assert run(rules, response=leak).logged_ids == [90, 91]
    assert run(rules).logged_ids == []


def test_patterns_hyperscan_rejects_are_prefiltered_and_confirmed_by_python() -> None:
    rules = ruleset(r'SecRule ARGS "@rx (a+)b\1" "id:95,phase:2"')
    assert rules.report.prefiltered + rules.report.python_only == 1
    assert run(rules, "/?x=aabaa").logged_ids == [95]
    assert run(rules, "/?x=aaba").logged_ids == [95]
    assert run(rules, "/?x=aab").logged_ids == []


def test_what_is_remembered_across_transactions_never_carries_one_requests_state_into_another() -> None:
    # ctl:ruleRemoveTargetByTag on one request only; a multiMatch rule whose misses are remembered; rules skipped
    # because none of their values hit share (targets, chain) with one that matches
    rules = ruleset(r'''
SecRule ARGS:off "@streq 1" "id:100,phase:1,pass,nolog,ctl:ruleRemoveTargetByTag=quiet;ARGS:q"
SecRule ARGS "@rx evil" "id:101,phase:2,tag:'quiet'"
SecRule ARGS "@rx evil" "id:102,phase:2"
SecRule ARGS "@rx (e)vil" "id:103,phase:2,multiMatch,capture,t:none,t:urlDecode,t:lowercase,setvar:'tx.c=%{tx.1}'"
SecRule ARGS "@rx nothing" "id:104,phase:2"
SecRule ARGS "!@rx good" "id:105,phase:2,multiMatch,t:none,t:lowercase"
''')
    for _ in range(2):  # the second time through, everything comes from what the first remembered
        assert run(rules, "/?q=evil&off=1").logged_ids == [102, 103, 105]
        assert run(rules, "/?q=evil").logged_ids == [101, 102, 103, 105]
        assert run(rules, "/?q=%45VIL").logged_ids == [103, 105]
        assert run(rules, "/?q=%45VIL").tx["c"] == b"e"
        assert run(rules, "/?q=GOOD").logged_ids == [105]  # the raw value is no match for "good": negated, it fires
        assert run(rules, "/?q=good").logged_ids == []


def test_tx_comparisons_run_by_the_phase_loop_honour_ctl_removals_and_macros() -> None:
    rules = ruleset(r'''
SecRule ARGS:off "@streq 1" "id:1,phase:1,pass,nolog,ctl:ruleRemoveTargetById=3;TX:score"
SecRule ARGS:rm "@streq 1" "id:2,phase:1,pass,nolog,ctl:ruleRemoveById=4"
SecAction "id:5,phase:1,pass,nolog,setvar:tx.score=7,setvar:'tx.name_%{tx.score}=%{request_headers.host}'"
SecRule TX:score "@ge 5" "id:3,phase:2,block,msg:'%{rule.id} %{matched_var} %{tx.name_7} %{MATCHED_VAR_NAME}'"
SecRule TX:score "!@lt 5" "id:4,phase:2,block,setvar:tx.score=-2"
SecRule TX:score "@eq 5" "id:6,phase:2,block"
''')
    assert rules.by_id[3].tx_compare is not None and rules.by_id[4].tx_compare is not None
    plain = run(rules)
    assert plain.logged_ids == [3, 4, 6] and plain.tx["score"] == b"5"
    assert plain.logged[0].msg == "3 7 x TX:score" and plain.logged[0].variable == "TX:score"
    assert run(rules, "/?off=1").logged_ids == [4, 6]
    assert run(rules, "/?rm=1").logged_ids == [3]


def test_target_lists_kept_for_a_phase_follow_a_ctl_removal_made_inside_it() -> None:
    rules = ruleset(r'''
SecRule ARGS|REQUEST_HEADERS:x "@rx evil" "id:201,phase:2,pass"
SecRule ARGS:off "@streq 1" "id:202,phase:2,pass,nolog,ctl:ruleRemoveTargetById=203;ARGS:q"
SecRule ARGS|REQUEST_HEADERS:x "@rx evil" "id:203,phase:2,pass"
SecRule ARGS|REQUEST_HEADERS:x "@rx evil" "id:204,phase:2,pass"
''')
    assert rules.by_id[201].targets_key == rules.by_id[203].targets_key >= 0
    assert run(rules, "/?q=evil").logged_ids == [201, 203, 204]
    assert run(rules, "/?q=evil&off=1").logged_ids == [201, 204]
    assert run(rules, "/?q=evil&off=1", headers={"Host": "h", "X": "evil"}).logged_ids == [201, 203, 204]


def test_a_chain_transforms_through_its_remembered_prefixes_as_one_after_another() -> None:
    rules = ruleset(r'''
SecRule ARGS "@rx a" "id:301,phase:2,t:none,t:urlDecodeUni,t:htmlEntityDecode,t:lowercase,t:removeWhitespace"
SecRule ARGS "@rx a" "id:302,phase:2,t:none,t:urlDecodeUni,t:htmlEntityDecode,t:compressWhitespace"
''')
    values = [b"A%20B &amp; C", b"%u0041 &lt;X&gt;", b"x" * 600 + b"%41 &#66;", b""]
    for _ in range(2):  # the second time from what the first remembered
        for rule_id in (301, 302):
            chain = rules.by_id[rule_id].transformation
            for value in values:
                expected = value
                for name in chain.transforms:
                    expected = TRANSFORMS[name](expected)
                assert RuleSet.transform(chain, value) == expected


def test_a_values_bits_are_those_of_the_transformations_that_act_on_one_of_its_bytes() -> None:
    rng = random.Random(6)
    assert len({TRIGGER_BITS[name] for name, triggers in TRIGGERS.items() if triggers is not None} | {ANYWAY}) == (
        1 + sum(triggers is not None for triggers in TRIGGERS.values()))  # a bit of its own each
    values = [b"", *(bytes((c,)) for c in range(256))]
    values += [bytes(rng.randrange(256) for _ in range(rng.randint(1, 40))) for _ in range(500)]
    for value in values:
        bits = value_bits(value)
        for name, triggers in TRIGGERS.items():
            assert bool(bits & TRIGGER_BITS[name]) == (triggers is None or any(c in triggers for c in value)), (
                name, value)


def test_the_substring_operators_are_bytes_containment(tmp_path: Path) -> None:
    rules = RuleSet(load_text('SecRule ARGS "@contains x" "id:1,phase:2,pass"', "t.conf")[0], cache_dir=tmp_path)
    tx, op = run(rules), rules.by_id[1].operator
    rng = random.Random(10)
    pieces = [b"", b"a", b"ab", b"GET", b"GET HEAD", b"%", b"/*", b"\x00"]
    pieces += [bytes(rng.choice(b"ab%/ ") for _ in range(rng.randint(0, 6))) for _ in range(300)]
    for a in pieces[:40]:
        for v in pieces:
            assert _OTHER_OPS["contains"](tx, op, a, v) is (a in v), (a, v)
            assert _OTHER_OPS["strmatch"](tx, op, a, v) is (a in v), (a, v)
            assert _OTHER_OPS["within"](tx, op, a, v) is (v in a), (a, v)


def test_a_value_without_the_bytes_a_transformation_acts_on_comes_out_unchanged() -> None:
    rng = random.Random(26)
    assert set(TRIGGERS) == set(TRANSFORMS)
    for name, triggers in TRIGGERS.items():
        if triggers is None:
            continue
        others = bytes(c for c in range(256) if c not in triggers)
        values = [b"", *(bytes((c,)) for c in others), *(bytes((a, b)) for a in others for b in b"./*-#\\ %&"
                                                          if b in others)]
        values += [bytes(rng.choice(others) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
        assert [v for v in values if TRANSFORMS[name](v) != v] == [], name
    # and a chain skips only what none of its transformations acts on
    assert acting_bytes(("urlDecodeUni", "base64Decode")) is None
    acting = acting_bytes(("urlDecodeUni", "lowercase"))
    assert acting is not None and [bytes((c,)) for c in range(256) if acting.search(bytes((c,)))] == [
        bytes((c,)) for c in sorted({*b"%+", *range(0x41, 0x5B)})]
    assert acting.search(b"abc/1\x00\n]\\") is None and acting.search(b"ab%") and acting.search(b"aB")
    rules = ruleset('SecRule ARGS "@rx ^abc$" "id:310,phase:2,t:none,t:lowercase,t:urlDecodeUni"')
    assert run(rules, "/?a=abc").logged_ids == [310]
    assert run(rules, "/?a=A%62C").logged_ids == [310]
    # ARGS are URL-decoded already; the value no transformation changes is not remembered
    assert rules.by_id[310].transformation.transformed == {b"AbC": b"abc"}


def test_unsupported_rules_are_reported_with_their_reason() -> None:
    rules = ruleset('''
SecRule ARGS "@rbl example.org" "id:96,phase:2"
SecRule ARGS "@rx x" "id:97,phase:2,t:unknownTransform"
SecRule ARGS "@rx x" "id:98,phase:2"
''')
    assert set(rules.by_id) == {98}
    assert rules.report.skipped == {96: "unsupported operator @rbl", 97: "unsupported transformation unknownTransform"}


# 942251's pattern: Python's search for its captures takes minutes on 3,000 spaces before "having"
SLOW = r"\W+\d*?\s*?\bhaving\b\s*?[^\s\-]"
CRAFTED = "%20" * 3000 + "x%20having%20y"


def test_a_capture_past_its_budget_keeps_the_match_and_sets_the_pcre_flag() -> None:
    """Hyperscan matched exactly: padding the value cuts only the captured text, not the rule."""
    rules = ruleset(f'SecRule ARGS "@rx {SLOW}" "id:1,phase:2,capture,setvar:tx.found=%{{tx.0}}"')
    normal = run(rules, "/?q=x%20having%20y")
    assert normal.logged_ids == [1] and normal.tx["found"] == b" having y"
    assert "msc_pcre_limits_exceeded" not in normal.tx and normal.regex_limited == 0
    crafted = run(rules, "/?q=" + CRAFTED)
    assert crafted.logged_ids == [1] and crafted.tx.get("found", b"") == b""
    assert crafted.tx["msc_pcre_limits_exceeded"] == b"1" and crafted.regex_timeouts == 1


def test_the_budget_is_per_transaction() -> None:
    """100 crafted arguments: some searches run to their timeout, then none runs at all."""
    rules = ruleset(f'SecRule ARGS "@rx {SLOW}" "id:1,phase:2,capture"')
    crafted = run(rules, "/?" + "&".join(f"a{i}={CRAFTED}" for i in range(100)))
    assert crafted.logged_ids == [1] and crafted.tx["msc_pcre_limits_exceeded"] == b"1"
    assert crafted.regex_limited == 100
    # each search cut takes at least REGEX_SEARCH_SECONDS of the transaction's CPU time
    assert 1 <= crafted.regex_timeouts <= REGEX_TRANSACTION_MAX_SECONDS / REGEX_SEARCH_SECONDS + 1 < 100


def test_a_no_match_the_budget_gave_is_not_remembered() -> None:
    """A value searched once the budget is spent gets its true verdict in the next transaction: Python's confirmation
    of a prefilter's hit (Hyperscan only prefilters a back-reference), and of a multiMatch step before the last."""
    rules = ruleset(r'''
SecRule ARGS:a "@rx (\w+)=\1" "id:1,phase:2"
SecRule ARGS:b "@rx (\w) \1" "id:2,phase:2,multiMatch,t:none,t:removeWhitespace"
''')
    assert rules.by_id[1].operator.confirm is not None and rules.by_id[2].operator.confirm is not None
    http = {"method": "GET", "uri": "/?a=ab=ab&b=a%20a", "version": "HTTP/1.1", "headers": {"Host": "x"}}
    spent = Transaction(rules, http)
    spent.regex_budget = 0.0
    spent.run()
    assert spent.logged_ids == [] and spent.regex_refused >= 2 and spent.tx["msc_pcre_limits_exceeded"] == b"1"
    again = Transaction(rules, http).run()
    assert again.logged_ids == [1, 2] and again.regex_limited == 0


@pytest.mark.parametrize(("pattern", "pieces"), [
    (rb"(?i)x(?:a|b(?:c|d))y", [rb"(?i)x(?:a)y", rb"(?i)x(?:b(?:c|d))y"]),
    (rb"(?i)a|b", [rb"(?i)(?:a)", rb"(?i)(?:b)"]),
    (rb"(?:a|b)(?:c|d|e)", [rb"(?:a|b)(?:c)", rb"(?:a|b)(?:d)", rb"(?:a|b)(?:e)"]),
    (rb"\(a|b\)", [rb"(?:\(a)", rb"(?:b\))"]),
    (rb"(a|b)c", [rb"(a|b)c"]),  # a capturing group stays whole
    (rb"[(|]x|y", [rb"(?:[(|]x)", rb"(?:y)"]),  # "|" and "(" in a class are members
    (rb"a(?i)b|c", [rb"a(?i)b|c"]),  # PCRE's (?i) reaches the "c" after it
])
def test_a_pattern_comes_apart_into_alternatives_that_match_where_it_does(pattern: bytes, pieces: list[bytes]) -> None:
    assert _alternatives(pattern) == pieces
    if b"(?i)" not in pattern[1:]:  # Python refuses a (?flags) past the start
        whole = re.compile(pattern)
        for value in (b"xay", b"XBDY", b"bd", b"ae", b"(a", b"b)", b"|x", b"y", b"ac", b"c", b"xby"):
            assert (whole.search(value) is not None) == any(re.search(p, value) for p in pieces), value


def test_crs_command_patterns_too_large_for_hyperscan_run_as_its_pieces() -> None:
    """932236's pattern is too large for Hyperscan as one: its pieces are exact, where it was a prefilter whose every
    hit Python searched. They match CRS's own tests for the rule as the whole pattern does."""
    if not (CRS / "rules").is_dir():
        pytest.skip("../shared/datasets/crs is not present")
    items, _ = load_text((CRS / "rules" / "REQUEST-932-APPLICATION-ATTACK-RCE.conf").read_text(), "932.conf")
    pattern = next(r for r in items if not isinstance(r, str) and r.id == 932236).operator.argument.encode()
    assert not _hs_accepts(pattern, HS_FLAGS)
    pieces = _pieces(pattern, HS_FLAGS)
    assert len(pieces) > 10 and all(_hs_accepts(piece, HS_FLAGS) for piece in pieces)
    whole = re.compile(pattern, re.S | re.M)
    parts = [re.compile(piece, re.S | re.M) for piece in pieces]
    tests = next((CRS / "tests" / "regression" / "tests").rglob("932236.yaml"))
    values = [value.encode() for value in re.findall(r"[=:] ?([^&\n\"]+)", tests.read_text())]
    assert len(values) > 20 and any(whole.search(value) for value in values)
    for value in values:
        assert (whole.search(value) is not None) == any(part.search(value) for part in parts), value


def test_albedo_reflect_requests_give_the_response_they_name() -> None:
    request = http_request({"method": "POST", "uri": "/reflect", "headers": {"Content-Type": "application/json"},
                            "data": '{"status": 200, "body": "leak"}'})
    assert ("Content-Length", "31") in request["headers"]
    assert reflected_response(request) == {"status": 200, "headers": {}, "body": "leak"}


@pytest.fixture(scope="module")
def crs_sqli() -> RuleSet:
    if not (CRS / "rules").is_dir():
        pytest.skip("../shared/datasets/crs is not present")
    return load_ruleset(CRS / "rules", pattern="REQUEST-9[04]*.conf")


def test_part_of_the_crs_regression_suite_passes(crs_sqli: RuleSet, tmp_path: Path) -> None:
    tests = tmp_path / "tests"
    tests.mkdir()
    for rule_id in ("942100", "942190", "941100"):
        found = next((CRS / "tests" / "regression" / "tests").rglob(f"{rule_id}.yaml"))
        (tests / found.name).write_text(found.read_text())
    summary = summarise(run_tests(crs_sqli, tests, paranoia=4))
    assert summary["tests"] > 30
    assert summary["pass_rate"] >= 0.9, summary["failures"][:5]


def _without_shortcuts(rules: RuleSet) -> RuleSet:
    """Every link through _run_rule and _match's general path: no skip on the hits kept per target, no TX
    comparison in the phase loop, no direct read of a TX key, no target list kept for the phase."""
    for items in rules.phases.values():
        for item in items:
            if not isinstance(item, str):
                for link in item.links():
                    link.prefiltered, link.tx_key, link.tx_compare, link.targets_key = False, None, None, -1
    return rules


def _outcome(transaction: Transaction) -> tuple[Any, ...]:
    return (list(transaction.tx.items()), [(e.rule_id, e.msg, e.variable, e.data) for e in transaction.logged],
            transaction.inbound_score, transaction.blocked)


def test_the_shortcuts_give_what_the_general_path_gives_on_the_crs_tests(crs_sqli: RuleSet, tmp_path: Path) -> None:
    plain = _without_shortcuts(load_ruleset(CRS / "rules", pattern="REQUEST-9[04]*.conf"))
    assert sum(link.prefiltered for items in crs_sqli.phases.values() for item in items
               if not isinstance(item, str) for link in item.links()) > 50
    for found in (CRS / "tests" / "regression" / "tests").rglob("94[12]1[0-9]0.yaml"):
        (tmp_path / found.name).write_text(found.read_text())
    requests = [http_request(stage.get("input") or {}) for _, _, _, stages in load_tests(tmp_path) for stage in stages]
    assert len(requests) > 100
    for paranoia in (1, 4):
        setup = crs_setup(paranoia, extra=TEST_SETUP)
        for _ in range(2):  # the second time through, from what the first remembered
            fast = [_outcome(Transaction(crs_sqli, r, setup).run(reflected_response(r))) for r in requests]
            slow = [_outcome(Transaction(plain, r, setup).run(reflected_response(r))) for r in requests]
            assert fast == slow
            assert sum(outcome[3] for outcome in fast) > 20


def test_scan_sets_of_a_chain_with_split_patterns_scan_smaller_databases(tmp_path: Path) -> None:
    """Where a chain's database holds a split pattern (932260's pieces), a scan set scans databases holding what its
    rules need (a header set: not the pieces); a rule's hits are those of the chain's whole database."""
    if not (CRS / "rules").is_dir():
        pytest.skip("../shared/datasets/crs is not present")
    conf = (CRS / "rules" / "REQUEST-932-APPLICATION-ATTACK-RCE.conf").read_text()
    command = next(part for part in re.split(r"\n(?=SecRule )", conf) if "id:932260," in part).split("\n\n")[0]
    text = command + """
SecRule REQUEST_HEADERS "@rx evil" "id:1,phase:1,pass,t:none,log"
SecRule ARGS|REQUEST_HEADERS "@pm foo bar" "id:2,phase:2,pass,t:none,log"
SecRule ARGS "@rx needle" "id:3,phase:2,pass,t:none,log,tag:'paranoia-level/2'"
"""
    rules = RuleSet(load_text(text, "t.conf")[0], cache_dir=tmp_path)
    plain = _without_shortcuts(RuleSet(load_text(text, "t.conf")[0], cache_dir=tmp_path))
    chain = rules.chains[()]
    assert chain.split == {rules.by_id[932260].operator.op_id}
    header_set = next(s for t, s in rules.by_id[1].scan_sets)
    (_, views), = header_set.scans
    assert chain not in views and all(op_id != next(iter(chain.split)) for v in views for op_id, _, _ in v.patterns)
    requests = [http_request({"uri": uri, "headers": headers}) for uri, headers in [
        ("/?a=;ifconfig%20-a", {"X": "evil"}), ("/?a=foo&b=needle", {"X": "bar"}), ("/?a=1", {"Evil": "no"}),
        ("/?c=%7Cwhoami", {"X": "foo"})]]
    for paranoia in (1, 2):
        setup = crs_setup(paranoia, extra=TEST_SETUP)
        for _ in range(2):  # the second time through, from what the first remembered
            fast = [_outcome(Transaction(rules, r, setup).run()) for r in requests]
            assert fast == [_outcome(Transaction(plain, r, setup).run()) for r in requests]
            logged = {e[0] for outcome in fast for e in outcome[1]}
            assert {932260, 1, 2, 3} <= logged


def test_a_scan_sets_union_keeps_each_texts_hits_for_the_chains_that_gave_it() -> None:
    """A scan set scans each distinct transformed text once with its union database: a hit on one chain's text
    counts only for the operators of the chains (and multiMatch steps) whose transformations gave that text."""
    text = r'''
SecRule ARGS "@rx ABC" "id:1,phase:2,pass,t:none,log"
SecRule ARGS "@rx ABC" "id:2,phase:2,pass,t:lowercase,log"
SecRule ARGS "@rx abc" "id:3,phase:2,pass,t:lowercase,log"
SecRule ARGS "@rx x\x20y" "id:4,phase:2,pass,t:none,t:urlDecodeUni,t:removeWhitespace,multiMatch,log"
SecRule ARGS "@rx xy" "id:5,phase:2,pass,t:none,t:urlDecodeUni,log"
'''
    rules, plain = ruleset(text), _without_shortcuts(ruleset(text))
    (_, scan_set), = rules.by_id[1].scan_sets
    assert scan_set.union is not None and len(scan_set.groups) == 4 and not scan_set.apart
    assert scan_set.walk[0] == (rules.chains[()], -1)  # the walk: each chain after its prefix
    assert all(prefix < position and scan_set.walk[prefix][0] is chain.prefix
               for position, (chain, prefix) in enumerate(scan_set.walk) if position)
    cases = [("/?a=ABC", [1, 3]), ("/?a=abc", [3]), ("/?a=x%20y", [4]), ("/?a=xy", [5]), ("/?a=Abc", [3])]
    for _ in range(2):  # the second time through, from what the first remembered
        for uri, logged in cases:
            assert run(rules, uri).logged_ids == logged == run(plain, uri).logged_ids, uri
    bit = {rule_id: rules.by_id[rule_id].operator.bit for rule_id in range(1, 6)}
    assert scan_set.hits[b"ABC"] == bit[1] | bit[3]  # not 2's: "ABC" is not what t:lowercase gives
    assert scan_set.hits[b"x y"] == bit[4] and scan_set.hits[b"Abc"] == bit[3]


def test_what_a_set_reads_of_a_large_database_goes_into_its_union_where_that_is_small(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A database over UNION_MAX_DATABASE_BYTES stays apart only for the sets that read a large part of it: a set
    reading a small pattern of it has that pattern in its union, and both sets match as the general path does."""
    monkeypatch.setattr(seclang, "UNION_MAX_DATABASE_BYTES", 3000)  # the chain's database: ~6 KB, "needle": < 1 KB
    text = r'''
SecRule ARGS "@rx (?:ab|cd)[^x]{3000}y" "id:1,phase:2,pass,t:none,t:urlDecodeUni,log"
SecRule REQUEST_HEADERS "@rx needle" "id:2,phase:1,pass,t:none,t:urlDecodeUni,log"
SecRule ARGS "@rx hay" "id:3,phase:2,pass,t:none,log"
'''
    rules, plain = ruleset(text), _without_shortcuts(ruleset(text))
    chain = rules.chains[("urlDecodeUni",)]
    assert chain.database.size() > 3000 and len(chain.patterns) == 2
    (_, args_set), = rules.by_id[1].scan_sets
    (_, header_set), = rules.by_id[2].scan_sets
    assert [database for _, database, _ in args_set.apart] == [chain]
    assert not header_set.apart and header_set.union is not None
    assert [op_id for op_id, _, _ in header_set.union.patterns] == [rules.by_id[2].operator.op_id]
    long = "ab" + "z" * 3000 + "y"
    cases = [(f"/?a={long}", {"X": "hay"}, [1]), ("/?a=b", {"X": "need%6ce"}, [2]), (f"/?a={long}", {"X": "needle"},
             [2, 1]), ("/?a=hay", {"X": "hay"}, [3])]
    for _ in range(2):  # the second time through, from what the first remembered
        for uri, headers, logged in cases:
            assert run(rules, uri, headers=headers).logged_ids == logged == run(plain, uri, headers=headers).logged_ids


def test_operators_no_scan_set_prefilters_are_scanned_by_a_database_of_their_own() -> None:
    """Negated operators and those on TX run on every request: they are scanned by one small database of such
    operators (from chains of any transformations), not their chain's, and match as they did there."""
    rules = ruleset(r'''
SecRule REQUEST_LINE "!@rx ^GET /" "id:1,phase:1,pass,t:none,log"
SecRule ARGS "@rx ^get" "id:2,phase:2,pass,t:none,log"
SecRule REQUEST_METHOD "!@rx ^get$" "id:3,phase:1,pass,t:lowercase,log"
SecRule ARGS "@rx ^get$" "id:4,phase:2,pass,t:lowercase,log"
SecAction "id:5,phase:2,pass,nolog,setvar:tx.a=GET"
SecRule TX:a "@rx ^GET$" "id:6,phase:2,pass,t:none,log"
''')
    general = rules.by_id[1].operator.scanned
    assert general is not None and general.transforms == ("general",)
    assert rules.by_id[3].operator.scanned is general and rules.by_id[6].operator.scanned is general
    assert rules.by_id[2].operator.scanned is rules.chains[()] and rules.by_id[4].operator.scanned is rules.chains[
        ("lowercase",)]
    assert {op_id for op_id, _, _ in general.patterns} == {rules.by_id[i].operator.op_id for i in (1, 3, 6)}
    for _ in range(2):  # the second time through, from what the first remembered
        assert run(rules, "/?x=get").logged_ids == [2, 4, 6]
        assert run(rules, "/?x=GET", method="POST").logged_ids == [1, 3, 4, 6]
        assert run(rules, "/a?x=y", method="GET").logged_ids == [6]


def test_an_argument_of_one_tx_macro_and_constant_setvars_read_and_set_bytes_as_expansion_does() -> None:
    rules = ruleset('''
SecAction "id:1,phase:1,pass,nolog,setvar:tx.methods=GET HEAD,setvar:tx.flag,setvar:'tx.text=caf\u00e9 \udcff'"
SecRule REQUEST_METHOD "!@within %{tx.methods}" "id:2,phase:1,pass,log"
SecRule REQUEST_METHOD "@within %{TX.Methods}" "id:3,phase:1,pass,log"
SecRule ARGS:a "@within %{tx.missing}" "id:4,phase:2,pass,log"
SecRule ARGS:a "@streq %{tx.text}" "id:5,phase:2,pass,log"
SecRule ARGS:a "@beginsWith %{tx.methods}" "id:6,phase:2,pass,log"
''')
    assert rules.by_id[1].effects[0][1].constant == b"GET HEAD" and rules.by_id[1].effects[1][1].constant == b"1"
    got = run(rules, "/?a=GET%20HEADER")
    assert got.logged_ids == [3, 6] and got.tx["flag"] == b"1" and got.tx["methods"] == b"GET HEAD"
    assert run(rules, "/?a=", method="POST").logged_ids == [2, 4]
    assert run(rules, "/?a=caf%c3%a9%20%ff").logged_ids == [3, 5]
    assert run(rules, "/?a=caf%c3%a9%20%fe").logged_ids == [3]


def test_a_value_new_to_its_scan_set_fills_its_chains_memos_as_transform_does() -> None:
    rules = ruleset('''
SecRule ARGS "@rx zz" "id:1,phase:2,pass,t:none,t:urlDecodeUni,log"
SecRule ARGS "@rx zz" "id:2,phase:2,pass,t:none,t:urlDecodeUni,t:lowercase,log"
SecRule ARGS "@rx zz" "id:3,phase:2,pass,t:none,t:lowercase,log"
''')
    assert run(rules, "/?a=A%2541b&b=plain").logged_ids == []
    memos = {transforms: chain.transformed for transforms, chain in rules.chains.items() if transforms}
    assert memos == {("urlDecodeUni",): {b"A%41b": b"AAb"}, ("urlDecodeUni", "lowercase"): {b"A%41b": b"aab"},
                     ("lowercase",): {b"A%41b": b"a%41b"}}  # "plain": no transformation acts on it
    assert run(rules, "/?a=%255a%255A").logged_ids == [2]
    assert run(rules, "/?a=A%2541b&b=plain").logged_ids == []


def test_a_setvar_reading_one_tx_variable_keeps_its_expansions_by_that_variables_bytes() -> None:
    rules = ruleset(r'''
SecRule REQUEST_HEADERS_NAMES "@rx ^(.*)$" "id:1,phase:1,pass,nolog,capture,t:none,t:lowercase,\
    setvar:'tx.h_%{tx.1}=/%{tx.1}/'"
SecRule REQUEST_HEADERS:x-n "@rx ^(\d+)$" "id:2,phase:1,pass,nolog,capture,\
    setvar:'tx.score=+%{tx.1}',setvar:'tx.score=+%{tx.1}'"
SecRule TX:/^h_/ "@within /host/ /x-n/" "id:3,phase:1,pass,log"
''')
    spec = rules.by_id[1].effects[0][1]
    assert spec.on == "1" and rules.by_id[2].effects[0][1].on == "1"
    for _ in range(2):  # the second time through, from the expansions kept
        got = run(rules, headers={"Host": "x", "X-N": "7", "Accept": "a"})
        assert got.tx["h_host"] == b"/host/" and got.tx["h_accept"] == b"/accept/" and got.tx["score"] == b"14"
        assert [(e.rule_id, e.variable) for e in got.logged] == [(3, "TX:h_x-n")]  # the last of two matches
    assert set(spec.expanded) == {b"host", b"x-n", b"accept"}


def test_a_scan_sets_memo_is_bounded_by_what_its_entries_take() -> None:
    """Short values' masks are kept until the next would take the memo past SCAN_SET_MEMO_BYTES, then it starts
    again; longer values are not kept. Short values fit several thousand to a memo."""
    scan_set = ScanSet(0, ())
    assert _remember(scan_set, b"x" * (MEMO_MAX_BYTES + 1), 5) == 5 and not scan_set.hits
    kept = 0
    for number in range(100_000):
        value = b"%030d" % number
        assert _remember(scan_set, value, number & 7) == number & 7
        assert scan_set.hits[value] == number & 7 and scan_set.held <= SCAN_SET_MEMO_BYTES
        kept = max(kept, len(scan_set.hits))
    assert 4_000 < kept < 100_000 and len(scan_set.hits) < kept


def test_ip_match_verdicts_are_the_same_remembered() -> None:
    rules = ruleset('''SecRule REMOTE_ADDR "@ipMatch 127.0.0.1,::1,10.0.0.0/8" "id:1,phase:1,pass,log"
SecRule REQUEST_HEADERS:X-Forwarded-For "@ipMatch 192.168.1.0/24" "id:2,phase:1,pass,log"''')
    cases = [("127.0.0.1", "192.168.1.7", [1, 2]), ("10.1.2.3", "192.168.2.1", [1]), ("::1", "x" * 300, [1]),
             ("8.8.8.8", " 192.168.1.255 ", [2]), ("127.0.0.2", "not an address", [])]
    for _ in range(2):  # the second time through, from what the first remembered
        for remote, forwarded, wanted in cases:
            http = {"method": "GET", "uri": "/", "headers": [("X-Forwarded-For", forwarded)]}
            assert Transaction(rules, http, remote_addr=remote).run().logged_ids == wanted, (remote, forwarded)


def test_setup_reaches_the_crs_initialisation(crs_sqli: RuleSet) -> None:
    transaction = Transaction(crs_sqli, http_request({"uri": "/?id=1%27%20or%20%271%27=%271", "headers": {
        "Host": "localhost", "User-Agent": "t", "Accept": "*/*"}}), crs_setup(1, extra=TEST_SETUP)).run()
    assert 942100 in transaction.logged_ids and transaction.blocked and transaction.inbound_score >= 5


MINI_CRS = '''
SecRule &TX:inbound_anomaly_score_threshold "@eq 0" \\
    "id:901100,phase:1,nolog,pass,setvar:tx.inbound_anomaly_score_threshold=5"
SecAction "id:901200,phase:1,nolog,pass,setvar:tx.blocking_inbound_anomaly_score=0"
SecRule TX:DETECTION_PARANOIA_LEVEL "@lt 2" "id:942011,phase:2,pass,nolog,skipAfter:END-942"
SecRule ARGS "@rx (?i)union\\s+select" "id:942999,phase:2,block,t:none,t:urlDecodeUni,severity:'CRITICAL',\\
    tag:'paranoia-level/2',setvar:'tx.blocking_inbound_anomaly_score=+5'"
SecMarker END-942
SecRule ARGS "@contains ../" "id:930999,phase:2,block,severity:'WARNING',setvar:'tx.blocking_inbound_anomaly_score=+3'"
SecRule TX:BLOCKING_INBOUND_ANOMALY_SCORE "@ge %{tx.inbound_anomaly_score_threshold}" "id:949110,phase:2,deny"
'''


def test_crs_judge_puts_the_anomaly_score_and_its_rules_in_the_reflex_evidence(tmp_path: Path) -> None:
    from agents.crs import CrsJudge
    from agents.reflex import DEFAULT_PACK, ReflexEngine, RulePack, triage_batch

    (tmp_path / "REQUEST-999-TEST.conf").write_text(MINI_CRS)
    engine = ReflexEngine(RulePack.load(DEFAULT_PACK))
    events = [{"event_id": str(i), "ts": 0.0, "entity": "e", "kind": "http",
               "http": {"method": "GET", "uri": uri, "headers": {"Host": "x"}}}
              for i, uri in enumerate(["/?q=1%20UNION%20SELECT%202", "/?f=a/../b", "/?q=shoes"])]
    for paranoia, blocked in ((2, [True, False, False]), (1, [False, False, False])):
        results = triage_batch(engine, events)
        CrsJudge(tmp_path, paranoia).judge(events, results)
        assert [r["crs"]["blocked"] for r in results] == blocked
        assert [r["decision"] for r in results][2] == "ALLOW"
        assert results[1]["crs"]["inbound_score"] == 3 and results[1]["decision"] != "ALLOW"
        assert [rule["id"] for rule in results[1]["crs"]["rules"]] == [930999]
    results = triage_batch(engine, events)
    CrsJudge(tmp_path, 2).judge(events, results)
    assert results[0]["decision"] == "BLOCK" and results[0]["crs"]["inbound_score"] == 5
    assert any("CRS anomaly score 5" in line for line in results[0]["reasoning"])
    with pytest.raises(ValueError, match="paranoia"):
        CrsJudge(tmp_path, 5)


def test_crs_judge_reports_a_spent_regex_budget(tmp_path: Path) -> None:
    from agents.crs import CrsJudge
    from agents.reflex import DEFAULT_PACK, ReflexEngine, RulePack, triage_batch

    (tmp_path / "REQUEST-999-TEST.conf").write_text(f'SecRule ARGS "@rx {SLOW}" "id:942251,phase:2,capture,pass"')
    events = [{"event_id": str(i), "ts": 0.0, "entity": "e", "kind": "http",
               "http": {"method": "GET", "uri": uri, "headers": {"Host": "x"}}}
              for i, uri in enumerate(["/?q=shoes", "/?q=" + CRAFTED])]
    results = triage_batch(ReflexEngine(RulePack.load(DEFAULT_PACK)), events)
    CrsJudge(tmp_path).judge(events, results)
    assert [r["crs"]["pcre_limits_exceeded"] for r in results] == [0, 1]
    assert results[0]["decision"] == "ALLOW" and results[1]["decision"] != "ALLOW"
    assert any("MSC_PCRE_LIMITS_EXCEEDED" in line for line in results[1]["reasoning"])


def test_telemetry_accepts_an_http_response_and_rejects_a_bad_status() -> None:
    from schemas.contracts import ValidationError, validate

    event = {"event_id": "e", "ts": 0.0, "entity": "x", "kind": "http",
             "http": {"method": "GET", "uri": "/", "response": {"status": 200, "headers": {"a": "b"}, "body": "ok"}}}
    validate("telemetry", event)
    event["http"]["response"]["status"] = 42  # type: ignore[index]
    with pytest.raises(ValidationError):
        validate("telemetry", event)


def test_modsecurity_baseline_agrees_on_crafted_requests(tmp_path: Path) -> None:
    pytest.importorskip("libmodsecurity")
    from ops.crs_bench import compare

    (tmp_path / "REQUEST-999-TEST.conf").write_text(MINI_CRS)
    requests = [{"method": "GET", "uri": uri, "version": "HTTP/1.1", "headers": {"Host": "x"}, "body": ""}
                for uri in ("/?q=1%20UNION%20SELECT%202", "/?f=a/../b", "/?q=shoes")]
    for chunk in (50, 1):  # one turn each, or three in alternating order
        result = compare(tmp_path, requests, paranoia=2, chunk=chunk)
        assert (result["vertice"]["blocked"], result["modsecurity"]["blocked"]) == (1, 1)
        assert result["agreement"] == 1.0 and result["requests"] == 3 and result["chunk"] == chunk
