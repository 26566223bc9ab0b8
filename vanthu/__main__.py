"""`python -m vanthu`: the same as the `vanthu` command."""
import sys

from vanthu.cli import main

sys.exit(main())
