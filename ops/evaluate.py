"""`vertice eval`: detection rate and false-positive rate of the pipeline on labelled traffic."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import random
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import orjson

from agents import reflex
from agents.dendritic import signatures_of
from agents.pipeline import Stages, judge, triage
from agents.profiles import EndpointProfiles
from agents.types import Finding, RawMessage
from agents.verdict import IDENTITY, THRESHOLD, Verdict, calibrate, fit_calibration, fuse
from ops.httpraw import ParseProblem, parse_requests, read_bytes
from schemas.errors import MalformedInput

LAYERS: dict[str, tuple[str, ...]] = {
    "reflex": ("reflex",),
    "reflex+neutrophil": ("reflex", "neutrophil"),
    "reflex+neutrophil+hpc": ("reflex", "neutrophil", "hpc", "hpc_profile"),
    "full": ("reflex", "neutrophil", "hpc", "hpc_profile", "macrophage", "narrative", "nk", "dendritic"),
}


FPR_POINTS = (0.0001, 0.001, 0.01)


@dataclasses.dataclass
class Sample:
    event: dict[str, Any]
    malicious: bool
    category: str
    payload: str | None = None  # the labelled value itself (csv-payload), what the neutrophil trains on


def _http_event(http: dict[str, Any], index: int, source: str) -> dict[str, Any]:
    """One labelled request as telemetry. Its entity is its session (cookie) or itself, never the whole site:
    entity-level suspicion must not leak from one labelled request into the next."""
    http = {k: v for k, v in http.items() if not k.startswith("_")}
    cookie = next((v for k, v in http["headers"].items() if k.lower() == "cookie"), "")
    session = cookie.partition("JSESSIONID=")[2].split(";")[0]
    return {"event_id": f"{source}-{index}", "ts": 1_700_000_000.0 + index * 0.001,
            "entity": f"session-{session}" if session else f"{source}-{index}", "kind": "http", "http": http}


def load(paths: Sequence[Path], fmt: str, malicious: bool, problems: list[ParseProblem]) -> list[Sample]:
    samples: list[Sample] = []
    for path in paths:
        tag = f"{'anom' if malicious else 'norm'}-{path.stem}"
        if fmt == "http-raw":
            for i, http in enumerate(parse_requests(read_bytes(path), problems)):
                # an anomalous file's name is its category (as `vertice proxy` writes them)
                samples.append(Sample(_http_event(http, i, tag), malicious, path.stem if malicious else "normal"))
        elif fmt == "jsonl":
            for number, line in enumerate(read_bytes(path).splitlines(), start=1):
                if line.strip():
                    try:
                        event = orjson.loads(line)
                    except orjson.JSONDecodeError as exc:
                        raise MalformedInput(str(path), number, f"not JSON ({exc})") from None
                    if not isinstance(event, dict):
                        raise MalformedInput(str(path), number, "not a JSON object")
                    samples.append(Sample(event, malicious, str(event.get("category", "jsonl"))))
        else:  # csv-payload: each payload placed into an HTTP parameter
            with path.open(newline="", encoding="utf-8", errors="replace") as handle:
                for i, row in enumerate(csv.DictReader(handle)):
                    is_attack = row.get("label", "").strip().lower() not in ("norm", "normal", "0")
                    if is_attack != malicious and row.get("label"):
                        continue
                    http = {"method": "GET", "uri": f"/search?q={quote_plus(row['payload'])}", "version": "HTTP/1.1",
                            "headers": {"host": "eval.example", "user-agent": "vertice-eval"}, "body": ""}
                    samples.append(Sample(_http_event(http, i, tag), malicious, row.get("attack_type") or "payload",
                                          row["payload"]))
    return samples


def run_in_process(stages: Stages, samples: Sequence[Sample], timings: dict[str, float] | None = None,
                   correlate: bool = True) -> list[Verdict]:
    """Every sample through the same stage code the worker runs, in order, in micro-batches of 500; ``timings``
    (when given) accumulates the seconds each stage took. With ``correlate``, the dendritic cell hears of every
    threat as the worker's cytokines tell it, and its scrutiny reaches later judgements."""
    verdicts: list[Verdict] = []
    states: dict[str, dict[str, Any]] = {}
    for start in range(0, len(samples), 500):
        chunk = samples[start:start + 500]
        out = triage(stages, [RawMessage(orjson.dumps(s.event), "eval", 0, start + i) for i, s in enumerate(chunk)],
                     timings=timings)
        threats = []
        for entity, items in out.by_entity.items():
            state = states.setdefault(entity, {})
            judged = judge(stages, items, state, timings=timings)[0]
            verdicts += judged
            threats += [(item, v) for item, v in zip(items, judged, strict=True) if v["final_verdict"] != "BENIGN"]
        # after the micro-batch, as the worker's cytokines reach the dendritic cell after its verdicts
        for item, v in threats if correlate else []:
            for signature in signatures_of(item, v["evidence"], stages.profiles):
                stages.correlator.observe(signature, v["entity"], v["event_ids"][0], v["ts"])
    return verdicts


def run_on_stack(samples: Sequence[Sample], profiles: EndpointProfiles | None = None,
                 timeout_s: float = 600.0, rule_packs: Sequence[Path] = ()) -> list[dict[str, Any]]:
    """Every sample through the real pipeline: its own embedded stack and a worker (loading ``profiles`` as
    ``VERTICE_HPC_PROFILES``, like a deployment); verdicts read back from Kafka."""
    import tempfile

    from ops import stack
    from ops.bench import _collect_verdicts, _produce, _WorkerSampler
    from streams.adapters import kafka

    with tempfile.TemporaryDirectory(prefix="vertice-eval-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        try:
            urls = embedded.start()
            web_port = stack.free_port()
            extra = {}
            if rule_packs:
                extra["rule_packs"] = ",".join(str(p.resolve()) for p in rule_packs)
            if profiles is not None:
                profiles.save(Path(folder) / "profiles.json")
                extra["hpc_profiles"] = str(Path(folder) / "profiles.json")
            # the replay's attack share (often half) would keep arousal at its maximum: measure at rest
            env = urls.worker_env(folder, web_port, command_signing_key="eval", reflex_commands="false",
                                  neuromodulation="false", **extra)
            worker = embedded.start_worker(env, timeout_s=120)
            producer = kafka.producer(urls.kafka)
            events = [dict(s.event) for s in samples]
            _produce(producer, events, 1)
            del producer
            verdicts = _collect_verdicts(urls.kafka, {e["event_id"] for e in events}, timeout_s,
                                         _WorkerSampler([worker.pid]))
        finally:
            embedded.stop()
    return [v for v in verdicts if v.get("scope") == "event"]


CALIBRATION_FOLDS = 5  # the normal users split this many ways to fit the verdict's calibration


def learn_profiles(samples: Sequence[Sample], packs: Sequence[Path] = (reflex.DEFAULT_PACK,)) -> EndpointProfiles:
    """HPC level 1 (endpoint and parameter profiles, and which reflex rules fire where) from normal traffic,
    with the verdict's calibration: what `vertice models train --normal` writes and a worker loads from
    ``VERTICE_HPC_PROFILES``. The calibration is fitted on every request, each judged by profiles learned
    from the other users' requests (CALIBRATION_FOLDS ways: users and their values never seen, as in
    production); the profiles kept are then learned from everyone."""
    engine = reflex.ReflexEngine(reflex.RulePack.load_all(list(packs)))
    folds = [int(hashlib.blake2b(str(owner).encode(), digest_size=4).hexdigest(), 16) % CALIBRATION_FOLDS
             for owner in _users(samples)]
    raw: list[float] = []
    for fold in range(CALIBRATION_FOLDS):
        held = [s for s, f in zip(samples, folds, strict=True) if f == fold]
        if not held:
            continue
        stages = Stages.default(dedup_capacity=10, packs=packs)
        stages.profiles = _profiles([s for s, f in zip(samples, folds, strict=True) if f != fold], engine)
        raw += [v["score"] for v in run_in_process(stages, held)]
    profiles = _profiles(samples, engine)
    profiles.calibration = fit_calibration(raw) if len(raw) >= MIN_CALIBRATION else None
    return profiles


MIN_CALIBRATION = 1000  # fewer normal requests cannot place a 0.1% false-positive rate


def _profiles(samples: Sequence[Sample], engine: reflex.ReflexEngine) -> EndpointProfiles:
    events = [s.event for s in samples]
    profiles = EndpointProfiles()
    profiles.train([{"event": e, "reflex": r} for e, r in zip(events, reflex.triage_batch(engine, events),
                                                             strict=True)])
    return profiles


def _users(samples: Sequence[Sample]) -> list[int]:
    """Each sample's user (see ops.proxy.users_of), so the calibration is fitted on users whose values the
    profiles never saw."""
    from ops.proxy import users_of

    return users_of([reflex.HttpView(s.event["http"]).args if s.event.get("kind") == "http" else []
                     for s in samples])


def layer_score(verdict: Mapping[str, Any], stages_on: tuple[str, ...],
                calibration: Sequence[Sequence[float]] = IDENTITY) -> float:
    findings = [Finding(e["stage"], float(e["score"])) for e in verdict.get("evidence", []) if e["stage"] in stages_on]
    score = calibrate(fuse(findings), calibration)
    reflex = next((e for e in verdict.get("evidence", []) if e["stage"] == "reflex"), None)
    if reflex is not None and reflex.get("detail") == "block":
        score = max(score, 0.95)
    return score


def figures(samples: Sequence[Sample], verdicts: Sequence[Mapping[str, Any]], stages_on: tuple[str, ...],
            threshold: float = THRESHOLD, calibration: Sequence[Sequence[float]] = IDENTITY) -> dict[str, Any]:
    """Counts and rates at ``threshold``, and the curve: the detection rate at each false-positive rate in
    FPR_POINTS, with the score threshold that gives it."""
    by_id = {v["event_ids"][0]: v for v in verdicts}
    rows = [(s, layer_score(by_id[s.event["event_id"]], stages_on, calibration)) for s in samples
            if s.event["event_id"] in by_id]
    tp = sum(1 for s, score in rows if s.malicious and score >= threshold)
    fn = sum(1 for s, score in rows if s.malicious and score < threshold)
    fp = sum(1 for s, score in rows if not s.malicious and score >= threshold)
    tn = sum(1 for s, score in rows if not s.malicious and score < threshold)
    normal_scores = sorted((score for s, score in rows if not s.malicious), reverse=True)
    attack_scores = [score for s, score in rows if s.malicious]

    def cut_at(fpr: float) -> float | None:
        """The lowest threshold (alarms at scores above it) whose false-positive rate stays within ``fpr``."""
        if not normal_scores:
            return None
        allowed = int(fpr * len(normal_scores))
        return normal_scores[allowed] if allowed < len(normal_scores) else -1.0

    def dr_at(fpr: float) -> float | None:
        cut = cut_at(fpr)
        if cut is None or not attack_scores:
            return None
        return round(sum(1 for score in attack_scores if score > cut) / len(attack_scores), 4)

    categories: dict[str, dict[str, int]] = {}
    for s, score in rows:
        if s.malicious:
            entry = categories.setdefault(s.category, {"total": 0, "detected": 0})
            entry["total"] += 1
            entry["detected"] += int(score >= threshold)
    return {
        "tp": tp, "fp": fp, "tn": tn, "fn": fn,
        "detection_rate": round(tp / (tp + fn), 4) if tp + fn else None,
        "false_positive_rate": round(fp / (fp + tn), 6) if fp + tn else None,
        "dr_at_fpr": {str(fpr): dr_at(fpr) for fpr in FPR_POINTS},
        "threshold_at_fpr": {str(fpr): None if (cut := cut_at(fpr)) is None else round(cut, 4) for fpr in FPR_POINTS},
        "by_category": {k: {**v, "rate": round(v["detected"] / v["total"], 4)} for k, v in sorted(categories.items())},
    }


def retrain_neutrophil(stages: Stages, pairs: list[tuple[str, int]], version: str) -> None:
    """Fit the neutrophil on every labelled pair given and put it into ``stages``."""
    import tempfile

    from agents.neutrophil import NeutrophilModel
    from ops.train_neutrophil import train

    with tempfile.TemporaryDirectory(prefix="vertice-neutrophil-") as folder:
        target = Path(folder) / "neutrophil.json"
        train(pairs, target, version=version, holdout=0.0)
        stages.neutrophil.model = NeutrophilModel.load(target)


def cross_validate(fmt: str, samples: Sequence[Sample], folds: int, timings: dict[str, float],
                   packs: Sequence[Path] = (reflex.DEFAULT_PACK,)) -> tuple[
                       list[Verdict], list[dict[str, Any]], Sequence[Sequence[float]]]:
    """K-fold: each fold is judged by a pipeline trained only on the other folds (profiles from their normal
    requests; for labelled payloads, the neutrophil from their labels). Every sample is judged once, held out."""
    verdicts: list[Verdict] = []
    per_fold: list[dict[str, Any]] = []
    for fold in range(folds):
        held_out = [s for i, s in enumerate(samples) if i % folds == fold]
        training = [s for i, s in enumerate(samples) if i % folds != fold]
        stages = Stages.default(dedup_capacity=10, packs=packs)
        if fmt == "csv-payload":
            retrain_neutrophil(stages, [(s.payload or "", int(s.malicious)) for s in training], f"fold-{fold}")
        else:
            stages.profiles = learn_profiles([s for s in training if not s.malicious], packs)
        judged = run_in_process(stages, held_out, timings)
        verdicts += judged
        fold_figures = figures(held_out, judged, LAYERS["full"], calibration=_calibration(stages.profiles))
        per_fold.append({"fold": fold, "events": len(held_out),
                         **{k: fold_figures[k] for k in ("detection_rate", "false_positive_rate")}})
    return verdicts, per_fold, _calibration(stages.profiles)


def _calibration(profiles: EndpointProfiles | None) -> Sequence[Sequence[float]]:
    return profiles.calibration if profiles is not None and profiles.calibration else IDENTITY


def evaluate(fmt: str, normal: Sequence[Path], anomalous: Sequence[Path], train_normal: Sequence[Path] = (),
             train_labeled: Path | None = None, limit: int | None = None, in_process: bool = True,
             folds: int | None = None, rule_packs: Sequence[Path] = ()) -> dict[str, Any]:
    """Train what needs training, judge every labelled event, report the figures; with ``folds``, k-fold
    cross-validation over the labelled files instead (in-process). ``rule_packs`` are added to the default
    pack, as a worker's VERTICE_RULE_PACKS are. In folds, the last fold's calibration is the one reported."""
    packs = [reflex.DEFAULT_PACK, *rule_packs]
    problems: list[ParseProblem] = []
    samples = load(normal, fmt, False, problems) + load(anomalous, fmt, True, problems)
    random.Random(7).shuffle(samples)  # interleaved: no stage may profit from the order of the files
    if limit:
        samples = samples[:limit]
    per_fold: list[dict[str, Any]] = []
    timings: dict[str, float] = {}
    verdicts: Sequence[Mapping[str, Any]]
    if folds:  # each fold builds and trains its own stages
        started = time.perf_counter()
        verdicts, per_fold, calibration = cross_validate(fmt, samples, folds, timings, packs)
    else:
        stages = Stages.default(dedup_capacity=10, packs=packs)
        if train_labeled is not None:
            from ops.train_neutrophil import read_labelled_csv

            retrain_neutrophil(stages, read_labelled_csv(train_labeled), train_labeled.name)
        if train_normal:
            stages.profiles = learn_profiles(load(train_normal, fmt, False, problems), packs)
        calibration = _calibration(stages.profiles)
        started = time.perf_counter()
        verdicts = run_in_process(stages, samples, timings) if in_process else \
            run_on_stack(samples, stages.profiles, rule_packs=rule_packs)
    elapsed = time.perf_counter() - started
    by_id = {v["event_ids"][0]: v for v in verdicts}
    missing = [s.event["event_id"] for s in samples if s.event["event_id"] not in by_id]
    if missing:
        raise RuntimeError(f"{len(missing)} events got no verdict, e.g. {missing[:3]}")
    full = figures(samples, verdicts, LAYERS["full"], calibration=calibration)
    misses = [s for s in samples if s.malicious and by_id[s.event["event_id"]]["final_verdict"] == "BENIGN"]
    alarms = [s for s in samples if not s.malicious and by_id[s.event["event_id"]]["final_verdict"] != "BENIGN"]

    def show(s: Sample) -> dict[str, Any]:
        v = by_id[s.event["event_id"]]
        return {"event_id": s.event["event_id"], "uri": s.event.get("http", {}).get("uri", "")[:160],
                "final_verdict": v["final_verdict"], "score": v["score"], "evidence": v["evidence"]}

    return {**full, "events": len(samples),
            "mode": f"{folds}-fold" if folds else "in-process" if in_process else "pipeline", "folds": per_fold,
            "events_per_s": round(len(samples) / elapsed, 1),
            # what each stage alone could sustain on one core (in-process runs only): the cost of each layer
            "stage_events_per_s": {stage: round(len(samples) / seconds) for stage, seconds in sorted(timings.items())
                                   if seconds > 0},
            "layers": {name: {k: figures(samples, verdicts, on, calibration=calibration)[k] for k in
                              ("detection_rate", "false_positive_rate", "dr_at_fpr", "threshold_at_fpr")}
                       for name, on in LAYERS.items()},
            "calibration": [list(knot) for knot in calibration],
            "parse_problems": len(problems), "missed": [show(s) for s in misses[:20]],
            "false_alarms": [show(s) for s in alarms[:20]]}
