#!/usr/bin/env python3
"""Side-by-side build benchmark: niemyet against Hugo on equivalent content.

    python3 bench/run.py [--sizes 1000,10000] [--procedures 2000] [--runs 3] [--scale 100000]
                         [--rebuild | --only-rebuild] [--niemyet BINARY]

Generates the sites with bench/gen.py (cached under --work, default
/tmp/niemyet-bench), builds niemyet (release) and Hugo alternately into a
RAM disk (/dev/shm) and onto the normal disk, and prints medians of wall
time and peak RSS (/usr/bin/time -v), page counts, output sizes and the
niemyet/Hugo ratios. --scale N adds one niemyet-only run on N articles and
10×--procedures procedures. Needs `hugo` and `/usr/bin/time` (Debian:
apt-get install hugo time).
"""
import argparse
import os
import re
import shutil
import stat
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def measure(cmd, cwd, out, fresh=True):
    """(wall seconds, peak RSS MiB, system seconds) of one build into `out` (emptied first
    unless `fresh` is False: a rebuild over the previous output)."""
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(spare(out), ignore_errors=True)
    # No dirty pages of an earlier build left: their writeback would run
    # during this build, on the same cores, charged to whichever tool runs.
    os.sync()
    warm(cwd, cmd[0])
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, capture_output=True, text=True)
    measure.last = p.stderr
    if p.returncode != 0:
        sys.exit(f"build failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", p.stderr)
    h, m, s = wall.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    sys_s = float(re.search(r"System time \(seconds\): ([\d.]+)", p.stderr).group(1))
    return seconds, rss, sys_s


def warm(folder, program):
    """Reads the files under the folder a build runs in (its inputs; for
    niemyet the generated site, Hugo's copy included), and the program:
    the other tool's build may have pushed them out of the page cache, and
    on the build machines (about 1,500 reads a second) a build with every
    input cold took 8.7 s against 2.5 s warm. Both tools are measured with
    their inputs in memory, as right after an edit. Regular files only: a
    link or a FIFO is not followed."""
    for d, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(d, f)
            if stat.S_ISREG(os.lstat(path).st_mode):
                read_all(path)
    read_all(program)


def read_all(path):
    with open(path, "rb") as fh:
        while fh.read(1 << 24):
            pass


def spare(out):
    """Where niemyet keeps the tree a build replaced (the next build's start)."""
    return os.path.join(os.path.dirname(out), "." + os.path.basename(out) + ".spare")


def sys_seconds():
    return float(re.search(r"System time \(seconds\): ([\d.]+)", measure.last).group(1))


def newer_files(out, since):
    """Files of `out` whose data was written after `since` (a rebuild's writes)."""
    n = 0
    for d, _, files in os.walk(out):
        for f in files:
            if os.stat(os.path.join(d, f)).st_mtime >= since:
                n += 1
    return n


def rebuilds(site, niemyet, hugo, runs, base):
    """Rebuilds over an existing output: nothing changed, then one article
    edited; niemyet and Hugo alternating. Prints wall, system time and files
    written (data newer than the rebuild's start)."""
    import time
    disk = "RAM disk" if base.startswith("/dev/shm") else "normal disk"
    print(f"  rebuilds on the {disk} ({base})")
    outs = {"niemyet": os.path.join(base, "niemyet-bench-out-niemyet"), "hugo": os.path.join(base, "niemyet-bench-out-hugo")}
    cmds = {
        "niemyet": ([niemyet, "build", "--root", "niemyet", "--output", outs["niemyet"]], site),
        "hugo": ([hugo, "--quiet", "-d", outs["hugo"]], os.path.join(site, "hugo")),
    }
    for tool, (cmd, cwd) in cmds.items():
        measure(cmd, cwd, outs[tool])  # first, full build
        measure(cmd, cwd, outs[tool], fresh=False)  # a webmaster's steady state: one rebuild done
    article = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(site, "niemyet", "content", "tin-tuc")) for f in fs if f.endswith(".md"))[0]
    twin = article.replace(os.path.join("niemyet", "content", "tin-tuc"), os.path.join("hugo", "content", "posts"))
    original = {p: open(p).read() for p in (article, twin) if os.path.exists(p)}
    try:
        for case in ["unchanged", "one article edited"]:
            res = {"niemyet": [], "hugo": []}
            for i in range(runs):
                if case != "unchanged":
                    for p, text in original.items():
                        open(p, "w").write(text + f"\nĐoạn sửa lần {i}.\n")
                for tool, (cmd, cwd) in cmds.items():
                    start = time.time() - 0.01
                    wall, _, _ = measure(cmd, cwd, outs[tool], fresh=False)
                    res[tool].append((wall, sys_seconds(), newer_files(outs[tool], start)))
            for tool, rs in res.items():
                total = sum(1 for _, _, fs in os.walk(outs[tool]) for _ in fs)
                print(f"  rebuild, {case:<19}{tool:<9}wall {statistics.median(r[0] for r in rs):6.2f} s  sys {statistics.median(r[1] for r in rs):6.2f} s  files written {statistics.median(r[2] for r in rs):>6.0f} of {total}")
            ratio = statistics.median(r[0] for r in res["niemyet"]) / statistics.median(r[0] for r in res["hugo"])
            print(f"  rebuild, {case:<19}ratio    {ratio:.2f} (niemyet / Hugo wall)")
    finally:
        for p, text in original.items():
            open(p, "w").write(text)
        for o in outs.values():
            shutil.rmtree(o, ignore_errors=True)
            shutil.rmtree(spare(o), ignore_errors=True)


def tree(out):
    pages = size = 0
    for d, _, files in os.walk(out):
        for f in files:
            size += os.path.getsize(os.path.join(d, f))
            pages += f.endswith(".html")
    return pages, size / 2**20


def generate(work, articles, procedures, hugo=True):
    path = os.path.join(work, f"a{articles}-p{procedures}")
    if not os.path.exists(os.path.join(path, "niemyet", "site.yaml")):
        args = [sys.executable, os.path.join(HERE, "gen.py"), path, "--articles", str(articles), "--procedures", str(procedures)]
        sh(args + ([] if hugo else ["--no-hugo"]))
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--procedures", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", type=int, default=0)
    ap.add_argument("--work", default="/tmp/niemyet-bench")
    ap.add_argument("--rebuild", action="store_true", help="also rebuilds over an existing output (unchanged, one article edited)")
    ap.add_argument("--only-rebuild", action="store_true", help="skip the full builds")
    ap.add_argument("--after-delete", action="store_true", help="full builds into one folder per tool, deleted just before each build (the slow case on ext4 without a journal)")
    ap.add_argument("--niemyet", help="this niemyet binary instead of a release build of the work tree (to compare commits)")
    a = ap.parse_args()
    # Builds run inside the site folder: a relative path must not depend on it.
    niemyet = a.niemyet and os.path.abspath(a.niemyet)
    if not niemyet:
        sh(["cargo", "build", "--release", "--quiet"], cwd=REPO)
        niemyet = os.path.join(REPO, "target", "release", "niemyet")
    hugo = shutil.which("hugo")
    if not hugo:
        sys.exit("hugo not found: apt-get install hugo")
    version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
    print(f"niemyet vs Hugo {version}, {os.cpu_count()} cores, {a.runs} alternate runs per disk; medians\n")
    print(f"{'site':<22}{'disk':<9}{'tool':<9}{'wall s':>8}{'RSS MiB':>9}{'pages':>8}{'out MiB':>9}{'sys s':>8}")
    for n in [int(x) for x in a.sizes.split(",") if x]:
        site = generate(a.work, n, a.procedures)
        for disk, base in [("RAM", "/dev/shm"), ("disk", a.work)]:
            if a.only_rebuild:
                rebuilds(site, niemyet, hugo, a.runs, base)
                continue
            results = {"niemyet": [], "hugo": []}
            made = []
            for run in range(a.runs):
                # A folder of its own per build, all removed after the round
                # (unless --after-delete): on ext4 without a journal, as on
                # this project's build machines, creating files within a
                # minute of deleting many makes the kernel skip every
                # recently freed inode, and that cost, paid by whichever
                # tool runs next, swamps the build being measured.
                outs = {t: os.path.join(base, f"niemyet-bench-out-{t}" + ("" if a.after_delete else f"-{run}")) for t in results}
                made.extend(outs.values())
                results["niemyet"].append(measure([niemyet, "build", "--root", "niemyet", "--output", outs["niemyet"]], site, outs["niemyet"]))
                results["hugo"].append(measure([hugo, "--quiet", "-d", outs["hugo"]], os.path.join(site, "hugo"), outs["hugo"]))
            med = {}
            for tool, rs in results.items():
                wall = statistics.median(r[0] for r in rs)
                rss = statistics.median(r[1] for r in rs)
                sys_s = statistics.median(r[2] for r in rs)
                pages, size = tree(outs[tool])
                med[tool] = (wall, rss)
                print(f"{f'{n} art + {a.procedures} TTHC':<22}{disk:<9}{tool:<9}{wall:>8.2f}{rss:>9.0f}{pages:>8}{size:>9.0f}{sys_s:>8.2f}")
            print(f"{'':<22}{disk:<9}{'ratio':<9}{med['niemyet'][0] / med['hugo'][0]:>8.2f}{med['niemyet'][1] / med['hugo'][1]:>9.2f}   (niemyet / Hugo)")
            for o in made:
                shutil.rmtree(o, ignore_errors=True)
                shutil.rmtree(spare(o), ignore_errors=True)
            if a.rebuild:
                rebuilds(site, niemyet, hugo, a.runs, base)
    if a.scale:
        site = generate(a.work, a.scale, a.procedures * 10, hugo=False)
        out = os.path.join("/dev/shm", "niemyet-bench-out-scale")
        wall, rss, _ = measure([niemyet, "build", "--root", "niemyet", "--output", out], site, out)
        pages, size = tree(out)
        print(f"{f'{a.scale} art + {a.procedures * 10} TTHC':<22}{'RAM':<9}{'niemyet':<9}{wall:>8.2f}{rss:>9.0f}{pages:>8}{size:>9.0f}")
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
