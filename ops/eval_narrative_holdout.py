"""The shipped narrative filter on family ``F`` (``ops/agentgen_f.py``), written blind to the features and to every
other family, never trained on: detection at the shipped alert threshold and at 1% / 5% false positives, per intent.

Each sample is one ``agent_message`` from its own agent, through the public API as the pipeline runs it: the
semantic step (``classify``) then the cell's ``score_batch``. An agent with a history first has ``learn_batch``
replay it: one routine message per destination it used before (``Sample.known``), then routine status messages up
to ``Sample.history``. The reported actions ride on the message. ``text_only`` scores the same texts from a fresh
agent with no actions: a set of bare instructions, as an outside benchmark is. ``pipeline`` sends those bare texts
through every stage (triage, then the judgement) and counts non-BENIGN verdicts, what an outsider reading the
verdicts topic measures.

Run: ``python -m ops.eval_narrative_holdout --n 4000 --json out.json``."""

from __future__ import annotations

import argparse
import json
import statistics
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from agents.narrative import NarrativeFilter
from agents.pipeline import Stages, judge, triage
from agents.semantic import default_model
from agents.types import RawMessage
from agents.verdict import THRESHOLD
from models.embedder import shared_embedder
from ops.agentgen import THREAT_INTENTS, Generator, Sample
from ops.agentgen_f import FamilyF
from ops.scenario import agent_message_event
from ops.train_narrative import fpr_threshold

ALERT = THRESHOLD  # a verdict is SUSPICIOUS from here; the narrative's weight in the fusion is 1
BATCH = 64  # the worker's micro-batches are of this order
FILLER = "status: ok"


def item(agent: str, text: str, semantic: dict[str, Any] | None = None, actions: Sequence[tuple[str, str]] = (),
         ts: float = 1_763_800_000.0) -> dict[str, Any]:
    """One ``agent_message`` as the narrative cell receives it: after the reflex (which allows it) and, when
    ``semantic`` is given, the semantic step."""
    message: dict[str, Any] = {"message_id": str(uuid.uuid4()), "source_agent_id": agent, "content": text}
    if actions:
        message["actions"] = [{"type": kind, "target": target} for kind, target in actions]
    out = {"event": {"event_id": str(uuid.uuid4()), "ts": ts, "entity": agent, "kind": "agent_message",
                     "agent_message": message}, "reflex": {"decision": "ALLOW", "matches": []}}
    if semantic is not None:
        out["semantic"] = semantic
    return out


def routine(destination: str) -> tuple[str, tuple[str, str]]:
    """An earlier, harmless message of the agent that used ``destination``, and the action it reported."""
    if "@" in destination:
        return f"Sent the weekly status update to {destination}.", ("send_email", destination)
    if destination.startswith("+"):
        return f"Texted the appointment reminder to {destination}.", ("send_sms", destination)
    if destination.startswith("https://") or "." in destination.split()[0]:
        return f"Checked the page at {destination}, nothing new.", ("read", destination)
    return f"Paid the usual monthly amount to {destination}; receipt filed.", ("pay", destination)


def report(samples: list[Sample], scores: np.ndarray) -> dict[str, Any]:
    malicious = np.asarray([s.label == 1 for s in samples])
    benign_scores, threat_scores = scores[~malicious], scores[malicious]
    intents = np.asarray([s.intent for s in samples])
    out: dict[str, Any] = {
        "benign": int((~malicious).sum()), "malicious": int(malicious.sum()),
        "quantiles": {name: {f"p{q}": round(float(np.percentile(values, q)), 4) for q in (1, 5, 25, 50, 75, 95, 99)}
                      for name, values in (("benign", benign_scores), ("malicious", threat_scores))},
        "histogram": {name: np.histogram(values, bins=10, range=(0.0, 1.0))[0].tolist()
                      for name, values in (("benign", benign_scores), ("malicious", threat_scores))},
        "at_alert": {"threshold": ALERT, "detection": round(float((threat_scores >= ALERT).mean()), 4),
                     "fpr": round(float((benign_scores >= ALERT).mean()), 4)},
    }
    for name, fpr in (("at_1pct_fpr", 0.01), ("at_5pct_fpr", 0.05)):
        cut = fpr_threshold(scores, malicious, fpr)
        out[name] = {"threshold": round(cut, 4), "detection": round(float((threat_scores > cut).mean()), 4),
                     "fpr": round(float((benign_scores > cut).mean()), 4),
                     "per_intent": {i: round(float((scores[intents == i] > cut).mean()), 4) for i in THREAT_INTENTS}}
    cut = out["at_1pct_fpr"]["threshold"]
    out["at_alert"]["per_intent"] = {i: round(float((scores[intents == i] >= ALERT).mean()), 4)
                                     for i in THREAT_INTENTS}
    templates: dict[str, list[bool]] = {}
    for sample, score in zip(samples, scores, strict=True):
        if sample.label:
            templates.setdefault(f"{sample.intent}/{sample.template}", []).append(bool(score > cut))
    out["per_template_at_1pct_fpr"] = {k: round(statistics.mean(v), 3) for k, v in sorted(templates.items())}
    order = np.argsort(scores)
    out["top_benign"] = [{"score": round(float(scores[i]), 4), "text": samples[i].text, "known": samples[i].known,
                          "actions": samples[i].actions} for i in order[::-1] if not malicious[i]][:25]
    out["bottom_malicious"] = [{"score": round(float(scores[i]), 4), "intent": samples[i].intent,
                                "template": samples[i].template, "text": samples[i].text}
                               for i in order if malicious[i]][:25]
    return out


def through_pipeline(samples: Sequence[Sample]) -> dict[str, Any]:
    """Each sample's bare text as telemetry from an agent of its own, through triage and the judgement of every
    stage from fresh state: the share of non-BENIGN verdicts among benign and malicious samples and per intent, and
    the stage with the top score behind each of them."""
    stages = Stages.default(dedup_capacity=len(samples) + 10)
    alerted: dict[str, list[bool]] = {}
    drivers: dict[str, dict[str, int]] = {"benign": {}, "malicious": {}}
    now = time.time()
    for i, sample in enumerate(samples):
        event = agent_message_event(f"agent-{uuid.uuid4().hex[:16]}", sample.text, now)
        out = triage(stages, [RawMessage(orjson.dumps(event), "telemetry", 0, i)], now)
        [[scored]] = out.by_entity.values()  # one event, never dead-lettered: a failure here is the tool's bug
        [verdict] = judge(stages, [scored], {}, now=now).verdicts
        label = "malicious" if sample.label else "benign"
        bad = verdict["final_verdict"] != "BENIGN"
        alerted.setdefault(label, []).append(bad)
        alerted.setdefault(sample.intent, []).append(bad)
        if bad:
            top = max(verdict["evidence"], key=lambda e: e["score"])["stage"]
            drivers[label][top] = drivers[label].get(top, 0) + 1
    return {"alerted": {k: round(statistics.mean(v), 4) for k, v in alerted.items()}, "top_stage": drivers}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--family", choices=("F", "A", "B"), default="F",
                        help="A or B: training families with fresh values, for reference")
    args = parser.parse_args()
    samples = (FamilyF(args.seed) if args.family == "F" else Generator(args.family, args.seed)).batch(args.n)
    intents, cell = default_model(shared_embedder()), NarrativeFilter()
    [filler] = intents.classify([FILLER])

    # the semantic step on the samples, then the cell, timed apart from the history replay
    cpu, semantics = 0.0, []
    for start in range(0, len(samples), BATCH):
        began = time.process_time()
        semantics += intents.classify([s.text for s in samples[start:start + BATCH]])
        cpu += time.process_time() - began
    scored: dict[str, list[float]] = {"context": [], "text_only": []}
    for i, (sample, semantic) in enumerate(zip(samples, semantics, strict=True)):
        agent = f"agent-{i}"
        state = cell.fresh_state()
        if sample.history:
            earlier = [routine(k) for k in sample.known]
            texts = [text for text, _ in earlier]
            past = [item(agent, text, s, [action]) for (text, action), s in
                    zip(earlier, intents.classify(texts), strict=True)]
            past += [item(agent, FILLER, filler) for _ in range(max(0, sample.history - len(past)))]
            cell.learn_batch(past, state)
        began = time.process_time()
        [finding] = cell.score_batch([item(agent, sample.text, semantic, sample.actions)], state)
        cpu += time.process_time() - began
        scored["context"].append(finding.score)
        [bare] = cell.score_batch([item(f"{agent}-bare", sample.text, semantic)], cell.fresh_state())
        scored["text_only"].append(bare.score)
    flagged = np.asarray([s["intent"] in THREAT_INTENTS for s in semantics])
    malicious = np.asarray([s.label == 1 for s in samples])
    result = {
        "family": args.family, "n": len(samples), "seed": args.seed, "model": finding.evidence.get("model"),
        "messages_per_cpu_second": round(len(samples) / cpu, 1),
        "semantic_intent_flag": {"detection": round(float(flagged[malicious].mean()), 4),
                                 "fpr": round(float(flagged[~malicious].mean()), 4)},
        **{mode: report(samples, np.asarray(values)) for mode, values in scored.items()},
        "pipeline": through_pipeline(samples),
        "samples": [{"intent": s.intent, "template": s.template, "text": s.text, "history": s.history,
                     "actions": s.actions, **{mode: round(values[i], 4) for mode, values in scored.items()}}
                    for i, s in enumerate(samples)],
    }
    for mode in scored:
        r = result[mode]
        print(f"{mode}: alert>={ALERT}: DR {r['at_alert']['detection']:.1%} FPR {r['at_alert']['fpr']:.2%}; "
              f"1% FPR: DR {r['at_1pct_fpr']['detection']:.1%} (t={r['at_1pct_fpr']['threshold']}); "
              f"5% FPR: DR {r['at_5pct_fpr']['detection']:.1%} (t={r['at_5pct_fpr']['threshold']})")
    pipeline = result["pipeline"]
    print(f"pipeline, bare texts: non-BENIGN verdicts on {pipeline['alerted']['malicious']:.1%} of the malicious, "
          f"{pipeline['alerted']['benign']:.2%} of the benign; top stage behind them {pipeline['top_stage']}")
    print(f"{result['messages_per_cpu_second']} messages per CPU second (classify + score_batch)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
