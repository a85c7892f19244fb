"""Imports the OWASP Core Rule Set's single-pattern rules into a reflex rule pack: the Hyperscan fast path. The
whole rule set, as ModSecurity runs it, is agents/seclang.py's."""

from __future__ import annotations

import collections
import dataclasses
import re
from pathlib import Path
from typing import Any

import hyperscan

from agents.seclang import directives, parse_actions, quoted

VARIABLES: dict[str, str] = {
    "ARGS": "http.args", "ARGS_NAMES": "http.args_names", "ARGS_GET": "http.args_get",
    "ARGS_GET_NAMES": "http.args_get_names", "REQUEST_COOKIES": "http.cookies",
    "REQUEST_COOKIES_NAMES": "http.cookies_names", "REQUEST_HEADERS": "http.headers",
    "REQUEST_HEADERS_NAMES": "http.headers_names", "REQUEST_FILENAME": "http.path", "REQUEST_BASENAME": "http.basename",
    "REQUEST_URI": "http.uri", "REQUEST_URI_RAW": "http.uri", "QUERY_STRING": "http.query", "REQUEST_BODY": "http.body",
    "REQUEST_LINE": "http.request_line", "REQUEST_METHOD": "http.method", "REQUEST_PROTOCOL": "http.protocol",
    "XML": "http.xml",
}
TRANSFORMATIONS: dict[str, str | None] = {
    "lowercase": "lowercase", "urlDecode": "url_decode", "urlDecodeUni": "url_decode",
    "htmlEntityDecode": "html_entity_decode", "jsDecode": "js_decode", "cssDecode": "css_decode",
    "utf8toUnicode": None, "removeNulls": "remove_nulls", "replaceNulls": "replace_nulls",
    "removeWhitespace": "remove_whitespace", "compressWhitespace": "compress_whitespace",
    "replaceComments": "replace_comments", "removeComments": "remove_comments", "removeCommentsChar": "remove_comments",
    "cmdLine": "cmd_line", "normalizePath": "normalize_path", "normalisePath": "normalize_path",
    "normalizePathWin": "normalize_path_win", "escapeSeqDecode": "escape_seq_decode", "base64Decode": "base64_decode",
    "base64decode": "base64_decode", "trim": "trim",
}
SEVERITIES = {"CRITICAL": "CRITICAL", "ERROR": "HIGH", "WARNING": "MEDIUM", "NOTICE": "LOW", "2": "CRITICAL",
              "3": "HIGH", "4": "MEDIUM", "5": "LOW"}
CATEGORIES = {"911": "protocol", "913": "scanner", "920": "protocol", "921": "protocol", "922": "protocol",
              "930": "lfi", "931": "rfi", "932": "rce", "933": "php", "934": "exploit", "941": "xss", "942": "sqli",
              "943": "exploit", "944": "java"}


@dataclasses.dataclass
class ImportReport:
    imported: int = 0
    skipped: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    examples: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    def skip(self, reason: str, rule_id: int) -> None:
        self.skipped[reason] += 1
        self.examples.setdefault(reason, [])
        if len(self.examples[reason]) < 5:
            self.examples[reason].append(rule_id)

    def as_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "skipped": dict(self.skipped.most_common()),
                "skipped_total": sum(self.skipped.values()), "examples": self.examples}


def split_secrule(line: str) -> tuple[str, str, str]:
    """(variables, operator, actions) of a ``SecRule`` directive."""
    rest = line[len("SecRule"):].lstrip()
    if rest.startswith('"'):
        variables, index = quoted(rest, 0)
    else:
        index = rest.index(" ")
        variables = rest[:index]
    rest = rest[index:].lstrip()
    operator, index = quoted(rest, 0)
    rest = rest[index:].lstrip()
    actions = quoted(rest, 0)[0] if rest.startswith('"') else ""
    return variables, operator, actions


def _pattern(operator: str, rules_dir: Path) -> tuple[str | None, list[str], str | None]:
    """(pattern, flags, reason it cannot be imported)."""
    if operator.startswith("!"):
        return None, [], "negated operator"
    if not operator.startswith("@"):
        operator = "@rx " + operator
    name, _, argument = operator.partition(" ")
    if name == "@rx":
        return argument, [], None
    if name in ("@pm", "@pmFromFile", "@pmf"):
        words = argument.split() if name == "@pm" else _data_file_words(rules_dir, argument)
        if not words:
            return None, [], "empty phrase list"
        return "(?:" + "|".join(re.escape(w) for w in sorted(set(words))) + ")", ["caseless"], None
    literal = re.escape(argument)
    anchored = {"@contains": literal, "@beginsWith": f"^{literal}", "@endsWith": f"{literal}$",
                "@streq": f"^{literal}$"}
    if name in anchored:
        return anchored[name], [], None
    return None, [], f"unsupported operator {name}"


def _data_file_words(rules_dir: Path, names: str) -> list[str]:
    words: list[str] = []
    for name in names.split():
        path = rules_dir / name
        if path.exists():
            words += [line.strip() for line in path.read_text("utf-8", errors="replace").splitlines()
                      if line.strip() and not line.strip().startswith("#")]
    return words


def _fields(variables: str) -> tuple[list[str], list[str]]:
    """(our field names, the variables that have no equivalent here); exclusions (``!VAR``) are ignored."""
    fields, unsupported = [], []
    for variable in variables.split("|"):
        if variable.startswith("!"):
            continue
        name, _, selector = variable.partition(":")
        if name == "REQUEST_HEADERS" and selector and not selector.startswith("/"):
            fields.append(f"http.headers.{selector.lower()}")
        elif name in VARIABLES and (not selector or name == "XML"):
            fields.append(VARIABLES[name])
        else:
            unsupported.append(variable)
    return list(dict.fromkeys(fields)), unsupported


def _compiles(pattern: str, flags: list[str]) -> str | None:
    from agents.reflex import FLAG_BITS

    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    try:
        database.compile(expressions=[pattern.encode("utf-8")], ids=[0], elements=1,
                         flags=[hyperscan.HS_FLAG_SINGLEMATCH | sum(FLAG_BITS[f] for f in flags)])
    except hyperscan.error as exc:
        return str(exc)
    return None


def convert(directive: str, source: str, rules_dir: Path, paranoia: int, report: ImportReport) -> dict[str, Any] | None:
    """One SecRule as a pack rule, or None (and the reason counted in ``report``)."""
    variables, operator, raw_actions = split_secrule(directive)
    actions = parse_actions(raw_actions)
    named = dict(actions)
    rule_id = int(named.get("id", "0") or 0)
    tags = [value for name, value in actions if name == "tag"]
    level = next((int(t.split("/")[1]) for t in tags if t.startswith("paranoia-level/")), 1)
    if "chain" in named:
        report.skip("chained rule", rule_id)
        return None
    if level > paranoia:
        report.skip(f"paranoia level above {paranoia}", rule_id)
        return None
    if named.get("phase") in ("3", "4", "response") or source.startswith("RESPONSE-"):
        report.skip("response phase", rule_id)
        return None
    if "severity" not in named:
        report.skip("control rule (no severity: flow control, setup or scoring)", rule_id)
        return None
    fields, unsupported = _fields(variables)
    if not fields:
        report.skip("no supported variable (" + ",".join(sorted({u.split(":")[0] for u in unsupported})) + ")",
                    rule_id)
        return None
    pattern, flags, reason = _pattern(operator, rules_dir)
    if pattern is None:
        report.skip(reason or "unsupported operator", rule_id)
        return None
    transforms: list[str] = []
    for name, value in actions:
        if name != "t":
            continue
        if value == "none":
            transforms = []
        elif value not in TRANSFORMATIONS:
            report.skip(f"unsupported transformation {value}", rule_id)
            return None
        elif (mapped := TRANSFORMATIONS[value]) is not None:
            transforms.append(mapped)
    if _compiles(pattern, flags) is not None:
        report.skip("pattern Hyperscan rejects", rule_id)
        return None
    report.imported += 1
    return {"id": rule_id, "name": named.get("msg", f"CRS {rule_id}")[:200], "pattern": pattern, "flags": flags,
            "severity": SEVERITIES.get(named["severity"].upper(), "MEDIUM"),
            "category": CATEGORIES.get(source.split("-")[1] if "-" in source else "", "anomaly"),
            "fields": fields, "transforms": transforms, "tags": tags, "paranoia": level, "source": source,
            "partial_variables": unsupported}


def import_crs(rules_dir: Path, paranoia: int = 1) -> tuple[list[dict[str, Any]], ImportReport]:
    report = ImportReport()
    rules = []
    for conf in sorted(rules_dir.glob("*.conf")):
        for directive in directives(conf.read_text("utf-8", errors="replace")):
            if not directive.startswith("SecRule"):
                continue
            if "id:" not in directive:  # the continuation of a chain, already counted with its head
                continue
            try:
                rule = convert(directive, conf.name, rules_dir, paranoia, report)
            except (ValueError, IndexError) as exc:
                report.skip(f"unparsable directive ({type(exc).__name__})", 0)
                continue
            if rule is not None:
                rules.append(rule)
    return rules, report


# CRS's own bookkeeping rules: they log the score's outcome, they are not evidence of an attack
SCORING_RULES = frozenset({949110, 959100, 980170, 980140, 901001})


class CrsJudge:
    """The whole Core Rule Set, as ModSecurity runs it, on each HTTP event beside the reflex pack: the CRS anomaly
    score and the rules that built it go into the reflex evidence; a request CRS blocks is a reflex BLOCK, and one
    it scores below the threshold is at least INVESTIGATE. So is one that spent the interpreter's regex budget
    (ModSecurity's TX:MSC_PCRE_LIMITS_EXCEEDED): rules after that answered "no match" unread, which crafted text
    aims at."""

    def __init__(self, rules_dir: Path, paranoia: int = 1, threshold: int = 5, cache_dir: Path | None = None) -> None:
        from agents.seclang import crs_setup, load_ruleset

        if not 1 <= paranoia <= 4:
            raise ValueError(f"CRS paranoia level must be 1-4, not {paranoia}")
        if threshold < 1:
            raise ValueError(f"CRS inbound anomaly threshold must be at least 1, not {threshold}")
        self.ruleset = load_ruleset(rules_dir, cache_dir=cache_dir)
        self.setup = crs_setup(paranoia, threshold=threshold)

    def judge(self, events: list[Any], reflexes: list[dict[str, Any]]) -> None:
        from agents.seclang import Transaction

        for event, result in zip(events, reflexes, strict=True):
            http = event.get("http")
            if not isinstance(http, dict):
                continue
            response = http.get("response")
            transaction = Transaction(self.ruleset, http, self.setup).run(
                response if isinstance(response, dict) else None)
            rules = [entry for entry in transaction.logged if entry.rule_id not in SCORING_RULES]
            result["crs"] = {
                "inbound_score": transaction.inbound_score, "outbound_score": transaction.outbound_score,
                "blocked": transaction.blocked,
                "rules": [{"id": e.rule_id, "msg": e.msg[:200], "variable": e.variable[:200], "severity": e.severity,
                           "paranoia": e.paranoia} for e in rules[:32]],
                # searches of rule patterns the budget answered "no match" (cut, or not run once it was spent)
                "pcre_limits_exceeded": transaction.regex_limited,
            }
            if transaction.blocked:
                if result["decision"] != "BLOCK":
                    result["decision"], result["confidence"] = "BLOCK", max(result["confidence"], 0.95)
                result["reasoning"].append(
                    f"CRS anomaly score {transaction.inbound_score}+{transaction.outbound_score} reached its threshold "
                    f"(rules {', '.join(str(e.rule_id) for e in rules[:8])})")
            elif rules and result["decision"] == "ALLOW":
                result["decision"], result["confidence"] = "INVESTIGATE", 0.6
                result["reasoning"].append(f"CRS rules {', '.join(str(e.rule_id) for e in rules[:8])} below threshold")
            if transaction.regex_limited:
                if result["decision"] == "ALLOW":
                    result["decision"], result["confidence"] = "INVESTIGATE", 0.6
                result["reasoning"].append(
                    f"CRS regex budget spent (TX:MSC_PCRE_LIMITS_EXCEEDED): {transaction.regex_limited} pattern "
                    "searches answered no match unfinished")
