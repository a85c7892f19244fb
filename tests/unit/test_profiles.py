"""HPC level 1: a profile learned from normal HTTP traffic flags a tampered parameter the reflex rules miss."""

import random
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from agents.profiles import EndpointProfiles
from agents.reflex import DEFAULT_PACK, ReflexEngine, RulePack, triage_batch
from ops.cli import main
from tests.conftest import make_event

SIZES = ["s", "m", "l", "xl"]


def shop_request(rng: random.Random, **override: str) -> dict[str, Any]:
    params = {"id": str(rng.randint(1, 500)), "size": rng.choice(SIZES), "qty": str(rng.randint(1, 9)), **override}
    return make_event(uri="/shop/add.jsp?" + "&".join(f"{k}={v}" for k, v in params.items()))


def learned() -> EndpointProfiles:
    rng = random.Random(3)
    profiles = EndpointProfiles()
    profiles.train([{"event": shop_request(rng)} for _ in range(400)])
    return profiles


def test_normal_requests_stay_quiet() -> None:
    rng = random.Random(9)
    findings = learned().score_batch([{"event": shop_request(rng)} for _ in range(200)], {})
    assert max(f.score for f in findings) < 0.3


def test_tampering_is_flagged_where_the_reflex_sees_nothing() -> None:
    rng = random.Random(5)
    tampered = {
        "enumeration": shop_request(rng, size="xxl"),
        "new parameter": shop_request(rng, debug="1"),
        "length": shop_request(rng, id="9" * 300),
        "characters": shop_request(rng, qty="-1;2"),
    }
    engine = ReflexEngine(RulePack.load(DEFAULT_PACK))
    assert [r["decision"] for r in triage_batch(engine, list(tampered.values()))] == ["ALLOW"] * 4
    findings = dict(zip(tampered, learned().score_batch([{"event": e} for e in tampered.values()], {}), strict=True))
    for what, finding in findings.items():
        assert finding.score >= 0.5, what
        assert finding.evidence["level"] == 1 and "expected" in finding.evidence and "observed" in finding.evidence


def test_judging_reads_the_profiles_and_a_saved_copy_judges_alike(tmp_path: Path) -> None:
    profiles = learned()
    before = profiles.requests
    rng = random.Random(1)
    items = [{"event": shop_request(rng)}, {"event": shop_request(rng, size="xxl")}]
    state = profiles.fresh_state()
    profiles.learn_batch(items, state)
    scores = [f.score for f in profiles.score_batch(items, state)]
    assert profiles.requests == before and state == {}  # shared and read-only while it judges
    profiles.save(tmp_path / "p.json")
    again = EndpointProfiles.load(tmp_path / "p.json")
    assert again.requests == before and [f.score for f in again.score_batch(items, {})] == scores


def test_cli_learns_profiles_from_raw_http(tmp_path: Path) -> None:
    raw = tmp_path / "normal.txt"
    raw.write_bytes(b"".join(f"GET /shop/add.jsp?id={i}&size=m HTTP/1.1\nHost: shop\n\n\n".encode() for i in range(30))
                    + b"this line is not http\n")
    out = tmp_path / "profiles.json"
    result = CliRunner().invoke(main, ["models", "train", "--normal", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "learned 30 requests over 1 endpoints" in result.output and "1 malformed lines skipped" in result.output
    assert EndpointProfiles.load(out).requests == 30


def test_probes_for_what_the_site_never_served_score_above_a_new_page() -> None:
    from agents.profiles import PROBE

    profiles = learned()
    new_page = profiles.score_batch([{"event": make_event(uri="/shop/checkout.jsp")}], {})[0]
    backup = profiles.score_batch([{"event": make_event(uri="/shop/add.jsp.BAK")}], {})[0]
    console = profiles.score_batch([{"event": make_event(uri="/phpmyadmin/index.php")}], {})[0]
    assert new_page.score == 0.5 and backup.score == console.score == PROBE
    assert "never served" in backup.reason


def test_an_integer_parameter_learns_its_type_and_range() -> None:
    profiles = learned()
    rng = random.Random(4)

    def score(**override: str) -> Any:
        return profiles.score_batch([{"event": shop_request(rng, **override)}], {})[0]

    assert score(id="250").score == 0.0 and score(id="17").score == 0.0
    assert score(id="-250").score >= 0.5 and "range" in score(id="-250").reason  # a sign it never had
    assert score(id="99999999").score >= 0.5
    assert score(id="abc").score >= 0.5 and "not a number" in score(id="abc").reason  # qty is an enumeration


def test_which_rules_fire_here_normally_and_which_values_it_saw(tmp_path: Path) -> None:
    profiles = EndpointProfiles()
    events = [make_event(uri=f"/s?q=o%27brien+{i}") for i in range(100)]
    profiles.train([{"event": e, "reflex": {"matches": [{"rule_id": 1004}] if i % 2 else []}}
                    for i, e in enumerate(events)])
    profiles.calibration = [[0.0, 0.0], [0.3, 0.4999], [0.3001, 0.5], [1.0, 1.0]]
    profiles.save(tmp_path / "p.json")
    again = EndpointProfiles.load(tmp_path / "p.json")
    for p in (profiles, again):
        assert p.usual_rule(make_event(uri="/s?q=x"), 1004) and not p.usual_rule(make_event(uri="/s?q=x"), 1001)
        assert not p.usual_rule(make_event(uri="/t?q=x"), 1004)
        assert p.seen_value(make_event(uri="/s?q=x"), "o'brien 7")
        assert not p.seen_value(make_event(uri="/s?q=x"), "o'brien 700")
    assert again.calibration == profiles.calibration


def profile_of_names(count: int) -> EndpointProfiles:
    rng = random.Random(count)
    profiles = EndpointProfiles()
    names = ["".join(rng.choice("abcdefghij") for _ in range(rng.randint(4, 9))).title() for _ in range(count)]
    profiles.train([{"event": make_event(uri=f"/signup.jsp?name={n}")} for n in names])
    return profiles


def test_an_empty_value_where_normal_traffic_never_sent_one() -> None:
    def score(profiles: EndpointProfiles, value: str) -> Any:
        return profiles.score_batch([{"event": make_event(uri=f"/signup.jsp?name={value}")}], {})[0]

    names = profile_of_names(400)
    for empty in ("", "%20%20"):
        assert score(names, empty).score >= 0.5 and "empty" in score(names, empty).reason
    assert score(names, "Bagchid").score == 0.0
    optional = EndpointProfiles()  # a parameter normal traffic sends empty is not flagged empty
    optional.train([{"event": make_event(uri=f"/signup.jsp?name={'Abc' if i % 3 else ''}")}
                    for i in range(400)])
    assert score(optional, "").score == 0.0


def test_a_new_kind_of_character_weighs_more_the_longer_it_was_absent() -> None:
    def digit_score(profiles: EndpointProfiles) -> float:
        return float(profiles.score_batch([{"event": make_event(uri="/signup.jsp?name=Abcd4")}], {})[0].score)

    few, many = digit_score(profile_of_names(40)), digit_score(profile_of_names(5_000))  # 40: no enumeration
    assert 0.3 <= few < many <= 0.6
