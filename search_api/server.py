"""`yilian serve`: run the search API and page with uvicorn on the configured address."""

from __future__ import annotations

import argparse
import sys

from yilian.settings import get_settings


def serve(host: str, port: int) -> None:
    import uvicorn

    from search_api.app import create_app

    settings = get_settings()
    print(f"yilian search: http://{host}:{port}/  (API docs at /docs)", file=sys.stderr, flush=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level=settings.log_level.lower())


def cli(args: argparse.Namespace) -> int:
    settings = get_settings()
    serve(args.host or settings.api_host, args.port or settings.api_port)
    return 0
