"""A client library for accessing Bokio Agency API

models/: the API's objects (attrs classes); params.py: request bodies as TypedDicts;
api/<tag>/<operation>.py: each operation's typed request builder, build_request()."""
