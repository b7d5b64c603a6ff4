"""`python -m grooming_risk` runs the command line."""

import sys

from grooming_risk.cli import main

sys.exit(main())
