"""Helper T: the response strategy for an incident — Th1 (aggressive), Th2 (conservative) or balanced — and its
intensity, from the incident's severity, how often its target was already acted on, and the threat family."""

from __future__ import annotations

import dataclasses

from agents.dendritic import COORDINATED_AT, EXPANSION_AT
from agents.verdict import Severity

AGGRESSIVE_FAMILIES = frozenset({"rce", "malware", "exploit", "ransomware", "java", "php", "deception", "collusion"})
CONSERVATIVE_FAMILIES = frozenset({"scanner", "protocol", "anomaly", "recon", "inconsistency"})
STRENGTH = {"SNAPSHOT_STATE": 0.1, "INJECT_CONSTRAINT": 0.2, "redirect_honeypot": 0.2, "MUTE": 0.3,
            "REVOKE_ACCESS": 0.5, "quarantine_file": 0.5, "block_ip": 0.6, "ISOLATE": 0.8, "isolate_host": 0.9,
            "kill_process": 0.9, "TERMINATE": 1.0}
"""How hard each command hits its target, 0 to 1."""


@dataclasses.dataclass(frozen=True)
class Response:
    strategy: str  # "Th1", "Th2" or "balanced"
    intensity: int  # 1 (watch) to 5 (everything allowed)
    max_actions: int  # cytotoxic actions this incident may take

    def allows(self, command_type: str) -> bool:
        """Th1 may use anything; Th2 keeps to the milder half of the arsenal; balanced goes up to its intensity."""
        ceiling = {"Th1": 1.0, "Th2": 0.5}.get(self.strategy, self.intensity / 5 + 0.2)
        return STRENGTH.get(command_type, 1.0) <= ceiling


def plan(severity: str, correlated: int, family: str) -> Response:
    """Th1 for critical incidents, coordinated campaigns and dangerous families; Th2 for low-severity noise
    (scanners, protocol and anomaly findings) that is not spreading; balanced otherwise."""
    named = severity.upper()
    level = (Severity(named) if named in Severity.__members__ else Severity.MEDIUM).rank
    intensity = max(1, min(5, level + (correlated >= EXPANSION_AT) + (correlated >= COORDINATED_AT)))
    family = family.lower()
    if level >= 4 or correlated >= COORDINATED_AT or family in AGGRESSIVE_FAMILIES:
        strategy = "Th1"
    elif level <= 1 or (level <= 2 and correlated < EXPANSION_AT and family in CONSERVATIVE_FAMILIES):
        strategy = "Th2"
    else:
        strategy = "balanced"
    max_actions = {"Th1": 2 * intensity, "balanced": intensity, "Th2": 1}[strategy]
    return Response(strategy, intensity, max_actions)
