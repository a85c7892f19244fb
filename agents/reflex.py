"""Reflex layer: every event scanned against all rules at once with Hyperscan, then a fused decision."""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import functools
import hashlib
import itertools
import math
import operator
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import hyperscan
import orjson
import yaml

from agents.transforms import TRANSFORMS, changing
from agents.types import Event

_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SEVERITY_WEIGHT: dict[str, float] = {"CRITICAL": 1.0, "HIGH": 0.75, "MEDIUM": 0.5, "LOW": 0.25}
FLAG_BITS: dict[str, int] = {
    "caseless": hyperscan.HS_FLAG_CASELESS,
    "dotall": hyperscan.HS_FLAG_DOTALL,
    "multiline": hyperscan.HS_FLAG_MULTILINE,
    "utf8": hyperscan.HS_FLAG_UTF8,
    "ucp": hyperscan.HS_FLAG_UCP,
    "singlematch": hyperscan.HS_FLAG_SINGLEMATCH,
}
MAX_MATCHES_PER_EVENT = 32
MEMO_MAX_CHARS = 256  # values up to this long have their matches remembered by the engine
MEMO_ENTRIES = 8192  # per field, and per request part
PART_MEMO_MAX_CHARS = 2048  # request lines, header sets and bodies up to this long have their matches remembered
DEFAULT_PACK = Path(__file__).resolve().parent / "rules" / "default.yaml"


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    id: int
    name: str
    pattern: str
    severity: str
    category: str
    fields: tuple[str, ...]
    transforms: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    action: str | None = None
    tags: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> Rule:
        severity = str(doc["severity"]).upper()
        if severity not in SEVERITY_WEIGHT:
            raise ValueError(f"rule {doc.get('id')}: unknown severity {severity!r}")
        rule = cls(
            id=int(doc["id"]), name=str(doc["name"]), pattern=str(doc["pattern"]), severity=severity,
            category=str(doc["category"]), fields=tuple(doc["fields"]), transforms=tuple(doc.get("transforms") or ()),
            flags=tuple(doc.get("flags") or ()), action=doc.get("action"), tags=tuple(doc.get("tags") or ()),
        )
        unknown = [t for t in rule.transforms if t not in TRANSFORMS] + [f for f in rule.flags if f not in FLAG_BITS]
        if unknown:
            raise ValueError(f"rule {rule.id}: unknown transforms or flags {unknown}")
        return rule


@dataclasses.dataclass(frozen=True)
class RulePack:
    name: str
    rules: tuple[Rule, ...]
    content_hash: str
    origins: tuple[int, ...] = ()
    """For packs loaded as one (``load_all``), the index of the pack each rule came from: each pack's rules
    compile into databases of their own, so rewriting one pack (the learned reflexes, every few seconds under a
    campaign) recompiles its own few rules, not every default rule on the fields it touches. Empty: one pack."""

    @classmethod
    def load(cls, path: Path) -> RulePack:
        raw = path.read_bytes()
        doc = yaml.load(raw, Loader=_YAML_LOADER) if path.suffix in (".yaml", ".yml") else orjson.loads(raw)  # noqa: S506
        rules = tuple(Rule.from_dict(r) for r in doc["rules"])
        return cls._checked(str(doc.get("name", path.stem)), rules, hashlib.sha256(raw).hexdigest())

    @classmethod
    def _checked(cls, name: str, rules: tuple[Rule, ...], content_hash: str) -> RulePack:
        ids = [r.id for r in rules]
        if len(ids) != len(set(ids)):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})[:5]
            raise ValueError(f"{name}: duplicate rule ids {duplicates}")
        return cls(name=name, rules=rules, content_hash=content_hash)

    @classmethod
    def load_all(cls, paths: Sequence[Path]) -> RulePack:
        """Several packs as one (rule ids must stay unique across them)."""
        packs = [cls.load(p) for p in paths]
        combined = hashlib.sha256("|".join(p.content_hash for p in packs).encode()).hexdigest()
        pack = cls._checked("+".join(p.name for p in packs), tuple(r for p in packs for r in p.rules), combined)
        return dataclasses.replace(pack, origins=tuple(i for i, p in enumerate(packs) for _ in p.rules))

    def dump(self, path: Path, extra: dict[str, Any] | None = None) -> None:
        doc = {"name": self.name, "version": 1, **(extra or {}),
               "rules": [{k: v for k, v in dataclasses.asdict(r).items() if v not in (None, ())} for r in self.rules]}
        path.write_bytes(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True).encode() if path.suffix in
                         (".yaml", ".yml") else orjson.dumps(doc, option=orjson.OPT_INDENT_2))


def _form_pairs(encoded: str) -> list[tuple[str, str]]:
    """``parse_qsl(encoded, keep_blank_values=True)``, without its work on pairs that need no decoding."""
    pairs = []
    for part in encoded.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        if "%" in part or "+" in part:
            name, value = unquote(name.replace("+", " ")), unquote(value.replace("+", " "))
        pairs.append((name, value))
    return pairs


def _json_pairs(doc: Any, prefix: str = "json") -> list[tuple[str, str]]:
    if isinstance(doc, dict):
        return [pair for key, value in doc.items() for pair in _json_pairs(value, f"{prefix}.{key}")]
    if isinstance(doc, list):
        return [pair for index, value in enumerate(doc) for pair in _json_pairs(value, f"{prefix}.array_{index}")]
    return [(prefix, "" if doc is None else str(doc))]


class HttpView:
    """An HTTP event as ModSecurity's variables see it (ARGS, headers, path…). The request line is split at once;
    the query's arguments, the headers and the body's arguments are parsed when first read: a request whose line
    is new but whose headers and body were seen before is scanned from its line alone."""

    __slots__ = ("_args", "_body_args", "_body_is_args", "_header_values", "_headers", "_query_args",
                 "body", "method", "path", "query", "raw_headers", "uri", "version")

    def __init__(self, http: dict[str, Any]) -> None:
        self.uri = str(http.get("uri", ""))
        self.method = str(http.get("method", ""))
        self.version = str(http.get("version", "HTTP/1.1"))
        self.body = str(http.get("body", ""))
        self.raw_headers: dict[Any, Any] = http.get("headers") or {}
        self.path, _, self.query = self.uri.partition("?")
        self._query_args: list[tuple[str, str]] | None = None
        self._headers: list[tuple[str, str]] | None = None
        self._header_values: dict[str, list[str]] = {}
        self._body_args: list[tuple[str, str]] | None = None
        self._body_is_args = False
        self._args: list[tuple[str, str]] | None = None

    @property
    def query_args(self) -> list[tuple[str, str]]:
        if self._query_args is None:
            self._query_args = _form_pairs(self.query) if self.query else []
        return self._query_args

    @property
    def headers(self) -> list[tuple[str, str]]:
        """(lower-cased name, value) pairs, in order."""
        return self._parse_headers()

    @property
    def header_values(self) -> dict[str, list[str]]:
        """Every value of each (lower-cased) header name."""
        self._parse_headers()
        return self._header_values

    @property
    def body_args(self) -> list[tuple[str, str]]:
        """The body's arguments when its content type makes it a form or JSON (else none)."""
        return self._parse_body()

    @property
    def body_is_args(self) -> bool:
        """Whether the body was read as arguments (a form or JSON) rather than as one value."""
        self._parse_body()
        return self._body_is_args

    def _parse_headers(self) -> list[tuple[str, str]]:
        if self._headers is None:
            self._headers = [(str(k).lower(), str(v)) for k, v in self.raw_headers.items()]
            for name, value in self._headers:
                self._header_values.setdefault(name, []).append(value)
        return self._headers

    def _parse_body(self) -> list[tuple[str, str]]:
        if self._body_args is None:
            self._body_args = []
            if self.body:
                content_type = self.header_values.get("content-type", [""])[0].lower()
                if "json" in content_type:
                    with contextlib.suppress(orjson.JSONDecodeError):
                        self._body_args = _json_pairs(orjson.loads(self.body))
                        self._body_is_args = True
                elif not content_type or "x-www-form-urlencoded" in content_type:
                    self._body_args = _form_pairs(self.body)
                    self._body_is_args = True
        return self._body_args

    @property
    def args(self) -> list[tuple[str, str]]:
        if self._args is None:
            self._args = self.query_args + self.body_args
        return self._args


def _cookie_pairs(header: str) -> list[tuple[str, str]]:
    """(name, value) pairs of one Cookie header; a request's cookies are its Cookie headers' pairs in order."""
    return [(name.strip(), value) for name, _, value in
            (part.partition("=") for part in header.split(";") if part.strip())]


# The fields read from the headers, as what each header (lower-cased name, value) gives them: a field's values
# are its headers' values in order. A header set that holds one value never seen before (a session cookie, a
# trace id) is then read from its other headers' memos and that one header alone.
Header = tuple[str, str]
_HEADER_FIELDS: dict[str, Callable[[Header], list[str]]] = {
    "headers": lambda header: [header[1]],
    "headers_names": lambda header: [header[0]],
    "cookies": lambda header: [value for _, value in _cookie_pairs(header[1])] if header[0] == "cookie" else [],
    "cookies_names": lambda header: [name for name, _ in _cookie_pairs(header[1])] if header[0] == "cookie" else [],
}


@functools.cache
def _header_reader(name: str) -> Callable[[Header], list[str]] | None:
    """What one header gives ``http.<name>``, or None when that field is not read from the headers."""
    if name.startswith("headers."):
        wanted = name[len("headers."):]
        return lambda header: [header[1]] if header[0] == wanted else []
    return _HEADER_FIELDS.get(name)


_HTTP_FIELDS: dict[str, Callable[[HttpView], list[str]]] = {
    "uri": lambda v: [v.uri],
    "path": lambda v: [v.path],
    "basename": lambda v: [v.path.rsplit("/", 1)[-1]],
    "query": lambda v: [v.query] if v.query else [],
    "args_get": lambda v: [value for _, value in v.query_args],
    "args_get_names": lambda v: [name for name, _ in v.query_args],
    "body": lambda v: [v.body] if v.body else [],
    "xml": lambda v: [v.body] if v.body and any("xml" in t.lower() for t in v.header_values.get("content-type", ()))
    else [],
    "method": lambda v: [v.method],
    "protocol": lambda v: [v.version],
    "request_line": lambda v: [f"{v.method} {v.uri} {v.version}"],
}

# The parts of a request each HTTP field reads, in the field's value order. A request line, a header set and a body
# each repeat across requests far more often than whole requests do; the engine remembers each part's matches for
# every field it feeds, so a request whose parts were all seen before is answered without being parsed.
LINE, HEADERS, BODY = 0, 1, 2
_HTTP_PARTS: dict[str, tuple[tuple[int, Callable[[HttpView], list[str]]], ...]] = {
    "args": ((LINE, _HTTP_FIELDS["args_get"]), (BODY, lambda v: [value for _, value in v.body_args])),
    "args_names": ((LINE, _HTTP_FIELDS["args_get_names"]), (BODY, lambda v: [name for name, _ in v.body_args])),
    "payload": ((LINE, _HTTP_FIELDS["args_get"]),
                (BODY, lambda v: [value for _, value in v.body_args] + ([v.body] if v.body and not v.body_is_args
                                                                         else []))),
    **{name: ((BODY, _HTTP_FIELDS[name]),) for name in ("body", "xml")},
}


def _joined(parts: tuple[tuple[int, Callable[[HttpView], list[str]]], ...]) -> Callable[[HttpView], list[str]]:
    readers = [read for _, read in parts]
    return lambda view: [value for read in readers for value in read(view)]


# a field read from several parts is their values in order: one definition serves the memo and a whole request
_HTTP_FIELDS.update({name: _joined(parts) for name, parts in _HTTP_PARTS.items() if len(parts) > 1})


@functools.cache
def _http_getter(name: str) -> Callable[[HttpView], list[str]]:
    header_reader = _header_reader(name)
    if header_reader is not None:
        return lambda view: [value for header in view.headers for value in header_reader(header)]
    return _HTTP_FIELDS.get(name, lambda _view: [])


def _http_parts(name: str) -> tuple[tuple[int, Callable[[HttpView], list[str]]], ...]:
    """(part, reader) pairs whose values, concatenated, are the values of ``http.<name>``; the headers' part is
    read header by header, so none is returned for it (see ``_header_reader``)."""
    if name in _HTTP_PARTS:
        return _HTTP_PARTS[name]
    return () if _header_reader(name) is not None else ((LINE, _http_getter(name)),)


def _part_keys(http: dict[str, Any]) -> tuple[Any, Any, Any]:
    """What each part of a request is made of, as memo keys (flat tuples); the body's holds the Content-Type
    headers, since they decide how it is parsed. The body's is None when there is no body: no field reads anything
    from it then."""
    headers = http.get("headers")
    headers_key: Any = headers
    if isinstance(headers, dict):
        headers_key = tuple(itertools.chain.from_iterable(headers.items()))
    body = http.get("body", "")
    body_key = None
    if body:
        content_types = [value for name, value in headers.items() if str(name).lower() == "content-type"] \
            if isinstance(headers, dict) else []
        body_key = (body, *content_types)
    return ((http.get("method", ""), http.get("uri", ""), http.get("version", "HTTP/1.1")), headers_key, body_key)


def _rememberable(key: Any) -> bool:
    """Keys made only of text, and not too long: equal keys then mean equal requests parts, and memory stays
    bounded (at most MEMO_ENTRIES × PART_MEMO_MAX_CHARS characters per part)."""
    # exactly str: a subclass could compare equal yet read differently
    return type(key) is tuple and set(map(type, key)) <= _TEXT_ONLY and sum(map(len, key)) <= PART_MEMO_MAX_CHARS


_TEXT_ONLY = frozenset({str})


@functools.cache
def section_reader(field: str) -> Callable[[Any], list[str]]:
    """A function giving every text value of ``field`` from its event section (for HTTP: the ``HttpView``)."""
    kind, _, rest = field.partition(".")
    if kind == "http":
        return _http_getter(rest)

    def read(section: dict[str, Any]) -> list[str]:
        value = section.get(rest)
        return [value] if isinstance(value, str) and value else []
    return read


def _section(event: Event, kind: str, cache: dict[str, Any]) -> Any:
    """The event's ``kind`` section as readers take it (HTTP parsed once per event), or None."""
    section = event.get(kind)
    if not isinstance(section, dict):
        return None
    return http_view(section, cache) if kind == "http" else section


def http_view(http: dict[str, Any], cache: dict[str, Any]) -> HttpView:
    """The event's HTTP section as a view, made once per event (``cache`` is the event's)."""
    view = cache.get("http")
    if view is None:
        view = cache["http"] = HttpView(http)
    return view


def extract_values(event: Event, field: str, view_cache: dict[str, Any] | None = None) -> list[str]:
    """Every text value of ``field`` in ``event`` (``http.args`` gives one value per argument)."""
    section = _section(event, field.partition(".")[0], {} if view_cache is None else view_cache)
    return [] if section is None else section_reader(field)(section)


@dataclasses.dataclass(frozen=True, slots=True)
class Match:
    rule_id: int
    field: str
    offset: int

    def as_dict(self, rule: Rule) -> dict[str, Any]:
        return {"rule_id": self.rule_id, "name": rule.name, "category": rule.category,
                "severity": rule.severity, "field": self.field, "offset": self.offset}


@dataclasses.dataclass(frozen=True, slots=True)
class _Plan:
    """How to transform a value for a group's chains, given which transforms would change it: ``steps`` are
    (input slot, transform) pairs whose outputs fill slots 1, 2, … (slot 0 is the value), and ``outputs`` pairs
    each slot some chain ends in with those chains. Chains that start alike share their first steps, and a
    chain's first steps that would leave the value unchanged are skipped."""

    steps: tuple[tuple[int, Callable[[str], str]], ...]
    outputs: tuple[tuple[int, frozenset[tuple[str, ...]]], ...]

    @classmethod
    def make(cls, chains: Sequence[tuple[str, ...]], changing: frozenset[str]) -> _Plan:
        slots: dict[tuple[str, ...], int] = {(): 0}
        steps: list[tuple[int, Callable[[str], str]]] = []
        ends: dict[int, set[tuple[str, ...]]] = {}
        for chain in chains:
            start = next((n for n, name in enumerate(chain) if name in changing), len(chain))
            effective = chain[start:]
            for n, name in enumerate(effective):
                if effective[:n + 1] not in slots:
                    slots[effective[:n + 1]] = len(steps) + 1
                    steps.append((slots[effective[:n]], TRANSFORMS[name]))
            ends.setdefault(slots[effective], set()).add(chain)
        return cls(tuple(steps), tuple((slot, frozenset(found)) for slot, found in sorted(ends.items())))


@dataclasses.dataclass(slots=True)
class _Group:
    field: str
    key: str  # identifies the field and its rules: equal keys scan alike
    chains: list[tuple[str, ...]]
    database: Any
    rule_ids: list[int]
    transforms: frozenset[str] = frozenset()
    memo: dict[str, tuple[tuple[int, int], ...]] = dataclasses.field(default_factory=dict)
    _plans: dict[frozenset[str], _Plan] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        self.transforms = frozenset(name for chain in self.chains for name in chain)

    def plan(self, changing: frozenset[str]) -> _Plan:
        """The plan for values that ``changing`` transforms would change (made once per such set)."""
        found = self._plans.get(changing)
        if found is None:
            found = self._plans[changing] = _Plan.make(self.chains, changing)
        return found


def _group_key(field: str, rules: list[Rule]) -> str:
    """Keyed by the group's own rules, not the whole pack: a learned rule on one field (the B cell adds them
    every few seconds under attack) recompiles that field's learned database only."""
    rules_text = "\n".join(f"{r.id}|{'/'.join(r.flags)}|{r.transforms}|{r.pattern}" for r in rules)
    identity = f"{field}|{getattr(hyperscan, '__version__', '?')}|{rules_text}"
    return hashlib.sha256(identity.encode()).hexdigest()[:32]


def _compile(key: str, rules: list[Rule], cache_dir: Path | None) -> Any:
    cached = cache_dir / f"{key}.hsdb" if cache_dir else None
    if cached and cached.exists():
        return hyperscan.loadb(cached.read_bytes(), hyperscan.HS_MODE_BLOCK)
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    flags = [hyperscan.HS_FLAG_SINGLEMATCH | sum(FLAG_BITS[f] for f in r.flags) for r in rules]
    database.compile(expressions=[r.pattern.encode() for r in rules], ids=[r.id for r in rules],
                     elements=len(rules), flags=flags)
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(".tmp")
        tmp.write_bytes(hyperscan.dumpb(database))
        tmp.replace(cached)
    return database


class ReflexEngine:
    """One Hyperscan database per field and pack holding every rule of the pack that reads it, whatever its
    transforms; one scratch per thread. A value is transformed by each distinct chain of the group's rules, each
    distinct result is scanned once, and a match counts only for rules whose own chain produced that result."""

    def __init__(self, pack: RulePack, cache_dir: Path | None = None, previous: ReflexEngine | None = None) -> None:
        """``previous``: the engine this one replaces; groups whose rules did not change keep its compiled
        database and remembered matches (a learned rule reloads every few seconds under attack)."""
        self.pack = pack
        self.cache_dir = cache_dir
        self.rules: dict[int, Rule] = {r.id: r for r in pack.rules}
        grouped: dict[tuple[str, int], list[Rule]] = {}
        for rule, origin in zip(pack.rules, pack.origins or (0,) * len(pack.rules), strict=True):
            for field in rule.fields:
                grouped.setdefault((field, origin), []).append(rule)
        kept = {g.key: g for g in previous.groups} if previous is not None else {}
        self.groups: list[_Group] = []
        for (field, _origin), rules in sorted(grouped.items()):
            key = _group_key(field, rules)
            group = kept.get(key) or _Group(field, key, sorted({r.transforms for r in rules}),
                                            _compile(key, rules, cache_dir), [r.id for r in rules])
            self.groups.append(group)
        if previous is not None and previous.cache_dir is not None:
            # a replaced group is never read again (the learned pack is rewritten every few seconds under a
            # campaign): its cached database goes too, or the folder would grow by a file per rewrite
            for key in kept.keys() - {g.key for g in self.groups}:
                (previous.cache_dir / f"{key}.hsdb").unlink(missing_ok=True)
        self._local = threading.local()
        self._groups_by_kind: dict[str, list[tuple[int, Callable[[Any], list[str]]]]] = {}
        self._groups_by_part: list[list[tuple[int, Callable[[HttpView], list[str]]]]] = [[], [], []]
        self._header_groups: list[tuple[int, Callable[[Header], list[str]]]] = []
        for index, group in enumerate(self.groups):
            kind, _, name = group.field.partition(".")
            if kind == "http":
                if (header_reader := _header_reader(name)) is not None:
                    self._header_groups.append((index, header_reader))
                for part, reader in _http_parts(name):
                    self._groups_by_part[part].append((index, reader))
            else:
                self._groups_by_kind.setdefault(kind, []).append((index, section_reader(group.field)))
        self._part_memos: list[dict[Any, tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]]] = [{}, {}, {}]
        self._header_memo: dict[Header, tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]] = {}

    def _scratches(self) -> list[Any]:
        scratches: list[Any] | None = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = [hyperscan.Scratch(g.database) for g in self.groups]
            self._local.scratches = scratches
        return scratches

    def scan(self, event: Event, cap: int | None = MAX_MATCHES_PER_EVENT,
             view_cache: dict[str, Any] | None = None) -> list[Match]:
        """Every rule that fires on ``event`` (at most ``cap``), each once, with the end offset of its match: the
        first value to fire it, in the order of the fields' names and then of each field's values."""
        found: list[tuple[int, int, tuple[tuple[int, int], ...]]] = []  # (group, part, hits), in any order
        cache: dict[str, Any] = {} if view_cache is None else view_cache
        http = event.get("http")
        if isinstance(http, dict):
            self._scan_request(http, cache, found)
        for kind, readers in self._groups_by_kind.items():
            section = event.get(kind)
            if isinstance(section, dict):
                self._scan_part(section, readers, 0, found)
        if not found:
            return []
        found.sort(key=operator.itemgetter(0, 1))  # by group, then part; hits never compared
        limit = cap or len(self.rules)
        matches: list[Match] = []
        seen: set[int] = set()
        for index, _part, hits in found:
            field = self.groups[index].field
            for rule_id, end in hits:
                if rule_id not in seen:
                    seen.add(rule_id)
                    matches.append(Match(rule_id, field, end))
                    if len(matches) >= limit:
                        return matches
        return matches

    def _scan_request(self, http: dict[str, Any], cache: dict[str, Any],
                      found: list[tuple[int, int, tuple[tuple[int, int], ...]]]) -> None:
        """The HTTP groups' hits, part by part, from each part's memo when that part was seen before."""
        for part, key in enumerate(_part_keys(http)):
            if key is None:
                continue
            memo = self._part_memos[part]
            try:
                hits = memo.get(key)
            except TypeError:  # a part that is not plain data (a list in the headers…): scanned, not remembered
                hits, key = None, None
            if hits is None:
                start = len(found)
                view = http_view(http, cache)
                if part == HEADERS:
                    for header in view.headers:
                        self._scan_header(header, found)
                else:
                    self._scan_part(view, self._groups_by_part[part], part, found)
                hits = tuple(found[start:])
                if key is not None and _rememberable(key):
                    _remember(memo, key, hits)
            else:
                found.extend(hits)

    def _scan_header(self, header: Header, found: list[tuple[int, int, tuple[tuple[int, int], ...]]]) -> None:
        """Appends the header groups' hits on one (lower-cased name, value) header, remembered for short ones."""
        hits = self._header_memo.get(header)
        if hits is not None:
            found.extend(hits)
            return
        start = len(found)
        self._scan_part(header, self._header_groups, HEADERS, found)
        if len(header[0]) + len(header[1]) <= MEMO_MAX_CHARS:
            _remember(self._header_memo, header, tuple(found[start:]))

    def _scan_part(self, section: Any, readers: list[tuple[int, Callable[[Any], list[str]]]], part: int,
                   found: list[tuple[int, int, tuple[tuple[int, int], ...]]]) -> None:
        """Appends (group, part, hits) for each group with hits on the values its reader gives from ``section``."""
        groups = self.groups
        for index, reader in readers:
            values = reader(section)
            if not values:
                continue
            memo = groups[index].memo
            hits: tuple[tuple[int, int], ...] = ()
            for value in values:
                remembered = memo.get(value) if len(value) <= MEMO_MAX_CHARS else None
                hits += remembered if remembered is not None else self._scan_value(index, value)
            if hits:
                found.append((index, part, hits))

    def _scan_value(self, index: int, value: str) -> tuple[tuple[int, int], ...]:
        """The rules of group ``index`` that fire on ``value`` (each once, with its end offset), remembered for
        short values: headers, paths and argument values repeat across requests far more than they vary."""
        group = self.groups[index]
        scratch = self._scratches()[index]
        hits: list[tuple[int, int]] = []
        fired: set[int] = set()
        # a chain whose every step leaves this value unchanged yields the value itself: no work
        plan = group.plan(changing(group.transforms, value))
        texts = [value]
        for source, transform in plan.steps:
            texts.append(transform(texts[source]))
        outputs: dict[str, frozenset[tuple[str, ...]]] = {}
        for slot, chains in plan.outputs:
            text = texts[slot]
            outputs[text] = outputs[text] | chains if text in outputs else chains
        for text, chains in outputs.items():
            # positional: the binding's keyword parsing costs more than the scan of a short value
            group.database.scan(text.encode("utf-8", "surrogatepass"), _on_match, 0, (fired, hits, chains, self.rules),
                                scratch)
        found = tuple(hits)
        if len(value) <= MEMO_MAX_CHARS:
            _remember(group.memo, value, found)
        return found


def _remember(memo: dict[Any, Any], key: Any, hits: Any) -> None:
    """Stores ``hits`` under ``key``, emptying a full memo first: cheaper than LRU bookkeeping on every hit, and it
    refills from live traffic (at most MEMO_ENTRIES entries)."""
    if len(memo) >= MEMO_ENTRIES:
        memo.clear()
    memo[key] = hits


_MatchContext = tuple[set[int], list[tuple[int, int]], frozenset[tuple[str, ...]], dict[int, Rule]]


def _on_match(rule_id: int, _start: int, end: int, _flags: int, context: _MatchContext) -> bool:
    """Keeps the first match of each rule whose own transformation chain produced the scanned text."""
    fired, hits, chains, rules = context
    if rule_id not in fired and rules[rule_id].transforms in chains:
        fired.add(rule_id)
        hits.append((rule_id, end))
    return False


def payload_anomaly(event: Event) -> tuple[float, dict[str, float]]:
    """A fast per-event oddness score from payload metadata (length, symbol share and entropy) of the request
    line and body, the command line and the agent message."""
    parts: list[str] = []
    http = event.get("http")
    if isinstance(http, dict):
        parts += (str(http.get("uri", "")), str(http.get("body", "")))
    for kind, name in (("process", "cmdline"), ("agent_message", "content")):
        section = event.get(kind)
        if isinstance(section, dict) and isinstance(value := section.get(name), str):
            parts.append(value)
    text = "".join(parts)
    if not text:
        return 0.0, {}
    if len(text) <= MEMO_MAX_CHARS:
        score, features = _text_anomaly_remembered(text)
        return score, dict(features)
    return _text_anomaly(text)


def _text_anomaly(text: str) -> tuple[float, dict[str, float]]:
    sample = text[:ANOMALY_SAMPLE]
    n = len(sample)
    entropy = shannon_entropy(collections.Counter(sample).values(), n)
    symbols = len(_SYMBOL.findall(sample)) / n
    features = {
        "length": min(1.0, math.log10(1 + len(text)) / 4.0),
        "symbols": min(1.0, symbols * 3.0),
        "entropy": min(1.0, max(0.0, (entropy - 3.5) / 2.5)),
    }
    score = 0.2 * features["length"] + 0.5 * features["symbols"] + 0.3 * features["entropy"]
    return min(1.0, score), features


_text_anomaly_remembered = functools.lru_cache(maxsize=MEMO_ENTRIES)(_text_anomaly)
ANOMALY_SAMPLE = 4096  # characters of a payload its lexical scores read (this one and the neutrophil's)
_C_LOG2_C = [0.0] + [c * math.log2(c) for c in range(1, ANOMALY_SAMPLE + 1)]


def shannon_entropy(counts: Iterable[int], n: int) -> float:
    """Entropy in bits of ``n`` characters (at most ANOMALY_SAMPLE) with these per-character counts, as
    log2(n) - sum(c·log2 c)/n with c·log2 c from a table: no Python loop per character."""
    return math.log2(n) - sum(map(_C_LOG2_C.__getitem__, counts)) / n
_SYMBOL = re.compile(r"[^\w /\-.=&?]")  # \w is str.isalnum() plus "_", and "_" is no symbol either


def decide(signature: float, anomaly: float, secondary: float, top: str | None, any_match: bool) -> tuple[str, float]:
    """The seed's reflex fusion rules, in order; returns (decision, confidence)."""
    threat = 0.5 * signature + 0.35 * anomaly + 0.15 * secondary
    if top == "CRITICAL":
        return "BLOCK", 0.99
    if threat >= 0.85:
        return "BLOCK", 0.90
    if top == "HIGH" and anomaly > 0.8:
        return "BLOCK", 0.85
    if threat >= 0.60:
        return "INVESTIGATE", 0.70
    if anomaly > 0.5:
        return "INVESTIGATE", 0.65
    if any_match:
        return "INVESTIGATE", 0.60
    return "ALLOW", 0.50


def triage_batch(engine: ReflexEngine, events: Sequence[Event],
                 view_caches: Sequence[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Scan and decide each event; returns one reflex result per event, in order. ``view_caches`` (one dict
    per event) lets later stages reuse the HTTP request when the scan parsed it."""
    caches = view_caches if view_caches is not None else [{} for _ in events]
    rules = engine.rules
    clock = time.perf_counter
    results = []
    for event, cache in zip(events, caches, strict=True):
        started = clock()
        matches = engine.scan(event, view_cache=cache)
        anomaly, features = payload_anomaly(event)
        top = None
        signature = 0.0
        reasoning = []
        if matches:
            for m in matches:
                weight = SEVERITY_WEIGHT[rules[m.rule_id].severity]
                if weight > signature:
                    signature, top = weight, rules[m.rule_id].severity
            reasoning = [f"{rules[m.rule_id].severity} {rules[m.rule_id].category} rule {m.rule_id} on {m.field}"
                         for m in matches[:5]]
        decision, confidence = decide(signature, anomaly, 0.0, top, bool(matches))
        if anomaly > 0.5:
            reasoning.append(f"payload anomaly {anomaly:.2f}")
        results.append({
            "decision": decision, "confidence": confidence, "threat": round(0.5 * signature + 0.35 * anomaly, 4),
            "signature": signature, "anomaly": round(anomaly, 4), "anomaly_features": features,
            "matches": [m.as_dict(rules[m.rule_id]) for m in matches], "reasoning": reasoning,
            "latency_ms": round((clock() - started) * 1000.0, 4),
        })
    return results
