"""The sync clients' sending part, generated from ``bokio/_async/`` by ``scripts/unasync_clients.py``."""
