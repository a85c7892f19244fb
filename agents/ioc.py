"""Indicators of compromise from any text or JSON document; defanged forms (hxxp, [.], (dot)) understood."""

from __future__ import annotations

import contextlib
import ipaddress
import re
from collections.abc import Iterator
from typing import Any

_REFANG = [
    (re.compile(r"\bhxxp(s?)", re.I), r"http\1"), (re.compile(r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)", re.I), "."),
    (re.compile(r"\[:\]"), ":"), (re.compile(r"\[@\]|\[at\]|\(at\)", re.I), "@"), (re.compile(r"\[/\]"), "/"),
]
PATTERNS: dict[str, re.Pattern[str]] = {
    "url": re.compile(r"\b(?:https?|ftp|sftp|s3)://[^\s\"'<>`]+", re.I),
    "email": re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b"),
    "ipv4": re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"),
    "ipv6": re.compile(r"(?<![\w:])[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![\w:])"),  # checked by ipaddress
    "sha256": re.compile(r"\b[a-fA-F0-9]{64}\b"),
    "sha1": re.compile(r"\b[a-fA-F0-9]{40}\b"),
    "md5": re.compile(r"\b[a-fA-F0-9]{32}\b"),
    "cve": re.compile(r"\bCVE-\d{4}-\d{4,7}\b", re.I),
    "domain": re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|ru|cn|info|biz|xyz|top|"
                         r"co|uk|de|fr|es|it|nl|gov|edu|mil|onion|dev|app|cloud|online|site|me|tk|pw|cc|su|example)\b",
                         re.I),
    "path": re.compile(r"(?<![\w/.])(?:/(?:etc|tmp|var|usr|bin|sbin|root|home|proc|dev|opt)(?:/[\w.@%+-]+)+|"
                       r"[A-Za-z]:\\(?:[\w .$-]+\\)*[\w .$-]+\.\w{1,5})"),
}
MAX_TEXT = 1 << 20


def refang(text: str) -> str:
    for pattern, replacement in _REFANG:
        text = pattern.sub(replacement, text)
    return text


def _strings(doc: Any, depth: int = 0) -> Iterator[str]:
    if depth > 32:
        return
    if isinstance(doc, str):
        yield doc
    elif isinstance(doc, dict):
        for key, value in doc.items():
            yield str(key)
            yield from _strings(value, depth + 1)
    elif isinstance(doc, list):
        for value in doc:
            yield from _strings(value, depth + 1)


def extract(doc: Any) -> dict[str, list[str]]:
    """IOCs by type (sorted, unique) from a string or any JSON-like document."""
    found: dict[str, set[str]] = {name: set() for name in PATTERNS}
    for raw in _strings(doc):
        text = refang(raw[:MAX_TEXT])
        hashes: set[str] = set()
        for name in ("sha256", "sha1", "md5"):
            for match in PATTERNS[name].findall(text):
                if not any(match.lower() in h for h in hashes):
                    found[name].add(match.lower())
                    hashes.add(match.lower())
        for name in ("url", "email", "cve", "path"):
            found[name].update(m.rstrip(".,;)") if name == "url" else m for m in PATTERNS[name].findall(text))
        for candidate in PATTERNS["ipv4"].findall(text):
            found["ipv4"].add(candidate)
        for candidate in PATTERNS["ipv6"].findall(text):
            with contextlib.suppress(ValueError):
                found["ipv6"].add(str(ipaddress.IPv6Address(candidate)))
        emails_domains = {e.split("@", 1)[1].lower() for e in found["email"]}
        for domain in PATTERNS["domain"].findall(text):
            if domain.lower() not in emails_domains:
                found["domain"].add(domain.lower())
    found["cve"] = {c.upper() for c in found["cve"]}
    return {name: sorted(values) for name, values in found.items() if values}
