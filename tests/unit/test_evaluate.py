"""`vertice eval` on data the test writes itself (the shared datasets are for measuring, not for tests)."""

import csv
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
