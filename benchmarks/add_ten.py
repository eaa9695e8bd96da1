"""``scale.add_ten`` on any store: the CLI builds 10 new articles into a copy of STORE, then the same 10 again.

    python benchmarks/add_ten.py STORE N     # N: the store's article count (the new ids follow it)

The copy and the 10 articles go under $CONFLICTKG_BENCH (default /tmp/conflictkg-bench), as scale.py's.
Run it with PYTHONPATH=OTHER/src to time another version's code on the same store.
"""
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # noqa: E402

store, n = Path(sys.argv[1]), int(sys.argv[2])
print(f"load {os.getloadavg()[0]:.1f} ({time.strftime('%H:%M', time.gmtime())} UTC), code: "
      f"{os.environ.get('PYTHONPATH') or 'this branch'}", flush=True)
(w1, c1, r1), (w2, c2, r2) = scale.add_ten(store, n)
print(f"add 10 docs  {w1:.1f} s wall, {c1:.1f} s CPU, peak RSS {r1:.0f} MB (into a copy of the store); "
      f"the same 10 again (unchanged): {w2:.1f} s wall, {c2:.1f} s CPU", flush=True)
