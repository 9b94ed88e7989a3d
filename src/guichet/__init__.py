"""Guichet: AI-drafted, agent-approved replies to citizens' messages."""

__version__ = "0.1.0"
