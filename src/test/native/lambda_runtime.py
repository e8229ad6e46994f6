"""A minimal AWS Lambda Runtime API on loopback: enough for a Lambda (Quarkus native bootstrap, or AWS's runtime
interface client in JVM mode) to start, poll for events and report each answer or error.

It serves a fixed list of events in order and records, for each, what came back: ("response", body) or
("error", body) with the time it arrived. Used by the native tests (src/test/native/native_lambda_test.py) and the
benchmarks (bench/run.py). Not a product component.
"""
import http.server
import os
import re
import socket
import subprocess
import threading
import time

def _jvm_handler():
    """The java21 runtime's handler, as the generated template declares it (the one in the Fn::If of Globals)."""
    template = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "infra", "template.yaml")
    with open(template) as f:
        found = re.findall(r"^\s*-\s*([\w.$]+::handleRequest)\s*$", f.read(), re.M)
    if len(found) != 1:
        raise SystemExit("infra/template.yaml: expected one JVM handler, found %s" % found)
    return found[0]


FUNQY_HANDLER = _jvm_handler()


# Funqy's own java21 handler: what a Funqy function.zip without ours (the benchmarks' empty function) is run with
QUARKUS_HANDLER = "io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest"


def launch(task_root, export, runtime, java=None, ric=None, handler=FUNQY_HANDLER, **popen):
    """Starts a function.zip unpacked at task_root as AWS runs it, polling this runtime: the native bootstrap as
    provided.al2023 does (when java is None), else the JVM one under AWS's runtime interface client (ric, a class
    path) as the java21 runtime does, with the template's handler unless another is given."""
    env = dict(os.environ, AWS_LAMBDA_RUNTIME_API=runtime.address, QUARKUS_FUNQY_EXPORT=export, LAMBDA_TASK_ROOT=task_root,
               AWS_LAMBDA_FUNCTION_NAME=export,
               # the template's LoggingConfig LogFormat: JSON, which AWS passes to the runtime so
               AWS_LAMBDA_LOG_FORMAT="JSON")
    if java is None:
        # the heap as Substrate VM would size it (80%) in a 128 MB function, given explicitly because the CI
        # toolchain's image does not read cgroup limits
        command = [os.path.join(task_root, "bootstrap"), "-Xmx100m"]
        env.update(_HANDLER="bootstrap", AWS_LAMBDA_FUNCTION_MEMORY_SIZE="128")
    else:
        # as in a Lambda sandbox: the JVM sizes itself to the function's memory (256 MB here), serial GC, and C1 only -
        # "For Java 17 and Java 21, Lambda configures the JVM to stop tiered compilation at level 1 by default" (AWS
        # Lambda guide, "Customize Java runtime startup behavior"); without it a cold start here measured ~30% slower
        command = [java, "-XX:MaxRAM=256m", "-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                   "--enable-native-access=ALL-UNNAMED", "-cp", ric,
                   "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", handler]
        env.update(_HANDLER=handler, AWS_LAMBDA_FUNCTION_MEMORY_SIZE="256")
    # the task root is the working directory, as on AWS (the runtime client loads the function from it)
    return subprocess.Popen(command, env=env, cwd=task_root, **popen)


class Quiet(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # a function process killed mid-poll resets its connection: expected when a run ends
        pass


class Runtime:
    def __init__(self, events, deadline_ms=60000):
        self.events = [e if isinstance(e, bytes) else e.encode() for e in events]
        self.deadline_ms = deadline_ms
        self.served = 0
        self.results = [None] * len(self.events)
        self.served_at = [None] * len(self.events)
        self.init_error = None
        self.done = threading.Event()
        self.lock = threading.Lock()
        runtime = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def setup(self):
                super().setup()
                # headers and body go out in separate writes; without this, Nagle and delayed ACKs add ~40 ms per call
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self):
                if not self.path.endswith("/invocation/next"):
                    self.reply(404)
                    return
                with runtime.lock:
                    i = runtime.served
                    if i < len(runtime.events):
                        runtime.served += 1
                        runtime.served_at[i] = time.perf_counter()
                if i >= len(runtime.events):
                    # as the real service does between invocations: the poll simply waits
                    runtime.done.wait()
                    time.sleep(3600)
                    return
                event = runtime.events[i]
                self.send_response(200)
                self.send_header("Lambda-Runtime-Aws-Request-Id", "req-%d" % i)
                self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + runtime.deadline_ms))
                self.send_header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:test")
                self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(event)))
                self.end_headers()
                self.wfile.write(event)

            def body(self):
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    # the AWS runtime client streams its response in chunks
                    data = b""
                    while True:
                        size = int(self.rfile.readline().strip().split(b";")[0], 16)
                        if size == 0:
                            self.rfile.readline()
                            return data
                        data += self.rfile.read(size)
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length", 0)))

            def reply(self, status):
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_POST(self):
                body = self.body()
                parts = self.path.split("/")
                if "/init/error" in self.path:
                    runtime.init_error = body
                    runtime.done.set()
                    self.reply(202)
                    return
                try:
                    i = int(parts[-2].split("-", 1)[1])
                    kind = parts[-1]
                except (IndexError, ValueError):
                    self.reply(400)
                    return
                with runtime.lock:
                    runtime.results[i] = (kind, body, time.perf_counter())
                    finished = all(r is not None for r in runtime.results)
                self.reply(202)
                if finished:
                    runtime.done.set()

        self.server = Quiet(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def address(self):
        return "127.0.0.1:%d" % self.port

    def first_result_at(self):
        r = self.results[0]
        return None if r is None else r[2]

    def close(self):
        self.done.set()
        self.server.shutdown()
        self.server.server_close()
