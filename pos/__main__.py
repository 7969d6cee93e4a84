"""`python -m pos`: the same as the `pos` console script."""

import sys

from pos.cli import main

sys.exit(main())
