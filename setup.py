"""Build step beside pyproject.toml: the stage cores compiled by mypyc from their own typed source.

The same files run interpreted where no C compiler or Python headers are found, or with VERTICE_PURE_PYTHON=1;
`vertice bench reflex` reports which one ran ("compiled").
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup

# compiled for speed (docs/PERFORMANCE.md); tests/unit/test_compiled.py holds the build to its source
COMPILED = [  # the stage cores a worker spends its CPU in, and what they import from each other
    "agents/transforms.py", "agents/reflex.py", "agents/features.py", "agents/hpc.py", "agents/verdict.py",
    "agents/pipeline.py", "agents/ingest.py", "agents/macrophage.py", "agents/ioc.py", "agents/seclang.py",
    "agents/seclang_transforms.py",
]
GROUP = "vertice_native"  # the shared library the compiled modules link to


def can_compile() -> bool:
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    return shutil.which(compiler) is not None and headers.exists()


def remove_compiled() -> None:
    """An editable install compiles in place: an interpreted build removes what an earlier one left there."""
    for source in map(Path, COMPILED):
        for binary in source.parent.glob(f"{source.stem}.*.so"):
            binary.unlink()
    for binary in Path().glob(f"{GROUP}__mypyc.*.so"):
        binary.unlink()


def ext_modules() -> list:
    if os.environ.get("VERTICE_PURE_PYTHON") == "1" or not can_compile():
        if os.environ.get("VERTICE_PURE_PYTHON") != "1":
            print(f"vertice: no C compiler or Python headers: {', '.join(COMPILED)} run interpreted", file=sys.stderr)
        remove_compiled()
        return []
    from mypyc.build import mypycify

    return mypycify(COMPILED, opt_level="3", group_name=GROUP)


setup(ext_modules=ext_modules())
