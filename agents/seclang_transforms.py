"""ModSecurity's transformations (``t:`` actions) on bytes, as libmodsecurity v3 applies them."""

from __future__ import annotations

import binascii
import hashlib
import re
from collections.abc import Callable
from typing import Final

_HEX = frozenset(b"0123456789abcdefABCDEF")
_SPACES = frozenset(b" \t\n\r\f\v\xa0")
# the trigger bytes tested as ints: `bytes in bytes` first tries its operand as an int, and formats (then clears) a
# TypeError when it is not one, ~0.1 us a test on every value; a substring is looked for with find
_PERCENT: Final = ord("%")
_PLUS: Final = ord("+")
_AMPERSAND: Final = ord("&")
_BACKSLASH: Final = ord("\\")
_SPACE: Final = ord(" ")
_SLASH: Final = ord("/")


def _fullwidth_low_byte(code: int, high: bytes) -> int:
    """ModSecurity keeps the low byte of a %uHHHH / \\uHHHH escape; full-width ASCII (U+FF01-U+FF5E) gains 0x20."""
    low = code & 0xFF
    if 0 < low < 0x5F and high.lower() == b"ff":
        low += 0x20
    return low


def url_decode_uni(data: bytes) -> bytes:
    if _PERCENT not in data and _PLUS not in data:
        return data
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x25:  # %
            if i + 5 < n and data[i + 1] in b"uU" and all(x in _HEX for x in data[i + 2:i + 6]):
                out.append(_fullwidth_low_byte(int(data[i + 2:i + 6], 16), data[i + 2:i + 4]))
                i += 6
                continue
            if i + 2 < n and data[i + 1] in _HEX and data[i + 2] in _HEX:
                out.append(int(data[i + 1:i + 3], 16))
                i += 3
                continue
            out.append(c)
        elif c == 0x2B:  # +
            out.append(0x20)
        else:
            out.append(c)
        i += 1
    return bytes(out)


_PERCENT_HH = re.compile(rb"%([0-9a-fA-F]{2})")


def url_decode(data: bytes) -> bytes:
    if _PERCENT not in data and _PLUS not in data:
        return data
    return _PERCENT_HH.sub(lambda m: bytes((int(m.group(1), 16),)), data.replace(b"+", b" "))


_ENTITY = re.compile(rb"&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|(quot|amp|lt|gt|nbsp);?)", re.I)
_NAMED = {b"quot": b'"', b"amp": b"&", b"lt": b"<", b"gt": b">", b"nbsp": b"\xa0"}


def html_entity_decode(data: bytes) -> bytes:
    if _AMPERSAND not in data:
        return data

    def one(match: re.Match[bytes]) -> bytes:
        if match.group(1):
            return bytes((int(match.group(1)[-8:], 16) & 0xFF,))
        if match.group(2):
            return bytes((int(match.group(2)[-9:]) & 0xFF,))
        return _NAMED[match.group(3).lower()]

    return _ENTITY.sub(one, data)


_JS = re.compile(rb"\\(?:[uU]([0-9a-fA-F]{4})|[xX]([0-9a-fA-F]{2})|([0-7]{1,3})|(.))", re.S)
_SIMPLE = {b"a": b"\a", b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"v": b"\v"}


def js_decode(data: bytes) -> bytes:
    if _BACKSLASH not in data:
        return data

    def one(match: re.Match[bytes]) -> bytes:
        if match.group(1):
            return bytes((_fullwidth_low_byte(int(match.group(1), 16), match.group(1)[:2]),))
        if match.group(2):
            return bytes((int(match.group(2), 16),))
        if match.group(3):
            return bytes((int(match.group(3), 8) & 0xFF,))
        char = match.group(4)
        return _SIMPLE.get(char, char)

    return _JS.sub(one, data)


_ESC = re.compile(rb"\\(?:[xX]([0-9a-fA-F]{2})|([0-7]{1,3})|([abfnrtv\\?'\"]))")


def escape_seq_decode(data: bytes) -> bytes:
    if _BACKSLASH not in data:
        return data

    def one(match: re.Match[bytes]) -> bytes:
        if match.group(1):
            return bytes((int(match.group(1), 16),))
        if match.group(2):
            return bytes((int(match.group(2), 8) & 0xFF,))
        char = match.group(3)
        return _SIMPLE.get(char, char)

    return _ESC.sub(one, data)


_CSS = re.compile(rb"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\n|(.))", re.S)


def css_decode(data: bytes) -> bytes:
    if _BACKSLASH not in data:
        return data

    def one(match: re.Match[bytes]) -> bytes:
        if match.group(1):
            digits = match.group(1)
            return bytes((_fullwidth_low_byte(int(digits, 16), digits[-4:-2] if len(digits) >= 4 else b""),))
        return match.group(2) or b""

    return _CSS.sub(one, data)


def utf8_to_unicode(data: bytes) -> bytes:
    """Each valid multi-byte UTF-8 character as ``%uHHHH``; ASCII and invalid bytes unchanged."""
    if data.isascii():
        return data
    out = bytearray()
    for char in data.decode("utf-8", "surrogateescape"):
        code = ord(char)
        if code < 0x80:
            out.append(code)
        elif 0xDC80 <= code <= 0xDCFF:
            out.append(code - 0xDC00)
        else:
            out += b"%u" + format(code, "04x").encode()
    return bytes(out)


# cmdLine by C-level passes, not a loop over bytes: quotes, backslash and caret deleted, separators made spaces and
# ASCII lowered in one translate, runs of spaces made one, and a space before "/" or "(" dropped
_CMD_TABLE = bytes.maketrans(b",;\t\r\n\f\vABCDEFGHIJKLMNOPQRSTUVWXYZ", b"       abcdefghijklmnopqrstuvwxyz")
_CMD_DELETE = b"\"'\\^"
_SPACE_RUN = re.compile(rb"  +")


def cmd_line(data: bytes) -> bytes:
    out = data.translate(_CMD_TABLE, _CMD_DELETE)
    if _SPACE not in out:
        return out
    if out.find(b"  ") >= 0:
        out = _SPACE_RUN.sub(b" ", out)
    return out.replace(b" /", b"/").replace(b" (", b"(")


def normalize_path(data: bytes) -> bytes:
    if _SLASH not in data and data not in (b".", b".."):
        return data
    absolute = data.startswith(b"/")
    trailing = data.endswith(b"/") or data.endswith(b"/.") or data.endswith(b"/..")
    parts: list[bytes] = []
    for part in data.split(b"/"):
        if part in (b"", b"."):
            continue
        if part == b"..":
            if parts and parts[-1] != b"..":
                parts.pop()
            elif not absolute:
                parts.append(b"..")
            continue
        parts.append(part)
    out = (b"/" if absolute else b"") + b"/".join(parts)
    return out + b"/" if trailing and parts else out


_C_COMMENT = re.compile(rb"/\*.*?(?:\*/|\Z)", re.S)
_WS_RUN = re.compile(rb"[ \t\n\r\f\v\xa0]+")
_WS = re.compile(rb"[ \t\n\r\f\v\xa0]")


# the bytes base64Decode skips, deleted by one translate (no regex substitution)
_BASE64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_NOT_BASE64 = bytes(c for c in range(256) if c not in _BASE64)


def base64_decode(data: bytes) -> bytes:
    clean = data.split(b"=", 1)[0].translate(None, _NOT_BASE64)
    clean = clean[: len(clean) - len(clean) % 4 if len(clean) % 4 == 1 else len(clean)]
    try:
        return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))
    except binascii.Error:
        return b""


TRANSFORMS: dict[str, Callable[[bytes], bytes]] = {
    "lowercase": bytes.lower,
    "uppercase": bytes.upper,
    "urlDecode": url_decode,
    "urlDecodeUni": url_decode_uni,
    "htmlEntityDecode": html_entity_decode,
    "jsDecode": js_decode,
    "cssDecode": css_decode,
    "escapeSeqDecode": escape_seq_decode,
    "utf8toUnicode": utf8_to_unicode,
    "removeNulls": lambda d: d.replace(b"\x00", b""),
    "replaceNulls": lambda d: d.replace(b"\x00", b" "),
    "removeWhitespace": lambda d: _WS.sub(b"", d),
    "compressWhitespace": lambda d: _WS_RUN.sub(b" ", d),
    "replaceComments": lambda d: _C_COMMENT.sub(b" ", d) if d.find(b"/*") >= 0 else d,
    "removeComments": lambda d: re.sub(rb"(?:--|#).*", b"", _C_COMMENT.sub(b"", d)),
    "removeCommentsChar": lambda d: d.replace(b"/*", b"").replace(b"*/", b"").replace(b"--", b"").replace(b"#", b""),
    "cmdLine": cmd_line,
    "normalizePath": normalize_path,
    "normalisePath": normalize_path,
    "normalizePathWin": lambda d: normalize_path(d.replace(b"\\", b"/")),
    "normalisePathWin": lambda d: normalize_path(d.replace(b"\\", b"/")),
    "base64Decode": base64_decode,
    "base64decode": base64_decode,
    "base64DecodeExt": base64_decode,
    "base64Encode": lambda d: binascii.b2a_base64(d, newline=False),
    "hexEncode": lambda d: d.hex().encode(),
    "hexDecode": lambda d: bytes.fromhex(d.decode("latin-1")) if re.fullmatch(rb"(?:[0-9a-fA-F]{2})*", d) else d,
    "length": lambda d: str(len(d)).encode(),
    "sha1": lambda d: hashlib.sha1(d).digest(),  # noqa: S324 - ModSecurity's t:sha1, not a security use
    "md5": lambda d: hashlib.md5(d).digest(),  # noqa: S324 - ModSecurity's t:md5
    "trim": lambda d: d.strip(b" \t\n\r\f\v"),
    "trimLeft": lambda d: d.lstrip(b" \t\n\r\f\v"),
    "trimRight": lambda d: d.rstrip(b" \t\n\r\f\v"),
}

_WHITESPACE = b" \t\n\r\f\v"
_UPPER = bytes(range(0x41, 0x5B))
# the bytes each transformation acts on: an input holding none of them comes out unchanged (most values hold none
# for most chains, so RuleSet.transform skips them without a call or a memo entry); None where any input may change
TRIGGERS: dict[str, bytes | None] = {
    "lowercase": _UPPER,
    "uppercase": bytes(range(0x61, 0x7B)),
    "urlDecode": b"%+",
    "urlDecodeUni": b"%+",
    "htmlEntityDecode": b"&",
    "jsDecode": b"\\",
    "cssDecode": b"\\",
    "escapeSeqDecode": b"\\",
    "utf8toUnicode": bytes(range(0x80, 0x100)),
    "removeNulls": b"\x00",
    "replaceNulls": b"\x00",
    "removeWhitespace": _WHITESPACE + b"\xa0",
    "compressWhitespace": _WHITESPACE + b"\xa0",
    "replaceComments": b"*",  # a comment opens with /*
    "removeComments": b"*-#",
    "removeCommentsChar": b"*-#",
    "cmdLine": b"\"'\\^,;" + _WHITESPACE + _UPPER,  # / and ( only move after a space
    "normalizePath": b"/.",
    "normalisePath": b"/.",
    "normalizePathWin": b"/.\\",
    "normalisePathWin": b"/.\\",
    "base64Decode": None,
    "base64decode": None,
    "base64DecodeExt": None,
    "base64Encode": None,
    "hexEncode": None,
    "hexDecode": None,
    "length": None,
    "sha1": None,
    "md5": None,
    "trim": _WHITESPACE,
    "trimLeft": _WHITESPACE,
    "trimRight": _WHITESPACE,
}


# each transformation's bit among TRIGGERS', and each byte's bits: those of the transformations that act on it. A
# value's bits (value_bits) tell at once, for every transformation, whether it can change the value: cheaper than a
# class search per transformation for a value seen under many chains (a new value of the ARGS set meets ~40).
# ANYWAY is set for every value, and is the bit of those that may change any value (base64Decode, length, ...)
ANYWAY = 1
TRIGGER_BITS: dict[str, int] = {name: ANYWAY if triggers is None else 2 << index
                                for index, (name, triggers) in enumerate(TRIGGERS.items())}
_BYTE_BITS: list[int] = [sum(TRIGGER_BITS[name] for name, triggers in TRIGGERS.items()
                             if triggers is not None and byte in triggers) for byte in range(256)]


def value_bits(value: bytes) -> int:
    """The bits of the transformations that may change ``value`` (see TRIGGER_BITS)."""
    bits = ANYWAY
    for byte in set(value):
        bits |= _BYTE_BITS[byte]
    return bits


def acting_bytes(names: tuple[str, ...]) -> re.Pattern[bytes] | None:
    """A pattern of the bytes the transformations ``names`` act on: a value it does not find comes out of them
    unchanged. None where one may change any value. (A search of one character class costs a third of a
    ``translate`` deleting the other bytes, the test this replaces: it runs on every memo miss.)"""
    acting: set[int] = set()
    for name in names:
        triggers = TRIGGERS[name]
        if triggers is None:
            return None
        acting.update(triggers)
    return re.compile(b"[" + b"".join(b"\\x%02x" % c for c in sorted(acting)) + b"]")
