// How the index weighs what it holds: read by the indexer (record.ts) and the search page (view.ts).

/**
 * Pagefind multiplies each word's frequency by the weight of the element it sits in, so a hit in
 * a name or code outranks a hit in a goal, which outranks a hit in an indicator (issue 12). The
 * gaps are wide because a long goal can repeat a word several times.
 */
export const FIELD_WEIGHTS = { title: 10, codes: 10, departments: 2, goals: 1, indicators: 0.3, notes: 0.3 } as const;

/**
 * Each year before the newest takes half a point off the title and code weights, down to 8: of
 * two projects of the same name the newer comes first, while a name still outweighs any goal.
 */
export function yearNudge(year: number, newest: number): number {
  return Math.min(Math.max(newest - year, 0) * 0.5, 2);
}

/**
 * Pagefind adds to a page's score, for each metadata field, the field's weight times the query's
 * words it holds (by rarity) times the square of their share of the query
 * (https://pagefind.app/docs/ranking/). `name` (the title's words) puts a page whose name holds
 * the query before pages that only mention it; a department's name, as `own` on its page and as
 * `of` on its budgets, puts the department first and its budgets next when its name is searched.
 * The others are for display: weight 0.
 */
export const META_WEIGHTS = { title: 0, amount: 0, name: 10, own: 6, of: 4 } as const;

