"""`python -m inbox_worker` is the `frontdoor` command."""

import sys

from inbox_worker.cli.main import main

if __name__ == "__main__":  # the reader processes' forkserver imports this module again
    sys.exit(main())
