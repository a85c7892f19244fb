"""The stage cores composed: triage (stateless, per message) and judgement (stateful, per entity)."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from agents import ingest, reflex, strategic, verdict
from agents.breakers import STAGES as STAGE_NAMES
from agents.crs import CrsJudge
from agents.dendritic import Correlator, may_have_signatures, signatures_of
from agents.detector import AIMS, INVESTIGATES, NEUTRAL, Detector, Scored, State, route
from agents.hpc import GlobalRates, PredictionError
from agents.macrophage import Macrophage
from agents.narrative import NarrativeFilter
from agents.neuromodulation import Modulation, Neuromodulators
from agents.neutrophil import Neutrophil
from agents.nk import NKCell
from agents.profiles import EndpointProfiles
from agents.semantic import IntentModel, default_model
from agents.types import Finding, RawMessage
from models.embedder import shared_embedder
from schemas.contracts import TELEMETRY_KINDS
from schemas.errors import MalformedJSON, RejectedEvent, SchemaViolation

log = logging.getLogger(__name__)
SCRUTINY_SCORE = 0.6


@dataclasses.dataclass
class TriageOutput:
    by_entity: dict[str, list[Scored]]
    dlq: list[dict[str, Any]]
    events: int
    agent_messages: int = 0
    semantic_failed: bool = False
    counts: dict[str, int] = dataclasses.field(default_factory=dict)  # events each stage judged, for its breaker
    failed: dict[str, BaseException] = dataclasses.field(default_factory=dict)  # stages that raised


@dataclasses.dataclass
class Stages:
    """Every stage's collaborators, built once per worker and passed in."""

    engine: reflex.ReflexEngine
    neutrophil: Neutrophil
    cells: tuple[Detector, ...]
    dedup: ingest.Deduplicator
    profiles: EndpointProfiles | None = None
    intents: IntentModel | None = None
    max_message_bytes: int = 1024 * 1024
    escalation_threshold: float = 0.8
    global_rates: GlobalRates = dataclasses.field(default_factory=GlobalRates)
    neuromodulation: bool = True
    crs: CrsJudge | None = None  # the whole Core Rule Set beside the reflex pack, when configured
    judged: ingest.Deduplicator = dataclasses.field(
        default_factory=lambda: ingest.Deduplicator(window_s=600.0, capacity=200_000))
    correlator: Correlator = dataclasses.field(default_factory=Correlator)  # the dendritic cell, fed by cytokines

    @classmethod
    def default(cls, *, max_message_bytes: int = 1024 * 1024, escalation_threshold: float = 0.8,
                dedup_window_s: float = 600.0, dedup_capacity: int = 1_000_000, cache_dir: Any = None,
                packs: Sequence[Path] = (reflex.DEFAULT_PACK,), profiles: Path | None = None,
                neuromodulation: bool = True, crs_rules: Path | None = None, crs_paranoia: int = 1,
                crs_threshold: int = 5) -> Stages:
        return cls(
            engine=reflex.ReflexEngine(reflex.RulePack.load_all(list(packs)), cache_dir=cache_dir),
            neutrophil=Neutrophil(),
            cells=(Macrophage(), PredictionError(), NarrativeFilter(), NKCell()),
            dedup=ingest.Deduplicator(dedup_window_s, dedup_capacity),
            profiles=EndpointProfiles.load(profiles) if profiles else None,
            intents=default_model(shared_embedder()),
            max_message_bytes=max_message_bytes, escalation_threshold=escalation_threshold,
            neuromodulation=neuromodulation,
            crs=CrsJudge(crs_rules, crs_paranoia, crs_threshold, cache_dir) if crs_rules is not None else None,
        )

    def judging(self) -> tuple[Detector, ...]:
        """The cells ``judge`` runs over an entity's events, in order: a cell reads only cells before it."""
        return (*self.cells, *((self.profiles,) if self.profiles is not None else ()))

    def detectors(self) -> tuple[Detector, ...]:
        """Every detector of the worker: triage's, the judging cells and HPC level 3."""
        return (self.neutrophil, *self.judging(), self.global_rates)


BYPASSED_REFLEX: dict[str, Any] = {"decision": "BYPASSED", "confidence": 0.0, "threat": 0.0, "signature": 0.0,
                                   "anomaly": 0.0, "anomaly_features": {}, "matches": [], "reasoning": [],
                                   "latency_ms": 0.0}
BYPASSED_NEUTROPHIL: dict[str, Any] = {"score": 0.0, "response": "monitor_30m"}
BREAKER_OF = {"hpc_profile": "hpc"}  # cells whose ``stage`` is not their name (breaker_observations has no cells)
ALL_KINDS_STAGES = frozenset({"reflex", "dendritic"})  # stages that look at every kind


def triage(stages: Stages, messages: Iterable[RawMessage], now: float | None = None,
           timings: dict[str, float] | None = None, bypass: frozenset[str] = frozenset()) -> TriageOutput:
    """Ingest, reflex and neutrophil over a micro-batch; scored events grouped by entity. ``timings`` (when
    given) receives the seconds each stage took. A stage in ``bypass`` (its breaker is open) is skipped, and so is
    one that raises: its events carry a neutral result and name it in ``degraded``."""
    clock = time.time() if now is None else now
    spent = timings if timings is not None else {}
    started = time.perf_counter()
    result = ingest.ingest_batch(messages, max_bytes=stages.max_message_bytes, dedup=stages.dedup, now=clock)
    caches: list[dict[str, Any]] = [{} for _ in result.events]
    mark = time.perf_counter()
    spent["ingest"] = spent.get("ingest", 0.0) + mark - started
    failed: dict[str, BaseException] = {}
    reflexes: list[dict[str, Any]] | None = None
    if "reflex" not in bypass:
        try:
            reflexes = reflex.triage_batch(stages.engine, result.events, caches)
            if stages.crs is not None:
                stages.crs.judge(result.events, reflexes)
        except Exception as exc:  # a failing stage opens its breaker; the events still go on to the others
            log.exception("reflex stage failed on %d events", len(result.events))
            failed["reflex"], reflexes = exc, None
            caches = [{} for _ in result.events]
    items: list[Scored] = [{"event": e, "reflex": r} for e, r in zip(
        result.events, reflexes or [dict(BYPASSED_REFLEX) for _ in result.events], strict=True)]
    for item, units in zip(items, result.units, strict=True):
        if units > 1:  # a large event counts as several for the breakers (ingest.UNIT_BYTES)
            item["units"] = units
    started, mark = mark, time.perf_counter()
    spent["reflex"] = spent.get("reflex", 0.0) + mark - started
    neutrophil_findings = None
    if "neutrophil" not in bypass:
        try:
            neutrophil_findings = stages.neutrophil.score_batch(items, {}, view_caches=caches)
        except Exception as exc:
            log.exception("neutrophil stage failed on %d events", len(items))
            failed["neutrophil"] = exc
    started, mark = mark, time.perf_counter()
    spent["neutrophil"] = spent.get("neutrophil", 0.0) + mark - started
    agent_items = [item for item in items if item["event"]["kind"] == "agent_message"]
    semantic_failed = False
    if stages.intents is not None and agent_items and "narrative" not in bypass:
        try:
            semantics = stages.intents.classify([m["event"]["agent_message"]["content"] for m in agent_items])
        except Exception:  # the model failing must not stop the stream: the features-only head still applies
            log.exception("embedding %d agent messages failed", len(agent_items))
            semantic_failed = True
        else:
            for item, semantic in zip(agent_items, semantics, strict=True):
                item["semantic"] = semantic
        spent["semantic"] = spent.get("semantic", 0.0) + time.perf_counter() - mark
    skipped = {*bypass, *failed} & {"reflex", "neutrophil", "narrative"}
    for index, item in enumerate(items):
        finding = neutrophil_findings[index] if neutrophil_findings is not None else None
        item["neutrophil"] = {"score": round(finding.score, 4), "response": finding.evidence["response"]} \
            if finding is not None else dict(BYPASSED_NEUTROPHIL)
        if skipped:
            degraded = _applicable(skipped, item["event"]["kind"], {"neutrophil": stages.neutrophil.kinds,
                                                                    "narrative": frozenset({"agent_message"})})
            if degraded:
                item["degraded"] = degraded
    by_entity: dict[str, list[Scored]] = {}
    for item in items:
        by_entity.setdefault(item["event"]["entity"], []).append(item)
    counts = {"reflex": sum(result.units), "neutrophil": sum(units_of(i) for i in items if i["event"]["kind"] in
                                                             stages.neutrophil.kinds),
              "narrative": 0 if "narrative" in bypass else sum(units_of(i) for i in agent_items)}
    return TriageOutput(by_entity, [r.dlq_record(clock) for r in result.rejections], len(items), len(agent_items),
                        semantic_failed, counts, failed)


def units_of(item: Scored) -> int:
    """What an item counts for a breaker: 1, or its size in ingest.UNIT_BYTES when larger."""
    return int(item.get("units", 1))


def breaker_observations(timings: Mapping[str, float], triaged: Mapping[str, int],
                         judged: Mapping[str, int]) -> dict[str, tuple[float, int]]:
    """What each breaker observes of a micro-batch: (seconds, events it judged) per breaker stage, from triage's
    and judge's ``timings`` and the events each counted (``triaged``: ``TriageOutput.counts``, ``judged``: judge's
    ``counts``). The narrative filter works in both (embeddings in triage, the filter in the immune agent): its
    events are counted once, in triage, and its filter's seconds join them in the same window."""
    out: dict[str, tuple[float, int]] = {}
    for name, seconds in timings.items():
        stage = "narrative" if name == "semantic" else BREAKER_OF.get(name, name)
        if stage in STAGE_NAMES:
            out[stage] = (out.get(stage, (0.0, 0))[0] + seconds, 0)
    for stage, events in [*((k, v) for k, v in judged.items() if k not in BREAKER_OF and k != "narrative"),
                          *triaged.items()]:
        out[stage] = (out.get(stage, (0.0, 0))[0], events)
    return out


def _applicable(stages: Iterable[str], kind: str, kinds: Mapping[str, frozenset[str]]) -> list[str]:
    """Of ``stages``, those that would have judged an event of ``kind``, sorted."""
    return sorted(s for s in stages if s in ALL_KINDS_STAGES or kind in kinds.get(s, frozenset()))


SCORED_KEYS = frozenset({"event", "reflex", "neutrophil", "semantic", "degraded", "units"})
MAX_UNITS = 1 + (64 << 20) // ingest.UNIT_BYTES  # a scored item claims at most a 64 MiB event's worth
_EVENT_TEXT = ("event_id", "entity", "kind")
_REFLEX_NUMBERS = ("threat", "anomaly")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def scored_problem(item: Any) -> str | None:
    """Why ``item`` is no scored item as triage writes one (None when it is one). The broker takes any
    producer's message, so the immune agent must not trust the ``scored`` topic; this checks the shape and types
    of what the judgement reads at the item level, not the whole telemetry schema again (triage validated the
    event; a full schema per item would cost the hot path several times this check)."""
    if not isinstance(item, dict):
        return f"an item must be an object, got {type(item).__name__}"
    if not item.keys() <= SCORED_KEYS:  # fields the cells add while judging must not arrive preset
        return f"unexpected fields {sorted(item.keys() - SCORED_KEYS)[:4]}"
    event, first, second = item.get("event"), item.get("reflex"), item.get("neutrophil")
    if not isinstance(event, dict) or not isinstance(first, dict) or not isinstance(second, dict):
        return "event, reflex and neutrophil must be objects"
    for field in _EVENT_TEXT:
        value = event.get(field)
        if not isinstance(value, str) or ingest.identifier_problem(value) is not None:
            return f"event.{field} must be a valid identifier"
    kind = event["kind"]
    if kind not in TELEMETRY_KINDS or not isinstance(event.get(kind), dict):
        return f"event.kind must be a known kind with its section, got {kind[:64]!r}"
    if not _number(event.get("ts")):
        return "event.ts must be a number"
    if not isinstance(first.get("decision"), str) or not all(_number(first.get(f)) for f in _REFLEX_NUMBERS):
        return "reflex needs a decision and a numeric threat and anomaly"
    matches = first.get("matches")
    if not isinstance(matches, list) or not all(isinstance(m, dict) and isinstance(m.get("rule_id"), int | str)
                                                for m in matches):
        return "reflex.matches must be a list of matches with a rule_id"
    if not _number(second.get("score")) or not isinstance(second.get("response"), str):
        return "neutrophil needs a numeric score and a response"
    semantic = item.get("semantic")
    if semantic is not None and not isinstance(semantic, dict):
        return "semantic must be an object"
    units = item.get("units", 1)
    if not isinstance(units, int) or isinstance(units, bool) or not 1 <= units <= MAX_UNITS:
        return f"units must be an integer from 1 to {MAX_UNITS}"
    degraded = item.get("degraded", [])
    if not isinstance(degraded, list) or not all(isinstance(d, str) and d in STAGE_NAMES for d in degraded):
        return "degraded must be a list of stage names"
    return None


class Refused(NamedTuple):
    """A scored message (``item`` None) or one of its items that is no scored item: dead-lettered, not judged."""

    message: int  # position in the batch
    item: int | None  # position in the message
    error: RejectedEvent
    original: bytes


def unjudged(stages: Stages, messages: Sequence[RawMessage],
             now: float) -> tuple[list[list[Scored]], int, list[Refused]]:
    """Each scored message's items, less those this worker already judged from another copy of them, and how
    many those were. A restart replays the uncommitted telemetry, and triage emits its scored items again while
    the first copies (from before the crash) are still ahead of them in the same partition: without this, an
    event would be judged, and counted in the entity's state, twice. A copy read again at its own position (a
    rebalance re-reading the uncommitted tail) is judged again: its first judgement may not have been kept.
    Messages and items that are not what triage writes come back refused, to be dead-lettered."""
    out: list[list[Scored]] = []
    refused: list[Refused] = []
    skipped = 0
    for number, message in enumerate(messages):
        kept: list[Scored] = []
        out.append(kept)
        try:
            items = orjson.loads(message.value)
        except orjson.JSONDecodeError as exc:
            refused.append(Refused(number, None, MalformedJSON(str(exc)[:300]), message.value))
            continue
        if not isinstance(items, list):
            refused.append(Refused(number, None, SchemaViolation("a scored message must be a list of items"),
                                   message.value))
            continue
        for index, item in enumerate(items):
            problem = scored_problem(item)
            if problem is not None:
                refused.append(Refused(number, index, SchemaViolation(problem, index=index),
                                       orjson.dumps(item)))
                continue
            position = (message.topic, message.partition, message.offset, index)
            if stages.judged.check_and_remember(item["event"]["event_id"], now, position):
                skipped += 1
            else:
                kept.append(item)
    return out, skipped, refused


class Judgement(NamedTuple):
    verdicts: list[verdict.Verdict]  # one per item, in order (scope "event")
    escalations: list[dict[str, Any]]
    patterns: list[verdict.Verdict]  # entity-scope verdicts about the entity's behaviour over time
    targets: list[dict[str, Any]]  # threats an agent aimed at a target, for the collusion check
    failed: dict[str, BaseException]  # breaker stage -> what it raised (its findings were left out)


def judge(stages: Stages, items: Sequence[Scored], state: dict[str, Any], now: float | None = None,
          timings: dict[str, float] | None = None, bypass: frozenset[str] = frozenset(),
          counts: dict[str, int] | None = None, modulation: Modulation = NEUTRAL) -> Judgement:
    """Run the stateful cells over one entity's events (``state`` updated in place); verdicts and escalations.
    ``modulation`` is the worker's (``modulation_of``). ``timings`` (when given) accumulates the seconds each cell
    took and ``counts`` the events it judged. A cell whose breaker stage is in ``bypass`` is skipped, and so is one
    that raises: the verdicts name it in ``degraded`` and fuse what ran."""
    clock = time.time() if now is None else now
    spent = timings if timings is not None else {}
    judged = counts if counts is not None else {}
    cells = stages.judging()
    ran, failed, kinds = _run_cells(cells, items, state, modulation, bypass, spent, judged)
    skipped = {*bypass, *failed}
    dendritic = "dendritic" not in skipped
    verdicts, escalations = [], []
    calibration = stages.profiles.calibration if stages.profiles is not None and stages.profiles.calibration \
        else verdict.IDENTITY
    investigator = next((c.name for c in cells if INVESTIGATES in c.feeds and c.name in ran), None)
    patterns = _state_changes(items, ran[investigator], state, clock) if investigator is not None else []
    bypassed = skipped & {*kinds, "dendritic"}  # the stages of this judgement that did not run
    for index, item in enumerate(items):
        kind = item["event"]["kind"]
        degraded = sorted({*item.get("degraded", ()), *_applicable(bypassed, kind, kinds)}) \
            if bypassed or "degraded" in item else []
        findings = [] if "neutrophil" in degraded else [_neutrophil_finding(item["neutrophil"])]
        findings += [cell_findings[index] for cell_findings in ran.values()]
        if dendritic and stages.correlator.scrutiny:  # a signature of its malicious part spread across entities
            started = time.perf_counter()
            if may_have_signatures(item, findings):
                watched = stages.correlator.scrutinised(
                    signatures_of(item, [f.as_evidence() for f in findings], stages.profiles, with_iocs=False), clock)
                if watched is not None:
                    findings.append(Finding("dendritic", SCRUTINY_SCORE, f"under scrutiny: {watched}"))
            spent["dendritic"] = spent.get("dendritic", 0.0) + time.perf_counter() - started
            judged["dendritic"] = judged.get("dendritic", 0) + units_of(item)
        v, e = verdict.join(item, findings, now=clock, escalation_threshold=stages.escalation_threshold,
                            calibration=calibration, degraded=degraded)
        verdicts.append(v)
        if e is not None:
            escalations.append(e)
    targets: list[dict[str, Any]] = []
    for cell in cells:
        if AIMS in cell.feeds and cell.name in ran and "strategic" in state.get(cell.name, {}):
            aimed, strategic_patterns = _aims(items, ran[cell.name], state[cell.name]["strategic"], clock)
            targets += aimed
            patterns = [*patterns, *strategic_patterns]
    return Judgement(verdicts, escalations, patterns, targets, failed)


def _run_cells(cells: Sequence[Detector], items: Sequence[Scored], state: dict[str, Any], modulation: Modulation,
               bypass: frozenset[str], spent: dict[str, float],
               judged: dict[str, int]) -> tuple[dict[str, list[Finding]], dict[str, BaseException],
                                                dict[str, frozenset[str]]]:
    """Each cell's findings on ``items`` in order (each given the earlier findings it reads), what raised (by
    breaker stage), and the kinds each breaker stage judges. A stage's cells count all or none: when one raises,
    the findings of the others are left out too."""
    ran: dict[str, list[Finding]] = {}
    failed: dict[str, BaseException] = {}
    kinds: dict[str, frozenset[str]] = {}
    for cell in cells:
        kinds[cell.stage] = kinds.get(cell.stage, frozenset()) | cell.kinds
        if cell.stage in bypass or cell.stage in failed:
            continue
        started = time.perf_counter()
        fresh = cell.fresh_state()
        cell_state: State = state.setdefault(cell.name, fresh) if fresh else fresh  # nothing kept: no key
        earlier = {name: ran[name] for name in cell.reads if name in ran}
        try:
            ran[cell.name] = route(cell, items, cell_state, modulation, earlier)
        except Exception as exc:  # its breaker opens; the entity's other cells still judge these events
            log.exception("%s failed on %d events of one entity", cell.name, len(items))
            failed[cell.stage] = exc
        spent[cell.name] = spent.get(cell.name, 0.0) + time.perf_counter() - started
        judged[cell.name] = judged.get(cell.name, 0) + sum(units_of(i) for i in items if i["event"]["kind"] in
                                                           cell.kinds)
    stage_of = {cell.name: cell.stage for cell in cells}
    return {name: found for name, found in ran.items() if stage_of[name] not in failed}, failed, kinds


def _aims(items: Sequence[Scored], findings: Sequence[Finding], window: dict[str, Any],
          now: float) -> tuple[list[dict[str, Any]], list[verdict.Verdict]]:
    """The targets an agent's messages aimed at (with its allies, for the collusion check) and the strategic
    verdicts its window now supports."""
    agent = items[-1]["event"]["entity"]
    aimed = [f for f in findings if f.evidence.get("targets")]
    targets: list[dict[str, Any]] = []
    if aimed:
        ally_list = strategic.allies(window)
        targets = [{"target": t, "agent": agent, "allies": ally_list, "message": f.evidence["message_id"]}
                   for f in aimed for t in f.evidence["targets"]]
    return targets, strategic.new_verdicts(window, agent, now)


def _neutrophil_finding(first_line: dict[str, Any]) -> Finding:
    return Finding("neutrophil", first_line["score"], f"payload score {first_line['score']:.2f}",
                   {"response": first_line["response"]})


def _state_changes(items: Sequence[Scored], findings: Sequence[Finding], state: dict[str, Any],
                   now: float) -> list[verdict.Verdict]:
    """Entity-scope verdicts each time the macrophage's investigation of this entity starts or ends; the
    evidence is the events with macrophage signals since the last change (kept in the entity's state)."""
    join = state.setdefault("join", {"investigating": False, "evidence": [], "reasons": []})
    out = []
    for item, finding in zip(items, findings, strict=True):
        if finding.score > 0.0:
            join["evidence"] = [*join["evidence"], item["event"]["event_id"]][-50:]
            join["reasons"] = sorted({*join["reasons"], *finding.reason.split(", ")})[:16]
        investigating = bool(finding.evidence["investigate"])
        if investigating != join["investigating"]:
            out.append(verdict.state_change(item["event"]["entity"], item["event"]["kind"], investigating,
                                            float(finding.evidence["suspicion"]), join["evidence"] or
                                            [item["event"]["event_id"]], join["reasons"], now))
            join.update(investigating=investigating, evidence=[], reasons=[])
    return out


def feel(stages: Stages, verdicts: Sequence[verdict.Verdict], global_state: dict[str, Any],
         now: float) -> tuple[Finding | None, Neuromodulators]:
    """The worker-wide loop over one micro-batch's verdicts: HPC level 3 observes rates, the threat share and
    the mean level-2 error (passed up); the neuromodulators follow, and modulate the cells (passed down, through
    ``modulation_of``).
    ``global_state`` is updated in place. Returns the level-3 finding of a bucket closed by this batch, if any."""
    items: list[dict[str, Any]] = [
        {"event": {"ts": v["event_ts"], "kind": v["kind"]}, "threat": v["final_verdict"] != "BENIGN",
         "hpc_error": next((e["score"] for e in v["evidence"] if e["stage"] == "hpc"), 0.0)} for v in verdicts]
    modulation = modulation_of(stages, global_state)  # the levels' previous batch: they follow this one's verdicts
    level3 = global_state.setdefault("level3", stages.global_rates.fresh_state())
    closed = level3["closed"]
    findings = stages.global_rates.score_batch(items, level3, modulation)
    levels = Neuromodulators.from_dict(global_state.get("neuromodulators"))
    levels.observe(events=len(items), threats=sum(1 for i in items if i["threat"]),
                   prediction_error=sum(i["hpc_error"] for i in items) / max(1, len(items)), now=now)
    global_state["neuromodulators"] = dataclasses.asdict(levels)
    return (findings[-1] if findings and level3["closed"] > closed else None), levels


def modulation_of(stages: Stages, global_state: Mapping[str, Any]) -> Modulation:
    """What the neuromodulators in ``global_state`` (as ``feel`` left them) ask of the cells: the modulation
    ``judge`` and ``feel`` pass them; neutral with neuromodulation off."""
    if not stages.neuromodulation:
        return NEUTRAL
    return Neuromodulators.from_dict(global_state.get("neuromodulators")).modulation()
