"""Word lists, tables and the knowledge base of canonical entities, with their loaders and disk caches.

A regular package (not a namespace one) so `importlib.resources.files("warta.knowledge")` is a plain
path: joining a file name to a namespace path lists the directory on every call.
"""
