#!/usr/bin/env python3
"""A running server refuses what no public form needs, then goes on answering.

    request_limits.py PORT CAP   # CAP: the server's --max-connections-per-client

Sends, over raw sockets, a public form of 100,000 fields, a 9 MB body to a public form, a POST
without the CSRF cookie (its body announced, never sent) and one connection more than CAP;
checks each refusal, then that a plain request is answered. Exits non-zero naming what failed.
"""
import re
import select
import socket
import sys
import time

port, cap = int(sys.argv[1]), int(sys.argv[2])


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def connect():
    connection = socket.create_connection(("127.0.0.1", port), timeout=20)
    connection.setblocking(False)
    return connection


def read_reply(connection):
    """The status, headers and body of one reply, read until it is whole or the server closes."""
    data = b""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        head_end = data.find(b"\r\n\r\n")
        if head_end >= 0:
            length = re.search(rb"(?i)\r\ncontent-length: *(\d+)", data[:head_end])
            if length and len(data) >= head_end + 4 + int(length.group(1)):
                break
        ready, _, _ = select.select([connection], [], [], 1)
        if ready:
            try:
                chunk = connection.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    if not data.startswith(b"HTTP/1.1 "):
        return 0, b"", b""
    head, _, body = data.partition(b"\r\n\r\n")
    return int(data[9:12]), head, body


def exchange(request):
    """Sends the request piece by piece, stopping as soon as an answer comes, and reads it."""
    connection = connect()
    rest = memoryview(request)
    while rest:
        readable, writable, _ = select.select([connection], [connection], [], 20)
        if readable or not writable:
            break
        try:
            rest = rest[connection.send(rest[:65536]):]
        except (BlockingIOError, InterruptedError):
            continue
        except (BrokenPipeError, ConnectionResetError):
            break
    reply = read_reply(connection)
    connection.close()
    return reply


def post(target, body, cookie="", length=None):
    head = (f"POST {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nAccept-Language: en\r\n")
    if cookie:
        head += f"Cookie: {cookie}\r\n"
    head += f"Content-Length: {len(body) if length is None else length}\r\n\r\n"
    return exchange(head.encode() + body)


def get(target):
    return exchange(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())


status, head, body = get("/apply")
cookie = re.search(rb"(?i)set-cookie: *((?:__Host-)?tremplin_csrf=[^;]+)", head)
token = re.search(rb'name="csrf_token" value="([^"]+)"', body)
if status != 200 or not cookie or not token:
    fail(f"GET /apply gave {status} without its CSRF cookie and token")
cookie, token = cookie.group(1).decode(), token.group(1)

status, _, body = post("/apply", b"csrf_token=" + token + b"&" + b"f=1&" * 100_000, cookie)
if status != 413 or b"The form is too large" not in body:
    fail(f"100,000 fields: {status}")

nine_megabytes = 9 * 1024 * 1024
status, _, body = post("/info/1", b"a" * nine_megabytes, cookie)
if status != 413:
    fail(f"a 9 MB body: {status}")

status, _, body = post("/apply", b"", length=50_000)  # announced, never sent
if status != 403:
    fail(f"a POST without the CSRF cookie: {status} (the server waited for its body?)")


def held_open():
    """A connection kept alive after one answer; None when the server closed it."""
    connection = connect()
    connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    if read_reply(connection)[0] == 200:
        return connection
    connection.close()
    return None


held = []
for _ in range(200):  # the connections refused above may take a moment to be let go
    if len(held) == cap:
        break
    connection = held_open()
    if connection:
        held.append(connection)
    else:
        time.sleep(0.05)
if len(held) != cap:
    fail(f"only {len(held)} connections of {cap} allowed were served")
extra = connect()
try:
    extra.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
except OSError:
    pass  # closed already
if read_reply(extra)[0] != 0:
    fail(f"connection {cap + 1} from one address was served")
extra.close()
for connection in held:
    connection.close()

for _ in range(100):  # until the server has seen the held connections close
    if get("/healthz")[0] == 200:
        break
    time.sleep(0.05)
status, _, body = get("/apply")
if status != 200 or b"csrf_token" not in body:
    fail(f"after the refusals, GET /apply gave {status}")
print("request limits: all refusals seen, and the server still answers")
