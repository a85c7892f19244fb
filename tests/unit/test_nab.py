"""The NAB runner on a series written here: a planted spike inside its window is found, the quiet one is not."""

import csv
import json
from pathlib import Path

from ops.nab import run


def write_series(path: Path, values: list[float]) -> list[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    stamps = [f"2024-01-01 {i // 60:02d}:{i % 60:02d}:00" for i in range(len(values))]
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["timestamp", "value"])
        writer.writerows(zip(stamps, values, strict=True))
    return stamps


def test_spike_in_window_is_detected_and_csvs_mirror_the_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    quiet = [10.0 + (i % 3) * 0.1 for i in range(300)]
    spiky = list(quiet)
    spiky[200] = 80.0
    stamps = write_series(data / "synthetic" / "spike.csv", spiky)
    write_series(data / "synthetic" / "quiet.csv", quiet)
    windows = tmp_path / "windows.json"
    windows.write_text(json.dumps({"synthetic/spike.csv": [[stamps[190], stamps[210]]], "synthetic/quiet.csv": []}))
    result = run(data, tmp_path / "out", windows)
    assert result["by_series"]["synthetic/spike.csv"] == {"windows": 1, "detected": 1, "false_alarms": 0}
    assert result["by_series"]["synthetic/quiet.csv"]["false_alarms"] == 0
    with (tmp_path / "out" / "synthetic" / "vertice_spike.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["timestamp", "value", "anomaly_score", "label"]
    assert rows[200]["label"] == "1" and float(rows[200]["anomaly_score"]) >= 0.5 and rows[0]["label"] == "0"


def test_nab_score_bounds_and_earliness() -> None:
    from ops.nab import nab_raw_score, nab_score

    n, window = 1000, (500, 549)
    never = [0.0] * n
    at_start = [0.0] * n
    at_start[500] = 1.0
    late = [0.0] * n
    late[545] = 1.0
    noisy = list(at_start)
    for i in range(200, 480, 20):
        noisy[i] = 1.0
    assert nab_raw_score(never, [window], 0.5) == -1.0
    assert nab_raw_score(at_start, [window], 0.5) == 1.0
    assert 0.0 < nab_raw_score(late, [window], 0.5) < nab_raw_score(at_start, [window], 0.5)
    assert nab_raw_score(noisy, [window], 0.5) < nab_raw_score(at_start, [window], 0.5)
    early_probation = [1.0] * 100 + [0.0] * (n - 100)  # the first 15% is not scored
    assert nab_raw_score(early_probation, [window], 0.5) == -1.0
    assert nab_score([(never, [window])])[0] == 0.0
    assert nab_score([(at_start, [window])])[0] == 100.0
