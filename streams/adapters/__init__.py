"""Runtime adapters both the worker and the CLI use: PostgreSQL, NATS, Kafka, logging, audit, health checks."""
