"""Seeded generator of hypothesis/reference pairs that exercise chrF and TER: German and Vietnamese news words,
dropped, inserted, substituted and moved words (so TER must shift), case changes, punctuation, NFD text."""
import random
import unicodedata

DE = ("Am 12. Oktober tauschte der nordkoreanische Machthaber Kim Jong Un Briefe mit dem russischen Präsidenten "
      "Wladimir Putin aus , um 75 Jahre bilaterale Beziehungen zu feiern . Die beiden Länder versprachen , die "
      "regionale Sicherheit und den Frieden zu fördern . Sergej Schoigu besuchte Pjöngjang am Abend des 13. September "
      "„ neue Waffe “ 1.000 300 % Außenministerium Moskau").split()
VI = ("Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương ngày 12 tháng 10 "
      "Nga muốn phát triển hợp tác với Hàn Quốc quan ngại về thỏa thuận vũ khí tiềm tàng").split()
EXTRA = ["der", "die", "das", "und", "nicht", "sehr", "auch", "😀", "𝔘𝔫𝔦", "(", ")", ",", ".", "-", "Việt", "Nam"]


def make_pairs(n, seed):
    rnd = random.Random(seed)
    pairs = []
    for k in range(n):
        vocab = DE if k % 3 else VI
        length = rnd.randint(0, 30) if k % 17 else rnd.randint(0, 2)
        ref = [rnd.choice(vocab) for _ in range(length)]
        hyp = list(ref)
        for _ in range(rnd.randint(0, 6)):
            op = rnd.random()
            if op < 0.2 and hyp:
                del hyp[rnd.randrange(len(hyp))]
            elif op < 0.4:
                hyp.insert(rnd.randint(0, len(hyp)), rnd.choice(vocab + EXTRA))
            elif op < 0.6 and hyp:
                hyp[rnd.randrange(len(hyp))] = rnd.choice(vocab + EXTRA)
            elif op < 0.85 and len(hyp) > 3:
                # move a block of 1-4 words somewhere else (what TER's shifts are for)
                size = rnd.randint(1, min(4, len(hyp) - 1))
                start = rnd.randrange(len(hyp) - size + 1)
                block = hyp[start:start + size]
                del hyp[start:start + size]
                at = rnd.randint(0, len(hyp))
                hyp[at:at] = block
            elif hyp:
                i = rnd.randrange(len(hyp))
                hyp[i] = hyp[i].upper() if rnd.random() < 0.5 else hyp[i].lower()
        h, r = " ".join(hyp), " ".join(ref)
        if k % 11 == 0:
            h = unicodedata.normalize("NFD", h)
        if k % 13 == 0:
            h = "  " + h.replace(" ", "\u00a0", 2) + " \t"
        pairs.append((h, r))
    return pairs
