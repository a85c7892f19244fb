"""The worker's garbage collector settings."""

from __future__ import annotations

import gc

GC_THRESHOLDS = (20_000, 50, 50)


def tune_garbage_collector() -> None:
    """The worker allocates hundreds of short-lived containers per event; with CPython's default thresholds
    (700, 10, 10) its full collections walk every long-lived object (rule databases' wrappers, models, caches)
    many times a second (docs/PERFORMANCE.md). Objects alive after startup are moved out of its sight."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
