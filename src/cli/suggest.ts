// "Did you mean --format?": the candidates closest to a mistyped option or command, chosen as
// commander 14 chooses them (lib/suggestSimilar.js), so that our own message can say it.
const MAX_DISTANCE = 3;

/** Optimal string alignment distance (Damerau–Levenshtein, no substring edited twice). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_DISTANCE) return Math.max(a.length, b.length);
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d[i] = [i];
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

export function suggestSimilar(word: string, candidates: readonly string[]): string[] {
  const options = word.startsWith('--');
  const strip = (s: string) => (options ? s.slice(2) : s);
  const target = strip(word);
  let similar: string[] = [];
  let bestDistance = MAX_DISTANCE;
  for (const candidate of new Set(candidates)) {
    const bare = strip(candidate);
    if (bare.length <= 1) continue;
    const distance = editDistance(target, bare);
    const length = Math.max(target.length, bare.length);
    if ((length - distance) / length <= 0.4) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      similar = [candidate];
    } else if (distance === bestDistance) similar.push(candidate);
  }
  return similar.sort((a, b) => a.localeCompare(b));
}
