"""A minimal AWS Lambda Runtime API on loopback, enough for a Quarkus Lambda to start, poll and answer.

Used by bench/run.py to time a Lambda binding from process launch to its first correct answer, and to
drive many calls for the memory reading. Not a product component.
"""
import http.server
import json
import socket
import threading
import time


class Runtime:
    def __init__(self, event: bytes, expect: str, calls: int):
        self.event, self.expect, self.calls = event, expect, calls
        self.served = 0
        self.answered = 0
        self.first_answer_at = None
        self.bad = None
        self.done = threading.Event()
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
                    self.send_error(404)
                    return
                if runtime.served >= runtime.calls:
                    runtime.done.wait()
                    time.sleep(3600)
                runtime.served += 1
                self.send_response(200)
                self.send_header("Lambda-Runtime-Aws-Request-Id", "req-%d" % runtime.served)
                self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 60000))
                self.send_header("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:bench")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(runtime.event)))
                self.end_headers()
                self.wfile.write(runtime.event)

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

            def do_POST(self):
                body = self.body()
                if "/response" in self.path:
                    if runtime.first_answer_at is None:
                        runtime.first_answer_at = time.perf_counter()
                        if runtime.expect.encode() not in body:
                            runtime.bad = body[:300]
                    runtime.answered += 1
                else:
                    runtime.bad = body[:300]
                self.send_response(202)
                self.send_header("Content-Length", "0")
                self.end_headers()
                if runtime.answered >= runtime.calls or runtime.bad is not None:
                    runtime.done.set()

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.done.set()
        self.server.shutdown()
