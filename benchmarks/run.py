#!/usr/bin/env python3
"""octreaty's benchmarks: ratios against a dependency floor measured in the same run.

    python benchmarks/run.py                # everything, 11 repetitions, medians
    python benchmarks/run.py --repeat 5 --scale 10     # quicker

Each measurement starts a new process (a "cold" call, as a shell script makes
one), several times, and reports the median wall time and the peak memory
(maximum resident set) of the process:

  (a) the dependency floor: python -c "import typer, rich.table, yaml, networkx"
  (b) octreaty link albania italy --format json      (compiled-data cache warm)
  (c) octreaty ratified albania --format csv         (cache warm)
  (b0) the same as (b) with no cache at all (parse and validate the YAML)
  (d) octreaty matrix: every pair of every country
  (e) synthetic data 10x and 100x the shipped size (benchmarks/synth.py):
      the first call (parses and caches), then load plus one query (warm)
  (y) the parser's floor for (b0) and (e): a process that only reads the same
      YAML files with PyYAML's C loader (yaml.load, CSafeLoader)

and prints b/a, c/a, the first calls over (y) (issue 15), and how the warm
cost grows from 10x to 100x. Nothing here is a test: nothing fails, it only
measures.

octreaty is byte-compiled first (``compileall``), as pip does when it installs
a package: with PYTHONDONTWRITEBYTECODE set and no ``__pycache__`` each call
would otherwise compile octreaty's modules from source (about 45 ms on the
reference machine), which no installed octreaty pays and the floor's
dependencies never pay.
"""

from __future__ import annotations

import argparse
import ast
import atexit
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

FLOOR = [sys.executable, "-c", "import typer, rich.table, yaml, networkx"]
OCT = [sys.executable, "-m", "octreaty"]
# the parser alone: every file of a data directory through PyYAML's C loader, nothing else
YAML_FLOOR = [sys.executable, "-c",
              "import sys, yaml\n"
              "for name in sys.argv[1:]:\n"
              "    with open(name, 'rb') as f:\n"
              "        yaml.load(f, Loader=yaml.CSafeLoader)"]


def yaml_floor(directory: Path) -> list[str]:
    return [*YAML_FLOOR, *sorted(str(p) for p in directory.glob("*.yaml"))]


def measure(cmd: list[str], env: dict[str, str], repeat: int) -> tuple[float, float, float, float]:
    """Median wall seconds, min wall seconds, max peak RSS (MB) and median CPU seconds over ``repeat`` runs.

    CPU time (user + system, of the child) is printed beside the wall time: on a machine shared with
    other work it moves far less than the wall time does.
    """
    walls, peaks, cpus = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)  # KB on Linux
        cpus.append(usage.ru_utime + usage.ru_stime)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode not in (0,):
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err}")
    return statistics.median(walls), min(walls), max(peaks), statistics.median(cpus)


def note(text: str) -> None:
    """Progress on stderr, so that a minute-long run is not silent (stdout keeps the results)."""
    print(f"benchmarks: {text}", file=sys.stderr, flush=True)


def row(label: str, result: tuple[float, float, float, float], floor: tuple | None = None) -> None:
    med, best, peak, cpu = result
    ratio = f"{med / floor[0]:6.2f}x" if floor else "       "
    cpu_ratio = f"{cpu / floor[3]:6.2f}x" if floor else "       "
    print(f"  {label:<58} {med * 1000:8.0f} ms  (min {best * 1000:6.0f})  {ratio}  {peak:7.1f} MB"
          f"   cpu {cpu * 1000:7.0f} ms {cpu_ratio}")


def main() -> None:
    ap = argparse.ArgumentParser(description="octreaty benchmarks (ratios against the dependency floor)")
    ap.add_argument("--repeat", type=int, default=11, help="runs per measurement (median reported)")
    ap.add_argument("--scale", default="10,100", help="synthetic data factors, comma-separated; '' for none")
    args = ap.parse_args()
    repeat = max(1, args.repeat)

    work = Path(tempfile.mkdtemp(prefix="octreaty-bench-"))
    atexit.register(shutil.rmtree, work, True)  # the synthetic data and the caches, tens of MB: never left behind
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # `timeout` and kill end it through atexit too
    env = {**os.environ, "OCTREATY_CACHE_DIR": str(work / "cache")}
    env.pop("OCTREATY_NO_CACHE", None)
    env.pop("OCTREATY_DATA", None)
    # This process stays small: a child's peak memory (ru_maxrss) counts the parent's pages it
    # was forked with, so the parent imports nothing heavy and makes the synthetic data in a
    # child of its own.
    package = subprocess.run([*OCT[:1], "-c", "import octreaty, os; print(os.path.dirname(octreaty.__file__))"],
                             capture_output=True, text=True, env=env, check=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", package], check=True, env=env)
    version = subprocess.run([*OCT, "--version"], capture_output=True, text=True, env=env).stdout.strip()
    print(f"{version}, Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} CPUs, {platform.platform()}")
    print(f"{repeat} runs each; median wall time, fastest run, ratio to the floor, peak memory; median CPU time, ratio")
    print(f"octreaty from {package} (byte-compiled first)\n")

    note(f"measuring the floor and the queries, {repeat} runs each")
    floor = measure(FLOOR, env, repeat)
    row("(a) floor: import typer, rich.table, yaml, networkx", floor)
    link_cmd = [*OCT, "link", "albania", "italy", "--format", "json"]
    ratified_cmd = [*OCT, "ratified", "albania", "--format", "csv"]
    measure(link_cmd, env, 1)  # fill the cache
    b = measure(link_cmd, env, repeat)
    row("(b) link albania italy --format json", b, floor)
    c = measure(ratified_cmd, env, repeat)
    row("(c) ratified albania --format csv", c, floor)
    b0 = measure([*link_cmd, "--no-cache"], env, max(1, repeat // 2))
    row("(b0) the same as (b), --no-cache (parse and validate YAML)", b0, floor)
    shipped = Path(package).parent / "data"
    y0 = measure(yaml_floor(shipped), env, max(1, repeat // 2)) if shipped.is_dir() else None
    if y0:
        row("(y0) the C loader alone on the same files", y0, floor)
    d = measure([*OCT, "matrix", "--format", "csv"], env, max(1, repeat // 2))
    row("(d) matrix: every pair of every country", d, floor)

    print(f"\n  b/a = {b[0] / floor[0]:.2f}   c/a = {c[0] / floor[0]:.2f}   (target: at most 1.20; "
          f"in CPU time {b[3] / floor[3]:.2f} and {c[3] / floor[3]:.2f})")
    print(f"  matrix: {d[0]:.2f} s (target: at most 3 s)")
    if y0:
        print(f"  b0/y0 = {b0[0] / y0[0]:.2f}   (the first call over the C loader alone; CPU {b0[3] / y0[3]:.2f})")

    factors = [int(f) for f in args.scale.split(",") if f.strip()]
    if factors:
        print("\nSynthetic data (benchmarks/synth.py): instruments, party rows and bilateral agreements x N")
        warm: dict[int, float] = {1: b[0]}
        for factor in factors:
            target = work / f"x{factor}"
            note(f"making {factor}x synthetic data, then loading it once (this takes a while at 100x)")
            made = subprocess.run([sys.executable, str(HERE / "synth.py"), str(factor), str(target)],
                                  capture_output=True, text=True, check=True).stdout.strip()
            info = ast.literal_eval(made)
            print(f"  x{factor}: {info['instruments']} instruments, {info['party_rows']} party rows, "
                  f"{info['files']} files, {info['bytes'] / 1e6:.1f} MB of YAML")
            cmd = [*OCT, "link", "albania", "italy", "--format", "json", "--data-dir", str(target)]
            parsed = measure(yaml_floor(target), env, 1)
            row(f"x{factor} the C loader alone on the same files (y)", parsed, floor)
            first = measure(cmd, env, 1)
            row(f"x{factor} first call: parse, validate, cache, answer", first, floor)
            print(f"  {'':<58} first/y = {first[0] / parsed[0]:.2f}  (target: at most 1.30; CPU "
                  f"{first[3] / parsed[3]:.2f})")
            hot = measure(cmd, env, max(1, repeat // 2))
            row(f"x{factor} load plus one query (cache warm)", hot, floor)
            warm[factor] = hot[0]
        # growth: what each added shipped-size of data costs, against the shipped data's own time;
        # equal figures mean linear growth
        print("\n  cost of each added 1x of data, over the shipped data's (b):")
        for factor in factors:
            print(f"    x{factor}: {(warm[factor] - warm[1]) * 1000 / (factor - 1):6.1f} ms per 1x")


if __name__ == "__main__":
    main()
