"""`grooming-risk console`: a small web console for reviewers and admins, separate from the service.

It is a client of the gRPC API only (ReviewService, PolicyService), calling it with the signed-in person's
own bearer token, so the service's roles and audit apply unchanged: the console has no database access, no
keys, and keeps no conversation content beyond the page it is rendering. Everything it shows from the
service was written or chosen by someone else (often the person under suspicion), so pages are rendered by
Jinja2 with autoescape, and control, bidi and invisible characters are shown as visible escapes.
"""
