"""The append-only audit journal every app writes to: who (or which process) did what to which object, when.

Below every business app (see docs/architecture.md): it refers to the objects it records by their model label and
primary key, never by a foreign key to an app above it, so any app can write to it and none is imported here.
"""
