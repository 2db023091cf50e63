"""The pure core: what tickets, counters and queues are and the rules they follow.

Nothing here imports Qt or SQL; every rule about queues lives here, once.
"""
