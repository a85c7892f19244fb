"""Campaign logic cannot raise normal traffic: a campaign interleaved with normal requests on the same endpoints
and parameters (generated here, every request its own session, as in a held-out test set)."""

from __future__ import annotations

import dataclasses
import random
from typing import Any
from urllib.parse import quote_plus

import orjson
import pytest

from agents import bcell, reflex
from agents.pipeline import Stages, triage
from agents.profiles import EndpointProfiles
from agents.types import RawMessage
from ops.evaluate import LAYERS, Sample, figures, learn_profiles, run_in_process

FIRST = ["Ana", "Luis", "Marta", "Jorge", "Lucía", "Pablo", "Irene", "Tomás", "Nuria", "Óscar", "Elena", "Raúl"]
LAST = ["García", "Pérez", "Sanz", "Ortiz", "Molina", "Rubio", "Vidal", "Cano", "Prieto", "Iglesias"]
WORDS = ["red", "shoes", "wireless", "lamp", "steel", "desk", "cotton", "jacket", "eco", "camera", "watch"]
INJECTIONS = ["1' OR '1'='1", "x' UNION SELECT password FROM users--", "<script>alert(document.cookie)</script>",
              "<img src=x onerror=alert(1)>", "../../../../etc/passwd", "; cat /etc/passwd", "admin'--",
              "1 AND 1=1", "\"><svg onload=alert(1)>", "1; DROP TABLE orders"]


BROWSER = "Mozilla/5.0 (X11; Linux x86_64)"


def _request(rng: random.Random, entity: str, event_id: str, ts: float, kind: str,
             values: dict[str, str] | None = None, user_agent: str = BROWSER) -> dict[str, Any]:
    """One shop request: its form's values from ``values`` where given, else fresh ones."""
    forms = {
        "search": ("GET", "/shop/search", {"q": " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))),
                                           "page": str(rng.randint(1, 9))}),
        "add": ("POST", "/shop/cart/add", {"id": str(rng.randint(1, 60)), "qty": str(rng.randint(1, 9)),
                                           "B1": "Add to cart"}),
        "empty": ("GET", "/shop/cart/empty", {"B2": "Empty cart"}),
        "register": ("POST", "/account/register", {
            "name": rng.choice(FIRST), "surname": f"{rng.choice(LAST)} {rng.choice(LAST)}",
            "email": f"{rng.choice(FIRST).lower()}.{rng.randint(1, 9999)}@mail{rng.randint(1, 40)}.example",
            "zip": f"{rng.randint(1000, 52999):05d}", "password": "".join(rng.choice("abcdefgh12345") for _ in
                                                                          range(rng.randint(6, 12)))}),
    }
    method, path, form = forms[kind]
    form = {**form, **(values or {})}
    encoded = "&".join(f"{k}={quote_plus(v)}" for k, v in form.items())
    headers = {"host": "shop.example", "user-agent": user_agent}
    if method == "POST":
        headers["content-type"] = "application/x-www-form-urlencoded"
    http = {"method": method, "uri": path if method == "POST" else f"{path}?{encoded}", "version": "HTTP/1.1",
            "headers": headers, "body": encoded if method == "POST" else ""}
    return {"event_id": event_id, "ts": ts, "entity": entity, "kind": "http", "http": http}


def _normal(rng: random.Random, n: int, tag: str, ts: float) -> list[Sample]:
    kinds = ["search"] * 4 + ["add"] * 3 + ["empty"] * 2 + ["register"]
    return [Sample(_request(rng, f"{tag}-{i}", f"{tag}-{i}", ts + i * 0.01, rng.choice(kinds)), False, "normal")
            for i in range(n)]


def _campaign(rng: random.Random, n: int, ts: float) -> list[Sample]:
    """A campaign: the same few injections sprayed over the forms' parameters from many sessions (clonal
    expansion), tampered values, and a scanner walking the site, empty-cart page included, so attacks share the
    normal requests' whole payloads (the issue's cascade)."""
    out = []
    for i in range(n):
        kind = rng.choice(["search", "add", "register"])
        style = rng.choice(["inject", "inject", "tamper", "scanner"])
        if style == "inject":
            field = {"search": "q", "add": "id", "register": "surname"}[kind]
            event = _request(rng, f"atk-{i}", f"atk-{i}", ts + i * 0.1, kind, {field: rng.choice(INJECTIONS)})
        elif style == "tamper":
            field, value = rng.choice([("qty", "-" + str(rng.randint(1, 9))), ("id", "9" * 19),
                                       ("page", "x" * 300), ("id", "abc")])
            event = _request(rng, f"atk-{i}", f"atk-{i}", ts + i * 0.1, "add" if field != "page" else "search",
                             {field: value})
        else:
            event = _request(rng, f"atk-{i}", f"atk-{i}", ts + i * 0.1, rng.choice(["empty", "search"]),
                             user_agent="sqlmap/1.8.4#stable (https://sqlmap.org)")
        out.append(Sample(event, True, style))
    return out


Campaign = tuple[list[Sample], EndpointProfiles]


@pytest.fixture(scope="module")
def campaign() -> Campaign:
    """Profiles (and their calibration) learned from 3,000 normal requests; 5,000 other users' requests and a
    600-request campaign, shuffled together."""
    rng = random.Random(21)
    profiles = learn_profiles(_normal(rng, 3000, "train", 1_700_000_000.0))
    test = _normal(rng, 5000, "user", 1_700_100_000.0) + _campaign(rng, 600, 1_700_100_000.0)
    rng.shuffle(test)
    return test, profiles


def _judged(campaign: Campaign, correlate: bool) -> tuple[Stages, list[dict[str, Any]]]:
    samples, profiles = campaign
    stages = Stages.default(dedup_capacity=10)
    stages.profiles = profiles
    return stages, run_in_process(stages, samples, correlate=correlate)


def test_campaign_logic_raises_no_normal_request_and_costs_no_detection(campaign: Campaign) -> None:
    samples, profiles = campaign
    assert profiles.calibration is not None
    stages_on, on = _judged(campaign, correlate=True)
    _, off = _judged(campaign, correlate=False)
    with_campaign = figures(samples, on, LAYERS["full"], calibration=profiles.calibration)
    without = figures(samples, off, LAYERS["full"], calibration=profiles.calibration)
    assert with_campaign["tn"] + with_campaign["fp"] == 5000 and with_campaign["tp"] + with_campaign["fn"] == 600
    assert stages_on.correlator.scrutiny, "the campaign must have triggered clonal expansion"
    assert with_campaign["false_positive_rate"] <= 0.001, with_campaign
    assert with_campaign["detection_rate"] >= without["detection_rate"]
    scrutinised = [v for v in on if any(e["stage"] == "dendritic" for e in v["evidence"])]
    by_id = {s.event["event_id"]: s for s in samples}
    assert scrutinised and all(by_id[v["event_ids"][0]].malicious for v in scrutinised)


def test_no_learned_reflex_fires_on_normal_traffic(campaign: Campaign) -> None:
    """The B-cell remembers only values rare on their endpoint and never sent there by normal traffic."""
    samples, profiles = campaign
    stages, verdicts = _judged(campaign, correlate=True)
    by_id = {v["event_ids"][0]: v for v in verdicts}
    items = [item for chunk in range(0, len(samples), 500) for items in triage(
        stages, [RawMessage(orjson.dumps(s.event), "t", 0, i)
                 for i, s in enumerate(samples[chunk:chunk + 500])]).by_entity.values() for item in items]
    memories = {m.fingerprint: m for item in items
                if (m := bcell.memory_for(item, by_id[item["event"]["event_id"]], stages.neutrophil.score_texts,
                                          profiles))}
    assert memories, "the campaign's injections must be remembered"
    normal_values = {v for s in samples if not s.malicious for _, v in reflex.HttpView(s.event["http"]).args}
    assert all(m.literal not in normal_values for m in memories.values())
    pack = bcell.learned_pack([dataclasses.asdict(m) for m in memories.values()])
    engine = reflex.ReflexEngine(reflex.RulePack("learned", tuple(reflex.Rule.from_dict(r) for r in pack["rules"]),
                                                 "test"))
    normal_events = [s.event for s in samples if not s.malicious]
    assert not any(r["matches"] for r in reflex.triage_batch(engine, normal_events))
    attacks = [s.event for s in samples if s.malicious]
    assert sum(1 for r in reflex.triage_batch(engine, attacks) if r["matches"]) >= 100  # what it learned works

