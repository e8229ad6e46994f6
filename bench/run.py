#!/usr/bin/env python3
"""Reproduces the table in BENCHMARKS.md: JMH per function, start-up to first answer against an empty Funqy
function built the same way (JVM and native Lambda, and the local server), the per-call cost and peak RSS of
the Lambda after 10,000 calls, and local-server throughput under wrk. Usage: bench/run (make bench).
Writes target-bench/results.md. BENCH_SKIP_NATIVE=1 leaves the native builds out; BENCH_REUSE_JMH=1 and
BENCH_REUSE_BUILDS=1 reuse the previous run's JMH results and artifacts; BENCH_RUNS sets the start-up runs (5)."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "native"))
from lambda_runtime import FUNQY_HANDLER, QUARKUS_HANDLER, Runtime, launch  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "target-bench")
JDK = subprocess.check_output([os.path.join(ROOT, ".ci/find-jdk")], text=True).strip()
JAVA = os.path.join(JDK, "bin/java")
ENV = dict(os.environ, JAVA_HOME=JDK)
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
CALLS = 10_000
NATIVE = not os.environ.get("BENCH_SKIP_NATIVE")
RIC = None
# the catalogue's own published example, as the public contract carries it: a copy kept here went stale when the
# function came to ask for the vacancy's cause (NEEDS_FACTS, and the bench stopped)
with open(os.path.join(ROOT, "infra", "openapi-public.json")) as _contract:
    EXAMPLE = json.dumps(json.load(_contract)["paths"]["/v1/vacancy-filling"]["post"]["requestBody"]["content"]
                         ["application/json"]["example"]).encode()


def mvn(args, cwd=ROOT):
    subprocess.run(["mvn", "-B", "-q"] + args, cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL)


def build():
    os.makedirs(OUT, exist_ok=True)
    if os.environ.get("BENCH_REUSE_BUILDS") and all(os.path.isdir(os.path.join(OUT, n + "-" + f)) for n in ("officers", "empty")
                                                    for f in ("lambda", "local") + (("native",) if NATIVE else ())):
        return
    for name, cwd in (("officers", ROOT), ("empty", os.path.join(ROOT, "bench/empty-funqy"))):
        for flavour, profile in (("lambda", ["-Plambda"]), ("local", [])):
            mvn(profile + ["clean", "package", "-DskipTests"], cwd)
            dest = os.path.join(OUT, name + "-" + flavour)
            shutil.rmtree(dest, ignore_errors=True)
            target = os.path.join(cwd, "target")
            if flavour == "local":
                shutil.copytree(os.path.join(target, "quarkus-app"), dest)
            else:
                # what AWS's java21 runtime does: function.zip unpacked as the task root
                shutil.unpack_archive(os.path.join(target, "function.zip"), dest, "zip")
        if NATIVE:
            # the same two projects as native Lambdas (bootstrap for provided.al2023), same flags
            mvn(["-Plambda", "clean", "package", "-DskipTests", "-Dquarkus.native.enabled=true"], cwd)
            dest = os.path.join(OUT, name + "-native")
            shutil.rmtree(dest, ignore_errors=True)
            shutil.unpack_archive(os.path.join(cwd, "target", "function.zip"), dest, "zip")
            os.chmod(os.path.join(dest, "bootstrap"), 0o755)


def spread(xs):
    return "%.0f ms (min %.0f, max %.0f)" % (statistics.median(xs), min(xs), max(xs))


def runtime_client():
    """AWS's own Lambda runtime interface client: in JVM mode it, not Quarkus, polls the Runtime API and calls the handler."""
    jars = []
    for artifact in ("com.amazonaws:aws-lambda-java-runtime-interface-client:2.6.0", "com.amazonaws:aws-lambda-java-serialization:1.1.2",
                     "com.amazonaws:aws-lambda-java-core:1.2.3"):
        g, a, v = artifact.split(":")
        jar = os.path.expanduser("~/.m2/repository/%s/%s/%s/%s-%s.jar" % (g.replace(".", "/"), a, v, a, v))
        if not os.path.exists(jar):
            mvn(["dependency:get", "-Dartifact=" + artifact])
        jars.append(jar)
    return ":".join(jars)


def lambda_start(app, export, expect, calls=1):
    """Launch to first correct answer, the per-call cost over the following calls, and peak RSS at the end."""
    rt = Runtime([EXAMPLE] * calls)
    native = app.endswith("-native")
    t0 = time.perf_counter()
    # the empty function has only Quarkus's handler; ours wraps it (a caller's mistake rethrown without a trace, issue 14)
    handler = QUARKUS_HANDLER if app.startswith("empty-") else FUNQY_HANDLER
    p = launch(os.path.join(OUT, app), export, rt, None if native else JAVA, None if native else RIC, handler=handler,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not rt.done.wait(300):
            raise SystemExit("%s did not answer %d calls" % (app, calls))
        first = rt.results[0]
        if first[0] != "response" or expect.encode() not in first[1]:
            raise SystemExit("%s did not answer correctly: %s" % (app, first[1][:300]))
        rss = peak_rss(p.pid)
        per_call_us = (rt.results[-1][2] - first[2]) / (calls - 1) * 1e6 if calls > 1 else None
        return (first[2] - t0) * 1000, rss, per_call_us
    finally:
        p.kill()
        p.wait()
        rt.close()


def peak_rss(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) / 1024
    return float("nan")


def post(url, body):
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=2) as r:
        return r.status, r.read()


def local_server(app):
    return subprocess.Popen([JAVA, "-jar", os.path.join(OUT, app, "quarkus-run.jar")], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def local_start(app, path, expect):
    t0 = time.perf_counter()
    p = local_server(app)
    try:
        while True:
            try:
                status, body = post("http://127.0.0.1:8080/" + path, EXAMPLE)
                if status == 200 and expect.encode() in body:
                    return (time.perf_counter() - t0) * 1000
            except OSError:
                pass
            if time.perf_counter() - t0 > 120:
                raise SystemExit(app + " never answered")
            time.sleep(0.005)
    finally:
        p.kill()
        p.wait()


def wrk(app, path, body):
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=False, stdout=subprocess.DEVNULL)
    if not shutil.which("wrk"):
        return None
    script = os.path.join(OUT, "post.lua")
    with open(script, "w") as f:
        f.write('wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\n' % json.dumps(body.decode()))
    p = local_server(app)
    try:
        for _ in range(2000):
            try:
                post("http://127.0.0.1:8080/" + path, body)
                break
            except OSError:
                time.sleep(0.01)
        # warm up, then measure
        subprocess.run(["wrk", "-t2", "-c16", "-d3s", "-s", script, "http://127.0.0.1:8080/" + path], capture_output=True)
        out = subprocess.run(["wrk", "-t2", "-c16", "-d8s", "--latency", "-s", script, "http://127.0.0.1:8080/" + path],
                             capture_output=True, text=True).stdout
    finally:
        p.kill()
        p.wait()
    rps = float(out.split("Requests/sec:")[1].split()[0])
    lat = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("50%", "99%"):
            lat[parts[0]] = parts[1]
    return rps, lat.get("50%"), lat.get("99%")


def jmh():
    result = os.path.join(OUT, "jmh.json")
    if os.environ.get("BENCH_REUSE_JMH") and os.path.exists(result):
        return parse(result)
    mvn(["clean", "test-compile"])
    cp_file = os.path.join(OUT, "test.cp")
    mvn(["dependency:build-classpath", "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + cp_file])
    cp = ":".join([os.path.join(ROOT, "target/test-classes"), os.path.join(ROOT, "target/classes"), open(cp_file).read().strip()])
    subprocess.run([JAVA, "-cp", cp, "org.openjdk.jmh.Main", "AnswerBenchmark", "-bm", "sample", "-tu", "us", "-wi", "2", "-w", "1",
                    "-i", "3", "-r", "1", "-f", "1", "-prof", "gc", "-rf", "json", "-rff", result], env=ENV, check=True, stdout=subprocess.DEVNULL)
    return parse(result)


def parse(result):
    rows = {}
    for r in json.load(open(result)):
        fn = r["params"]["function"]
        kind = r["benchmark"].rsplit(".", 1)[1]
        pm = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("·gc.alloc.rate.norm", r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {})).get("score")
        rows.setdefault(fn, {})[kind] = (pm["score"], pm["scorePercentiles"]["99.0"], alloc)
    return rows


def main():
    lines = ["# Benchmark run", "", "Machine: %s, %d cores; JDK %s; %s" % (os.uname().machine, os.cpu_count(), JDK, time.strftime("%Y-%m-%d")), ""]
    rows = jmh()
    lines += ["## In-process cost per answer (JMH, sample mode, 1 fork, 2x1 s warm-up, 3x1 s measurement)", "",
              "| function | JSON round trip avg µs | p99 µs | alloc B/op | pure rule avg µs | p99 µs | alloc B/op |", "|---|---|---|---|---|---|---|"]
    for fn, r in rows.items():
        rt, pr = r["jsonRoundTrip"], r["pureRule"]
        lines.append("| %s | %.1f | %.1f | %.0f | %.2f | %.2f | %.0f |" % (fn, rt[0], rt[1], rt[2] or 0, pr[0], pr[1], pr[2] or 0))
    build()
    global RIC
    RIC = runtime_client()
    flavours = [("JVM (AWS runtime interface client, -XX:MaxRAM=256m, C1 only as on java21)", "lambda")] + ([("native (bootstrap, -Xmx100m)", "native")] if NATIVE else [])
    starts = {}
    for _, flavour in flavours:
        ours, empty = [], []
        for _ in range(RUNS):
            ours.append(lambda_start("officers-" + flavour, "vacancy-filling", "ANSWERED")[0])
            empty.append(lambda_start("empty-" + flavour, "empty", "ANSWERED")[0])
        starts[flavour] = (ours, empty)
    ours_h = [local_start("officers-local", "vacancy-filling", "ANSWERED") for _ in range(RUNS)]
    empty_h = [local_start("empty-local", "empty", "ANSWERED") for _ in range(RUNS)]
    lines += ["", "## Start-up to first correct answer (%d runs each, whole process from launch, Runtime API on loopback)" % RUNS, "",
              "| artifact | ours (vacancy-filling) | empty Funqy function | ratio of medians |", "|---|---|---|---|"]
    for label, flavour in flavours:
        ours, empty = starts[flavour]
        lines.append("| Lambda, %s | %s | %s | %.2f |" % (label, spread(ours), spread(empty), statistics.median(ours) / statistics.median(empty)))
    lines.append("| local server (JVM) | %s | %s | %.2f |" % (spread(ours_h), spread(empty_h), statistics.median(ours_h) / statistics.median(empty_h)))
    lines += ["", "## The Lambda over %d calls: cost per call through the Runtime API (loopback, Python stand-in) and peak RSS" % CALLS, "",
              "| artifact | per call, ours | per call, empty | peak RSS, ours | peak RSS, empty | ours fits 128 MB | ours fits 256 MB |", "|---|---|---|---|---|---|---|"]
    for label, flavour in flavours:
        _, rss, per_call = lambda_start("officers-" + flavour, "vacancy-filling", "ANSWERED", calls=CALLS)
        _, rss_empty, per_call_empty = lambda_start("empty-" + flavour, "empty", "ANSWERED", calls=CALLS)
        lines.append("| %s | %.0f µs | %.0f µs | %.0f MB | %.0f MB | %s | %s |" % (label, per_call, per_call_empty, rss, rss_empty,
                                                                                 "yes" if rss < 128 else "no", "yes" if rss < 256 else "no"))
    lines += ["", "## Local server under wrk (2 threads, 16 connections, 8 s after 3 s warm-up, loopback)", "",
              "| function | requests/s | p50 | p99 | throughput vs empty |", "|---|---|---|---|---|"]
    empty = wrk("empty-local", "empty", b"{}")
    if empty is None:
        lines.append("| (wrk not available: install Debian's wrk) | | | | |")
    else:
        for app, fn, body in (("officers-local", "officer-bond", b'{"office":"MAYOR_OR_PRESIDENT"}'),
                              ("officers-local", "vacancy-filling", EXAMPLE),
                              ("officers-local", "questions", b"{}")):
            r = wrk(app, fn, body)
            lines.append("| %s | %.0f | %s | %s | %.2f |" % (fn, r[0], r[1], r[2], r[0] / empty[0]))
        lines.append("| empty Funqy function | %.0f | %s | %s | 1.00 |" % empty)
    text = "\n".join(lines) + "\n"
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
