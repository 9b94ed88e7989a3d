"""A context flag that only the workflow service sets, so models can refuse writes made around it."""

import contextlib
import contextvars
from collections.abc import Iterator

_active: contextvars.ContextVar[bool] = contextvars.ContextVar("guichet_workflow_active", default=False)


def workflow_active() -> bool:
    return _active.get()


@contextlib.contextmanager
def workflow_scope() -> Iterator[None]:
    token = _active.set(True)
    try:
        yield
    finally:
        _active.reset(token)
