#!/usr/bin/env python3
"""Time from saving an article to `niemyet serve` serving the new page.

    python3 bench/serve_latency.py [--articles 10000] [--edits 20]

Uses the generated site of bench/gen.py (cached in /tmp/niemyet-bench),
starts the release binary, edits one article body at a time and polls the
page until the edit shows. Prints median and worst latency.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.read().decode("utf-8")
    except Exception:
        return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--procedures", type=int, default=2000)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--port", type=int, default=18765)
    a = ap.parse_args()
    site = f"/tmp/niemyet-bench/a{a.articles}-p{a.procedures}"
    if not os.path.exists(site):
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), site, "--articles", str(a.articles), "--procedures", str(a.procedures), "--no-hugo"], check=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    server = subprocess.Popen([os.path.join(REPO, "target/release/niemyet"), "serve", "--root", os.path.join(site, "niemyet"), "--port", str(a.port)],
                              stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{a.port}"
        start = time.time()
        while not get(base + "/"):
            if time.time() - start > 120:
                sys.exit("serve did not start")
            time.sleep(0.1)
        print(f"initial build and serve: {time.time() - start:.2f} s")
        files = sorted(glob.glob(os.path.join(site, "niemyet/content/tin-tuc/*/*.md")))
        latencies = []
        for k in range(a.edits):
            path = files[(k * 7919) % len(files)]
            slug = os.path.basename(path)[:-3]
            marker = f"Đoạn sửa số {k} lúc {time.time_ns()}"
            with open(path, encoding="utf-8") as f:
                text = f.read()
            t0 = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text + f"\n{marker}\n")
            while marker not in get(f"{base}/tin-tuc/{slug}/"):
                if time.perf_counter() - t0 > 10:
                    sys.exit(f"edit {k} never showed")
                time.sleep(0.002)
            latencies.append((time.perf_counter() - t0) * 1000)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            time.sleep(0.3)
        latencies.sort()
        print(f"{a.articles} articles: edit visible after median {statistics.median(latencies):.0f} ms, "
              f"worst {latencies[-1]:.0f} ms over {len(latencies)} edits")
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
