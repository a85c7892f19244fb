"""The verdict engine's REST API over PostgreSQL: active verdicts, statistics, one verdict, status changes."""

from __future__ import annotations

import time
from typing import Any

import orjson

from agents import bcell
from agents.treg import Regulator
from schemas.errors import InvalidRequest
from streams.adapters import db
from streams.resources import Database
from streams.web import int_param, json_body, text_param

STATUSES = ("ACTIVE", "MITIGATED", "DISMISSED", "ESCALATED")
SEVERITIES = ("INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL")
MAX_PAGE = 500
MAX_OFFSET = 1_000_000_000


def page_params(query: Any) -> tuple[int, int]:
    """(limit, offset) from the query string; limit at most 500."""
    return (int_param(query.get("limit"), "limit", 100, 1, MAX_PAGE),
            int_param(query.get("offset"), "offset", 0, 0, MAX_OFFSET))


def register(app: Any, database: Database, regulator: Regulator) -> None:
    """The verdict endpoints; an operator's DISMISSED also tells ``regulator`` (Treg) the entity was a false
    positive."""
    import faust

    @app.page("/api/v1/verdicts/active")
    class Active(faust.web.View):
        async def get(self, request: Any) -> Any:
            q = request.query
            limit, offset = page_params(q)
            status, severity, category, agent_id = (text_param(q.get(name), name, required=False)
                                                    for name in ("status", "severity", "category", "agent_id"))
            statuses = [status] if status else ["ACTIVE", "ESCALATED"]
            rows = await database.fetch(
                "SELECT doc, status FROM verdicts WHERE status = ANY($1::text[]) "
                "AND ($2::text IS NULL OR severity = $2) AND ($3::text IS NULL OR category = $3) "
                "AND ($4::text IS NULL OR entity = $4 OR doc->'agents_involved' ? $4) "
                "ORDER BY ts DESC LIMIT $5 OFFSET $6",
                statuses, severity, category, agent_id, limit, offset)
            return self.json({"verdicts": [{**orjson.loads(r["doc"]), "status": r["status"]} for r in rows],
                              "limit": limit, "offset": offset})

    @app.page("/api/v1/verdicts/stats")
    class Stats(faust.web.View):
        async def get(self, request: Any) -> Any:
            rows = await database.fetch("SELECT severity, status, category, count(*) AS n, max(ts) AS last "
                                         "FROM verdicts GROUP BY severity, status, category")
            out: dict[str, Any] = {"by_severity": {}, "by_status": {}, "by_category": {}, "critical_active": 0,
                                   "total": 0, "last_updated": None}
            for r in rows:
                for key, value in (("by_severity", r["severity"]), ("by_status", r["status"]),
                                   ("by_category", r["category"])):
                    out[key][value] = out[key].get(value, 0) + r["n"]
                out["total"] += r["n"]
                if r["severity"] == "CRITICAL" and r["status"] in ("ACTIVE", "ESCALATED"):
                    out["critical_active"] += r["n"]
                out["last_updated"] = max(filter(None, (out["last_updated"], r["last"])), default=None)
            return self.json(out)

    @app.page("/api/v1/verdicts/{verdict_id}")
    class One(faust.web.View):
        async def get(self, request: Any, verdict_id: str) -> Any:
            text_param(verdict_id, "verdict_id")
            rows = await database.fetch("SELECT doc, status FROM verdicts WHERE verdict_id = $1", verdict_id)
            if not rows:
                return self.json({"error": "no such verdict"}, status=404)
            return self.json({**orjson.loads(rows[0]["doc"]), "status": rows[0]["status"]})

    @app.page("/api/v1/verdicts/{verdict_id}/status")
    class Status(faust.web.View):
        async def put(self, request: Any, verdict_id: str) -> Any:
            text_param(verdict_id, "verdict_id")
            body = await json_body(request)
            if not isinstance(body, dict) or body.get("status") not in STATUSES:
                raise InvalidRequest(f"status must be one of {', '.join(STATUSES)}")
            status = body["status"]
            command_id = text_param(body.get("mitigation_command_id"), "mitigation_command_id", required=False,
                                    max_chars=128)
            change = {"status": status, "status_changed_at": time.time(), "mitigation_command_id": command_id}
            rows = await database.fetch("WITH old AS (SELECT status FROM verdicts WHERE verdict_id = $1 FOR UPDATE) "
                                         "UPDATE verdicts v SET status = $2, doc = v.doc || $3::jsonb FROM old "
                                         "WHERE v.verdict_id = $1 RETURNING old.status AS previous, v.doc",
                               verdict_id, status, orjson.dumps(change).decode())
            if not rows:
                return self.json({"error": "no such verdict"}, status=404)
            # the operator's judgement is B-cell feedback: DISMISSED says the learned reflexes that fired were
            # wrong, MITIGATED that they were right (counted once per change, not per repeated PUT)
            doc = orjson.loads(rows[0]["doc"])
            if status == "DISMISSED" and rows[0]["previous"] != status:
                regulator.record_false_positive(doc["entity"])
            rules = bcell.learned_rules_in(doc)
            feedback = None
            if rules and status in ("DISMISSED", "MITIGATED") and rows[0]["previous"] != status:
                await db.record_feedback(await database.pool(), rules, false_positive=status == "DISMISSED")
                feedback = {"rule_ids": rules, "false_positive": status == "DISMISSED"}
            return self.json({"verdict_id": verdict_id, **change, "feedback": feedback})
