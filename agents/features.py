"""Lexical payload features shared by the neutrophil and its trainer."""

from __future__ import annotations

import functools
import math
import re
from typing import Any

import numpy as np

from agents.reflex import ANOMALY_SAMPLE, MEMO_ENTRIES, MEMO_MAX_CHARS, extract_values, shannon_entropy

_SQL = re.compile(r"\b(select|union|insert|update|delete|drop|from|where|or|and|sleep|benchmark|exec|having|"
                  r"order\s+by|information_schema|concat|char)\b", re.I)
_SHELL = re.compile(r"[;|&`$]|\b(cat|wget|curl|bash|sh|nc|chmod|rm|python|perl|whoami|id)\b", re.I)
# "<\s*/?\s*" split a run of spaces two ways at every length: quadratic on "<" and 16 KB of spaces (9 s)
_SCRIPT = re.compile(r"<\s*(?:/\s*)?(script|img|svg|iframe|body|a)\b|\bon\w+\s*=|javascript:|alert\s*\(", re.I)
_TRAVERSAL = re.compile(r"\.\./|\.\.\\|/etc/|c:\\", re.I)
_ENCODED = re.compile(r"%[0-9a-f]{2}|\\x[0-9a-f]{2}|&#x?[0-9a-f]+;", re.I)

FEATURE_NAMES: tuple[str, ...] = (
    "sql_tokens", "shell_tokens", "script_tokens", "traversal", "encoded_share", "quotes",
    "symbol_share", "digit_share", "upper_share", "entropy", "log_length", "reflex_signature", "bias",
)


def payload_text(event: dict[str, Any], view_cache: dict[str, Any] | None = None) -> str:
    """The attacker-controlled text of an event: argument values, body, command line or message content."""
    field = {"http": "http.payload", "process": "process.cmdline", "agent_message": "agent_message.content"}.get(
        event["kind"])
    return " ".join(extract_values(event, field, view_cache)) if field else ""


def featurize(text: str, reflex_signature: float = 0.0) -> list[float]:
    """A fixed-length vector (``FEATURE_NAMES``) describing a payload."""
    lexical = _lexical_remembered(text) if len(text) <= MEMO_MAX_CHARS else _lexical(text)
    return [*lexical, reflex_signature, 1.0]


def _lexical(text: str) -> tuple[float, ...]:
    """The features read from the text itself (all but the last two)."""
    sample = text[:ANOMALY_SAMPLE]
    n = max(1, len(sample))
    # per-character counts in first-seen order, as collections.Counter makes them, without its cost per call
    counts: dict[str, int] = {}
    for char in sample:
        counts[char] = counts.get(char, 0) + 1
    entropy = shannon_entropy(counts.values(), n) if sample else 0.0
    # the shares in one pass over the distinct characters (digits and capitals are alphanumeric, no digit a capital)
    symbols = digits = upper = 0
    for char, count in counts.items():
        if char.isalnum():
            if char.isdigit():
                digits += count
            elif char.isupper():
                upper += count
        elif not char.isspace():
            symbols += count
    # a pattern is only searched for where a character each of its branches needs is in the text
    return (
        min(1.0, len(_SQL.findall(sample)) / 4.0),
        min(1.0, len(_SHELL.findall(sample)) / 4.0),
        min(1.0, len(_SCRIPT.findall(sample)) / 2.0) if _any_of("<=:(", counts) else 0.0,
        min(1.0, len(_TRAVERSAL.findall(sample)) / 2.0) if _any_of("/\\", counts) else 0.0,
        min(1.0, len(_ENCODED.findall(sample)) * 3 / n) if _any_of("%\\&", counts) else 0.0,
        min(1.0, (counts.get("'", 0) + counts.get('"', 0)) / 3.0),
        symbols / n,
        digits / n,
        upper / n,
        entropy / 8.0,
        math.log10(1 + len(text)) / 5.0,
    )


def _any_of(chars: str, counts: dict[str, int]) -> bool:
    return any(char in counts for char in chars)


# payloads repeat (a search form's values, a daemon's command line): their lexical features are remembered like
# the reflex's text anomaly
_lexical_remembered = functools.lru_cache(maxsize=MEMO_ENTRIES)(_lexical)


def featurize_matrix(texts: list[str], signatures: list[float]) -> np.ndarray:
    return np.asarray([featurize(t, s) for t, s in zip(texts, signatures, strict=True)], dtype=np.float64)
