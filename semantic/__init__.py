"""Finding by meaning: text embeddings, their storage, the in-memory index and stored neighbours.

A leaf below every part of the portal: it knows texts, vectors and (kind, id) pairs, never
questions or initiatives, so the registry and the vraagbaak both use it. Each part says which
text stands for one of its items and which items a visitor may see.
"""
