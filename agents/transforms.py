"""Text transformations applied before a scan, named as in rule packs (ModSecurity's t: actions mapped here)."""

from __future__ import annotations

import base64
import binascii
import functools
import html
import html.entities
import re
from collections.abc import Callable
from urllib.parse import unquote_plus

_WHITESPACE = re.compile(r"\s+")
_PERCENT_U = re.compile(r"%u([0-9a-fA-F]{4})")
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{1,3}|.)", re.S)
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", re.S)
_C_COMMENT = re.compile(r"/\*.*?(\*/|$)", re.S)
_LINE_COMMENT = re.compile(r"(--|#).*?(\n|$)")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}


def url_decode(text: str) -> str:
    if "%" not in text and "+" not in text:
        return text
    if "%u" in text:
        text = _PERCENT_U.sub(lambda m: chr(int(m.group(1), 16)), text)
    return unquote_plus(text, errors="surrogateescape")


def js_decode(text: str) -> str:
    if "\\" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        if code[0].isdigit() and code.isdigit() and all(c in "01234567" for c in code):
            return chr(int(code, 8) & 0xFF)
        return _SIMPLE_ESCAPES.get(code, code)

    return _JS_ESCAPE.sub(one, text)


def css_decode(text: str) -> str:
    if "\\" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            value = int(match.group(1), 16)
            return chr(value) if value < 0x110000 else ""
        return match.group(2)

    return _CSS_ESCAPE.sub(one, text)


def escape_seq_decode(text: str) -> str:
    return js_decode(text)


def cmd_line(text: str) -> str:
    """ModSecurity's cmdLine: drop \\ " ' ^, drop spaces before / and (, commas and semicolons to spaces,
    whitespace compressed, lowercase."""
    out = re.sub(r"[\\\\\"'^]", "", text)
    out = re.sub(r"\s+(?=[/(])", "", out)
    out = re.sub(r"[,;]", " ", out)
    return _WHITESPACE.sub(" ", out).lower()


def normalize_path(text: str) -> str:
    trailing = text.endswith("/")
    absolute = text.startswith("/")
    parts: list[str] = []
    for part in text.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts and parts[-1] != "..":
                parts.pop()
            elif not absolute:
                parts.append("..")
            continue
        parts.append(part)
    out = ("/" if absolute else "") + "/".join(parts)
    return out + "/" if trailing and out and not out.endswith("/") else out


def base64_decode(text: str) -> str:
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=False).decode("latin-1")
    except (binascii.Error, ValueError):
        return text


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "url_decode": url_decode,
    "lowercase": str.lower,
    "html_entity_decode": html.unescape,
    "compress_whitespace": lambda text: _WHITESPACE.sub(" ", text),
    "remove_whitespace": lambda text: _WHITESPACE.sub("", text),
    "remove_nulls": lambda text: text.replace("\x00", ""),
    "replace_nulls": lambda text: text.replace("\x00", " "),
    "js_decode": js_decode,
    "css_decode": css_decode,
    "escape_seq_decode": escape_seq_decode,
    "cmd_line": cmd_line,
    "normalize_path": normalize_path,
    "normalize_path_win": lambda text: normalize_path(text.replace("\\", "/")),
    "remove_comments": lambda text: _LINE_COMMENT.sub("", _C_COMMENT.sub("", text)),
    "replace_comments": lambda text: _C_COMMENT.sub(" ", text),
    "base64_decode": base64_decode,
    "trim": str.strip,
}

_ANY_SPACE = re.compile(r"\s")
# what html.unescape replaces: a numeric reference, or a name ending in ";" (taken as one, whether known or not), or
# one of HTML5's legacy names that need no ";"
_LEGACY_NAMES: dict[str, list[str]] = {}
for _name in sorted((name for name in html.entities.html5 if not name.endswith(";")), key=len, reverse=True):
    _LEGACY_NAMES.setdefault(_name[0], []).append(re.escape(_name[1:]))
_CHARACTER_REFERENCE = re.compile("&(?:#|[A-Za-z][A-Za-z0-9]*;|" + "|".join(
    f"{first}(?:{'|'.join(rests)})" for first, rests in _LEGACY_NAMES.items()) + ")")
_SPACE_RUN = re.compile(r"\s\s|[\t\n\r\f\v]")
_CMD_CHANGES = re.compile(r"[\\\\\"'^,;A-Z]|\s[/(]|\s\s|[\t\n\r\f\v]")

UNCHANGED: dict[str, Callable[[str], bool]] = {
    "url_decode": lambda t: "%" not in t and "+" not in t,
    "lowercase": lambda t: t == t.lower(),
    "html_entity_decode": lambda t: _CHARACTER_REFERENCE.search(t) is None,
    "compress_whitespace": lambda t: _SPACE_RUN.search(t) is None,
    "remove_whitespace": lambda t: _ANY_SPACE.search(t) is None,
    "remove_nulls": lambda t: "\x00" not in t,
    "replace_nulls": lambda t: "\x00" not in t,
    "js_decode": lambda t: "\\" not in t,
    "css_decode": lambda t: "\\" not in t,
    "escape_seq_decode": lambda t: "\\" not in t,
    "cmd_line": lambda t: _CMD_CHANGES.search(t) is None and t == t.lower(),
    "normalize_path": lambda t: "/" not in t and t not in ("", ".", ".."),
    "normalize_path_win": lambda t: "/" not in t and "\\" not in t and t not in ("", ".", ".."),
    "remove_comments": lambda t: "/*" not in t and "--" not in t and "#" not in t,
    "replace_comments": lambda t: "/*" not in t,
    "base64_decode": lambda t: False,
    "trim": lambda t: t == t.strip(),
}
"""Cheap tests that a transformation would return its input unchanged (never a false 'unchanged')."""

_CASE_SENSITIVE = frozenset({"lowercase", "cmd_line"})
_WHITESPACE_CHARS = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
_TRIGGERS: dict[str, frozenset[str]] = {}
for _chars, _names in (
    ("%+", {"url_decode"}),
    ("&", {"html_entity_decode"}),
    (_WHITESPACE_CHARS, {"compress_whitespace", "remove_whitespace", "cmd_line", "trim"}),
    ("\x00", {"remove_nulls", "replace_nulls"}),
    ("\\", {"js_decode", "css_decode", "escape_seq_decode", "cmd_line", "normalize_path_win"}),
    ("\"'^,;", {"cmd_line"}),
    ("/", {"normalize_path", "normalize_path_win", "remove_comments", "replace_comments"}),
    (".", {"normalize_path", "normalize_path_win"}),
    ("*", {"remove_comments", "replace_comments"}),
    ("-#", {"remove_comments"}),
):
    for _char in _chars:
        _TRIGGERS[_char] = _TRIGGERS.get(_char, frozenset()) | _names


@functools.cache
def _screen(names: frozenset[str]) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None,
                                            dict[str, frozenset[str]]]:
    """For one set of transformations: those no character triggers (taken as changing every text), those a
    capital letter can trigger, a pattern of the characters that can trigger the others, and what each triggers."""
    triggered = {char: found for char, names_of in _TRIGGERS.items() if (found := names_of & names)}
    case_sensitive = names & _CASE_SENSITIVE
    pattern = re.compile("[" + "".join(map(re.escape, triggered)) + "]") if triggered else None
    return names - case_sensitive - frozenset().union(*triggered.values()), case_sensitive, pattern, triggered


def changing(names: frozenset[str], text: str) -> frozenset[str]:
    """The transformations among ``names`` that would change ``text``: UNCHANGED's tests, run only for those a
    character of ``text`` triggers (most values hold none of the characters most transformations act on)."""
    if not text:
        return frozenset(name for name in names if not UNCHANGED[name](text))
    untriggered, case_sensitive, triggers, triggered = _screen(names)
    suspects = set(case_sensitive) if case_sensitive and text.lower() != text else set()
    if triggers is not None:
        for char in set(triggers.findall(text)):
            suspects |= triggered[char]
    if not suspects:
        return untriggered
    return untriggered.union([name for name in suspects if not UNCHANGED[name](text)])
