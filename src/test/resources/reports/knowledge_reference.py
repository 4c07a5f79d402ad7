"""Reference values for ItemDiscriminationTest and KnowledgeDiscriminationReleaseTest, computed independently of
Lantern with scipy (numpy 2.4, scipy 1.17 when the values in the tests were taken).

Run: python3 knowledge_reference.py

For each wave of knowledge-answers.txt, over the people who answered all three knowledge questions:
  discrimination of question i = scipy.stats.pointbiserialr(right on i (1/0), number right of the other two).
"""
import os

from scipy import stats

here = os.path.dirname(os.path.abspath(__file__))
rows = [[int(v) for v in l.split()] for l in open(os.path.join(here, "knowledge-answers.txt")) if l.strip() and not l.startswith("#")]
for wave, cols in (("before", slice(1, 4)), ("after", slice(4, 7))):
    answered = [r[cols] for r in rows if all(v >= 0 for v in r[cols])]
    right = [[1 if v == 0 else 0 for v in r] for r in answered]
    values = []
    for i in range(3):
        item = [r[i] for r in right]
        rest = [sum(r) - r[i] for r in right]
        values.append(repr(float(stats.pointbiserialr(item, rest).statistic)))
    print(wave, len(answered), " ".join(values))
