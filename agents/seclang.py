"""A SecLang interpreter for the OWASP Core Rule Set: its rules evaluated as libmodsecurity v3 does (phases, chains,
negation, the TX collection with setvar and macros, counting, skipAfter, ctl, anomaly scoring), with Hyperscan as
the prefilter: every @rx/@pm operator sharing a transformation chain is in one database, and each distinct
(chain, value) of a transaction is scanned once against it. Python runs around a match only where a rule needs it
(captures, patterns Hyperscan can only prefilter, numeric and validation operators, libinjection), its regex searches
running within a CPU-time budget, as PCRE under ModSecurity's match limit (Transaction.search)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import ipaddress
import os
import re
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import hyperscan
import orjson
import regex

from agents.seclang_transforms import TRANSFORMS, TRIGGER_BITS, acting_bytes, url_decode, value_bits

try:  # libinjection's C detectors behind @detectSQLi / @detectXSS
    import libinjection as _libinjection
except ImportError:  # pragma: no cover - the binding is a dependency; without it those rules are not imported
    _libinjection = None

PHASES = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "request": 2, "response": 4, "logging": 5}
HS_FLAGS = hyperscan.HS_FLAG_DOTALL | hyperscan.HS_FLAG_MULTILINE | hyperscan.HS_FLAG_SINGLEMATCH
RE_FLAGS = regex.S | regex.M
# Python's engine backtracks: on crafted text a CRS pattern can take seconds (942251 on 2,000 spaces: 19 s). As
# ModSecurity's SecPcreMatchLimit, a search of a rule's pattern past its budget answers "no match" and sets
# TX:MSC_PCRE_LIMITS_EXCEEDED. A search may take 10 ms plus 4 us per byte of its value, a transaction's searches
# together 50 ms plus 4 us per byte of the request, at most 0.5 s: 100 crafted arguments cost one budget, not 100.
# The per-byte part is linear work on large values: CRS's own tests' 64 KB argument needs 0.19 s at paranoia level 4,
# 55 ms for one search (its 3.9 KB SQL injection: 35 ms, one search 9.6 ms); CSIC's requests at most 4 ms. CPU time
# (as regex's timeout counts it): a busy machine does not make searches run out
REGEX_SEARCH_SECONDS = 0.010
REGEX_TRANSACTION_SECONDS = 0.050
REGEX_SECONDS_PER_BYTE = 4e-6
REGEX_TRANSACTION_MAX_SECONDS = 0.5
# short values' transformations and scans remembered across transactions, per chain and per memo: CRS has 57 chains,
# so up to ~200 MB if every value is unique and 512 bytes long; ~10 MB after 3,000 CSIC requests. Its 82 ScanSets'
# union databases' memos (ScanSet.union) add up to ~100 MB more in that worst case
MEMO_ENTRIES_PER_CHAIN = 2048
MEMO_MAX_BYTES = 512
# a ScanSet's own memo (the first one a value meets: a hit skips every transformation and scan) is bounded by what
# its entries take (_remember: the value, its mask and ~100 bytes of dict slot and object headers), not by their
# number: 82 MB at most for CRS's 82 sets whatever the values, ~7,000 entries a set for CSIC's ~30-byte values
SCAN_SET_MEMO_BYTES = 1 << 20
MEMO_ENTRY_BYTES = 100
# a database larger than this is not copied into scan sets' unions (ScanSet.union, RuleSet._union), unless what a
# set reads of it compiles to no more than this (RuleSet._copied): with CRS the unions take ~75 MB (a process 209 MB
# after loading instead of 133; 396 MB at 4 MiB, for 1.25x instead of 1.15x)
UNION_MAX_DATABASE_BYTES = 1 << 20
# an operator's captures per short value (header values come back request after request): CRS has ~250 capture
# operators, so ~35 MB if every value is unique, 256 bytes long and matched whole (~180 MB with 10 groups as long)
CAPTURE_ENTRIES, CAPTURE_MAX_BYTES = 256, 256
# a /regex/ target's verdicts on keys: at most ~0.4 MB per such target (CRS has 8 distinct ones)
SELECTION_ENTRIES, SELECTION_MAX_CHARS = 1024, 256
# @ipMatch verdicts by (argument, value), both at most 256 bytes: ~0.6 MB at most
IP_VERDICT_ENTRIES, IP_VERDICT_MAX_BYTES = 1024, 256
# a setvar's expansions by the bytes of the one TX variable it reads (SetVar.expanded): ~1 MB at most per setvar
SETVAR_ENTRIES, SETVAR_MAX_BYTES = 1024, 256
MAX_VALUE_BYTES = 1 << 20  # values longer than this are inspected on their first MiB
# the settings CRS's own regression suite runs under (its README's SecAction 900005), less the paranoia level
TEST_SETUP = {"crs_validate_utf8_encoding": "1", "arg_name_length": "100", "arg_length": "400",
              "total_arg_length": "64000", "max_num_args": "255", "max_file_size": "64100",
              "combined_file_sizes": "65535"}
COLLECTIONS = frozenset({
    "ARGS", "ARGS_GET", "ARGS_POST", "ARGS_NAMES", "ARGS_GET_NAMES", "ARGS_POST_NAMES", "REQUEST_COOKIES",
    "REQUEST_COOKIES_NAMES", "REQUEST_HEADERS", "REQUEST_HEADERS_NAMES", "RESPONSE_HEADERS", "RESPONSE_HEADERS_NAMES",
    "FILES", "FILES_NAMES", "FILES_SIZES", "MULTIPART_PART_HEADERS", "TX", "XML", "MATCHED_VARS",
    "MATCHED_VARS_NAMES", "ENV", "GEO", "IP", "SESSION", "GLOBAL", "USER", "RULE",
})


_V = TypeVar("_V")


def _keep(memo: dict[Any, Any], key: Any, value: _V, capacity: int, max_key: int = -1) -> _V:
    """Remembers ``value`` under ``key`` unless the key is longer than ``max_key`` (-1: keys of any length), and
    returns it. A full memo is emptied first: the one way every memo here stays bounded (each states its worst case),
    with no bookkeeping on the hits that are the common case."""
    if max_key < 0 or len(key) <= max_key:
        if len(memo) >= capacity:
            memo.clear()
        memo[key] = value
    return value


class SecLangError(ValueError):
    """A directive this interpreter cannot load."""


# --- parsing -------------------------------------------------------------------------------------------------


def directives(text: str) -> list[str]:
    """Logical lines: continuations joined, comments and blank lines dropped."""
    out, current = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        out.append((current + stripped).strip())
        current = ""
    if current:
        out.append(current.strip())
    return out


def _token(text: str, start: int) -> tuple[str, int]:
    """The (double-quoted or bare) token at ``start`` and the index after it; ``\\"`` unescaped in quotes."""
    while start < len(text) and text[start] == " ":
        start += 1
    if start >= len(text):
        return "", start
    if text[start] != '"':
        end = text.find(" ", start)
        end = len(text) if end < 0 else end
        return text[start:end], end
    return quoted(text, start)


def quoted(text: str, start: int) -> tuple[str, int]:
    """The double-quoted token at ``start`` (``\\"`` unescaped) and the index after it."""
    if text[start:start + 1] != '"':
        raise SecLangError("expected a double-quoted string")
    index, chars = start + 1, []
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] == '"':
            chars.append('"')
            index += 2
            continue
        if char == '"':
            return "".join(chars), index + 1
        chars.append(char)
        index += 1
    raise SecLangError("unterminated quoted string")


def split_directive(line: str) -> tuple[str, list[str]]:
    name, index = _token(line, 0)
    args = []
    while True:
        token, index = _token(line, index)
        if index >= len(line) and not token:
            break
        args.append(token)
        if index >= len(line):
            break
    return name, args


def parse_actions(actions: str) -> list[tuple[str, str]]:
    """``id:1,t:none,tag:'a,b'`` → [("id", "1"), ("t", "none"), ("tag", "a,b")]."""
    out: list[str] = []
    token: list[str] = []
    quoted = False
    for char in actions:
        if char == "'":
            quoted = not quoted
            continue
        if char == "," and not quoted:
            out.append("".join(token).strip())
            token = []
            continue
        token.append(char)
    if "".join(token).strip():
        out.append("".join(token).strip())
    return [(name.strip(), value.strip()) for name, _, value in (item.partition(":") for item in out)]


_INTERNED: dict[Any, int] = {}
_INTERNING = threading.Lock()


def _interned(key: Any) -> int:
    """One int per distinct hashable ``key``, for the process."""
    found = _INTERNED.get(key)
    if found is None:
        with _INTERNING:
            found = _INTERNED.setdefault(key, len(_INTERNED))
    return found


@dataclasses.dataclass(slots=True)
class Target:
    collection: str
    key: str | None = None  # lower-cased exact key
    pattern: re.Pattern[str] | None = None  # /regex/ key
    count: bool = False
    exclude: bool = False
    # what a transaction remembers the target's values by, so that equal targets of different rules share them: a
    # small int standing for (collection, key, pattern, count), cheaper to hash on every lookup than that tuple
    cache_key: int = dataclasses.field(init=False, repr=False, compare=False)
    name: str = dataclasses.field(init=False, repr=False, compare=False)  # text(), a count's variable name
    # a /regex/ key's verdict on the keys it has seen (the same TX and header names come back request after request)
    selections: dict[str, bool] = dataclasses.field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.cache_key = _interned((self.collection, self.key, self.pattern, self.count))
        self.name = self.text()

    def selects(self, key: str) -> bool:
        if self.pattern is None:
            return self.key is None or self.key == key.lower()
        found = self.selections.get(key)
        if found is None:
            found = _keep(self.selections, key, self.pattern.search(key) is not None, SELECTION_ENTRIES,
                          SELECTION_MAX_CHARS)
        return found

    @classmethod
    def parse(cls, text: str) -> Target:
        exclude = text.startswith("!")
        count = text.startswith("&")
        text = text.lstrip("!&")
        name, sep, key = text.partition(":")
        pattern = None
        lowered: str | None = None
        if sep and key.startswith("/") and key.endswith("/") and len(key) > 1:
            pattern = re.compile(key[1:-1], re.I)
        elif sep:
            lowered = key.lower() if name.upper() != "XML" else key
        return cls(name.upper(), lowered, pattern, count, exclude)

    def text(self) -> str:
        selector = f":/{self.pattern.pattern}/" if self.pattern is not None else f":{self.key}" if self.key else ""
        return ("!" if self.exclude else "&" if self.count else "") + self.collection + selector


@dataclasses.dataclass(slots=True, eq=False)
class Chain:
    """A transformation chain, its Hyperscan database (None where none of its operators has one) and what is
    remembered under it across transactions for short values (the same header values come back request after
    request): each value transformed, and the operator ids each transformed value hits, as a mask (bit ``op_id``
    set: an int is no container the garbage collector walks, and a union of masks allocates no set). Rules hold
    their chain, so a lookup hashes one bytes value (whose hash Python keeps) rather than a (chain, value) tuple."""

    transforms: tuple[str, ...]
    database: Any = None
    # the chain of all its transforms but the last, and that last one: a short value's transformation is its
    # prefix's (remembered there: chains share prefixes, multiMatch's steps are prefixes) through one more
    prefix: Chain | None = None
    last: Callable[[bytes], bytes] | None = None
    # the bytes its transforms act on, as a pattern (None where one may change any value): a value holding none of
    # them comes out unchanged, and is not remembered
    acting: re.Pattern[bytes] | None = None
    own: int = 0  # its last transform's bit of seclang_transforms.TRIGGER_BITS
    transformed: dict[bytes, bytes] = dataclasses.field(default_factory=dict)
    hits: dict[bytes, int] = dataclasses.field(default_factory=dict)
    # what the database holds: (operator id, pattern, flags), and the operators split into pieces (see _pieces);
    # a chain holding split operators has no database of its own (RuleSet._split_databases)
    patterns: list[tuple[int, bytes, int]] = dataclasses.field(default_factory=list)
    split: frozenset[int] = frozenset()


@dataclasses.dataclass(slots=True, eq=False)
class ScanSet:
    """The chains a target's values are scanned under for the prefiltered rules that read it, up to a paranoia level
    (tagged level, at least 1: rules above the transaction's level are usually skipped, so their chains are left to
    the sets of higher levels), and each short value's hits across all of them, remembered across transactions.
    Operator ids are unique across chains, so one value's hits under every chain make one mask, and whether a rule's
    operator is hit on a target is one test of its bit whatever the rule's chain."""

    key: int  # what a transaction keeps the target's hits under the set by
    # each chain, with the databases its values are scanned by: the chain's own, or where that holds split
    # operators (a large database, slow on a cold cache), smaller ones holding only what the set's rules need
    scans: tuple[tuple[Chain, tuple[Chain, ...]], ...]
    # multiMatch @rx operators on the values before their whole chain (_match_each_step): (the chain of a step,
    # the database holding the operators, their mask: all that is kept of that database's hits on the step's text)
    steps: tuple[tuple[Chain, Chain, int], ...] = ()
    hits: dict[bytes, int] = dataclasses.field(default_factory=dict)
    held: int = 0  # what ``hits`` takes, as _remember counts it
    # one database holding every operator the set reads under all its chains and steps (ids are unique across
    # chains), with each chain's and step's mask of them: a new value's transformations mostly give the same text
    # (2.3 distinct texts for 12.6 chains on CSIC's new values), scanned once each instead of once per database,
    # its hits kept for the chains and steps that gave that text. None where Hyperscan refused to compile it
    union: Chain | None = None
    # the chains of ``groups`` and ``apart`` with their prefixes, each after its prefix (the empty chain first), with
    # its prefix's position here: a new value's text under each is worked out in one pass over them (_texts)
    walk: tuple[tuple[Chain, int], ...] = ()
    groups: tuple[tuple[int, int], ...] = ()  # (position in ``walk``, mask)
    # the databases of split pieces, or large ones of which the set reads much, scanned by themselves: (position in
    # ``walk``, database, mask of the hits kept; -1: a split chain's, all kept and not remembered by the database,
    # see _split_databases)
    apart: tuple[tuple[int, Chain, int], ...] = ()


@dataclasses.dataclass(slots=True)
class Operator:
    name: str
    argument: str
    negated: bool = False
    op_id: int = -1  # in its chain's Hyperscan database
    bit: int = 0  # 1 << op_id: its bit in a mask of hits (0 without an id)
    confirm: regex.Pattern[bytes] | None = None  # Python's check after a Hyperscan prefilter hit (or instead of one)
    capturing: regex.Pattern[bytes] | None = None  # for captures
    phrases: tuple[bytes, ...] = ()
    dynamic: bool = False  # argument holds %{macros}
    ranges: tuple[tuple[int, int], ...] = ()
    # validateByteRange: a pattern of the bytes its ranges do not allow (a class search, cheaper than translate)
    outside: re.Pattern[bytes] | None = None
    encoded: bytes = b""  # the (static) argument as the operators read it
    # what holds its id, with the database to test a value by: its chain, or where the chain holds split operators,
    # the one of the chain's smaller databases that holds it (see RuleSet._split_databases)
    scanned: Chain | None = dataclasses.field(default=None, repr=False, compare=False)
    # a Python-only pattern's verdict on the values it has seen (short ones): each is searched once per process
    verdicts: dict[bytes, bool] = dataclasses.field(default_factory=dict, repr=False, compare=False)
    # the captures (TX:0 to TX:9, see _set_captures) its pattern takes from the short values it matched
    captured: dict[bytes, tuple[bytes | None, ...]] = dataclasses.field(default_factory=dict, repr=False,
                                                                        compare=False)


@dataclasses.dataclass(slots=True)
class SecRule:
    id: int
    phase: int
    targets: list[Target]
    operator: Operator
    transforms: tuple[str, ...]
    actions: list[tuple[str, str]]
    source: str
    chain: SecRule | None = None
    is_action: bool = False
    nolog: bool = False
    capture: bool = False
    multi_match: bool = False
    skip_after: str | None = None
    disruptive: str = "pass"
    severity: str = ""
    msg: str = ""
    logdata: str = ""
    tags: tuple[str, ...] = ()
    paranoia: int = 0
    # what RuleSet._plan derives once, so that a transaction does not re-derive it per rule:
    included: tuple[Target, ...] = ()  # the targets read
    exclusions: dict[str, tuple[Target, ...]] = dataclasses.field(default_factory=dict)  # !targets by collection
    targets_key: int = -1  # its included targets' cache keys together, unless one is volatile
    # the setvar (parsed) and ctl actions, in order, run on each matching value
    effects: tuple[tuple[str, Any], ...] = ()
    # whether the rule can only match a value its chain's Hyperscan database hits for its operator, so that a rule
    # none of whose values is hit is skipped on the hits a transaction keeps per (target, chain)
    prefiltered: bool = False
    linked: tuple[SecRule, ...] = ()  # links(), from this one
    transformation: Chain = dataclasses.field(default_factory=lambda: Chain(()))  # its transforms' Chain
    steps: tuple[Chain, ...] = ()  # the chains of its transforms' prefixes, none to all (for multiMatch)
    # multiMatch with a static, non-negated operator: short values no step matched (none will, and nothing was set)
    step_misses: dict[bytes, None] = dataclasses.field(default_factory=dict)
    # each included target with the key its hits under the rule's chain are kept by (for (cache_key, transforms))
    scan_sets: tuple[tuple[Target, ScanSet], ...] = ()  # prefiltered: each included target with its ScanSet
    hit_group: int = -1  # what the hits of all its targets together are kept by
    # a link whose one target is one TX key (or its count), without exclusions: read from the TX dict directly
    tx_key: str | None = None
    tx_count: bool = False
    tx_name: str = ""  # that target's variable name
    # a rule of one link whose one TX key (untransformed) is compared with a static number, as the paranoia-level
    # and score rules are: (key, compare, number), tested by run_phase itself
    tx_compare: tuple[str, Callable[[int, int], bool], int] | None = None
    # the operator on one transformed value, before negation, chosen once for the operator's shape
    test: Callable[[Transaction, bytes], bool] = dataclasses.field(default=lambda _tx, _value: False)

    def links(self) -> Iterable[SecRule]:
        rule: SecRule | None = self
        while rule is not None:
            yield rule
            rule = rule.chain


def _operator(text: str) -> Operator:
    negated = text.startswith("!")
    text = text[1:] if negated else text
    if not text.startswith("@"):
        return Operator("rx", text, negated)
    name, _, argument = text[1:].partition(" ")
    return Operator(name, argument.strip(), negated)


def _rule(args: list[str], source: str, is_action: bool) -> SecRule:
    if is_action:
        targets: list[Target] = []
        operator = Operator("unconditionalMatch", "")
        raw_actions = args[0] if args else ""
    else:
        if len(args) < 2:
            raise SecLangError("SecRule needs variables and an operator")
        targets = [Target.parse(t) for t in args[0].split("|") if t]
        operator = _operator(args[1])
        raw_actions = args[2] if len(args) > 2 else ""
    actions = parse_actions(raw_actions)
    named = dict(actions)
    transforms: list[str] = []
    for name, value in actions:
        if name == "t":
            if value == "none":
                transforms = []
            elif value not in TRANSFORMS:
                raise SecLangError(f"unsupported transformation {value}")
            else:
                transforms.append(value)
    tags = tuple(value for name, value in actions if name == "tag")
    level = next((int(t.split("/")[1]) for t in tags if t.startswith("paranoia-level/")), 0)
    disruptive = next((name for name, _ in actions if name in ("deny", "drop", "block", "pass", "allow",
                                                                "redirect")), "pass")
    return SecRule(
        id=int(named.get("id", "0") or 0), phase=PHASES.get(named.get("phase", "2"), 2), targets=targets,
        operator=operator, transforms=tuple(transforms), actions=actions, source=source, is_action=is_action,
        nolog="nolog" in named, capture="capture" in named, multi_match="multiMatch" in named,
        skip_after=named.get("skipAfter"), disruptive=disruptive, severity=named.get("severity", ""),
        msg=named.get("msg", ""), logdata=named.get("logdata", ""), tags=tags, paranoia=level)


@dataclasses.dataclass
class LoadReport:
    """Every rule loaded, and each one left out with its reason."""

    rules: int = 0
    skipped: dict[int, str] = dataclasses.field(default_factory=dict)
    prefiltered: int = 0  # operators whose Hyperscan hit Python confirms
    split: int = 0  # operators Hyperscan takes as their alternatives
    python_only: int = 0  # operators Hyperscan cannot take at all

    def as_dict(self) -> dict[str, Any]:
        reasons: dict[str, int] = {}
        for reason in self.skipped.values():
            reasons[reason] = reasons.get(reason, 0) + 1
        return {"rules": self.rules, "not_imported": len(self.skipped), "reasons": reasons,
                "not_imported_rules": {str(k): v for k, v in sorted(self.skipped.items())},
                "hyperscan_prefilter_only": self.prefiltered, "hyperscan_alternatives": self.split,
                "python_only": self.python_only}


def _data_words(rules_dir: Path, names: str) -> list[str]:
    words: list[str] = []
    for name in names.split():
        path = rules_dir / name
        if not path.is_file():
            raise SecLangError(f"data file {name} not found")
        words += [line.strip() for line in path.read_text("utf-8", errors="surrogateescape").splitlines()
                  if line.strip() and not line.strip().startswith("#")]
    return words


def _encode(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")


_OPERATORS = frozenset({"rx", "pm", "pmFromFile", "pmf", "contains", "containsWord", "beginsWith", "endsWith",
                        "streq", "eq", "ge", "gt", "le", "lt", "within", "ipMatch", "detectSQLi", "detectXSS",
                        "validateByteRange", "validateUrlEncoding", "validateUtf8Encoding", "unconditionalMatch",
                        "noMatch", "strmatch"})


class RuleSet:
    """The rules of a CRS folder (or any SecLang text) compiled: per phase, rules and markers in order, and one
    Hyperscan database per transformation chain."""

    def __init__(self, items: list[SecRule | str], rules_dir: Path | None = None,
                 report: LoadReport | None = None, cache_dir: Path | None = None) -> None:
        self.cache_dir = cache_dir
        # each pattern's pieces (see _pieces), kept beside the databases: working them out compiles each piece
        self._pieces_file = cache_dir / "seclang-pieces.json" if cache_dir else None
        self._known_pieces: dict[str, list[str]] = (orjson.loads(self._pieces_file.read_bytes())
                                                    if self._pieces_file and self._pieces_file.exists() else {})
        known = len(self._known_pieces)
        self._local = threading.local()
        self.report = report or LoadReport()
        self.rules_dir = rules_dir or Path(".")
        self.phases: dict[int, list[SecRule | str]] = {phase: [] for phase in range(1, 6)}
        self.markers: dict[int, dict[str, int]] = {phase: {} for phase in range(1, 6)}
        self.by_id: dict[int, SecRule] = {}
        chains: dict[tuple[str, ...], list[tuple[Operator, list[bytes], int]]] = {}
        operators: dict[int, Operator] = {}
        next_id = 0
        for rule in items:
            if isinstance(rule, str):
                self.add_marker(rule)
                continue
            try:
                for link in rule.links():
                    self._prepare(link)
            except (SecLangError, re.error, regex.error, ValueError) as exc:
                self.report.skipped[rule.id] = str(exc)[:120]
                continue
            for link in rule.links():
                op = link.operator
                if op.name in ("rx", "pm", "pmFromFile", "pmf") and not op.dynamic:
                    op.op_id, op.bit = next_id, 1 << next_id
                    operators[next_id] = op
                    next_id += 1
                    expressions = [_encode(op.argument)] if op.name == "rx" else list(op.phrases)
                    flags = HS_FLAGS if op.name == "rx" else HS_FLAGS | hyperscan.HS_FLAG_CASELESS
                    chains.setdefault(link.transforms, []).append((op, expressions, flags))
            self.phases[rule.phase].append(rule)
            self.by_id[rule.id] = rule
            self.report.rules += 1
        self.chains: dict[tuple[str, ...], Chain] = {}
        self.shared_exclusions: dict[tuple[tuple[str, tuple[str, ...]], ...], dict[str, tuple[Target, ...]]] = {}
        for transforms, entries in chains.items():
            self._compile(self.chain(transforms), entries)
        if self._pieces_file is not None and len(self._known_pieces) != known:
            self._pieces_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._pieces_file.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(orjson.dumps(self._known_pieces))
            tmp.replace(self._pieces_file)
        self._views: dict[tuple[tuple[str, ...], frozenset[int]], Chain] = {}
        self._split_databases(operators)
        self._general_database()
        for phase_items in self.phases.values():
            for item in phase_items:
                if not isinstance(item, str):
                    for link in item.links():
                        self._plan(link)
        self._scan_sets()
        self.tag_matches: dict[tuple[str, tuple[str, ...]], bool] = {}
        self.exclusion_tables: dict[tuple[tuple[int | None, str | None, str], ...],
                                    dict[int, dict[str, tuple[Target, ...]]]] = {}

    def chain(self, transforms: tuple[str, ...]) -> Chain:
        found = self.chains.get(transforms)
        if found is None:
            found = self.chains[transforms] = Chain(transforms)
            if transforms:
                found.prefix, found.last = self.chain(transforms[:-1]), TRANSFORMS[transforms[-1]]
                found.acting, found.own = acting_bytes(transforms), TRIGGER_BITS[transforms[-1]]
        return found

    def add_marker(self, name: str) -> None:
        for phase in range(1, 6):
            self.markers[phase][name] = len(self.phases[phase])
            self.phases[phase].append(name)

    def _prepare(self, rule: SecRule) -> None:
        op = rule.operator
        if op.name not in _OPERATORS:
            raise SecLangError(f"unsupported operator @{op.name}")
        op.dynamic = "%{" in op.argument
        op.encoded = _encode(op.argument)
        if op.name in ("detectSQLi", "detectXSS") and _libinjection is None:
            raise SecLangError("libinjection binding not installed")
        if op.name == "rx" and not op.dynamic:
            op.capturing = _python_regex(op.argument) if rule.capture else None
        elif op.name in ("pm", "pmFromFile", "pmf"):
            words = op.argument.split() if op.name == "pm" else _data_words(self.rules_dir, op.argument)
            op.phrases = tuple(sorted({_encode(w) for w in words}))
            if not op.phrases:
                raise SecLangError("empty phrase list")
        elif op.name == "validateByteRange":
            ranges = []
            for part in op.argument.replace(" ", "").split(","):
                low, _, high = part.partition("-")
                ranges.append((int(low), int(high or low)))
            op.ranges = tuple(ranges)
            outside = b"".join(b"\\x%02x" % c for c in range(256)
                               if not any(low <= c <= high for low, high in op.ranges))
            op.outside = re.compile(b"[" + outside + b"]" if outside else b"(?!)")

    def _compile(self, chain: Chain, entries: list[tuple[Operator, list[bytes], int]]) -> None:
        """One database for a chain's operators; a pattern Hyperscan rejects goes in as its alternatives where it
        takes each of them (CRS's 932xxx patterns are alternations too large as one), else as a prefilter (its hits
        confirmed by Python's regex), or, failing that, is matched by Python alone."""
        whole = [(op.op_id, re.escape(e) if op.name != "rx" else e, flags) for op, expressions, flags in entries
                 for e in expressions]
        with contextlib.suppress(hyperscan.error):
            chain.database, chain.patterns = self._database(whole), whole
            return
        accepted: list[tuple[int, bytes, int]] = []
        split: set[int] = set()
        for op, expressions, flags in entries:
            if op.name != "rx":
                accepted += [(op.op_id, re.escape(e), flags) for e in expressions]
                continue
            pieces = self._pieces(expressions[0], flags)
            if pieces:
                accepted += [(op.op_id, piece, flags) for piece in pieces]
                self.report.split += len(pieces) > 1
                if len(pieces) > 1:
                    split.add(op.op_id)
                continue
            op.confirm = _python_regex(op.argument)
            if _hs_accepts(expressions[0], flags | hyperscan.HS_FLAG_PREFILTER):
                accepted.append((op.op_id, expressions[0], flags | hyperscan.HS_FLAG_PREFILTER))
                self.report.prefiltered += 1
            else:
                op.op_id, op.bit = -1, 0
                self.report.python_only += 1
        chain.patterns, chain.split = accepted, frozenset(split)
        if accepted and not split:
            chain.database = self._database(accepted)

    def _pieces(self, expression: bytes, flags: int) -> list[bytes]:
        key = hashlib.sha256(repr((getattr(hyperscan, "__version__", "?"), expression, flags)).encode()).hexdigest()
        found = self._known_pieces.get(key)
        if found is None:
            found = self._known_pieces[key] = [piece.decode("latin-1") for piece in _pieces(expression, flags)]
        return [piece.encode("latin-1") for piece in found]

    def _database(self, entries: list[tuple[int, bytes, int]]) -> Any:
        key = hashlib.sha256(repr((getattr(hyperscan, "__version__", "?"), entries)).encode()).hexdigest()[:32]
        cached = self.cache_dir / f"seclang-{key}.hsdb" if self.cache_dir else None
        if cached is not None and cached.exists():
            return hyperscan.loadb(cached.read_bytes(), hyperscan.HS_MODE_BLOCK)
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        database.compile(expressions=[e for _, e, _ in entries], ids=[i for i, _, _ in entries],
                         elements=len(entries), flags=[f for _, _, f in entries])
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(hyperscan.dumpb(database))
            tmp.replace(cached)
        return database

    def scan(self, chain: Chain, value: bytes) -> int:
        """The mask of the operator ids of ``chain``'s database that match ``value`` (already transformed)."""
        found = chain.hits.get(value)
        if found is not None:
            return found
        hits: set[int] = set()
        self.scan_into(chain, value, hits)
        return _keep(chain.hits, value, _mask(hits), MEMO_ENTRIES_PER_CHAIN, MEMO_MAX_BYTES)

    def scan_into(self, chain: Chain, value: bytes, hits: set[int]) -> None:
        """Adds the operator ids of ``chain``'s database that match ``value`` to ``hits``, nothing remembered."""
        if chain.database is None:
            return
        scratches: dict[Chain, Any] | None = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = self._local.scratches = {}
        scratch = scratches.get(chain)
        if scratch is None:
            scratch = scratches[chain] = hyperscan.Scratch(chain.database)
        chain.database.scan(value[:MAX_VALUE_BYTES], _collect, 0, hits, scratch)

    @staticmethod
    def transform(chain: Chain, value: bytes) -> bytes:
        """``value`` through ``chain``, short values remembered (by the chain and each of its prefixes) unless none of
        the chain's transforms acts on them."""
        if chain.prefix is None or chain.last is None:
            return value
        short = len(value) <= MEMO_MAX_BYTES
        found = chain.transformed.get(value) if short else None
        if found is not None:
            return found
        if chain.acting is not None and chain.acting.search(value) is None:
            return value
        if not short:
            for name in chain.transforms:
                value = TRANSFORMS[name](value)
            return value
        return _keep(chain.transformed, value, chain.last(RuleSet.transform(chain.prefix, value)),
                     MEMO_ENTRIES_PER_CHAIN)

    def _plan(self, rule: SecRule) -> None:
        """What a transaction would otherwise re-derive for the rule on each evaluation."""
        rule.included = tuple(t for t in rule.targets if not t.exclude)
        exclusions: dict[str, list[Target]] = {}
        for target in rule.targets:
            if target.exclude:
                exclusions.setdefault(target.collection, []).append(target)
        # rules with the same !targets share one dict: a transaction keeps target lists by (targets, exclusions)
        rule.exclusions = self.shared_exclusions.setdefault(
            tuple((name, tuple(t.name for t in targets)) for name, targets in sorted(exclusions.items())),
            {name: tuple(targets) for name, targets in exclusions.items()})
        rule.targets_key = (-1 if any(t.collection in _VOLATILE for t in rule.included)
                            else _interned(tuple(t.cache_key for t in rule.included)))
        rule.effects = tuple((name, _setvar_spec(argument) if name == "setvar" else argument)
                             for name, argument in rule.actions if name in ("setvar", "ctl"))
        rule.linked = tuple(rule.links())
        chain = rule.transformation = self.chain(rule.transforms)
        rule.steps = tuple(self.chain(rule.transforms[:step]) for step in range(len(rule.transforms) + 1))
        op = rule.operator
        key = rule.included[0].key if len(rule.included) == 1 and rule.included[0].collection == "TX" else None
        if key is not None and not rule.exclusions and not rule.multi_match and not rule.is_action:
            target = rule.included[0]
            rule.tx_key, rule.tx_count = key, target.count
            rule.tx_name = target.name if target.count else f"TX:{key}"
            if (rule.chain is None and not target.count and not rule.transforms and op.name in _COMPARISONS
                    and not op.dynamic):
                rule.tx_compare = (key, _COMPARISONS[op.name], _number(op.encoded))
        hyperscan_only = op.op_id >= 0 and op.confirm is None and not op.dynamic
        # A non-negated Hyperscan operator matches a value only where the database hits it (Python may then refuse
        # a prefilter's hit), and excluding targets only removes values: if no value of the rule's targets hits
        # the operator, the rule cannot match. Volatile targets change inside a phase. A multiMatch @rx also runs on
        # the values before the whole chain: its scan sets scan those with its database too (ScanSet.steps); its
        # @pm never matches them (see operate).
        rule.prefiltered = _prefilterable(rule)
        if hyperscan_only and not rule.capture:
            bit, scan = op.bit, self.scan
            scanned = _scanned(op)
            rule.test = lambda _tx, value: bool(scan(scanned, value) & bit)
        elif op.op_id >= 0 and op.confirm is not None and not op.dynamic and not rule.capture:
            bit, scan = op.bit, self.scan  # a prefilter's hit, confirmed by Python
            scanned = _scanned(op)
            rule.test = lambda tx, value: bool(scan(scanned, value) & bit) and _confirmed(tx, op, value)
        elif op.name == "validateByteRange":
            outside = op.outside
            assert outside is not None
            rule.test = lambda _tx, value: outside.search(value) is not None
        elif op.name in _COMPARISONS and not op.dynamic:  # the paranoia-level and score rules: a static number
            compare, number = _COMPARISONS[op.name], _number(op.encoded)
            rule.test = lambda _tx, value: compare(_number(value), number)
        elif op.name in _OTHER_OPS and not op.dynamic:
            check, argument = _OTHER_OPS[op.name], op.encoded
            rule.test = lambda tx, value: check(tx, op, argument, value)
        elif op.name in _OTHER_OPS and _tx_macro(op.argument) is not None:
            # an argument of one TX variable (@within %{tx.allowed_methods} and the like, on every request): its
            # bytes, which expand's decoding and _encode give back unchanged
            check, variable = _OTHER_OPS[op.name], _tx_macro(op.argument) or ""
            rule.test = lambda tx, value: check(tx, op, tx.tx.get(variable, b""), value)
        else:
            rule.test = lambda tx, value: tx.operate(rule, value, chain)

    def _scan_sets(self) -> None:
        """Each prefiltered link's targets with their ScanSet: by target and paranoia level (the head's), the chains
        of every prefiltered link reading the target at that level or below."""
        # target cache_key → level → chain's transforms → its operators the links read
        levels: dict[int, dict[int, dict[tuple[str, ...], set[int]]]] = {}
        # the same for multiMatch @rx links' steps before their whole chain: step's chain → their operators
        steps: dict[int, dict[int, dict[tuple[str, ...], list[Operator]]]] = {}
        links: list[tuple[SecRule, int]] = []
        for phase_items in self.phases.values():
            for item in phase_items:
                if isinstance(item, str):
                    continue
                level = max(item.paranoia, 1)
                for link in item.links():
                    if link.prefiltered:
                        links.append((link, level))
                        for target in link.included:
                            levels.setdefault(target.cache_key, {}).setdefault(level, {}).setdefault(
                                link.transforms, set()).add(link.operator.op_id)
                            if link.multi_match and link.operator.name == "rx":
                                for step in link.steps[:-1]:
                                    steps.setdefault(target.cache_key, {}).setdefault(level, {}).setdefault(
                                        step.transforms, []).append(link.operator)
        sets: dict[tuple[int, int], ScanSet] = {}
        for cache_key, by_level in levels.items():
            chains: dict[tuple[str, ...], set[int]] = {}
            step_ops: dict[tuple[tuple[str, ...], int], tuple[Chain, Chain, int]] = {}  # by (step, id(database))
            for level in sorted(by_level):
                for transforms, ops in by_level[level].items():
                    chains.setdefault(transforms, set()).update(ops)
                for transforms, operators in steps.get(cache_key, {}).get(level, {}).items():
                    for op in operators:
                        database = _scanned(op)
                        _, _, bits = step_ops.get((transforms, id(database)), (None, None, 0))
                        step_ops[transforms, id(database)] = (self.chains[transforms], database, bits | op.bit)
                scan_set = sets[cache_key, level] = ScanSet(_interned(("scan set", cache_key, level)), tuple(
                    (self.chains[t], self._scanned_by(self.chains[t], chains[t])) for t in sorted(chains)),
                    tuple(step_ops[key] for key in sorted(step_ops)))
                self._union(scan_set, chains)
        for link, level in links:
            link.scan_sets = tuple((t, sets[t.cache_key, level]) for t in link.included)
            link.hit_group = _interned(tuple(scan_set.key for _, scan_set in link.scan_sets))

    def _union(self, scan_set: ScanSet, read: dict[tuple[str, ...], set[int]]) -> None:
        """The set's union database (see ScanSet.union): each chain's and step's entries for its operators that the
        set reads, as its own databases hold them (the same patterns and flags: a pattern's hits do not depend on
        the others in its database). Databases of split pieces, and those of which the set reads a large part
        (_copied), stay apart (ScanSet.apart), scanned as before: compiled again into each set's union they took
        minutes to compile and ~260 MB more memory (CRS's 66 MB of databases, some copied into 20 sets)."""
        entries: dict[tuple[int, bytes, int], None] = {}
        groups: dict[Chain, int] = {}  # steps are often chains of the set too: one transformation each
        apart: list[tuple[Chain, Chain, int]] = []
        for chain, databases in scan_set.scans:
            # an unsplit chain's database holds operators of rules reading other targets or levels: not read here
            ops = read[chain.transforms]
            bits = 0
            for database in databases:
                if chain.split & {op_id for op_id, _, _ in database.patterns}:
                    apart.append((chain, database, -1))
                    continue
                found = [e for e in database.patterns if e[0] in ops]
                if self._copied(database, found):
                    entries.update(dict.fromkeys(found))
                    bits |= _mask({op_id for op_id, _, _ in found})
                else:
                    apart.append((chain, database, _mask(ops)))
            groups[chain] = groups.get(chain, 0) | bits
        for chain, database, bits in scan_set.steps:
            whole = self.chains[database.transforms]
            found = [e for e in database.patterns if bits >> e[0] & 1]
            if whole.split & {op_id for op_id, _, _ in database.patterns} or not self._copied(database, found):
                apart.append((chain, database, bits))
            else:
                entries.update(dict.fromkeys(found))
                groups[chain] = groups.get(chain, 0) | bits
        patterns = sorted(entries)
        with contextlib.suppress(hyperscan.error):
            scan_set.union = Chain(("union",), self._database(patterns), patterns=patterns)
            kept = [chain for chain, bits in groups.items() if bits] + [chain for chain, _, _ in apart]
            position: dict[Chain, int] = {self.chain(()): 0}
            for chain in kept:
                prefixes: list[Chain] = []
                link: Chain | None = chain
                while link is not None and link not in position:
                    prefixes.append(link)
                    link = link.prefix
                for link in reversed(prefixes):
                    position[link] = len(position)
            scan_set.walk = tuple((chain, -1 if chain.prefix is None else position[chain.prefix]) for chain in position)
            scan_set.groups = tuple((position[chain], bits) for chain, bits in groups.items() if bits)
            scan_set.apart = tuple((position[chain], database, bits) for chain, database, bits in apart)

    def _copied(self, database: Chain, found: list[tuple[int, bytes, int]]) -> bool:
        """Whether a set's union takes the entries ``found`` it reads of ``database``: where they are few bytes of
        Hyperscan's, whatever the whole database's size. urlDecodeUni's chain is 3.5 MB for its 68 patterns, and
        was scanned apart for sets that read 1 to 18 of them (3 to 260 KB of database): ~3 scans of 3.7 us a
        request at paranoia 1. The database of ``found`` is compiled (or read from the cache) only to be sized."""
        if database.database is None:
            return False
        if database.database.size() <= UNION_MAX_DATABASE_BYTES:
            return True
        return bool(found) and self._database(found).size() <= UNION_MAX_DATABASE_BYTES

    def _split_databases(self, operators: dict[int, Operator]) -> None:
        """Each operator's ``scanned``. A chain holding split operators (the 932xxx pieces make its database ~20 MB,
        and a scan of a new value on a cold cache ~50 us) gets instead a database of its unsplit operators and one
        per paranoia level (the head rule's) of its split ones; scan sets scan smaller ones still (_scanned_by)."""
        self._op_levels: dict[int, int] = {}
        for phase_items in self.phases.values():
            for item in phase_items:
                if not isinstance(item, str):
                    for link in item.links():
                        self._op_levels[link.operator.op_id] = max(item.paranoia, 1)
        for chain in self.chains.values():
            for op_id in {op_id for op_id, _, _ in chain.patterns}:
                operators[op_id].scanned = chain
            if chain.split:
                for view in self._scanned_by(chain, {op_id for op_id, _, _ in chain.patterns}):
                    for op_id in {op_id for op_id, _, _ in view.patterns}:
                        operators[op_id].scanned = view

    def _general_database(self) -> None:
        """One database of the Hyperscan operators that no scan set prefilters (negated ones, those on TX or
        MATCHED_VARS), which the general path tests on every request: each was scanned with its chain's database,
        ~2,900 patterns for the chain without transformations, and a new value (REQUEST_LINE for 920100) cost
        ~100 us there against ~1 us in this one. A rule tests only its own operator's bit on its own chain's text,
        and a pattern's hits do not depend on the others in its database, so it is as exact (see ScanSet.union)."""
        ops = [link.operator for phase_items in self.phases.values() for item in phase_items
               if not isinstance(item, str) for link in item.links()
               if link.operator.op_id >= 0 and not link.operator.dynamic and not _prefilterable(link)]
        ops = [op for op in ops if op.scanned is not None and op.op_id not in self.chains[op.scanned.transforms].split
               and any(op_id != op.op_id for op_id, _, _ in op.scanned.patterns)]
        ids = {op.op_id for op in ops}
        patterns = sorted({entry for op in ops for entry in _scanned(op).patterns if entry[0] in ids})
        if patterns:
            with contextlib.suppress(hyperscan.error):
                general = Chain(("general",), self._database(patterns), patterns=patterns)
                for op in ops:
                    op.scanned = general

    def _scanned_by(self, chain: Chain, ops: set[int]) -> tuple[Chain, ...]:
        """Databases that together hold ``ops`` of ``chain``: the chain's, or where it holds split operators one of
        the unsplit ones among ``ops`` and its database of split ones for each level among them. A rule tests only
        its own operator's id, so a database holding more than a scan set needs is as exact, and sets share them."""
        if not chain.split:
            return (chain,)
        levels = self._op_levels
        groups = [frozenset(ops - chain.split)]
        for level in sorted({levels[op_id] for op_id in ops & chain.split}):
            groups.append(frozenset(op_id for op_id in chain.split if levels[op_id] == level))
        found = []
        for group in groups:
            if group:
                view = self._views.get((chain.transforms, group))
                if view is None:
                    patterns = [entry for entry in chain.patterns if entry[0] in group]
                    view = self._views[chain.transforms, group] = Chain(chain.transforms, self._database(patterns),
                                                                         patterns=patterns)
                found.append(view)
        return tuple(found)

    def exclusion_table(self, removed: tuple[tuple[int | None, str | None, str], ...]
                        ) -> dict[int, dict[str, tuple[Target, ...]]]:
        """Where transactions whose ctl actions removed the same targets (rule id or tag, variable) keep each rule's
        exclusions: the same ctl (941010's) runs on most requests, so they are worked out once, not per request."""
        table = self.exclusion_tables.get(removed)
        if table is None:
            table = _keep(self.exclusion_tables, removed, {}, 256)
        return table

    def tagged(self, rule: SecRule, tag: str) -> bool:
        """Whether one of ``rule``'s tags is the whole of the ``tag`` pattern (a ctl:ruleRemove…ByTag's)."""
        key = (tag, rule.tags)
        found = self.tag_matches.get(key)
        if found is None:
            found = self.tag_matches[key] = any(re.fullmatch(tag, rule_tag) for rule_tag in rule.tags)
        return found


def _remember(scan_set: ScanSet, value: bytes, mask: int) -> int:
    """Keeps a short value's mask in its scan set's memo, emptied first where it would take more than
    SCAN_SET_MEMO_BYTES; returns the mask."""
    if len(value) <= MEMO_MAX_BYTES:
        size = len(value) + (mask.bit_length() >> 3) + MEMO_ENTRY_BYTES
        if scan_set.held + size > SCAN_SET_MEMO_BYTES:
            scan_set.hits.clear()
            scan_set.held = 0
        scan_set.hits[value] = mask
        scan_set.held += size
    return mask


def _texts(walk: tuple[tuple[Chain, int], ...], value: bytes) -> list[bytes]:
    """RuleSet.transform of a short value under each chain of a set's walk, by position, in one pass: each chain's
    text from its prefix's, just worked out, rather than from its memo; where the prefix left the value as it was,
    the value's bytes tell whether the last transform can change it. Each text is kept in its chain's memo as
    transform keeps it."""
    texts: list[bytes] = []
    acting = value_bits(value)
    for chain, prefix in walk:
        last = chain.last
        if prefix < 0 or last is None:
            texts.append(value)
            continue
        before = texts[prefix]
        if before is value and not chain.own & acting:
            texts.append(value)  # unchanged, and not remembered
            continue
        found = chain.transformed.get(value)  # (a full memo would be emptied by a key it holds)
        if found is None:
            found = _keep(chain.transformed, value, last(before), MEMO_ENTRIES_PER_CHAIN)
        texts.append(found)
    return texts


def _prefilterable(rule: SecRule) -> bool:
    op = rule.operator
    included = [t for t in rule.targets if not t.exclude]
    return (op.op_id >= 0 and not op.negated and not op.dynamic and not rule.is_action and bool(included)
            and not any(t.collection in _VOLATILE for t in included))


def _scanned(op: Operator) -> Chain:
    """What holds an operator's id in a Hyperscan database (every operator given an id has one)."""
    assert op.scanned is not None, op
    return op.scanned


def _collect(op_id: int, _start: int, _end: int, _flags: int, hits: set[int]) -> bool:
    hits.add(op_id)
    return False


def _mask(op_ids: set[int]) -> int:
    mask = 0
    for op_id in op_ids:
        mask |= 1 << op_id
    return mask


def _hs_accepts(expression: bytes, flags: int) -> bool:
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    try:
        database.compile(expressions=[expression], ids=[0], elements=1, flags=[flags])
    except hyperscan.error:
        return False
    return True


MAX_PIECES = 256


def _pieces(expression: bytes, flags: int) -> list[bytes]:
    """Patterns Hyperscan takes whole that together match what ``expression`` matches: it, or where it is too large
    its _alternatives, each split again where it is too; [] where some part cannot be taken at all."""
    if _hs_accepts(expression, flags):
        return [expression]
    alternatives = _alternatives(expression)
    if len(alternatives) < 2:
        return []
    pieces: list[bytes] = []
    for alternative in alternatives:
        found = _pieces(alternative, flags)
        if not found or len(pieces) + len(found) > MAX_PIECES:
            return []
        pieces += found
    return pieces


_INLINE_FLAGS = re.compile(rb"\(\?[a-zA-Z]+\)")


def _alternatives(expression: bytes) -> list[bytes]:
    """Patterns that together match what ``expression`` matches (one of them matching where it does), smaller: its
    non-capturing group of the most alternatives taken apart, as x(?:a|b)y is xay or xby. ``[expression]`` where it
    has none, or where a (?flags) inside it would reach the alternatives after it, as PCRE has it."""
    found = _INLINE_FLAGS.match(expression)
    flags = found.group() if found is not None else b""
    body = expression[len(flags):]
    if _INLINE_FLAGS.search(body) is not None:
        return [expression]
    groups, bars = _groups(body)
    if bars:  # alternatives at the top: as one group
        body = b"(?:" + body + b")"
        groups = _groups(body)[0]
    candidates = [(len(inner), opening, closing, inner) for opening, closing, inner in groups
                  if inner and body.startswith(b"(?:", opening)]
    if not candidates:
        return [expression]
    _, opening, closing, inner = max(candidates)
    edges = [opening + 2, *inner, closing]  # each alternative lies between two edges
    head, tail = flags + body[:opening + 3], b")" + body[closing + 1:]
    return [head + body[edges[i] + 1:edges[i + 1]] + tail for i in range(len(edges) - 1)]


def _groups(text: bytes) -> tuple[list[tuple[int, int, list[int]]], list[int]]:
    """The groups at the top of ``text`` (where each opens and closes, and the ``|`` right inside it), and its ``|``
    outside any group; escapes and classes skipped."""
    groups: list[tuple[int, int, list[int]]] = []
    bars: list[int] = []
    inner: list[int] = []
    depth, opening, index, in_class = 0, 0, 0, False
    while index < len(text):
        char = text[index]
        if char == 0x5C:  # \\: the next byte is escaped
            index += 2
            continue
        if in_class:
            in_class = char != 0x5D  # ]
        elif char == 0x5B:  # [: a "]" right after "[" or "[^" is a member
            in_class = True
            if text[index + 1:index + 2] == b"^":
                index += 1
            if text[index + 1:index + 2] == b"]":
                index += 1
        elif char == 0x28:  # (
            depth += 1
            if depth == 1:
                opening, inner = index, []
        elif char == 0x29:  # )
            depth -= 1
            if depth == 0:
                groups.append((opening, index, inner))
        elif char == 0x7C:  # |
            if depth == 0:
                bars.append(index)
            elif depth == 1:
                inner.append(index)
        index += 1
    return groups, bars


_PCRE_HEX = re.compile(r"\\x\{([0-9a-fA-F]{1,2})\}")


def _python_regex(pattern: str) -> regex.Pattern[bytes]:
    """PCRE as Python's regex module reads it (as re does, but with a timeout): ``\\x{HH}`` → ``\\xHH``,
    ``\\z`` → ``\\Z``. Transaction.search runs it."""
    pattern = _PCRE_HEX.sub(lambda m: "\\x" + m.group(1).rjust(2, "0"), pattern)
    pattern = re.sub(r"(?<!\\)((?:\\\\)*)\\z", r"\1\\Z", pattern)
    return regex.compile(_encode(pattern), RE_FLAGS)


def load_text(text: str, source: str = "inline", rules_dir: Path | None = None,
              report: LoadReport | None = None) -> tuple[list[SecRule | str], LoadReport]:
    """Rules and marker names, in order, from SecLang text."""
    report = report or LoadReport()
    items: list[SecRule | str] = []
    parent: SecRule | None = None
    for line in directives(text):
        try:
            name, args = split_directive(line)
        except SecLangError as exc:
            report.skipped[0] = str(exc)
            continue
        if name == "SecMarker" and args:
            items.append(args[0])
            continue
        if name not in ("SecRule", "SecAction"):
            continue
        try:
            rule = _rule(args, source, name == "SecAction")
        except (SecLangError, ValueError, IndexError, re.error) as exc:
            head_id = re.search(r"\bid:(\d+)", line)
            report.skipped[int(head_id.group(1)) if head_id else (parent.id if parent else 0)] = str(exc)[:120]
            rule = None
        if parent is not None:
            tail = list(parent.links())[-1]
            if rule is None:
                parent = None
                items.pop()
                continue
            tail.chain = rule
        elif rule is not None:
            items.append(rule)
        if rule is None:
            continue
        parent = (parent or rule) if any(n == "chain" for n, _ in rule.actions) else None
    return items, report


def load_ruleset(rules_dir: Path, extra: str = "", cache_dir: Path | None = None,
                 pattern: str = "*.conf") -> RuleSet:
    """Every .conf of a CRS folder (or those ``pattern`` names), in name order, then ``extra`` SecLang text."""
    report = LoadReport()
    items: list[SecRule | str] = []
    for conf in sorted(rules_dir.glob(pattern)):
        found, _ = load_text(conf.read_text("utf-8", errors="surrogateescape"), conf.name, rules_dir, report)
        items += found
    if extra:
        items += load_text(extra, "extra", rules_dir, report)[0]
    return RuleSet(items, rules_dir, report, cache_dir)


# --- request parsing -----------------------------------------------------------------------------------------

Pairs = list[tuple[str, bytes]]


def _url_args(data: bytes) -> Pairs:
    pairs: Pairs = []
    for part in data.split(b"&"):
        if not part:
            continue
        name, _, value = part.partition(b"=")
        pairs.append((url_decode(name).decode("utf-8", "surrogateescape"), url_decode(value)))
    return pairs


def _json_args(doc: Any, prefix: str, out: Pairs) -> None:
    if isinstance(doc, dict):
        for key, value in doc.items():
            _json_args(value, f"{prefix}.{key}", out)
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            _json_args(value, f"{prefix}.array_{index}", out)
    else:
        text = "" if doc is None else ("true" if doc is True else "false" if doc is False else str(doc))
        out.append((prefix, _encode(text)))


_BOUNDARY = re.compile(r"boundary\s*=\s*\"?([^\";,]+)\"?", re.I)
_DISPOSITION = re.compile(r"\b(name|filename)\s*=\s*(?:\"((?:[^\"\\]|\\.)*)\"|([^;\s]*))", re.I)


def _multipart(body: bytes, content_type: str, view: Transaction) -> None:
    match = _BOUNDARY.search(content_type)
    if not match:
        view.scalars["REQBODY_ERROR"] = b"1"
        return
    boundary = b"--" + _encode(match.group(1).strip())
    files_size = 0
    for chunk in body.split(boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk.lstrip(b"\n")
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            head, sep, content = chunk.partition(b"\n\n")
        content = content[:-2] if content.endswith(b"\r\n") else content.rstrip(b"\n")
        name, filename = "", None
        header_lines = [h for h in re.split(rb"\r?\n", head) if h]
        for line in header_lines:
            if line.lower().startswith(b"content-disposition"):
                for key, quoted, bare in _DISPOSITION.findall(line.decode("utf-8", "surrogateescape")):
                    value = quoted if quoted or not bare else bare
                    if key.lower() == "name":
                        name = value
                    else:
                        filename = value
        for line in header_lines:
            view.add("MULTIPART_PART_HEADERS", name, line)
        if filename is not None:
            view.add("FILES", name, _encode(filename))
            view.add("FILES_NAMES", name, _encode(name))
            view.add("FILES_SIZES", name, str(len(content)).encode())
            files_size += len(content)
        else:
            view.add("ARGS_POST", name, content)
    view.scalars["FILES_COMBINED_SIZE"] = str(files_size).encode()


def _xml_values(body: bytes) -> tuple[list[bytes], list[bytes]] | None:
    """(the document's text, its attribute values), or None when it is no well-formed XML."""
    try:
        root = ElementTree.fromstring(body)  # noqa: S314 - no external entities; values only read
    except (ElementTree.ParseError, ValueError):
        return None
    attributes = [_encode(v) for element in root.iter() for v in element.attrib.values()]
    return [_encode("".join(root.itertext()))], attributes


# --- evaluation ----------------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class Logged:
    rule_id: int
    msg: str
    severity: str
    variable: str
    tags: tuple[str, ...]
    paranoia: int
    data: str = ""

    def line(self) -> str:
        """As libmodsecurity's error log line names it."""
        return (f'Matched against variable `{self.variable}\' [id "{self.rule_id}"] [msg "{self.msg}"] '
                f'[data "{self.data}"] [severity "{self.severity}"]')


_MACRO = re.compile(r"%\{([^}]+)\}")
# rule texts with macros (messages, setvar, operator arguments) split at load into literal text and the macros'
# (collection, lower-cased key or Target): a bound for rule sets loaded one after another
_TEMPLATES: dict[str, tuple[Any, ...]] = {}
TEMPLATES_ENTRIES = 8192


def _template(text: str) -> tuple[str | tuple[str, Any], ...]:
    found = _TEMPLATES.get(text)
    if found is None:
        parts: list[str | tuple[str, Any]] = []
        for index, piece in enumerate(_MACRO.split(text)):
            if index % 2 == 0:
                if piece:
                    parts.append(piece)
                continue
            collection, _, key = piece.partition(".")
            upper = collection.upper()
            if upper in ("TX", "RULE"):
                parts.append((upper, key.lower()))
            else:
                parts.append(("", Target(upper, key.lower() if key else None)))
        found = _keep(_TEMPLATES, text, tuple(parts), TEMPLATES_ENTRIES)
    return found


def _tx_macro(text: str) -> str | None:
    """The TX key of a text that is one %{tx.key} macro and nothing else."""
    parts = _template(text)
    if len(parts) == 1 and isinstance(parts[0], tuple) and parts[0][0] == "TX":
        return str(parts[0][1])
    return None


_DIGITS = tuple(str(index) for index in range(10))
_VOLATILE = frozenset({"TX", "MATCHED_VAR", "MATCHED_VAR_NAME", "MATCHED_VARS", "MATCHED_VARS_NAMES"})


class Transaction:
    """One request (and optionally its response) through a RuleSet."""

    def __init__(self, ruleset: RuleSet, http: dict[str, Any], setup: dict[str, str] | None = None,
                 remote_addr: str = "127.0.0.1") -> None:
        self.ruleset = ruleset
        self.collections: dict[str, Pairs] = {}
        self.scalars: dict[str, bytes] = {}
        self.tx: dict[str, bytes] = {k.lower(): _encode(v) for k, v in (setup or {}).items()}
        self.logged: list[Logged] = []
        self.removed_ids: set[int] = set()
        self.removed_tags: set[str] = set()
        self.removed_targets: list[tuple[int | None, str | None, Target]] = []  # (rule id or tag, target)
        self.body_processor: str | None = None
        self.matched: Pairs = []
        self.matched_var: tuple[str, bytes] = ("", b"")
        self._transformed: dict[tuple[tuple[str, ...], bytes], bytes] = {}  # long values' (short: the ruleset's)
        self._values: dict[int, Pairs] = {}  # by Target.cache_key
        # (target, chain) → the operator ids any value of the target hits once transformed, for this phase
        self._target_hits: dict[int, int] = {}  # by ScanSet.key, masks
        self._group_hits: dict[int, int] = {}  # the same for a rule's targets together, by SecRule.hit_group
        self._target_lists: dict[tuple[int, int], tuple[dict[str, tuple[Target, ...]], Pairs]] = {}  # _targets'
        self._exclusions: dict[int, dict[str, tuple[Target, ...]]] = {}  # with ctl's removed targets, by id(rule)
        self.regex_timeouts = 0  # searches cut by their timeout
        self.regex_refused = 0  # searches not run: the budget was spent
        self._http = http
        self._request_line(http, remote_addr)
        size = len(self.scalars["REQUEST_LINE"]) + len(str(http.get("body") or "")) + sum(
            len(k) + len(v) for k, v in self.collections.get("REQUEST_HEADERS", []))
        self.regex_budget = min(REGEX_TRANSACTION_SECONDS + REGEX_SECONDS_PER_BYTE * size,
                                REGEX_TRANSACTION_MAX_SECONDS)  # what is left of it: see search

    # request and response data
    def add(self, collection: str, key: str, value: bytes) -> None:
        self.collections.setdefault(collection, []).append((key, value))

    def _request_line(self, http: dict[str, Any], remote_addr: str) -> None:
        method, uri, version = str(http.get("method", "GET")), str(http.get("uri", "/")), str(
            http.get("version", "HTTP/1.1"))
        raw_uri = _encode(uri)
        path, _, query = raw_uri.partition(b"?")
        if path.find(b"://", 0, 10) >= 0:  # absolute form: REQUEST_FILENAME and friends read the path only
            path = b"/" + path.split(b"/", 3)[-1] if path.count(b"/") >= 3 else b"/"
        filename = url_decode(path)
        self.scalars.update({
            "REQUEST_METHOD": _encode(method), "REQUEST_PROTOCOL": _encode(version), "REQUEST_URI_RAW": raw_uri,
            "REQUEST_URI": url_decode(raw_uri), "REQUEST_FILENAME": filename,
            "REQUEST_BASENAME": filename.rsplit(b"/", 1)[-1], "QUERY_STRING": query,
            "REQUEST_LINE": _encode(f"{method} {uri} {version}"), "REMOTE_ADDR": _encode(remote_addr),
            "UNIQUE_ID": b"1", "REQUEST_BODY_LENGTH": b"0", "ARGS_COMBINED_SIZE": b"0",
        })
        for key, value in _url_args(query):
            self.add("ARGS_GET", key, value)
        headers = http.get("headers") or {}
        for name, header in (headers.items() if isinstance(headers, dict) else headers):
            self.add("REQUEST_HEADERS", str(name), _encode(str(header)))
            if str(name).lower() == "cookie":
                for part in str(header).split(";"):
                    if part.strip():
                        key, _, cookie = part.lstrip().partition("=")
                        self.add("REQUEST_COOKIES", key, _encode(cookie))
        content_type = self.header("content-type").decode("latin-1").lower()
        if "multipart/form-data" in content_type:
            self.body_processor = "MULTIPART"
        elif "application/x-www-form-urlencoded" in content_type:
            self.body_processor = "URLENCODED"
        elif re.search(r"^(?:application(?:/soap\+|/)|text/)xml", content_type):
            self.body_processor = "XML"  # modsecurity.conf's rule 200000
        elif re.search(r"^application/[a-z0-9.-]*\+?json", content_type):
            self.body_processor = "JSON"  # modsecurity.conf's rule 200001
        if self.body_processor:
            self.scalars["REQBODY_PROCESSOR"] = self.body_processor.encode()

    def header(self, name: str) -> bytes:
        return next((v for k, v in self.collections.get("REQUEST_HEADERS", []) if k.lower() == name), b"")

    def _request_body(self) -> None:
        body = _encode(str(self._http.get("body") or ""))
        if self.body_processor in (None, "URLENCODED"):  # XML, JSON and multipart bodies are read as parsed
            self.scalars["REQUEST_BODY"] = body
        self.scalars["REQUEST_BODY_LENGTH"] = str(len(body)).encode()
        if self.body_processor:
            self.scalars["REQBODY_PROCESSOR"] = self.body_processor.encode()
        if body and self.body_processor == "URLENCODED":
            for key, value in _url_args(body):
                self.add("ARGS_POST", key, value)
        elif body and self.body_processor == "MULTIPART":
            _multipart(body, self.header("content-type").decode("latin-1"), self)
        elif body and self.body_processor == "JSON":
            pairs: Pairs = []
            try:
                _json_args(orjson.loads(body), "json", pairs)
            except orjson.JSONDecodeError:
                self.scalars["REQBODY_ERROR"] = b"1"
            for key, value in pairs:
                self.add("ARGS_POST", key, value)
        elif body and self.body_processor == "XML":
            found = _xml_values(body)
            if found is None:
                self.scalars["REQBODY_ERROR"] = b"1"
            else:
                self.collections["XML"] = [("/*", v) for v in found[0]] + [("//@*", v) for v in found[1]]
        args = self.collections.get("ARGS_GET", []) + self.collections.get("ARGS_POST", [])
        self.scalars["ARGS_COMBINED_SIZE"] = str(sum(len(k) + len(v) for k, v in
                                                     ((_encode(k), v) for k, v in args))).encode()

    def _response(self, response: dict[str, Any]) -> None:
        self.scalars["RESPONSE_STATUS"] = str(response.get("status", 200)).encode()
        self.scalars["RESPONSE_PROTOCOL"] = _encode(str(response.get("protocol", "HTTP/1.1")))
        headers = response.get("headers") or {}
        for name, value in headers.items():
            self.add("RESPONSE_HEADERS", str(name), _encode(str(value)))
            if str(name).lower() == "content-type":
                self.scalars["RESPONSE_CONTENT_TYPE"] = _encode(str(value))
        body = _encode(str(response.get("body") or ""))
        self.scalars["RESPONSE_BODY"] = body
        self.regex_budget = min(self.regex_budget + REGEX_SECONDS_PER_BYTE * len(body), REGEX_TRANSACTION_MAX_SECONDS)
        self.scalars["RESPONSE_CONTENT_LENGTH"] = str(len(body)).encode()

    def _entries(self, name: str) -> Pairs:
        """(key, value) pairs of a collection, or ("", value) for a scalar variable that is set."""
        if name == "ARGS":
            return self.collections.get("ARGS_GET", []) + self.collections.get("ARGS_POST", [])
        if name == "FILES_NAMES":
            return self.collections.get("FILES_NAMES", [])
        if name.endswith("_NAMES") and name[:-6] in ("ARGS", "ARGS_GET", "ARGS_POST", "REQUEST_COOKIES",
                                                      "REQUEST_HEADERS", "RESPONSE_HEADERS"):
            return [(k, _encode(k)) for k, _ in self._entries(name[:-6])]
        if name == "TX":
            return list(self.tx.items())
        if name == "MATCHED_VARS":
            return list(self.matched)
        if name == "MATCHED_VARS_NAMES":
            return [(k, _encode(k)) for k, _ in self.matched]
        if name == "MATCHED_VAR":
            return [("", self.matched_var[1])] if self.matched_var[0] else []
        if name == "MATCHED_VAR_NAME":
            return [("", _encode(self.matched_var[0]))] if self.matched_var[0] else []
        if name in COLLECTIONS:
            return self.collections.get(name, [])
        scalar = self.scalars.get(name)
        return [] if scalar is None else [("", scalar)]

    def values(self, target: Target, rule: SecRule | None) -> Pairs:
        """(variable name, value) pairs a target yields (one count for ``&``); request and response variables are
        remembered within a phase (only TX and the MATCHED_ ones change inside one)."""
        if target.collection in _VOLATILE:
            return self._select(target)
        found = self._values.get(target.cache_key)
        if found is None:
            found = self._values[target.cache_key] = self._select(target)
        return found

    def _select(self, target: Target) -> Pairs:
        name = target.collection
        if name == "TX" and target.key is not None:  # one key: no scan of the whole collection
            value = self.tx.get(target.key)
            if target.count:
                return [(target.name, b"0" if value is None else b"1")]
            return [] if value is None else [(f"TX:{target.key}", value)]
        if target.pattern is not None and name != "XML":
            # the verdicts selects remembers, read with one lookup and no call a key, and TX's ~150 keys read from
            # the dict, not a list of them (920450 and 922110 select from TX on every request)
            known = target.selections
            entries: Pairs = []
            if name == "TX":
                for k, v in self.tx.items():
                    selected = known.get(k)
                    if selected is None:
                        selected = target.selects(k)
                    if selected:
                        entries.append((k, v))
            else:
                entries = [(k, v) for k, v in self._entries(name) if target.selects(k)]
        else:
            entries = self._entries(name)
            if name == "XML" and (target.key is not None or target.pattern is not None):
                entries = [(k, v) for k, v in entries if k == target.key] if target.key in ("/*", "//@*") else []
            elif target.key is not None:
                entries = [(k, v) for k, v in entries if target.selects(k)]
        if target.count:
            return [(target.name, str(len(entries)).encode())]
        if name in ("MATCHED_VARS", "MATCHED_VARS_NAMES"):
            return entries  # already full names
        return [(f"{name}:{k}" if k else name, v) for k, v in entries]

    def _targets(self, rule: SecRule) -> Pairs:
        """(variable name, value) pairs of the rule's targets, less its exclusions; only iterated by callers, so a
        list remembered for the phase will do (the same targets and exclusions are in many rules)."""
        exclusions = rule.exclusions if not self.removed_targets else self._removed_exclusions(rule)
        if len(rule.included) == 1 and not exclusions:
            return self.values(rule.included[0], rule)
        if rule.targets_key < 0:
            return self._select_targets(rule, exclusions)
        key = (rule.targets_key, id(exclusions))  # rules with the same !targets share the dict
        found = self._target_lists.get(key)
        if found is None or found[0] is not exclusions:  # (an id can be reused once its dict is gone)
            found = self._target_lists[key] = (exclusions, self._select_targets(rule, exclusions))
        return found[1]

    def _select_targets(self, rule: SecRule, exclusions: dict[str, tuple[Target, ...]]) -> Pairs:
        out: Pairs = []
        for target in rule.included:
            excluded = exclusions.get(target.collection) if not target.count else None
            if excluded is None:
                out += self.values(target, rule)
                continue
            for full, value in self.values(target, rule):
                key = full.partition(":")[2]
                if not any(t.selects(key) for t in excluded):
                    out.append((full, value))
        return out

    def _removed_exclusions(self, rule: SecRule) -> dict[str, tuple[Target, ...]]:
        """The rule's !targets with those ctl:ruleRemoveTargetById/ByTag removed from it, by collection."""
        found = self._exclusions.get(id(rule))
        if found is None:
            removed = [t for rule_id, tag, t in self.removed_targets
                       if rule.id == rule_id or (tag is not None and self.ruleset.tagged(rule, tag))]
            found = dict(rule.exclusions) if removed else rule.exclusions
            for target in removed:
                found[target.collection] = (*found.get(target.collection, ()), target)
            self._exclusions[id(rule)] = found
        return found

    # macros and actions
    def expand(self, text: str, rule: SecRule | None = None) -> str:
        if "%{" not in text:
            return text
        out = []
        for part in _template(text):
            if isinstance(part, str):
                out.append(part)
                continue
            kind, key = part
            if kind == "TX":
                out.append(self.tx.get(key, b"").decode("utf-8", "surrogateescape"))
            elif rule is None:
                out.append("")
            elif kind == "RULE":
                out.append({"id": str(rule.id), "msg": rule.msg, "severity": rule.severity}.get(key, ""))
            else:
                found = self.values(key, rule)
                out.append(found[0][1].decode("utf-8", "surrogateescape") if found else "")
        return "".join(out)

    def _setvar(self, spec: SetVar, rule: SecRule) -> None:
        if spec.remove is not None:
            self.tx.pop(spec.remove, None)
            return
        if not spec.tx:
            return
        if spec.on is not None:
            source = self.tx.get(spec.on, b"")  # as expand reads it
            found = spec.expanded.get(source)
            if found is None:
                key = self.expand(spec.key, rule).lower() if spec.key_macros else spec.key
                value = self.expand(spec.value, rule) if spec.assigned else "1"
                found = _keep(spec.expanded, source, (key, value, _encode(value)), SETVAR_ENTRIES, SETVAR_MAX_BYTES)
            key, value, encoded = found
        else:
            key = self.expand(spec.key, rule).lower() if spec.key_macros else spec.key
            if spec.constant is not None:
                self.tx[key] = spec.constant
                return
            value = self.expand(spec.value, rule) if spec.assigned else "1"
            encoded = b""
        if value[:1] in ("+", "-") and spec.assigned:
            current = _number(self.tx.get(key, b"0"))
            delta = _number(_encode(value[1:]))
            self.tx[key] = _encode(str(current + delta if value[0] == "+" else current - delta))
        else:
            self.tx[key] = encoded if spec.on is not None else _encode(value)

    def _ctl(self, spec: str, rule: SecRule) -> None:
        name, _, value = spec.partition("=")
        if name == "ruleRemoveById":
            for part in value.split():
                low, _, high = part.partition("-")
                self.removed_ids.update(range(int(low), int(high or low) + 1))
        elif name == "ruleRemoveByTag":
            self.removed_tags.add(value)
        elif name in ("ruleRemoveTargetById", "ruleRemoveTargetByTag"):
            which, _, variables = value.partition(";")
            for variable in variables.split("|"):
                target = Target.parse(variable)
                if name == "ruleRemoveTargetById":
                    self.removed_targets.append((int(which), None, target))
                else:
                    self.removed_targets.append((None, which, target))
            self._exclusions = self.ruleset.exclusion_table(
                tuple((rule_id, tag, target.name) for rule_id, tag, target in self.removed_targets))
        elif name == "requestBodyProcessor":
            self.body_processor = value.upper()

    def _transformed_value(self, chain: Chain, value: bytes) -> bytes:
        if not chain.transforms:
            return value
        if len(value) <= MEMO_MAX_BYTES:
            return RuleSet.transform(chain, value)
        key = (chain.transforms, value)
        found = self._transformed.get(key)
        if found is None:
            found = self._transformed[key] = RuleSet.transform(chain, value)
        return found

    def _hits(self, rule: SecRule) -> int:
        """The mask of the operator ids the databases hit on some value of the rule's targets: worked out once per
        phase for each target and ScanSet (a target is in many rules' lists), and for each list."""
        found = self._group_hits.get(rule.hit_group)
        if found is not None:
            return found
        found = 0
        for target, scan_set in rule.scan_sets:
            one = self._target_hits.get(scan_set.key)
            if one is None:
                one = 0
                memo = scan_set.hits
                for _, value in self.values(target, rule):
                    hit = memo.get(value)  # the common case, without a call
                    if hit is None:
                        hit = self._scan_set(scan_set, value)
                    if hit:
                        one |= hit
                self._target_hits[scan_set.key] = one
            found |= one
        self._group_hits[rule.hit_group] = found
        return found

    def _scan_set(self, scan_set: ScanSet, value: bytes) -> int:
        mask = 0
        split: set[int] = set()
        ruleset = self.ruleset
        union = scan_set.union
        if union is not None:
            # a value new to the set is mostly new to its chains: each prefix worked out once here, without a
            # lookup in its chain's memo, and remembered there for the general path as transform would
            walk = scan_set.walk
            short = len(value) <= MEMO_MAX_BYTES
            texts = _texts(walk, value) if short else []
            by_text: dict[bytes, int] = {}
            for position, bits in scan_set.groups:
                transformed = texts[position] if short else self._transformed_value(walk[position][0], value)
                by_text[transformed] = by_text.get(transformed, 0) | bits
            for transformed, bits in by_text.items():
                mask |= ruleset.scan(union, transformed) & bits
            for position, database, bits in scan_set.apart:
                transformed = texts[position] if short else self._transformed_value(walk[position][0], value)
                if bits < 0:  # remembered by the set (see _split_databases)
                    ruleset.scan_into(database, transformed, split)
                else:
                    mask |= ruleset.scan(database, transformed) & bits
            mask |= _mask(split)
            return _remember(scan_set, value, mask)
        for chain, databases in scan_set.scans:
            transformed = self._transformed_value(chain, value)
            for scanned in databases:
                if scanned is chain:
                    mask |= ruleset.scan(chain, transformed)
                else:  # one of a split chain's databases: remembered by the set (see _split_databases)
                    ruleset.scan_into(scanned, transformed, split)
        for chain, database, bits in scan_set.steps:  # the database may hold others: their hits are not for this text
            mask |= ruleset.scan(database, self._transformed_value(chain, value)) & bits
        return _remember(scan_set, value, mask | _mask(split))

    def search(self, pattern: regex.Pattern[bytes], value: bytes) -> regex.Match[bytes] | None:
        """``pattern`` (a rule's, run by Python) searched in ``value`` within the transaction's budget: None where
        it does not match, or where the search ran out of time (its own, or what is left of the transaction's: see
        REGEX_SEARCH_SECONDS), as PCRE's match limit makes ModSecurity's operators not match; then
        TX:MSC_PCRE_LIMITS_EXCEEDED is set, as ModSecurity sets it. Once the budget is spent, no search runs."""
        budget = self.regex_budget
        if budget <= 0.0:
            self.regex_refused += 1
            self.tx["msc_pcre_limits_exceeded"] = b"1"
            return None
        timeout = min(budget, REGEX_SEARCH_SECONDS + REGEX_SECONDS_PER_BYTE * len(value))
        started = time.perf_counter()  # wall time: at least the CPU time regex's timeout counts (a CPU clock costs
        # a system call, ~0.6 us twice per search), so a busy machine spends the budget sooner, never later
        try:
            match = pattern.search(value, timeout=timeout)
        except TimeoutError:
            match = None
            self.regex_timeouts += 1
            self.tx["msc_pcre_limits_exceeded"] = b"1"
        self.regex_budget = budget - (time.perf_counter() - started)
        return match

    @property
    def regex_limited(self) -> int:
        """How many searches the budget answered "no match" (cut or not run)."""
        return self.regex_timeouts + self.regex_refused

    def operate(self, rule: SecRule, value: bytes, chain: Chain) -> bool:
        """The rule's operator on ``value`` (transformed by ``chain``), before negation, with its captures."""
        op = rule.operator
        name = op.name
        if name in ("rx", "pm", "pmFromFile", "pmf") and not op.dynamic:
            if op.op_id >= 0:
                # only its own chain's databases hold the operator's id (multiMatch's earlier steps pass others)
                hit = chain is rule.transformation and bool(self.ruleset.scan(_scanned(op), value) & op.bit)
                if hit and op.confirm is not None:
                    hit = _confirmed(self, op, value)
            else:
                hit = op.confirm is not None and _confirmed(self, op, value)
            if hit and rule.capture:
                hit = self._capture(op, value)
            return hit
        argument = _encode(self.expand(op.argument, rule)) if op.dynamic else op.encoded
        if name == "rx":
            match = self.search(_dynamic_regex(argument), value)
            if match and rule.capture:
                self._set_captures(_groups_of(match))
            return match is not None
        if name in ("pm", "pmFromFile", "pmf"):
            lowered = value.lower()
            return any(p.lower() in lowered for p in argument.split())
        return _OTHER_OPS[name](self, op, argument, value)

    def _capture(self, op: Operator, value: bytes) -> bool:
        """Sets the captures of an operator that matched ``value``. Where the budget cut the search that takes
        them, a match Hyperscan found exactly stands with no captures (padding must not silence a rule), and one
        only Python could confirm does not match, as under PCRE's limit."""
        if op.name == "rx":
            pattern = op.capturing or op.confirm
            if pattern is None:
                return True
            groups = op.captured.get(value)
            if groups is None:
                limited = self.regex_limited
                match = self.search(pattern, value)
                if self.regex_limited != limited:
                    if op.confirm is not None:
                        return False
                    self._set_captures((None,))  # TX:0 unset: no stale text from an earlier rule
                    return True
                groups = _keep(op.captured, value, _groups_of(match), CAPTURE_ENTRIES, CAPTURE_MAX_BYTES)
            self._set_captures(groups)
            return True
        lowered = value.lower()
        phrase = next((p for p in op.phrases if p.lower() in lowered), b"")
        self.tx["0"] = phrase
        return True

    def _set_captures(self, groups: tuple[bytes | None, ...]) -> None:
        """TX:0 to TX:9 from a match's groups (_groups_of; none: no match); a group that did not take part unsets
        its variable, and those beyond the pattern's groups are left as they were."""
        for index, group in enumerate(groups):
            if group is not None:
                self.tx[_DIGITS[index]] = group
            else:
                self.tx.pop(_DIGITS[index], None)

    def _match(self, rule: SecRule) -> bool:
        if rule.is_action:
            self._effects(rule)
            return True
        if rule.prefiltered and not self._hits(rule) & rule.operator.bit:
            return False  # a chained link; run_phase ends most heads there before they get here
        if rule.multi_match:
            return self._match_each_step(rule)
        chain, test, negated = rule.transformation, rule.test, rule.operator.negated
        if rule.tx_key is not None and (not self.removed_targets or not self._removed_exclusions(rule)):
            value = self.tx.get(rule.tx_key)
            if rule.tx_count:
                value = b"0" if value is None else b"1"
            elif value is None:
                return False
            transformed = self._transformed_value(chain, value)
            if test(self, transformed) == negated:
                return False
            self._matched_value(rule, rule.tx_name, transformed)
            return True
        matched = False
        for full, value in self._targets(rule):
            # MATCHED_VAR(S) hold the transformed value, as in libmodsecurity v3
            transformed = self._transformed_value(chain, value)
            if test(self, transformed) != negated:
                matched = True
                self._matched_value(rule, full, transformed)
        return matched

    def _match_each_step(self, rule: SecRule) -> bool:
        """multiMatch: the operator runs on the value before the first transformation and after each one."""
        matched = False
        op = rule.operator
        remember = not op.dynamic and not op.negated
        for full, value in self._targets(rule):
            if value in rule.step_misses:
                continue
            limited = self.regex_limited
            for step, chain in enumerate(rule.steps):
                candidate = self._transformed_value(chain, value)
                # intermediate values: the full chain's database holds the operator's pattern (whatever the values
                # it is meant for), exact unless Python has to confirm it
                if step < len(rule.transforms) and op.name == "rx" and not op.dynamic:
                    pattern = op.capturing = op.confirm or op.capturing or _python_regex(op.argument)
                    if op.op_id >= 0 and op.confirm is None:
                        result = bool(self.ruleset.scan(_scanned(op), candidate) & op.bit)
                    else:
                        result = _confirmed(self, op, candidate, pattern)  # most values do not match: once per value
                    if result and rule.capture:
                        found = self.search(pattern, candidate)
                        if found is None:  # the budget cut it
                            result = False
                        else:
                            self._set_captures(_groups_of(found))
                else:
                    result = self.operate(rule, candidate, chain)
                if result != op.negated:
                    matched = True
                    self._matched_value(rule, full, value)
                    break
            else:  # a miss the budget gave is not remembered
                if remember and self.regex_limited == limited:
                    _keep(rule.step_misses, value, None, MEMO_ENTRIES_PER_CHAIN, MEMO_MAX_BYTES)
        return matched

    def _matched_value(self, rule: SecRule, full: str, value: bytes) -> None:
        self.matched_var = (full, value)
        self.matched.append((full, value))
        # as libmodsecurity v3: setvar and ctl run for each matching value, as soon as it matches, so a later link
        # (and the next value) read what they set
        if rule.effects:
            self._effects(rule)

    def _effects(self, rule: SecRule) -> None:
        for name, argument in rule.effects:
            if name == "setvar":
                self._setvar(argument, rule)
            else:
                self._ctl(argument, rule)

    def _run_rule(self, rule: SecRule) -> str | None:
        """Evaluates a rule and its chain; on a full match runs its actions. Returns the marker to skip to."""
        if rule.id in self.removed_ids or (self.removed_tags and any(t in self.removed_tags for t in rule.tags)):
            return None
        self.matched = []
        for link in rule.linked:
            if not self._match(link):
                return None
        if not rule.nolog:
            self._log(rule)
        return rule.skip_after

    def _log(self, rule: SecRule) -> None:
        self.logged.append(Logged(rule.id, self.expand(rule.msg, rule), rule.severity, self.matched_var[0],
                                  rule.tags, rule.paranoia, self.expand(rule.logdata, rule)))

    def run_phase(self, phase: int) -> None:
        self._values.clear()
        self._target_hits.clear()
        self._group_hits.clear()
        self._target_lists.clear()
        if phase == 2:
            self._request_body()
        items = self.ruleset.phases[phase]
        markers = self.ruleset.markers[phase]
        group_hits = self._group_hits
        index = 0
        while index < len(items):
            item = items[index]
            index += 1
            if isinstance(item, str):
                continue
            if item.prefiltered:  # most rules end here: their operator is hit on none of their values
                hits = group_hits.get(item.hit_group)
                if not (self._hits(item) if hits is None else hits) & item.operator.bit:
                    continue
            elif (item.tx_compare is not None and not self.removed_ids and not self.removed_tags
                  and (not self.removed_targets or not self._removed_exclusions(item))):
                # _run_rule's outcome, without its calls: ~100 such rules run on each request
                self.matched = []
                key, compare, number = item.tx_compare
                value = self.tx.get(key)
                if value is None or compare(_number(value), number) == item.operator.negated:
                    continue
                self._matched_value(item, item.tx_name, value)
                if not item.nolog:
                    self._log(item)
                skip = item.skip_after
                if skip is not None:
                    index = markers.get(skip, len(items))
                continue
            skip = self._run_rule(item)
            if skip is not None:
                index = markers.get(skip, len(items))

    def run(self, response: dict[str, Any] | None = None) -> Transaction:
        self.run_phase(1)
        self.run_phase(2)
        if response is not None:
            self._response(response)
            self.run_phase(3)
            self.run_phase(4)
        self.run_phase(5)
        return self

    # results
    @property
    def logged_ids(self) -> list[int]:
        return [entry.rule_id for entry in self.logged]

    @property
    def inbound_score(self) -> int:
        return _number(self.tx.get("blocking_inbound_anomaly_score", self.tx.get("inbound_anomaly_score", b"0")))

    @property
    def outbound_score(self) -> int:
        return _number(self.tx.get("blocking_outbound_anomaly_score", self.tx.get("outbound_anomaly_score", b"0")))

    @property
    def blocked(self) -> bool:
        """Whether a logged rule denies: in CRS's anomaly mode, the blocking evaluation rules (949110, 959100)."""
        return any(self.ruleset.by_id[e.rule_id].disruptive in ("deny", "drop") for e in self.logged
                   if e.rule_id in self.ruleset.by_id)


_NUMBER = re.compile(rb"\s*([+-]?\d+)")
_NUMBERS: dict[bytes, int] = {}  # short values' numbers (TX scores and levels, mostly): at most ~1 MB
NUMBERS_ENTRIES, NUMBERS_MAX_BYTES = 4096, 32


def _number(value: bytes) -> int:
    found = _NUMBERS.get(value)
    if found is None:
        match = _NUMBER.match(value)
        found = _keep(_NUMBERS, value, int(match.group(1)) if match else 0, NUMBERS_ENTRIES, NUMBERS_MAX_BYTES)
    return found


@dataclasses.dataclass(frozen=True, slots=True)
class SetVar:
    """A setvar action's text as parsed at load (macros are expanded when it runs)."""

    remove: str | None  # the TX key ``!tx.key`` unsets
    tx: bool  # whether it sets a TX variable (others are ignored)
    key: str  # lower-cased unless it holds macros
    key_macros: bool
    value: str
    assigned: bool  # ``=`` given: otherwise the variable is set to 1
    # the bytes set where they do not depend on the transaction (no macros, no +/-): CRS's initialisation sets ~40
    constant: bytes | None = None
    # the one TX variable its key's and value's macros read, where they read only that one (920450's
    # tx.header_name_920450_%{tx.0}=/%{tx.0}/, once per header): the expansion kept by the variable's bytes
    on: str | None = None
    expanded: dict[bytes, tuple[str, str, bytes]] = dataclasses.field(default_factory=dict, compare=False)


def _setvar_spec(spec: str) -> SetVar:
    if spec.startswith("!"):
        return SetVar(spec[1:].partition(".")[2].lower(), False, "", False, "", False)
    name, sep, value = spec.partition("=")
    collection, _, key = name.partition(".")
    macros = "%{" in key
    static = not sep or ("%{" not in value and value[:1] not in ("+", "-"))
    parts = [part for part in (*_template(key), *(_template(value) if sep else ())) if not isinstance(part, str)]
    tx_only = bool(parts) and all(part[0] == "TX" for part in parts)
    on = str(parts[0][1]) if tx_only and len({part[1] for part in parts}) == 1 else None
    return SetVar(None, collection.lower() == "tx", key if macros else key.lower(), macros, value, bool(sep),
                  (_encode(value) if sep else b"1") if static else None, on)


def _confirmed(tx: Transaction, op: Operator, value: bytes, pattern: regex.Pattern[bytes] | None = None) -> bool:
    """Whether Python's compilation of ``op``'s regex (``op.confirm`` unless given: all are _python_regex of its
    argument) finds it in ``value`` within ``tx``'s budget; short values' answers are remembered on ``op`` (the same
    header values come back request after request), except those the budget gave."""
    pattern = pattern or op.confirm
    assert pattern is not None
    found = op.verdicts.get(value)
    if found is None:
        limited = tx.regex_limited
        found = tx.search(pattern, value) is not None
        if tx.regex_limited == limited:
            _keep(op.verdicts, value, found, MEMO_ENTRIES_PER_CHAIN, MEMO_MAX_BYTES)
    return found


def _groups_of(match: regex.Match[bytes] | None) -> tuple[bytes | None, ...]:
    """A match's whole and its first 9 groups, as TX:0 to TX:9 take them; () for no match."""
    if match is None:
        return ()
    return tuple(match.group(index) for index in range(min(10, match.re.groups + 1)))


_DYNAMIC: dict[bytes, regex.Pattern[bytes]] = {}


def _dynamic_regex(pattern: bytes) -> regex.Pattern[bytes]:
    found = _DYNAMIC.get(pattern)
    if found is None:
        found = _keep(_DYNAMIC, pattern, regex.compile(pattern, RE_FLAGS), 1024)
    return found


_COMPARISONS: dict[str, Callable[[int, int], bool]] = {
    "eq": lambda a, b: a == b, "ge": lambda a, b: a >= b, "gt": lambda a, b: a > b, "le": lambda a, b: a <= b,
    "lt": lambda a, b: a < b,
}


def _numeric(compare: Callable[[int, int], bool]) -> Callable[[Transaction, Operator, bytes, bytes], bool]:
    return lambda _tx, _op, argument, value: compare(_number(value), _number(argument))


def _valid_url_encoding(value: bytes) -> bool:
    index = value.find(b"%")
    while index >= 0:
        pair = value[index + 1:index + 3]
        if len(pair) < 2 or not all(c in b"0123456789abcdefABCDEF" for c in pair):
            return False
        index = value.find(b"%", index + 3)
    return True


def _valid_utf8(value: bytes) -> bool:
    if value.isascii():  # most values: no str made
        return True
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _libinjection_sqli(value: bytes) -> bool:
    assert _libinjection is not None
    return bool(_libinjection.is_sql_injection(value.decode("latin-1"))["is_sqli"])


def _libinjection_xss(value: bytes) -> bool:
    assert _libinjection is not None
    return bool(_libinjection.is_xss(value.decode("latin-1"))["is_xss"])


def _remembered(op: Operator, value: bytes, detect: Callable[[bytes], bool]) -> bool:
    """libinjection's verdict on ``value``, remembered on ``op`` for short values (as _confirmed's)."""
    found = op.verdicts.get(value)
    if found is None:
        found = _keep(op.verdicts, value, detect(value), MEMO_ENTRIES_PER_CHAIN, MEMO_MAX_BYTES)
    return found


_NETWORKS: dict[bytes, tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]] = {}  # by @ipMatch argument
_IP_VERDICTS: dict[tuple[bytes, bytes], bool] = {}  # by (@ipMatch argument, value)


def _ip_match(argument: bytes, value: bytes) -> bool:
    """Whether ``value`` is an address in one of the networks ``argument`` lists; verdicts remembered (CRS tests
    REMOTE_ADDR on every request: ipaddress parses it in ~15 us)."""
    if len(value) > IP_VERDICT_MAX_BYTES or len(argument) > IP_VERDICT_MAX_BYTES:
        return _ip_in(argument, value)
    key = (argument, value)
    found = _IP_VERDICTS.get(key)
    if found is None:
        found = _keep(_IP_VERDICTS, key, _ip_in(argument, value), IP_VERDICT_ENTRIES)
    return found


def _ip_in(argument: bytes, value: bytes) -> bool:
    try:
        address = ipaddress.ip_address(value.decode("latin-1").strip())
    except ValueError:
        return False
    networks = _NETWORKS.get(argument)
    if networks is None:
        parsed = []
        for network in argument.decode("latin-1").replace(",", " ").split():
            with contextlib.suppress(ValueError):
                parsed.append(ipaddress.ip_network(network, strict=False))
        networks = _keep(_NETWORKS, argument, tuple(parsed), 256)  # arguments with macros differ per request
    return any(address in network for network in networks)


def _contains_word(argument: bytes, value: bytes) -> bool:
    return re.search(rb"(?<![A-Za-z0-9_])" + re.escape(argument) + rb"(?![A-Za-z0-9_])", value) is not None


_OTHER_OPS: dict[str, Callable[[Transaction, Operator, bytes, bytes], bool]] = {
    **{name: _numeric(compare) for name, compare in _COMPARISONS.items()},
    "streq": lambda _t, _o, a, v: a == v,
    "contains": lambda _t, _o, a, v: v.find(a) >= 0,  # not `in`: see seclang_transforms._PERCENT
    "containsWord": lambda _t, _o, a, v: _contains_word(a, v),
    "beginsWith": lambda _t, _o, a, v: v.startswith(a),
    "endsWith": lambda _t, _o, a, v: v.endswith(a),
    "within": lambda _t, _o, a, v: a.find(v) >= 0,
    "strmatch": lambda _t, _o, a, v: v.find(a) >= 0,
    "ipMatch": lambda _t, _o, a, v: _ip_match(a, v),
    "unconditionalMatch": lambda _t, _o, _a, _v: True,
    "noMatch": lambda _t, _o, _a, _v: False,
    "validateByteRange": lambda _t, o, _a, v: o.outside is not None and o.outside.search(v) is not None,
    "validateUrlEncoding": lambda _t, _o, _a, v: not _valid_url_encoding(v),
    "validateUtf8Encoding": lambda _t, _o, _a, v: not _valid_utf8(v),
    "detectSQLi": lambda _t, o, _a, v: _remembered(o, v, _libinjection_sqli),
    "detectXSS": lambda _t, o, _a, v: _remembered(o, v, _libinjection_xss),
}


def crs_setup(paranoia: int, detection_paranoia: int | None = None, threshold: int = 5,
              extra: dict[str, str] | None = None) -> dict[str, str]:
    """TX values crs-setup.conf would set: blocking and detection paranoia levels and the inbound threshold."""
    return {"crs_setup_version": "400", "blocking_paranoia_level": str(paranoia),
            "detection_paranoia_level": str(detection_paranoia if detection_paranoia is not None else paranoia),
            "inbound_anomaly_score_threshold": str(threshold), **(extra or {})}
