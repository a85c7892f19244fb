"""The honest proxy: labelled HTTP traffic for `vertice eval` that predicts an outsider's measurement.

From one file of normal raw requests (CSIC 2010's normal training set, say) it writes:

- ``train-normal.txt``: the requests of 70% of the users, what the profiles learn from;
- ``normal.txt``: the other users' requests, half of them with every free-text value replaced by a fresh value
  drawn from that field's grammar (its characters' classes and lengths), so no test value was ever seen;
- ``anomalous.txt`` and ``anomalous-tuning.txt``: attacks interleaved on the same endpoints and parameters
  (payloads injected into a real parameter, tampered values, probes for backup copies, restricted files and
  other products' consoles, scanner clients), built from held-out users' requests. Each attack family's
  templates are split in two: the tuning file uses one half, ``anomalous.txt`` only the other.

A "user" is what links requests: the raw file gives every request its own session cookie, but one user's form
is sent as a GET and a POST with the same rare values (a login, an ID card number), so requests sharing any rare
value form one user (union-find), and users are what the split divides. Seeded: the same inputs give the same
files.
"""

from __future__ import annotations

import csv
import dataclasses
import itertools
import random
import string
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote_plus

from ops.httpraw import parse_requests, read_bytes

TRAIN_SHARE = 0.7
RARE_VALUE = 10  # a value seen at most this often identifies whoever sent it
LINKING_VALUES = 6  # of a request's rare values, how many (the first, sorted) link it to its user's other requests
FREE_TEXT = 32  # a parameter with more distinct values than this takes free text (no enumeration)
ENCODING = "latin-1"  # CSIC's forms are ISO-8859-1

# Probe templates; a list's even entries tune, its odd entries are held out.
BACKUP_SUFFIXES = [".BAK", ".old", ".bak", ".inc", "~", ".orig", ".swp", ".save", ".tmp", ".copy", ".back", ".1"]
RESTRICTED_FILES = ["web.xml", "WEB-INF/web.xml", "config.ini", "db.sql", "backup.zip", "error.log", "app.conf",
                    ".htpasswd", "database.mdb", "users.dat", "settings.cfg", ".env"]
CONSOLES = ["/phpmyadmin/index.php", "/admin/login.jsp", "/manager/html", "/wp-admin/install.php",
            "/jmx-console/HtmlAdaptor", "/install.php", "/administrator/index.php", "/setup/setup.php",
            "/admin/admin.php", "/console/login/LoginForm.jsp", "/typo3/install.php", "/server-status",
            "/adminer.php", "/cgi-bin/test-cgi", "/solr/admin/", "/webdav/"]
SCANNER_AGENTS = ["sqlmap/1.8.4#stable (https://sqlmap.org)", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None)",
                  "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
                  "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
                  "gobuster/3.6", "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)",
                  "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "Wfuzz/3.1.0",
                  "Mozilla/5.0 (compatible; Acunetix Web Vulnerability Scanner)", "w3af.org", "masscan/1.3",
                  "Arachni/v1.5.1"]
TAMPERS = ["type", "length", "symbol", "sign", "empty_required", "overflow", "encoding", "format"]
TAMPER_SYMBOLS = ["'", "\"", "<", ">", ";", "|", "`", "(", ")", "%00", "\\", "{", "}", "$", "*", "!"]


@dataclasses.dataclass
class Request:
    method: str
    path: str
    params: list[tuple[str, str]]
    headers: dict[str, str]
    category: str = "normal"

    def raw(self, session: str) -> bytes:
        """The request as CSIC writes one: absolute URL, form parameters in the query (GET) or body (POST)."""
        encoded = "&".join(f"{quote_plus(k, encoding=ENCODING)}={quote_plus(v, encoding=ENCODING, errors='replace')}"
                           for k, v in self.params)
        target = f"http://localhost:8080{self.path}" + (f"?{encoded}" if encoded and self.method != "POST" else "")
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("cookie", "content-length")}
        headers["Cookie"] = f"JSESSIONID={session}"
        lines = [f"{self.method} {target} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items())]
        if self.method == "POST":
            lines.append(f"Content-Length: {len(encoded.encode(ENCODING))}")
            return ("\n".join(lines) + "\n\n" + encoded + "\n\n").encode(ENCODING, "replace")
        return ("\n".join(lines) + "\n\n\n").encode(ENCODING, "replace")


def read_requests(path: Path) -> list[Request]:
    out = []
    for http in parse_requests(read_bytes(path)):
        path_, _, query = http["uri"].partition("?")
        form = http["body"] if http["method"] == "POST" else query
        params = parse_qsl(form, keep_blank_values=True, encoding=ENCODING)
        out.append(Request(http["method"], path_, params, dict(http["headers"])))
    return out


def users(requests: Sequence[Request]) -> list[int]:
    return users_of([r.params for r in requests])


def users_of(args: Sequence[Sequence[tuple[str, str]]]) -> list[int]:
    """Each request's user, given each request's (parameter, value) pairs: requests sharing two rare pairs are
    one user's. One shared rare value is not enough: a postcode or a town links strangers, and through them a
    chain would join a whole form's users into one."""
    counts = Counter(pair for pairs in args for pair in pairs)
    parent = list(range(len(args)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[tuple[str, str], tuple[str, str]], int] = {}
    for index, pairs in enumerate(args):
        rare = sorted({pair for pair in pairs if pair[1] and counts[pair] <= RARE_VALUE})[:LINKING_VALUES]
        for link in itertools.combinations(rare, 2):
            if link in first:
                parent[root(index)] = root(first[link])
            else:
                first[link] = index
    return [root(i) for i in range(len(args))]


class Grammar:
    """Per endpoint parameter: its values' characters per class; a fresh value keeps a real value's shape (where
    its letters, digits and punctuation are) with new characters of each class. Enumerations (a product name on
    the cart page, a button's label) keep their values."""

    def __init__(self, requests: Iterable[Request]) -> None:
        values: dict[tuple[str, str], set[str]] = {}
        self.alphabet: dict[tuple[str, str, str], list[str]] = {}
        for request in requests:
            for name, value in request.params:
                values.setdefault((request.path, name), set()).add(value)
                for ch in value:
                    self.alphabet.setdefault((request.path, name, _class(ch)), []).append(ch)
        self.free = {key for key, seen in values.items() if len(seen) > FREE_TEXT}

    def fresh(self, path: str, name: str, value: str, rng: random.Random) -> str:
        if (path, name) not in self.free:
            return value
        return "".join(ch if _class(ch) == "punct" else rng.choice(self.alphabet.get((path, name, _class(ch)), [ch]))
                       for ch in value)


def _class(ch: str) -> str:
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    return "punct"


def load_payloads(httpparams: Path | None, libinjection: Path | None) -> dict[str, list[str]]:
    """Attack strings per family (sqli, xss, path-traversal, cmdi), each list in a fixed order."""
    families: dict[str, list[str]] = {}
    if httpparams is not None:
        with httpparams.open(newline="", encoding="utf-8", errors="replace") as handle:
            for row in csv.DictReader(handle):
                if row.get("label", "").strip().lower() == "anom":
                    families.setdefault(row["attack_type"], []).append(row["payload"])
    if libinjection is not None:
        for file in sorted(libinjection.glob("*.txt")):
            family = file.name.split("-")[0]
            if family not in ("sqli", "xss"):
                continue
            for line in file.read_text("utf-8", errors="replace").splitlines():
                if line.strip() and not line.startswith("#"):
                    families.setdefault(family, []).append(line.strip())
    return {family: sorted(set(values)) for family, values in sorted(families.items())}


def _half(items: Sequence[Any], tuning: bool) -> list[Any]:
    return [x for i, x in enumerate(items) if (i % 2 == 0) == tuning]


def attack(held: Sequence[Request], grammar: Grammar, payloads: dict[str, list[str]], rng: random.Random,
           tuning: bool) -> Request:
    """One attack built on a held-out user's request: injection into or tampering with one of its parameters,
    or a probe beside it."""
    kind = rng.choices(["inject", "tamper", "probe"], [0.4, 0.4, 0.2])[0]
    base = rng.choice(held)
    while kind != "probe" and not base.params:
        base = rng.choice(held)
    request = Request(base.method, base.path, list(base.params), dict(base.headers))
    if kind == "inject" and payloads:
        family = rng.choice(sorted(payloads))
        payload = rng.choice(_half(payloads[family], tuning) or payloads[family])
        index = rng.randrange(len(request.params))
        name, value = request.params[index]
        request.params[index] = (name, payload if rng.random() < 0.6 else value + payload)
        request.category = f"inject-{family}"
        return request
    if kind in ("inject", "tamper"):
        how = rng.choice(_half(TAMPERS, tuning))
        index = rng.randrange(len(request.params))
        name, value = request.params[index]
        request.params[index] = (name, tamper(how, value, rng))
        request.category = f"tamper-{how}"
        return request
    probe = rng.choice(["backup", "restricted", "console", "scanner"])
    folder = base.path.rpartition("/")[0]
    if probe == "backup":
        request.path = base.path + rng.choice(_half(BACKUP_SUFFIXES, tuning))
        request.params = []
    elif probe == "restricted":
        request.path = f"{folder}/{rng.choice(_half(RESTRICTED_FILES, tuning))}"
        request.params = []
    elif probe == "console":
        request.path = rng.choice(_half(CONSOLES, tuning))
        request.params = []
    else:
        request.headers = {**request.headers, "User-Agent": rng.choice(_half(SCANNER_AGENTS, tuning))}
    if request.method == "POST" and not request.params:
        request.method = "GET"
    request.category = f"probe-{probe}"
    return request


def tamper(how: str, value: str, rng: random.Random) -> str:
    """A value of the wrong type, length, characters or format for its parameter."""
    if how == "type":
        return "".join(rng.choice(string.ascii_letters) for _ in value) if any(c.isdigit() for c in value) \
            else str(rng.randint(10, 10**6))
    if how == "length":
        return (value or "x") * rng.randint(8, 40)
    if how == "symbol":
        cut = rng.randint(0, len(value))
        return value[:cut] + rng.choice(TAMPER_SYMBOLS) + value[cut:]
    if how == "sign":
        return f"-{rng.randint(1, 10**6)}"
    if how == "empty_required":
        return rng.choice(["", " ", "null", "undefined", "NaN"])
    if how == "overflow":
        return str(rng.choice([2**31, 2**63, 10**20, 9_999_999_999]))
    if how == "encoding":
        return value + rng.choice(["%u0027", "%c0%ae", "\u00ff\u00fe", "&#39;", "%252e"])
    return rng.choice(["AAAA" + value[::-1], value.upper() + "@@", "0x" + "41" * 20, f"{value}/../{value}"])


def _write(path: Path, requests: Sequence[Request], rng: random.Random, session_of: int = 1) -> None:
    """Raw requests, each ``session_of`` consecutive ones sharing a fresh session cookie."""
    with path.open("wb") as handle:
        session = ""
        for index, request in enumerate(requests):
            if index % session_of == 0:
                session = f"{rng.getrandbits(128):032X}"
            handle.write(request.raw(session))


def _write_by_category(folder: Path, requests: Sequence[Request], rng: random.Random, session_of: int = 1) -> None:
    """One file per attack category (its name is the category `vertice eval` reports)."""
    folder.mkdir(parents=True, exist_ok=True)
    for category in sorted({r.category for r in requests}):
        _write(folder / f"{category}.txt", [r for r in requests if r.category == category], rng, session_of)


def build(normal: Path, out: Path, seed: int = 21, httpparams: Path | None = None,
          libinjection: Path | None = None, attacks: int | None = None) -> dict[str, Any]:
    """Write the honest proxy's files into ``out``: train-normal.txt, normal.txt, anomalous/ and
    anomalous-tuning/ (one file per category); return their counts."""
    rng = random.Random(seed)
    requests = read_requests(normal)
    owners = users(requests)
    ids = sorted(set(owners))
    rng.shuffle(ids)
    training_users = set(ids[:int(TRAIN_SHARE * len(ids))])
    train = [r for r, u in zip(requests, owners, strict=True) if u in training_users]
    held = [r for r, u in zip(requests, owners, strict=True) if u not in training_users]
    grammar = Grammar(train)
    test_normal = [Request(r.method, r.path, [(k, grammar.fresh(r.path, k, v, rng)) for k, v in r.params],
                           r.headers) if rng.random() < 0.5 else r for r in held]
    payloads = load_payloads(httpparams, libinjection)
    count = attacks if attacks is not None else len(held) // 2
    tuning = [attack(held, grammar, payloads, rng, True) for _ in range(count)]
    anomalous = [attack(held, grammar, payloads, rng, False) for _ in range(count)]
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "train-normal.txt", train, rng)
    _write(out / "normal.txt", test_normal, rng)
    _write_by_category(out / "anomalous", anomalous, rng)
    _write_by_category(out / "anomalous-tuning", tuning, rng)
    return {"users": len(ids), "training_users": len(training_users), "train_normal": len(train),
            "normal": len(test_normal), "anomalous": len(anomalous), "anomalous_tuning": len(tuning),
            "categories": dict(sorted(Counter(r.category for r in anomalous).items()))}


def build_old(normal: Path, out: Path, seed: int = 9, httpparams: Path | None = None,
              libinjection: Path | None = None, attacks: int = 3000) -> dict[str, Any]:
    """The earlier proxy, kept to show what it hid: requests split at random (one user's GET and POST land on
    both sides, so test values were seen in training), no fresh values, and anomalies only as held-out GETs with
    one parameter replaced by an attack string or a tampered value, in sessions of three."""
    rng = random.Random(seed)
    requests = read_requests(normal)
    order = list(range(len(requests)))
    rng.shuffle(order)
    train = [requests[i] for i in sorted(order[:len(order) // 2])]
    held = [requests[i] for i in sorted(order[len(order) // 2:])]
    gets = [r for r in held if r.method == "GET" and r.params]
    payloads = load_payloads(httpparams, libinjection)
    anomalous = []
    for _ in range(attacks):
        base = rng.choice(gets)
        request = Request(base.method, base.path, list(base.params), dict(base.headers))
        index = rng.randrange(len(request.params))
        name, value = request.params[index]
        if payloads and rng.random() < 2 / 3:
            family = rng.choice(sorted(payloads))
            request.params[index], request.category = (name, rng.choice(payloads[family])), f"inject-{family}"
        else:
            how = rng.choice(["length", "symbol", "sign"])
            request.params[index], request.category = (name, tamper(how, value, rng)), f"tamper-{how}"
        anomalous.append(request)
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "train-normal.txt", train, rng)
    _write(out / "normal.txt", held, rng)
    _write_by_category(out / "anomalous", anomalous, rng, session_of=3)
    return {"train_normal": len(train), "normal": len(held), "anomalous": len(anomalous),
            "categories": dict(sorted(Counter(r.category for r in anomalous).items()))}
