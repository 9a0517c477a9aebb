"""`python -m inbox_worker` is the `frontdoor` command."""

import sys

from inbox_worker.cli import main

sys.exit(main())
