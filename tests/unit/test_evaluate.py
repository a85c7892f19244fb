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
    refused = CliRunner().invoke(main, ["eval", "--format", "csv-payload", "--normal", str(data), "--train-normal",
                                        str(data)])
    assert refused.exit_code == 2 and "--in-process" in refused.output
