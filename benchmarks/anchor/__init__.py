"""The anchor: a minimal Django page on the same stack as the app, to tell the cost of the
stack (gunicorn, Django's request cycle, psycopg, PostgreSQL, the load generator sharing
the cores) from the cost of the app's own work.

One view, one query (a row of `spaces_space` in the seeded `amends_bench`, read by primary
key through the ORM), one template of about 5 KB rendered with a small loop. DEBUG off, the
cached template loader, CONN_MAX_AGE as the app's, SecurityMiddleware and CommonMiddleware
only: no sessions, no authentication, no CSRF, no cache. Served by gunicorn with the app's
settings (`benchmarks/web.py run --anchor`, `sweep --anchor`). Not part of the product.
"""
