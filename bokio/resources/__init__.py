"""The namespaces of a client: one module per resource of the Company API (async twins in ``aio``)."""
