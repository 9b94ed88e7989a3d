"""Two builders on one node: an explicit build (``guichet ingest``) waits for the one in progress."""

import fcntl
import threading

import pytest

from guichet.knowledge import index
from guichet.knowledge.ingest import ingest

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_build_waits_for_the_node_lock_then_publishes_a_loadable_index(corpus, lexical_only):
    ingest([corpus])
    root = index.index_dir()
    root.mkdir(parents=True, exist_ok=True)
    published: list = []
    with (root / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # another process building on this node
        builder = threading.Thread(target=lambda: published.append(index.build(dense=False)))
        builder.start()
        builder.join(timeout=1.0)
        assert builder.is_alive() and not published  # it waits instead of writing beside the other build
        fcntl.flock(handle, fcntl.LOCK_UN)
    builder.join(timeout=60)
    assert published and published[0].is_dir()
    index.clear_cache()
    assert index.get_index().version == index.db_version()
