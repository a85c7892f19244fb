"""Deployment files are checked with what this machine has (no Docker engine, no cluster): structure and
references. What could not be run here is said in the issue note."""

import dataclasses
import re
from pathlib import Path

import yaml

from schemas.settings import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "ops" / "deploy"
SETTINGS = {f"VERTICE_{f.name.upper()}" for f in dataclasses.fields(Settings)}


def test_compose_runs_the_production_shape_without_literal_secrets() -> None:
    doc = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())
    services = doc["services"]
    assert {"kafka", "nats", "postgres", "prometheus", "grafana", "worker-1", "worker-2", "executor"} <= set(services)
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft, no ZooKeeper
    assert "-js" in services["nats"]["command"]
    for name in ("worker-1", "worker-2", "executor", "migrate"):
        env = services[name]["environment"]
        assert {k for k in env if k.startswith("VERTICE_")} <= SETTINGS, name
        for key in ("VERTICE_API_KEY", "VERTICE_READ_KEY", "VERTICE_COMMAND_SIGNING_KEY", "VERTICE_NATS_TOKEN"):
            assert str(env[key]).startswith("${"), f"{name}.{key} must come from the environment"
    for name, service in services.items():  # published on the host's loopback only, as the README says
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond loopback"
    text = (DEPLOY / "docker-compose.yml").read_text()
    assert not re.search(r"(PASSWORD|_KEY|TOKEN):\s+['\"]?[A-Za-z0-9]{8,}", text)


def test_kubernetes_manifests() -> None:
    docs = [d for d in yaml.safe_load_all((DEPLOY / "k8s" / "vertice.yaml").read_text()) if d]
    kinds = {d["kind"]: d for d in docs}
    assert {"Namespace", "ConfigMap", "Service", "StatefulSet", "Deployment", "HorizontalPodAutoscaler"} <= set(kinds)
    worker = kinds["StatefulSet"]["spec"]
    assert worker["volumeClaimTemplates"][0]["spec"]["accessModes"] == ["ReadWriteOnce"]
    container = worker["template"]["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/health"
    assert container["livenessProbe"]["httpGet"]["path"] == "/status"
    assert kinds["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]["name"] == kinds["Deployment"]["metadata"]["name"]
    assert set(kinds["ConfigMap"]["data"]) <= SETTINGS
    assert "VERTICE_WEB_HOST" not in kinds["ConfigMap"]["data"]
    for workload in (kinds["StatefulSet"], kinds["Deployment"]):  # listen on the pod's IP, not every interface
        [container] = workload["spec"]["template"]["spec"]["containers"]
        [host] = [e for e in container["env"] if e["name"] == "VERTICE_WEB_HOST"]
        assert host["valueFrom"]["fieldRef"]["fieldPath"] == "status.podIP"
    policy = kinds["NetworkPolicy"]["spec"]
    assert policy["podSelector"]["matchLabels"] == worker["template"]["metadata"]["labels"]
    assert [p["port"] for rule in policy["ingress"] for p in rule["ports"]] == [6066]


def test_dockerfile_runs_unprivileged_with_a_healthcheck() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r"^USER vertice$", text, re.M) and "HEALTHCHECK" in text and '"vertice", "worker"' in text
    assert "0.0.0.0" not in text  # the image listens on loopback unless its deployment says otherwise


def test_prometheus_scrapes_workers_and_executor_and_loads_the_rules() -> None:
    doc = yaml.safe_load((DEPLOY / "prometheus.yml").read_text())
    jobs = {j["job_name"] for j in doc["scrape_configs"]}
    assert jobs == {"vertice-workers", "vertice-executor"}
    assert doc["rule_files"] == ["/etc/prometheus/alerts.yml"]


def test_grafana_is_provisioned_with_the_dashboards_and_their_datasource() -> None:
    import json

    services = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text())["services"]
    mounts = {m.split(":")[1]: (DEPLOY / m.split(":")[0]).resolve() for m in services["grafana"]["volumes"]}
    provisioning = mounts["/etc/grafana/provisioning"]
    [source] = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())["datasources"]
    assert source["type"] == "prometheus" and source["url"] == "http://prometheus:9090"
    [provider] = yaml.safe_load((provisioning / "dashboards" / "vertice.yml").read_text())["providers"]
    dashboards = sorted(mounts[provider["options"]["path"]].glob("*.json"))
    assert len(dashboards) == 5
    for path in dashboards:  # every panel queries the provisioned datasource
        uids = {p["datasource"]["uid"] for p in json.loads(path.read_text())["panels"]}
        assert uids == {source["uid"]}, path.name
