"""Writes test/review/sacrebleu-reference.json: 200 generated sentence pairs with sacreBLEU's chrF2 and TER.

Run with a Python that has sacrebleu (e.g. `pip install sacrebleu`): python3 test/review/tools/make-sacrebleu-reference.py
The pairs come from pairs.py (seeded), so the file is reproducible; the TypeScript test recomputes every number.
"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import sacrebleu
from sacrebleu.metrics import CHRF, TER
from pairs import make_pairs

pairs = make_pairs(200, seed=20240601)
chrf, ter = CHRF(), TER()
out = {
    "sacrebleu": sacrebleu.__version__,
    "pairs": [
        {"hyp": h, "ref": r, "chrf": chrf.sentence_score(h, [r]).score, "ter": ter.sentence_score(h, [r]).score}
        for h, r in pairs
    ],
}
hyps = [h for h, _ in pairs]
refs = [[r for _, r in pairs]]
out["corpus"] = {"chrf": chrf.corpus_score(hyps, refs).score, "ter": ter.corpus_score(hyps, refs).score}
out["chrfSignature"] = str(chrf.get_signature())
out["terSignature"] = str(ter.get_signature())
path = os.path.join(os.path.dirname(__file__), "..", "sacrebleu-reference.json")
with open(path, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print(f"wrote {path}: {len(pairs)} pairs, corpus chrF {out['corpus']['chrf']:.4f}, TER {out['corpus']['ter']:.4f}")
