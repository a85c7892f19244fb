"""Raw HTTP/1.x request files (as in CSIC 2010): requests separated by blank lines, bodies sized by
Content-Length. A malformed request is reported and skipped, never fatal."""

from __future__ import annotations

import dataclasses
import gzip
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REQUEST_LINE = re.compile(rb"^([A-Z]{3,10}) (\S+) (HTTP/\d(?:\.\d)?)\r?$")


@dataclasses.dataclass(frozen=True)
class ParseProblem:
    line: int
    reason: str


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def parse_requests(data: bytes, problems: list[ParseProblem] | None = None) -> Iterator[dict[str, Any]]:
    """Each request as the ``http`` part of a telemetry event; ``problems`` collects what was skipped."""
    position, line_number, size = 0, 1, len(data)

    def next_line() -> bytes:
        nonlocal position, line_number
        end = data.find(b"\n", position)
        end = size if end < 0 else end
        line = data[position:end]
        position, line_number = end + 1, line_number + 1
        return line

    while position < size:
        start_line = line_number
        line = next_line()
        if not line.strip():
            continue
        match = REQUEST_LINE.match(line)
        if match is None:
            if problems is not None:
                problems.append(ParseProblem(start_line, f"not a request line: {line[:60]!r}"))
            continue
        method, target, version = (g.decode("latin-1") for g in match.groups())
        headers: dict[str, str] = {}
        while position < size:
            header_line = next_line()
            if not header_line.strip():
                break
            name, colon, value = header_line.decode("latin-1").partition(":")
            if colon and name.strip() and " " not in name.strip():
                headers[name.strip()] = value.strip()
            elif problems is not None:
                problems.append(ParseProblem(line_number - 1, "malformed header line, skipped"))
        length = next((v for k, v in headers.items() if k.lower() == "content-length"), None)
        if length is not None and length.strip().isdigit():
            body = data[position:position + int(length)]
            line_number += body.count(b"\n")
            position += len(body)
        elif method in ("POST", "PUT", "PATCH"):
            body_lines = []
            while position < size:
                saved = (position, line_number)
                body_line = next_line()
                if not body_line.strip() or REQUEST_LINE.match(body_line):
                    position, line_number = saved
                    break
                body_lines.append(body_line)
            body = b"\n".join(body_lines)
        else:
            body = b""
        uri = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "", target) or "/"
        yield {"method": method, "uri": uri, "version": version, "headers": headers,
               "body": body.decode("utf-8", errors="replace").rstrip("\r"), "_line": start_line}
