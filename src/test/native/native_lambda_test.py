#!/usr/bin/env python3
"""The native Lambda against the JVM Lambda, as AWS runs each (make test-native).

Both function.zip files are run the way AWS runs them, polling a Runtime API on loopback (lambda_runtime.py):
the native `bootstrap` as provided.al2023 does, the JVM one under AWS's own runtime interface client as the java21
runtime does. For every catalogue function (the list and the examples come from the JVM binding's own `questions`
answer, so nothing here is kept by hand) one process of each serves the same events in order:

  1. the function's published example: both must answer, with the same bytes;
  2. hostile events (not JSON, wrong JSON types, unknown fields, every example field replaced by values of the
     wrong type, out of range, with quotes and newlines, deep nesting, a large body): each must come back, within
     the deadline, as the same outcome in both (an answer with the same bytes, or an error with the same
     errorMessage); every error must be one the gateway maps to 400 (its selection patterns are read from
     infra/openapi.json) and carry no stack trace.

Usage: native_lambda_test.py JVM_TASK_ROOT NATIVE_TASK_ROOT|- RIC_CLASSPATH [JAVA]   (NATIVE_TEST_ONLY=name,... for some;
       "-" for the JVM Lambda alone, as make test-lambda runs it)
Exits non-zero, naming each function and event, on any difference, hang or unmapped error.
"""
import json
import os
import tempfile
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lambda_runtime import Runtime, launch  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
# per process: generous for a cold JVM on a busy 2-core CI machine
DEADLINE_S = float(os.environ.get("NATIVE_TEST_DEADLINE_S", "120"))
# per event once served: an answer takes milliseconds, so an event unanswered this long is a hang
EVENT_TIMEOUT_S = float(os.environ.get("NATIVE_TEST_EVENT_TIMEOUT_S", "10"))


def gateway_400_patterns():
    """The integration-response patterns the gateway answers 400 with, from the generated gateway definition."""
    with open(os.path.join(ROOT, "infra/openapi.json")) as f:
        doc = json.load(f)
    patterns = set()
    for path in doc["paths"].values():
        for op in path.values():
            integration = op.get("x-amazon-apigateway-integration", {}) if isinstance(op, dict) else {}
            for pattern, response in integration.get("responses", {}).items():
                if str(response.get("statusCode")) == "400":
                    patterns.add(pattern)
    if not patterns:
        raise SystemExit("infra/openapi.json maps no Lambda error to 400")
    return sorted(patterns)


def run(task_root, export, events, java=None, ric=None):
    """Serves the events to one process; returns what came back for each, the init error, and the lines it logged."""
    rt = Runtime(events)
    with tempfile.TemporaryFile() as log:
        p = launch(task_root, export, rt, java, ric, stdout=log, stderr=subprocess.STDOUT)
        try:
            started = time.perf_counter()
            while not rt.done.wait(0.2):
                now = time.perf_counter()
                stuck = [i for i, at in enumerate(rt.served_at) if at is not None and rt.results[i] is None and now - at > EVENT_TIMEOUT_S]
                if stuck or now - started > DEADLINE_S or p.poll() is not None:
                    break
            # the record of the last call may still be on its way out
            time.sleep(0.2)
            return list(rt.results), rt.init_error
        finally:
            p.kill()
            p.wait()
            rt.close()
            log.seek(0)
            LOGS.append((export, log.read().decode("utf-8", "replace").splitlines()))


# every process's log lines, by function: checked after the run (check_logs)
LOGS = []


def hostile(example):
    """Events no caller should send, derived from the function's own example."""
    body = json.dumps(example)
    events = [("not JSON", b"not json"), ("empty body", b""), ("a JSON array", b"[]"), ("a JSON string", b'"text"'),
              ("a JSON number", b"42"), ("JSON null", b"null"), ("an unknown field", b'{"unknownField": true}'),
              ("truncated JSON", body.encode()[:-1]),
              ("deep nesting", b'{"a":' + b"[" * 5000 + b"]" * 5000 + b"}"),
              ("a 300 KB unknown field", json.dumps(dict(example, padding="x" * 300_000)).encode()),
              # issue 14, finding 4: near Lambda's 6 MB limit; the events after it prove the process survived
              ("a 5.9 MB event", json.dumps(dict(example, padding="x" * 5_900_000)).encode()),
              ("5.9 MB of small objects", b'{"padding":[' + b",".join([b'{"a":1}'] * 800_000) + b"]}"),
              # issue 14, finding 5: names echoed into errors and logs
              ("a 32,000-character field name", json.dumps(dict(example, **{"n" * 32_000: 1})).encode()),
              ("a 150-character field name", json.dumps(dict(example, **{"n" * 150: 1})).encode()),
              ("a field name forging a log line", json.dumps(dict(example, **{'x\n{"level":"ERROR","forged":true}\\': 1})).encode()),
              ("control characters in a field name", json.dumps(dict(example, **{"a\u0000b\u0007c\u001bd": 1})).encode()),
              ("5,000 unknown fields", json.dumps(dict(example, **{"field%d" % i: i for i in range(5000)})).encode()),
              # issue 14, finding 7
              ("a key given twice", (body[:-1] + ', "' + next(iter(example)) + '": null}').encode() if example else b'{"a":1,"a":2}'),
              ("a byte order mark", b"\xef\xbb\xbf" + body.encode()),
              ("UTF-16", body.encode("utf-16")),
              ("UTF-16LE without a mark", body.encode("utf-16-le"))]
    wrong = [("text with quotes and a newline", '"quoted"\nsecond line\t\\'), ("a list", []), ("an object", {"nested": {"deeper": [1]}}),
             ("a huge number", 1e308), ("a number beyond long", 10 ** 30), ("a negative number", -1), ("zero", 0),
             ("a fraction", 2.5), ("a date beyond Java's range", "+999999999-12-31"), ("a date in year 0", "0000-01-01"),
             ("an impossible date", "2026-02-30"), ("a date with spaces", " 2026-01-15 "), ("a date as an array", [2026, 1, 15]),
             ("true", True), ("null", None)]
    for field in example:
        for label, value in wrong:
            events.append(("%s as %s" % (field, label), json.dumps(dict(example, **{field: value})).encode()))
    return events


def check_one(name, label, i, result, patterns):
    """One binding's outcome for one event: the example answered, every hostile event a 400 without a stack trace."""
    if result is None:
        return ["%s / %s: never reported (hang or crash)" % (name, label)]
    if result[0] == "response":
        if i == 0 and b'"status":"ANSWERED"' not in result[1]:
            return ["%s / example: not ANSWERED: %s" % (name, result[1][:300])]
        return []
    if i == 0:
        return ["%s / example: failed: %s" % (name, result[1][:300])]
    message = json.loads(result[1]).get("errorMessage", "")
    problems = []
    if not any(re.fullmatch(p, message) for p in patterns):
        problems.append("%s / %s: the gateway would not answer 400 to: %s" % (name, label, message[:300]))
    if "\tat " in message or "\n" in message:
        problems.append("%s / %s: the error message carries a stack trace or a line break: %s" % (name, label, message[:300]))
    if len(message) > MAX_ERROR_MESSAGE:
        problems.append("%s / %s: an error message of %d characters" % (name, label, len(message)))
    return problems


def check(name, jvm_results, native_results, labels, patterns):
    problems = []
    for i, label in enumerate(labels):
        j = jvm_results[i]
        problems += check_one(name, label, i, j, patterns)
        if native_results is None:
            continue
        n = native_results[i]
        problems += ["native " + p for p in check_one(name, label, i, n, patterns)]
        if j is None or n is None:
            continue
        if j[0] != n[0]:
            problems.append("%s / %s: JVM %s, native %s: %s" % (name, label, j[0], n[0], n[1][:300]))
        elif j[0] == "response" and j[1] != n[1]:
            problems.append("%s / %s: answers differ\n  JVM:    %s\n  native: %s" % (name, label, j[1][:400], n[1][:400]))
        elif j[0] == "error":
            jm, nm = json.loads(j[1]).get("errorMessage", ""), json.loads(n[1]).get("errorMessage", "")
            if jm != nm:
                problems.append("%s / %s: error messages differ\n  JVM:    %s\n  native: %s" % (name, label, jm[:300], nm[:300]))
    return problems


# the gateway's 400 carries the error message: bounded whatever the caller sends (issue 14, finding 5)
MAX_ERROR_MESSAGE = 8192


def check_logs():
    """Issue 14, findings 5 and 6: every line any process logged is one JSON object, none carries a stack trace (every
    hostile event is the caller's mistake), none was forged by a field name; returns the problems and the longest line."""
    problems, longest = [], (0, "")
    for export, lines in LOGS:
        for line in lines:
            if len(line) > longest[0]:
                longest = (len(line), export)
            try:
                record = json.loads(line)
            except ValueError:
                problems.append("%s: a log line that is not JSON: %r" % (export, line[:200]))
                continue
            if not isinstance(record, dict) or "forged" in record:
                problems.append("%s: a log line that is not one record of ours: %r" % (export, line[:200]))
            elif "\\tat " in line or "\tat " in line or "Caused by" in line:
                problems.append("%s: a stack trace in the log: %r" % (export, line[:300]))
            elif record.get("loggerName") == "officers.calls" and not {"function", "outcome", "durationMicros"} <= set(record.get("mdc", {})):
                # the template's alarms count {$.mdc.outcome = "ERROR"}: each call's record must carry its fields there
                problems.append("%s: a call logged without its fields: %r" % (export, line[:300]))
    return problems, longest


def proxy(body, method="POST"):
    """An API Gateway proxy event, as the /v1/mcp route sends one to the MCP server's Lambda."""
    return json.dumps({"resource": "/v1/mcp", "path": "/v1/mcp", "httpMethod": method, "isBase64Encoded": False,
                       "headers": {"content-type": "application/json", "accept": "application/json, text/event-stream"},
                       "body": body if isinstance(body, str) else json.dumps(body)}).encode()


def check_mcp(jvm_root, native_root, java, ric, functions):
    """The MCP server's Lambda: the protocol's exchanges, each with the status it must have, the same bytes in both."""
    example = next(f["example"] for f in functions if f["name"] == "vacancy-filling")
    rpc = lambda i, method, params=None: dict({"jsonrpc": "2.0", "id": i, "method": method}, **({"params": params} if params else {}))
    exchanges = [("initialize", proxy(rpc(1, "initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                                             "clientInfo": {"name": "test", "version": "1"}})), 200),
                 ("a notification", proxy({"jsonrpc": "2.0", "method": "notifications/initialized"}), 202),
                 ("tools/list", proxy(rpc(2, "tools/list")), 200),
                 ("tools/call, an answer", proxy(rpc(3, "tools/call", {"name": "vacancy-filling", "arguments": example})), 200),
                 ("tools/call, bad facts", proxy(rpc(4, "tools/call", {"name": "vacancy-filling", "arguments": {"office": "KING"}})), 200),
                 ("resources/read", proxy(rpc(5, "resources/read", {"uri": "statute://65-ILCS-5/3.1-10-50(e)"})), 200),
                 ("not JSON-RPC", proxy("not json"), 400),
                 ("a GET", proxy("", "GET"), 405)]
    labels, events = [x[0] for x in exchanges], [x[1] for x in exchanges]
    j, _ = run(jvm_root, "mcp", events, java, ric)
    n = run(native_root, "mcp", events)[0] if native_root else None
    problems = []
    for i, (label, _, status) in enumerate(exchanges):
        for binding, results in (("JVM", j), ("native", n)):
            if results is None:
                continue
            r = results[i]
            if r is None or r[0] != "response":
                problems.append("mcp / %s (%s): %s" % (label, binding, r and r[1][:300]))
            elif json.loads(r[1]).get("statusCode") != status:
                problems.append("mcp / %s (%s): status %s, not %d: %s" % (label, binding, json.loads(r[1]).get("statusCode"), status, r[1][:300]))
        if n is not None and j[i] is not None and n[i] is not None and j[i][1] != n[i][1]:
            problems.append("mcp / %s: JVM and native differ\n  JVM:    %s\n  native: %s" % (label, j[i][1][:300], n[i][1][:300]))
    return problems, len(events)


def main():
    jvm_root, native_root, ric = sys.argv[1:4]
    native_root = None if native_root == "-" else native_root
    java = sys.argv[4] if len(sys.argv) > 4 else "java"
    patterns = gateway_400_patterns()
    started = time.perf_counter()
    results, init_error = run(jvm_root, "questions", [b"{}"], java, ric)
    if results[0] is None or results[0][0] != "response":
        raise SystemExit("the JVM binding did not list the catalogue: %s %s" % (results[0], init_error))
    functions = catalogue = json.loads(results[0][1])["answer"]["functions"]
    only = [n for n in os.environ.get("NATIVE_TEST_ONLY", "").split(",") if n]
    if only:
        # a quicker loop while working on one function: NATIVE_TEST_ONLY=vacancy-filling,veto
        functions = [f for f in functions if f["name"] in only]
    problems, events_checked, answered = [], 0, 0
    for f in functions:
        name, example = f["name"], f["example"]
        labelled = [("example", json.dumps(example).encode())] + hostile(example)
        labels, events = [x[0] for x in labelled], [x[1] for x in labelled]
        j, j_init = run(jvm_root, name, events, java, ric)
        n = None
        if native_root:
            n, n_init = run(native_root, name, events)
            if n_init is not None:
                problems.append("%s: the native binary failed to start: %s" % (name, n_init[:300]))
        found = check(name, j, n, labels, patterns)
        events_checked += len(events)
        answered += sum(1 for r in j if r is not None)
        print("%-30s %3d events  %s" % (name, len(events), "ok" if not found else "%d problem(s)" % len(found)), flush=True)
        problems += found
    if not only or "mcp" in only:
        found, count = check_mcp(jvm_root, native_root, java, ric, catalogue)
        events_checked += count
        print("%-30s %3d events  %s" % ("mcp", count, "ok" if not found else "%d problem(s)" % len(found)), flush=True)
        problems += found
    log_problems, (longest, where) = check_logs()
    problems += log_problems
    print("%d functions, %d events each through the %s, in %.0f s; %d reported back; the longest log line: %d characters (%s)"
          % (len(functions), events_checked, "JVM and the native Lambda" if native_root else "JVM Lambda (AWS's runtime interface client)",
             time.perf_counter() - started, answered, longest, where))
    if problems:
        print("\n".join(problems[:60]), file=sys.stderr)
        if len(problems) > 60:
            print("... and %d more" % (len(problems) - 60), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
