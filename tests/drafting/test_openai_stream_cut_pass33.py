"""A model server that cuts its stream after the first tokens: the backend reports a clear `BackendError`
("Flux du serveur de modèle coupé"), whatever HTTP library the `openai` SDK runs on (httpx, or httpx2 since the
SDK moved to it), instead of letting the transport's own exception escape to the caller.

The server is a real loopback socket speaking HTTP/1.1: it answers a chat completion with one server-sent event in
a chunked body and closes the connection without the final chunk.
"""

import json
import socket
import threading

import pytest

from guichet.drafting.backends import BackendError, GenerationParams
from guichet.drafting.backends.openai import CircuitBreaker, OpenAIBackend

CHUNK = {
    "id": "cut-1",
    "object": "chat.completion.chunk",
    "created": 0,
    "model": "qwen2.5-0.5b",
    "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Bonjour Madame, "}, "finish_reason": None}],
}


def serve_one_cut_stream(listener: socket.socket) -> None:
    connection, _ = listener.accept()
    with connection:
        request = b""
        while b"\r\n\r\n" not in request:
            request += connection.recv(65536)
        head, _, body = request.partition(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")
        )
        while len(body) < length:
            body += connection.recv(65536)
        event = f"data: {json.dumps(CHUNK)}\n\n".encode()
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
            + f"{len(event):x}\r\n".encode()
            + event
            + b"\r\n"
        )
        # No final "0\r\n\r\n": the stream is cut.


def test_a_stream_cut_after_the_first_token_is_a_backend_error():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    server = threading.Thread(target=serve_one_cut_stream, args=(listener,), daemon=True)
    server.start()
    client = OpenAIBackend(
        model="qwen2.5-0.5b",
        base_url=f"http://127.0.0.1:{port}/v1",
        breaker=CircuitBreaker(failures_to_open=5, open_s=30),
        timeout=10.0,
        retries=0,
    )
    seen: list[str] = []
    try:
        with pytest.raises(BackendError) as error:
            client.generate(
                [{"role": "user", "content": "Bonjour"}],
                params=GenerationParams(max_tokens=20, temperature=0.0),
                on_token=seen.append,
            )
    finally:
        server.join(timeout=10)
        listener.close()
    assert "coupé" in str(error.value)
    assert "".join(seen) == "Bonjour Madame, "
