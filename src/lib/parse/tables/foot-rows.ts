/**
 * Rows at the foot of a page, above a page break that the next project's code follows.
 *
 * A project's 项目名称 cell may start at the foot of one page and print its code, name, amounts
 * and goal on the next. The rows above the break then look exactly like the last rows of the
 * project before: nothing in the text says where one cell ends and the other begins. What the
 * text does say is how departments fill in the form: each project lists its indicators grouped by
 * 一级指标 (all 产出指标 together, all 效益指标 together …), so a split that would leave a project
 * with a 一级指标 that comes back after another one is not how the form was filled in. This
 * module picks the split that keeps both projects grouped; the caller still reports every such
 * place, since the grouping is a reading of the form, not something the text prints.
 */

export interface FootSplit {
  /** How many of the foot rows stay with the project above. */
  keep: number;
  /** Every number of kept rows that leaves both projects grouped by 一级指标. */
  candidates: number[];
}

/** True when no 一级指标 comes back after another one has started. */
export function grouped(level1s: readonly string[]): boolean {
  const seen = new Set<string>();
  let last: string | undefined;
  for (const l of level1s) {
    if (l === last) continue;
    if (seen.has(l)) return false;
    seen.add(l);
    last = l;
  }
  return true;
}

/**
 * `above`: the 一级指标 of the project above, in order, its foot rows last; `foot`: how many of
 * them the text leaves open; `below`: the 一级指标 of the project whose code follows the break.
 * Without a grouped split, every foot row stays where the text puts it (with the project above).
 */
export function splitFootRows(above: readonly string[], foot: number, below: readonly string[]): FootSplit {
  const fixed = above.length - foot;
  const candidates: number[] = [];
  for (let keep = fixed === 0 ? 1 : 0; keep <= foot; keep++) {
    const cut = fixed + keep;
    if (grouped(above.slice(0, cut)) && grouped([...above.slice(cut), ...below])) candidates.push(keep);
  }
  // Of the grouped splits, the one that moves fewest rows away from where the text prints them.
  return { keep: candidates.at(-1) ?? foot, candidates };
}
