"""The ``serve`` command: the web UI and JSON API (`quotesearch.web`) under
waitress (`quotesearch.web.server`), with its production limits."""
from __future__ import annotations

import argparse
import sys

from .common import (
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    default_index_dir,
    positive_int,
    with_index,
)


def add_command(commands) -> None:
    serve = with_index(commands.add_parser(
        "serve", help="serve the web UI and JSON API (waitress, a production WSGI server)"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--threads", type=positive_int, default=16,
                       help="pages and API calls served at once (default 16; exports get 64 threads of their own)")
    serve.add_argument("--base-url", metavar="URL",
                       help="the site's public address, for feed links (e.g. https://quotes.example.org)")
    serve.add_argument("--allowed-host", metavar="NAME", action="append", default=None,
                       help="a Host header to trust for feed links without --base-url (repeatable)")
    serve.add_argument("--connection-limit", type=positive_int, default=None,
                       help="connections open at once (default 900)")
    serve.add_argument("--channel-timeout", type=positive_int, default=None,
                       help="seconds an idle connection is kept (default 10)")
    serve.add_argument("--allow-ingest", action="store_true",
                       help="add an 'Add articles' page (URLs or file uploads) that writes to the "
                            "index; off by default: only for a site whose users you trust")
    serve.add_argument("--cluster", metavar="ADDRESS",
                       help="a sharded index (ingest --shards N) held open by the workers of a "
                            "Dask cluster (tcp://HOST:8786, or 'local' with --jobs N), each "
                            "search answered by fan-out; the index folder must be on storage "
                            "every worker reads")
    serve.add_argument("--jobs", type=positive_int, default=2, metavar="N",
                       help="workers of a --cluster local (default 2)")
    serve.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from ..web import create_app
    from ..web.server import serve
    path = args.index or default_index_dir()
    try:
        app = create_app(path, base_url=args.base_url, allowed_hosts=args.allowed_host,
                         allow_ingest=args.allow_ingest)
    except ValueError as error:
        print(f"{PROG}: error: --base-url: {error}", file=sys.stderr)
        return EXIT_USAGE
    limits = {name: value for name, value in (("connection_limit", args.connection_limit),
                                              ("channel_timeout", args.channel_timeout))
              if value is not None}
    if args.allow_ingest:       # the form's uploads; every other route stays GET-only
        from ..web.ingest_form import MAX_REQUEST_BYTES
        limits["max_request_body_size"] = MAX_REQUEST_BYTES
    if args.cluster:
        return _serve_on_cluster(args, app, path, limits)
    print(f"QuoteSearch on http://{args.host}:{args.port}/ (index: {path}; Ctrl-C stops)",
          file=sys.stderr, flush=True)
    serve(app, host=args.host, port=args.port, threads=args.threads, **limits)
    return EXIT_OK


def _serve_on_cluster(args: argparse.Namespace, app, path: str, limits: dict) -> int:
    """Serve with every search fanned out to the shards' actors (`cluster_search`)."""
    from ..cluster import ClusterError, dask_client
    from ..cluster_search import attach_cluster
    from ..index import IndexNotFound, IndexUnusable, QuoteIndex
    from ..index.sharded import ShardedIndex
    from ..web.server import serve
    from .common import EXIT_FAILED, one_line
    try:
        index = QuoteIndex.open(path)
        if not isinstance(index, ShardedIndex):
            raise IndexUnusable(f"{path}: serve --cluster needs a sharded index "
                                "(quotesearch ingest ... --shards N)")
        with dask_client(args.cluster, args.jobs) as client:
            fanout = attach_cluster(index, client)
            app.extensions["quotesearch"]["index"] = index
            print(f"QuoteSearch on http://{args.host}:{args.port}/ (index: {path}, "
                  f"{fanout.shards.count} shards on {len(client.nthreads())} Dask workers; "
                  "Ctrl-C stops)", file=sys.stderr, flush=True)
            serve(app, host=args.host, port=args.port, threads=args.threads, **limits)
    except (IndexNotFound, IndexUnusable, ClusterError, OSError) as error:
        print(f"{PROG}: error: {one_line(str(error))}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
