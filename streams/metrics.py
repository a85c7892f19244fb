"""The worker's Prometheus metrics, created against a registry that is passed in."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

FAST_BUCKETS = (0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


# vertice_worker_cpu_seconds_total's parts: telemetry read from Kafka (intake), triage's stage cores (triage) and the
# rest of its handler (triage_output: breakers, counters, DLQ, commands, the scored messages); scored messages decoded,
# checked and deduplicated (immune_input), the stateful cells (immune), the entities table (tables), the worker-wide
# loop (feel), verdicts and signals out (immune_output); verdicts read back and filtered for PostgreSQL (sink)
CPU_PARTS = ("intake", "triage", "triage_output", "immune_input", "immune", "tables", "feel", "immune_output", "sink")


class PipelineMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self._intake(registry)
        self._commanding(registry)
        self._immune(registry)
        self._failures(registry)

    def _intake(self, registry: CollectorRegistry) -> None:
        self.events = Counter("vertice_telemetry_events_total", "Valid telemetry events ingested",
                              registry=registry)
        self.replayed = Counter("vertice_replayed_items_skipped_total",
                                "Scored events already judged here from another copy (a replay after a restart)",
                                registry=registry)
        self.rejected = Counter("vertice_telemetry_rejected_total", "Telemetry sent to the DLQ", ["reason"],
                                registry=registry)
        self.verdicts = Counter("verdict_engine_verdicts_generated_total", "Verdicts made", ["final_verdict"],
                                registry=registry)
        self.escalations = Counter("vertice_escalations_total", "Incidents escalated to the cortex",
                                   registry=registry)
        self.rte_scan = Histogram("rte_scan_duration_seconds", "Reflex scan time per event", buckets=FAST_BUCKETS,
                                  registry=registry)
        self.rte_matches = Counter("rte_matches_total", "Reflex rule matches", ["category", "severity"],
                                   registry=registry)
        self.rule_reloads = Counter("rte_rule_reloads_total", "Rule packs reloaded while running", registry=registry)
        self.rule_reload_failures = Counter("rte_rule_reload_failures_total", "Rule pack reloads that failed",
                                            registry=registry)
        self.rte_decisions = Counter("rte_decisions_total", "Reflex decisions", ["decision"], registry=registry)
        self.stage_latency = Histogram("vertice_stage_batch_seconds", "Time one micro-batch spends in a stage",
                                       ["stage"], buckets=FAST_BUCKETS, registry=registry)
        self.worker_cpu = Counter("vertice_worker_cpu_seconds_total",
                                  "The event-loop thread's CPU by part of the worker; what no part names is Faust, "
                                  "the Kafka clients, the web server, timers and other threads", ["part"],
                                  registry=registry)
        # measured with time.thread_time around stretches that do not suspend (an await that yields would charge
        # what other tasks ran meanwhile)
        self.cpu = {part: self.worker_cpu.labels(part) for part in CPU_PARTS}
        self.telemetry_to_verdict = Histogram("vertice_telemetry_to_verdict_seconds",
                                              "From the event's timestamp to its verdict", buckets=FAST_BUCKETS,
                                              registry=registry)

    def _commanding(self, registry: CollectorRegistry) -> None:
        self.commands = Counter("cortex_commands_issued_total", "Commands published by the cortex", ["command_type"],
                                registry=registry)
        self.cortex_decision = Histogram("cortex_decision_seconds", "From a micro-batch of incidents to decisions",
                                         buckets=FAST_BUCKETS, registry=registry)
        self.cortex_provider = Gauge("cortex_execution_provider", "Execution provider the cortex session got",
                                     ["provider"], registry=registry)
        self.publish_failures = Counter("cortex_command_publish_failures_total",
                                        "Command publishes that failed (retried when the failure was transient)",
                                        registry=registry)
        self.confirmation_latency = Histogram("command_bus_confirmation_seconds",
                                              "From a command's issue to its confirmation",
                                              buckets=FAST_BUCKETS, registry=registry)
        self.command_timeouts = Counter("command_bus_timeouts_total", "Commands not confirmed by their deadline",
                                        registry=registry)

    def _immune(self, registry: CollectorRegistry) -> None:
        self.temperature = Gauge("immunis_temperature_celsius", "Body temperature driven by cytokines",
                                 registry=registry)
        self.cytokines = Counter("immunis_cytokines_total", "Cytokines delivered", ["type"], registry=registry)
        self.cytokines_dropped = Counter("immunis_cytokines_dropped_total", "Cytokines dropped", ["reason"],
                                         registry=registry)
        self.storm_backpressure = Counter("immunis_storm_backpressure_seconds_total",
                                          "Seconds telemetry intake waited for the cytokine backlog during a storm",
                                          registry=registry)
        self.cytokines_aggregated = Counter("immunis_cytokines_aggregated_total",
                                            "Low-priority cytokines counted, not processed, during a storm",
                                            registry=registry)
        self.dendritic_alerts = Counter("immunis_dendritic_alerts_total", "Cross-entity correlations raised",
                                        ["pattern"], registry=registry)
        self.suppressions = Counter("immunis_treg_suppressions_total", "Responses suppressed by Treg or the caps",
                                    ["reason"], registry=registry)
        self.cell_events = Counter("immunis_cell_events_total", "Events each cell scored", ["cell"],
                                   registry=registry)
        self.cell_latency = Histogram("immunis_cell_latency_seconds",
                                      "Per-event time in each cell, averaged over its micro-batch", ["cell"],
                                      buckets=FAST_BUCKETS, registry=registry)
        self.narrative_requests = Counter("narrative_filter_requests_total", "Agent messages the narrative filter read",
                                          registry=registry)
        self.narrative_duration = Histogram("narrative_filter_processing_duration_seconds",
                                            "Semantic processing of one micro-batch of agent messages",
                                            buckets=FAST_BUCKETS, registry=registry)
        self.narrative_errors = Counter("narrative_filter_errors_total",
                                        "Micro-batches whose embeddings failed (the features-only intents were used)",
                                        registry=registry)
        self.hpc_error = Gauge("hpc_prediction_error", "Mean prediction-error score of the last micro-batch",
                               ["level"], registry=registry)
        self.hpc_anomalies = Counter("hpc_anomalies_total", "Events whose prediction error scored ≥ 0.5", ["level"],
                                     registry=registry)
        self.neuromodulation = Gauge("neuromodulation_level", "Worker-wide neuromodulator levels and their effect",
                                     ["modulator"], registry=registry)

    def _failures(self, registry: CollectorRegistry) -> None:
        self.timer_failures = Counter("vertice_timer_failures_total",
                                      "Rounds of a periodic task that failed for a reason other than transport",
                                      ["timer"], registry=registry)
        self.sink_failures = Counter("verdict_sink_failures_total",
                                     "Verdict sink writes that failed (retried when the failure was transient)",
                                     registry=registry)
        self.dead_lettered = Counter("vertice_dead_lettered_total",
                                     "Output a sink or publisher refused for a non-transient reason, sent to the DLQ",
                                     ["stage", "reason"], registry=registry)
        self.breaker_state = Gauge("vertice_stage_breaker_state",
                                   "Each stage's circuit breaker: 0 closed, 1 half-open (probing), 2 open (bypassed)",
                                   ["stage"], registry=registry)
        self.breaker_transitions = Counter("vertice_stage_breaker_transitions",
                                           "Breaker state changes, by the state entered and the cause (budget, "
                                           "error, probe, recovered, operator)", ["stage", "to", "cause"],
                                           registry=registry)
        self.bypassed = Counter("vertice_stage_bypassed_events", "Event verdicts made without a stage (its breaker "
                                                                 "open, or it raised)", ["stage"], registry=registry)
