"""queuedesk: a queue-calling (排队叫号) system for service halls."""

__version__ = "0.1.0"
