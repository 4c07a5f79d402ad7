"""Reference values for CheckItemAnalysisTest, computed independently of Lantern with numpy and scipy.

Run: python3 check_item_reference.py   (numpy 2.4, scipy 1.17 when the values in the test were taken)

For every question of check-attempts.txt, over the attempts that asked it:
  difficulty     = share of those attempts that chose exactly the right options;
  discrimination = scipy.stats.pointbiserialr(right or wrong on this question,
                   share right of the OTHER questions the same attempt asked);
  option shares  = share of those attempts that chose each option (by authored index).
"""
import os

import numpy as np
from scipy import stats

here = os.path.dirname(os.path.abspath(__file__))
lines = [l.split() for l in open(os.path.join(here, "check-attempts.txt")) if l.strip() and not l.startswith("#")]


def parse(parts):
    return {p.split("=")[0]: frozenset(int(i) for i in p.split("=")[1].split(",")) for p in parts}


right = parse(lines[0][1:])
attempts = [parse(l) for l in lines[1:]]
options = {"q1": 3, "q2": 4, "q3": 2, "q4": 4, "q5": 3}
for q in sorted(right):
    asked = [a for a in attempts if q in a]
    x = np.array([1.0 if a[q] == right[q] else 0.0 for a in asked])
    rest = np.array([np.mean([1.0 if a[o] == right[o] else 0.0 for o in a if o != q]) for a in asked])
    r = stats.pointbiserialr(x, rest).statistic if x.std() > 0 and rest.std() > 0 else float("nan")
    shares = [sum(1 for a in asked if i in a[q]) / len(asked) for i in range(options[q])]
    print(q, len(asked), repr(float(x.mean())), repr(float(r)), [repr(s) for s in shares])
