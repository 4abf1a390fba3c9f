"""Set-up on a fresh machine: the Makefile's choice of interpreter (tools/find-python), the
rebuild of a .venv made by another Python, and the house lint settings on the set-up files.

The interpreters here are fakes: shell scripts that answer the version probe as a given
Python would, put first on a PATH that hides the machine's own."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.paths import ROOT

FAKE_PYTHON = """#!/bin/sh
# a fake Python {version}: answers the version probe, makes venvs, logs everything else
if [ "$1" = "-c" ]; then echo "{version} $0"; exit 0; fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then mkdir -p "$3/bin" && cp "$0" "$3/bin/python"; exit 0; fi
echo "$0 $*" >> "{log}"
"""
BROKEN = "#!/bin/sh\nexit 127\n"  # a pyenv shim of a version that is not activated
NAMES = ("python3", "python3.10", "python3.11", "python3.12", "python3.13")


def fake_bin(folder: Path, versions: dict[str, str], log: Path) -> Path:
    """A folder of fake interpreters: ``versions`` maps a name to the version it reports;
    the other usual names exist but do not run, hiding the machine's own."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        script = FAKE_PYTHON.format(version=versions[name], log=log) if name in versions else BROKEN
        (folder / name).write_text(script)
        (folder / name).chmod(0o755)
    return folder


def project_copy(tmp_path: Path) -> Path:
    """The Makefile, tools/find-python and the files the venv rule depends on, in a scratch folder."""
    work = tmp_path / "project"
    (work / "tools").mkdir(parents=True)
    for name in ("Makefile", "tools/find-python", "requirements.lock", "pyproject.toml"):
        shutil.copy2(ROOT / name, work / name)
    return work


def run(cmd: list[str], cwd: Path, fake: Path, **env) -> subprocess.CompletedProcess:
    path = f"{fake}:/usr/bin:/bin"  # no pyenv: only the fakes and the system tools
    return subprocess.run(
        cmd,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": path, "HOME": str(cwd), "PYENV_ROOT": str(cwd / "no-pyenv"), **env},
    )


@pytest.mark.parametrize(
    ("versions", "picked"),
    [
        ({"python3": "3.12"}, "3.12"),
        ({"python3": "3.10", "python3.13": "3.13", "python3.11": "3.11"}, "3.13"),
        ({"python3": "3.14", "python3.11": "3.11"}, "3.11"),
    ],
)
def test_make_picks_a_supported_python_that_is_present(versions, picked, tmp_path):
    work = project_copy(tmp_path)
    fake = fake_bin(tmp_path / "bin", versions, tmp_path / "log")
    result = run(["make", "-s", "python"], work, fake)
    assert result.returncode == 0, result.stderr
    version, path = result.stdout.split()
    assert version == picked and Path(path).parent == fake


def test_python_3_10_is_refused_with_a_clear_message(tmp_path):
    work = project_copy(tmp_path)
    fake = fake_bin(tmp_path / "bin", {"python3": "3.10", "python3.10": "3.10"}, tmp_path / "log")
    result = run(["make", "-s", "python"], work, fake)
    assert result.returncode != 0
    assert "no Python 3.11, 3.12 or 3.13 found (found: python3=3.10)" in result.stderr
    named = run(["make", "-s", "python", "PYTHON=python3.10"], work, fake)
    assert named.returncode != 0
    assert "PYTHON=python3.10 is Python 3.10; this project needs Python 3.11, 3.12 or 3.13" in named.stderr


def test_a_venv_made_by_another_python_is_rebuilt(tmp_path):
    work = project_copy(tmp_path)
    log = tmp_path / "log"
    old = fake_bin(tmp_path / "old", {"python3": "3.10"}, log)
    (work / ".venv" / "bin").mkdir(parents=True)
    shutil.copy(old / "python3", work / ".venv" / "bin" / "python")  # a venv left by Python 3.10
    (work / ".venv" / "stale-file").touch()
    fake = fake_bin(tmp_path / "bin", {"python3": "3.12"}, log)
    result = run(["make", "venv"], work, fake)
    assert result.returncode == 0, result.stderr
    assert "was built with Python 3.10; rebuilding it with Python 3.12" in result.stdout
    assert not (work / ".venv" / "stale-file").exists()
    rebuilt = subprocess.run([work / ".venv" / "bin" / "python", "-c", ""], capture_output=True, text=True)
    assert rebuilt.stdout.startswith("3.12 ")
    installs = log.read_text()
    assert "-m pip install --quiet -r requirements.lock" in installs
    assert "-m ipykernel install --sys-prefix --name helpers" in installs
    again = run(["make", "venv"], work, fake)  # nothing changed: nothing is installed again
    assert again.returncode == 0 and log.read_text() == installs


def test_setup_files_pass_the_house_lint():
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        ruff = shutil.which("ruff")
    assert ruff, "ruff is a dev dependency: make venv installs it"
    files = [
        "src/helpers/__main__.py",
        "src/helpers/options.py",
        "src/helpers/progress.py",
        "tests/test_cli.py",
        "tests/test_setup.py",
    ]
    check = subprocess.run([ruff, "check", *files], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fmt = subprocess.run([ruff, "format", "--check", *files], cwd=ROOT, capture_output=True, text=True)
    assert fmt.returncode == 0, fmt.stdout


def test_make_lint_runs_ruff_format_check_then_ruff_check():
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "VENV")}
    dry = subprocess.run(["make", "-n", "lint"], cwd=ROOT, capture_output=True, text=True, env=env)
    commands = [line for line in dry.stdout.splitlines() if "ruff" in line]
    assert commands == [".venv/bin/ruff format --check", ".venv/bin/ruff check"]
