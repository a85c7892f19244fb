"""`vertice eval` on data the test writes itself (the shared datasets are for measuring, not for tests)."""

import csv
import random
from pathlib import Path

from click.testing import CliRunner

from ops.cli import main
from ops.evaluate import evaluate


def write_raw(path: Path, uris: list[str]) -> None:
    path.write_bytes(b"".join(f"GET http://shop:8080{u} HTTP/1.1\nHost: shop:8080\n\n\n".encode() for u in uris))


def test_http_raw_eval_counts_and_layers(tmp_path: Path) -> None:
    normal = [f"/tienda/item.jsp?id={i}&qty={i % 5 + 1}" for i in range(60)]
    attacks = ["/tienda/item.jsp?id=1%27%20UNION%20SELECT%20password%20FROM%20users--",
               "/tienda/item.jsp?id=%3Cscript%3Ealert(1)%3C/script%3E", "/tienda/item.jsp?id=../../../../etc/passwd"]
    write_raw(tmp_path / "train.txt", normal)
    write_raw(tmp_path / "normal.txt", normal[:30])
    write_raw(tmp_path / "anom.txt", attacks)
    result = evaluate("http-raw", [tmp_path / "normal.txt"], [tmp_path / "anom.txt"], [tmp_path / "train.txt"])
    assert (result["tp"] + result["fn"], result["fp"] + result["tn"]) == (3, 30)
    assert result["detection_rate"] == 1.0 and result["false_positive_rate"] == 0.0
    assert set(result["layers"]) == {"reflex", "reflex+neutrophil", "reflex+neutrophil+hpc", "full"}
    assert set(result) >= {"tp", "fp", "tn", "fn", "detection_rate", "false_positive_rate", "dr_at_fpr", "by_category"}


def test_csv_payload_by_category_and_cli(tmp_path: Path) -> None:
    data = tmp_path / "payloads.csv"
    with data.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["payload", "attack_type", "label"])
        writer.writerows([["red shoes", "norm", "norm"], ["42", "norm", "norm"],
                          ["1' OR '1'='1", "sqli", "anom"], ["<svg onload=alert(1)>", "xss", "anom"]])
    result = evaluate("csv-payload", [data], [data])
    assert set(result["by_category"]) == {"sqli", "xss"}
    assert (result["tp"], result["fp"]) == (2, 0)
    cli = CliRunner().invoke(main, ["eval", "--format", "csv-payload", "--normal", str(data), "--anomalous", str(data),
                                    "--in-process"])
    assert cli.exit_code == 0 and "TP 2 FP 0" in cli.output
    refused = CliRunner().invoke(main, ["eval", "--format", "csv-payload", "--in-process"])
    assert refused.exit_code == 2 and "at least one --normal or --anomalous" in refused.output


def test_k_fold_judges_every_sample_once_with_stages_trained_on_the_other_folds(tmp_path: Path) -> None:
    import random

    rng = random.Random(5)
    data = tmp_path / "payloads.csv"
    with data.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["payload", "attack_type", "label"])
        for i in range(60):
            writer.writerow([f"{rng.choice(['red', 'blue', 'green'])} shoes size {i % 12}", "norm", "norm"])
            writer.writerow([f"{i}' OR '{i}'='{i}' -- ", "sqli", "anom"])
    result = evaluate("csv-payload", [data], [data], folds=3)
    assert [f["fold"] for f in result["folds"]] == [0, 1, 2] and result["mode"] == "3-fold"
    assert sum(f["events"] for f in result["folds"]) == result["tp"] + result["fp"] + result["tn"] + result["fn"] == 120
    assert result["detection_rate"] >= 0.9 and result["false_positive_rate"] <= 0.05
    assert {"ingest", "reflex", "neutrophil", "macrophage", "hpc"} <= set(result["stage_events_per_s"])
    cli = CliRunner().invoke(main, ["eval", "--format", "csv-payload", "--normal", str(data), "--anomalous", str(data),
                                    "--folds", "2"])
    assert cli.exit_code == 0 and "fold 1:" in cli.output
    refused = CliRunner().invoke(main, ["eval", "--format", "csv-payload", "--normal", str(data), "--folds", "2",
                                        "--train-labeled", str(data)])
    assert refused.exit_code == 2 and "--folds" in refused.output


def _shop_raw(path: Path, rng: random.Random, n: int, user: int = 0) -> None:
    """Raw requests of a small shop: a search, a cart form (GET and POST with the same user's values), a page."""
    from urllib.parse import quote_plus

    out = []
    for i in range(n):
        login = f"user{user + i}x{rng.randint(100, 999)}"
        form = f"login={login}&card={rng.randint(10**11, 10**12)}&qty={rng.randint(1, 9)}"
        out.append(f"GET http://shop:8080/cart.jsp?{form} HTTP/1.1\nHost: shop:8080\nCookie: JSESSIONID=g{user + i}"
                   "\n\n\n")
        out.append(f"POST http://shop:8080/cart.jsp HTTP/1.1\nHost: shop:8080\nCookie: JSESSIONID=p{user + i}\n"
                   f"Content-Length: {len(form)}\n\n{form}\n\n")
        words = quote_plus(" ".join(rng.choice(["red", "shoes", "lamp", "desk"]) for _ in range(2)))
        out.append(f"GET http://shop:8080/search.jsp?q={words} HTTP/1.1\nHost: shop:8080\n\n\n")
    path.write_text("".join(out), "latin-1")


def test_the_proxy_splits_users_draws_fresh_values_and_holds_out_templates(tmp_path: Path) -> None:
    from ops.proxy import build, read_requests

    _shop_raw(tmp_path / "normal.txt", random.Random(3), 400)
    payloads = tmp_path / "payloads.csv"
    with payloads.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["payload", "length", "attack_type", "label"])
        writer.writerows([[f"' or {i}={i}--", 9, "sqli", "anom"] for i in range(10)])
    counts = build(tmp_path / "normal.txt", tmp_path / "proxy", seed=5, httpparams=payloads)
    again = build(tmp_path / "normal.txt", tmp_path / "again", seed=5, httpparams=payloads)
    assert counts == again
    assert (tmp_path / "proxy/normal.txt").read_bytes() == (tmp_path / "again/normal.txt").read_bytes()
    assert counts["users"] == 400 + 400  # each cart user's GET and POST are one user; each search its own
    train, test = read_requests(tmp_path / "proxy/train-normal.txt"), read_requests(tmp_path / "proxy/normal.txt")
    logins = {v for r in train for k, v in r.params if k == "login"}
    assert not logins & {v for r in test for k, v in r.params if k == "login"}  # no user on both sides
    assert {r.path for r in train} == {r.path for r in test}  # the same endpoints
    held = {f.stem for f in (tmp_path / "proxy/anomalous").iterdir()}
    tuning = {f.stem for f in (tmp_path / "proxy/anomalous-tuning").iterdir()}
    assert "inject-sqli" in held and any(c.startswith("probe-") for c in held)
    tampers = {c for c in held if c.startswith("tamper-")}
    assert tampers and not tampers & {c for c in tuning if c.startswith("tamper-")}  # templates never tuned on
    attacks = [r for f in (tmp_path / "proxy/anomalous").iterdir() for r in read_requests(f)]
    assert {r.path for r in attacks if r.params} <= {r.path for r in train}  # on the same endpoints


def test_eval_reports_the_curve_and_the_calibration_and_takes_rule_packs(tmp_path: Path) -> None:
    import yaml

    _shop_raw(tmp_path / "train.txt", random.Random(1), 500)
    _shop_raw(tmp_path / "normal.txt", random.Random(2), 200, user=10_000)
    write_raw(tmp_path / "anom.txt", ["/cart.jsp?login=a&card=1&qty=-4", "/cart.jsp.BAK", "/admin/console.jsp",
                                      "/cart.jsp?login=x&card=1&qty=1&magic=1"])
    pack = tmp_path / "extra.yaml"
    pack.write_text(yaml.safe_dump({"name": "extra", "version": 1, "rules": [
        {"id": 990001, "name": "magic parameter", "category": "custom", "severity": "CRITICAL",
         "pattern": "magic=", "fields": ["http.uri"], "transforms": []}]}))
    args = ["eval", "--format", "http-raw", "--train-normal", str(tmp_path / "train.txt"), "--normal",
            str(tmp_path / "normal.txt"), "--anomalous", str(tmp_path / "anom.txt"), "--in-process"]
    plain = evaluate("http-raw", [tmp_path / "normal.txt"], [tmp_path / "anom.txt"], [tmp_path / "train.txt"])
    packed = evaluate("http-raw", [tmp_path / "normal.txt"], [tmp_path / "anom.txt"], [tmp_path / "train.txt"],
                      rule_packs=[pack])
    assert set(plain["dr_at_fpr"]) == set(plain["threshold_at_fpr"]) == {"0.0001", "0.001", "0.01"}
    assert plain["calibration"][0] == [0.0, 0.0] and plain["calibration"][-1] == [1.0, 1.0]
    assert plain["false_positive_rate"] == 0.0 and plain["detection_rate"] >= 0.75
    reflex_hits = [e for v in packed["missed"] + packed["false_alarms"] for e in v["evidence"]]
    assert packed["layers"]["reflex"]["detection_rate"] > plain["layers"]["reflex"]["detection_rate"]
    assert not any(990001 in e.get("rules", []) for e in reflex_hits)
    cli = CliRunner().invoke(main, [*args, "--rule-packs", str(pack)])
    assert cli.exit_code == 0, cli.output
    assert "curve: FPR 0.01%: DR" in cli.output and "calibration (raw fused score -> verdict score)" in cli.output
