"""The whole CRS on the same requests through this project's SecLang interpreter and through ModSecurity v3
(libmodsecurity), in one run: each engine's requests/s on one core and how often their block decisions agree."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from agents.seclang import Transaction, crs_setup, load_ruleset

# modsecurity.conf's recommended body processors and CRS's setup, as the interpreter assumes them
MODSECURITY_SETUP = """SecRuleEngine On
SecRequestBodyAccess On
SecResponseBodyAccess Off
SecRequestBodyLimit 13107200
SecRequestBodyNoFilesLimit 131072
SecPcreMatchLimit 1000
SecPcreMatchLimitRecursion 1000
SecRule REQUEST_HEADERS:Content-Type "^(?:application(?:/soap\\+|/)|text/)xml" \\
    "id:200000,phase:1,t:none,t:lowercase,pass,nolog,ctl:requestBodyProcessor=XML"
SecRule REQUEST_HEADERS:Content-Type "^application/json" \\
    "id:200001,phase:1,t:none,t:lowercase,pass,nolog,ctl:requestBodyProcessor=JSON"
SecDefaultAction "phase:1,log,auditlog,pass"
SecDefaultAction "phase:2,log,auditlog,pass"
SecAction "id:900000,phase:1,pass,nolog,setvar:tx.crs_setup_version=400,\\
    setvar:tx.blocking_paranoia_level={paranoia},setvar:tx.detection_paranoia_level={paranoia},\\
    setvar:tx.inbound_anomaly_score_threshold={threshold}"
"""


def modsecurity_engine(rules_dir: Path, paranoia: int, threshold: int = 5) -> tuple[Any, Any]:
    import libmodsecurity

    includes = "\n".join(f"Include {conf.resolve()}" for conf in sorted(rules_dir.glob("*.conf")))
    engine = libmodsecurity.ModSecurity()
    engine.set_log_callback(lambda *_: None)  # its warnings would otherwise go to stderr, one per match
    rules = libmodsecurity.RulesSet()
    with tempfile.TemporaryDirectory(prefix="vertice-modsec-") as folder:  # read once, at load
        main = Path(folder) / "main.conf"
        main.write_text(MODSECURITY_SETUP.format(paranoia=paranoia, threshold=threshold) + includes + "\n")
        rules.load_from_uri(str(main))
    return engine, rules


def modsecurity_blocks(engine: Any, rules: Any, http: dict[str, Any]) -> bool:
    import libmodsecurity

    transaction = libmodsecurity.Transaction(engine, rules, None)
    transaction.process_connection("127.0.0.1", 40000, "127.0.0.1", 80)
    version = str(http.get("version", "HTTP/1.1")).removeprefix("HTTP/")
    transaction.process_uri(str(http.get("uri", "/")), str(http.get("method", "GET")), version)
    headers = http.get("headers") or {}
    for name, value in headers.items() if isinstance(headers, dict) else headers:
        transaction.add_request_header(str(name), str(value))
    transaction.process_request_headers()
    blocked = transaction.intervention() is not None
    if not blocked:
        body = str(http.get("body") or "").encode("utf-8", "surrogateescape")
        if body:
            transaction.append_request_body(body)
        transaction.process_request_body()
        blocked = transaction.intervention() is not None
    transaction.process_logging()
    return blocked


def compare(rules_dir: Path, requests: list[dict[str, Any]], paranoia: int = 1, threshold: int = 5,
            cache_dir: Path | None = None, chunk: int = 50) -> dict[str, Any]:
    """Both engines over ``requests`` (http sections) in the same run, taking turns on chunks of ``chunk`` requests
    (which engine goes first alternating), each engine's time summed over its chunks: on a shared machine a load
    swing then falls on both engines alike instead of on whichever ran during it."""
    ruleset = load_ruleset(rules_dir, cache_dir=cache_dir)
    setup = crs_setup(paranoia, threshold=threshold)
    engine, rules = modsecurity_engine(rules_dir, paranoia, threshold)
    ours: list[bool] = []
    theirs: list[bool] = []
    ours_s = theirs_s = 0.0
    for number, start in enumerate(range(0, len(requests), chunk)):
        part = requests[start:start + chunk]
        for ours_turn in ((True, False) if number % 2 == 0 else (False, True)):
            started = time.perf_counter()
            if ours_turn:
                ours += [Transaction(ruleset, http, setup).run().blocked for http in part]
                ours_s += time.perf_counter() - started
            else:
                theirs += [modsecurity_blocks(engine, rules, http) for http in part]
                theirs_s += time.perf_counter() - started
    agree = sum(a == b for a, b in zip(ours, theirs, strict=True))
    disagreements = [{"request": f"{h.get('method')} {str(h.get('uri'))[:120]}", "vertice": a, "modsecurity": b}
                     for h, a, b in zip(requests, ours, theirs, strict=True) if a != b]
    return {
        "requests": len(requests), "paranoia": paranoia, "chunk": chunk,
        "vertice": {"requests_per_s": round(len(requests) / ours_s, 1) if ours_s else 0.0, "blocked": sum(ours)},
        "modsecurity": {"requests_per_s": round(len(requests) / theirs_s, 1) if theirs_s else 0.0,
                        "blocked": sum(theirs)},
        "speedup": round(theirs_s / ours_s, 2) if ours_s else 0.0,
        "agreement": round(agree / len(requests), 4) if requests else 1.0,
        "disagreements": disagreements[:20],
    }


def generated_requests(count: int) -> list[dict[str, Any]]:
    """The demo scenario's HTTP requests (benign traffic with attacks among it), ``count`` of them."""
    from ops.scenario import demo_scenario

    out: list[dict[str, Any]] = []
    seed = 0
    while len(out) < count:
        out += [e["http"] for e in demo_scenario(seed=seed, benign_http=2000, attacks=100, now=0.0).events
                if isinstance(e.get("http"), dict)]
        seed += 1
    return out[:count]
