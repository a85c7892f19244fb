"""Indicators of compromise from any text or JSON document; defanged forms (hxxp, [.], (dot)) understood.

Every pattern runs on RE2, whose matching time is linear in the text (Python's backtracking ``re`` took
quadratic time on the domain and e-mail patterns: ``"a." * 8000`` froze a worker for 9 s). RE2 has no
lookaround: the IPv6 and path boundaries are checked around the match instead. ``\\b`` and ``\\w`` are ASCII
here."""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Iterator
from typing import Any

import re2

_REFANG = [
    (re2.compile(r"(?i)\bhxxp(s?)"), r"http\1"), (re2.compile(r"(?i)\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)"), "."),
    (re2.compile(r"\[:\]"), ":"), (re2.compile(r"(?i)\[@\]|\[at\]|\(at\)"), "@"), (re2.compile(r"\[/\]"), "/"),
]
PATTERNS: dict[str, Any] = {
    "url": re2.compile(r"(?i)\b(?:https?|ftp|sftp|s3)://[^\s\"'<>`]+"),
    "email": re2.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}\b"),
    "ipv4": re2.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"),
    # a run of hex digits and colons; taken when its neighbours are no word characters and it is an address
    "ipv6": re2.compile(r"[0-9a-fA-F:]*:[0-9a-fA-F:]*"),
    "sha256": re2.compile(r"\b[a-fA-F0-9]{64}\b"),
    "sha1": re2.compile(r"\b[a-fA-F0-9]{40}\b"),
    "md5": re2.compile(r"\b[a-fA-F0-9]{32}\b"),
    "cve": re2.compile(r"(?i)\bCVE-\d{4}-\d{4,7}\b"),
    "domain": re2.compile(r"(?i)\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|ru|cn|info|biz|xyz|"
                          r"top|co|uk|de|fr|es|it|nl|gov|edu|mil|onion|dev|app|cloud|online|site|me|tk|pw|cc|su|"
                          r"example)\b"),
    # the path is the group; the character before it (none, or one that cannot continue a path) is matched too
    "path": re2.compile(r"(?:^|[^\w/.])(/(?:etc|tmp|var|usr|bin|sbin|root|home|proc|dev|opt)(?:/[\w.@%+-]+)+|"
                        r"[A-Za-z]:\\(?:[\w .$-]+\\)*[\w .$-]+\.\w{1,5})"),
}
_IPV6 = re2.compile(r"[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}")
MAX_TEXT = 1 << 18
"""Characters of a document read, all its strings together (beyond them the rest is not searched)."""
MAX_PER_TYPE = 256
"""Indicators of one type kept from a document."""


def refang(text: str) -> str:
    # every defanged form has a bracket or "hxxp" (any case): most strings have neither, and a search through
    # the RE2 binding costs microseconds even when it finds nothing
    if "[" not in text and "(" not in text and "{" not in text and "hxxp" not in text.lower():
        return text
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


def _word(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _ipv6(text: str) -> Iterator[str]:
    for match in PATTERNS["ipv6"].finditer(text):
        start, end = match.span()
        if not _word(text, start - 1) and not _word(text, end) and _IPV6.fullmatch(match.group()):
            with contextlib.suppress(ValueError):
                yield str(ipaddress.IPv6Address(match.group()))


def _searched(text: str) -> list[str]:
    """Of the patterns whose matches are kept as found, those that can match ``text``: a digest needs 32
    characters, a CVE id "cve" in any case, an e-mail "@", an IPv4 address three dots, a path "/" or ":\\"."""
    names = ["sha256", "sha1", "md5"] if len(text) >= 32 else []
    if "cve" in text.lower():
        names.append("cve")
    if "@" in text:
        names.append("email")
    if text.count(".") >= 3:
        names.append("ipv4")
    if "/" in text or ":\\" in text:
        names.append("path")
    return names


def extract(doc: Any) -> dict[str, list[str]]:
    """IOCs by type (sorted, unique) from a string or any JSON-like document."""
    found: dict[str, set[str]] = {name: set() for name in PATTERNS}
    budget = MAX_TEXT
    for raw in _strings(doc):
        if budget <= 0:
            break
        text = refang(raw[:budget])
        budget -= len(raw)
        # each pattern only where a character it cannot match without is in the text (a header name, a method, a
        # short value has none of most): the same matches, without a call through the RE2 binding for each
        for name in _searched(text):
            found[name].update(PATTERNS[name].findall(text))
        if "://" in text:
            found["url"].update(m.rstrip(".,;)") for m in PATTERNS["url"].findall(text))
        if ":" in text:
            found["ipv6"].update(_ipv6(text))
        if "." in text:
            found["domain"].update(d.lower() for d in PATTERNS["domain"].findall(text))
    found["cve"] = {c.upper() for c in found["cve"]}
    for name in ("sha256", "sha1", "md5"):
        found[name] = {h.lower() for h in found[name]}
    for name, n in (("sha1", 40), ("md5", 32)):  # a digest quoted inside a longer one found is not another IOC
        longer = found["sha256"] | (found["sha1"] if n == 32 else set())
        found[name] -= {h[i:i + n] for h in longer for i in range(len(h) - n + 1)}
    found["domain"] -= {e.split("@", 1)[1].lower() for e in found["email"]}
    return {name: sorted(values)[:MAX_PER_TYPE] for name, values in found.items() if values}
