"""The worker's entry point: ``faust -A streams.app worker -l info``. Everything is built by ``create_app``."""

from __future__ import annotations

from prometheus_client import REGISTRY

from schemas.settings import load_settings
from streams.worker import create_app

worker = create_app(load_settings(), REGISTRY)
app = worker.app
