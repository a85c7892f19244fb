"""Neuromodulation: four global levels that tune the cells' thresholds and the HPC learning rate within bounds."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

FULL_AROUSAL_THREAT_SHARE = 0.05  # 5% non-benign verdicts is maximal arousal
FULL_SALIENCE_ERROR = 0.2  # a mean prediction-error score of 0.2 is maximal salience
FAST_S, SLOW_S = 10.0, 60.0
MIN_HOLD_S, MAX_HOLD_S = 5.0, 60.0
THRESHOLD_SCALE_BOUNDS = (0.7, 1.0)
LEARNING_SCALE_BOUNDS = (0.25, 2.0)


def _clip(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _toward(level: float, target: float, dt: float, tau_s: float) -> float:
    """First-order approach of ``target`` with time constant ``tau_s`` over ``dt`` seconds."""
    return level + (target - level) * (1.0 - math.exp(-max(0.0, dt) / tau_s))


@dataclasses.dataclass(frozen=True)
class Modulation:
    """What the cells read: thresholds multiplied by ``threshold_scale``, learning rates by ``learning_scale``;
    ``attention`` sharpens the HPC's threshold on entities that are already surprising."""

    threshold_scale: float = 1.0
    learning_scale: float = 1.0
    attention: float = 0.0


@dataclasses.dataclass
class Neuromodulators:
    """The levels (each in [0, 1]) and the slow predictions they are made from; JSON-serialisable via ``asdict``.

    - dopamine: reward prediction error; the reward is a calm batch (1 − threat share). Calmer than expected →
      more dopamine → profiles learn faster; more threats than expected → learning slows, so an attack is not
      absorbed into "normal".
    - serotonin: patience; rises while calm, falls under sustained arousal. It sets how long a threshold holds
      (5 s to 60 s) before it moves toward what arousal asks for.
    - norepinephrine: arousal; follows the share of non-benign verdicts and lowers the cells' thresholds.
    - acetylcholine: salience; follows the mean prediction error and sharpens attention on surprising entities.
    """

    dopamine: float = 0.5
    serotonin: float = 0.5
    norepinephrine: float = 0.0
    acetylcholine: float = 0.0
    expected_reward: float = 1.0
    threshold_scale: float = 1.0
    updated: float | None = None

    @classmethod
    def from_dict(cls, doc: dict[str, Any] | None) -> Neuromodulators:
        fields = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in (doc or {}).items() if k in fields})

    def observe(self, *, events: int, threats: int, prediction_error: float, now: float) -> None:
        """Fold one micro-batch in: ``threats`` of its ``events`` were not benign; ``prediction_error`` is the
        batch's mean HPC score."""
        if events <= 0:
            return
        dt = FAST_S if self.updated is None else now - self.updated
        self.updated = now if self.updated is None else max(self.updated, now)
        share = threats / events
        arousal = _clip(share / FULL_AROUSAL_THREAT_SHARE, 0.0, 1.0)
        self.norepinephrine = _toward(self.norepinephrine, arousal, dt, FAST_S)
        salience = _clip(prediction_error / FULL_SALIENCE_ERROR, 0.0, 1.0)
        self.acetylcholine = _toward(self.acetylcholine, salience, dt, FAST_S)
        reward = 1.0 - share
        surprise = reward - self.expected_reward
        self.dopamine = _clip(_toward(self.dopamine, 0.5 + 0.5 * math.tanh(surprise / 0.02), dt, FAST_S), 0.0, 1.0)
        self.expected_reward = _toward(self.expected_reward, reward, dt, SLOW_S)
        self.serotonin = _toward(self.serotonin, 1.0 - self.norepinephrine, dt, SLOW_S)
        hold_s = MIN_HOLD_S + (MAX_HOLD_S - MIN_HOLD_S) * self.serotonin
        wanted = 1.0 - (1.0 - THRESHOLD_SCALE_BOUNDS[0]) * self.norepinephrine
        self.threshold_scale = _clip(_toward(self.threshold_scale, wanted, dt, hold_s), *THRESHOLD_SCALE_BOUNDS)

    def modulation(self) -> Modulation:
        learning = 2.0 ** (2.0 * (self.dopamine - 0.5)) * (1.0 - 0.5 * self.norepinephrine)
        return Modulation(threshold_scale=self.threshold_scale,
                          learning_scale=_clip(learning, *LEARNING_SCALE_BOUNDS),
                          attention=self.acetylcholine)

    def levels(self) -> dict[str, float]:
        """The four levels and the modulation they produce, rounded for /status and the gauges."""
        m = self.modulation()
        return {"dopamine": round(self.dopamine, 4), "serotonin": round(self.serotonin, 4),
                "norepinephrine": round(self.norepinephrine, 4), "acetylcholine": round(self.acetylcholine, 4),
                "threshold_scale": round(m.threshold_scale, 4), "learning_scale": round(m.learning_scale, 4)}
