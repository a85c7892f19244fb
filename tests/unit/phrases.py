"""What the template-family tests compare: the word 6-grams of generated texts (so no family's author reads
another's templates), the (intent, template) pairs a family can draw, and how often an agent already knows the
parties a message names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ops.agentgen import Sample


def grams(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def known_share(samples: Iterable[Sample], intent: str, rows: Sequence[tuple[str, str]], parties: Sequence[str]
                ) -> float:
    """Of ``intent``'s samples from agents with history whose template (``rows``: (domain, template)) names a party
    slot, the share whose text names a party the agent already knows."""
    named = [s for s in samples if s.intent == intent and s.history and any(
        "{" + slot + "}" in rows[s.template][1] for slot in parties)]
    return sum(any(k in s.text for k in s.known) for s in named) / len(named)


def every_template(benign: Sequence[Any], threats: Mapping[str, Sequence[Any]]) -> set[tuple[str, int]]:
    return {("BENIGN", i) for i in range(len(benign))} | {
        (intent, i) for intent, rows in threats.items() for i in range(len(rows))}
