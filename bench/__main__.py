"""``python -m bench [reads|http|push|crisis|exports|ingest] [options]``: one benchmark, or all
at default sizes."""

from __future__ import annotations

import sys

from bench import crisis, exports, http, ingest, push, reads

BENCHMARKS = {
    "reads": reads.main,
    "http": http.main,
    "push": push.main,
    "crisis": crisis.main,
    "exports": exports.main,
    "ingest": ingest.main,
}


def main() -> None:
    """Run the benchmark named first on the command line, or every one."""
    name, *rest = sys.argv[1:] or [""]
    if name in BENCHMARKS:
        BENCHMARKS[name](rest)
        return
    for run in BENCHMARKS.values():
        run([])
        print()


if __name__ == "__main__":
    main()
