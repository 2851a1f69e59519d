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
 * (https://pagefind.app/docs/ranking/). The title's words are given as `name0` … `name4`, by how
 * many years the page is older than the newest (four and more share `name4`): a page whose name
 * holds the query comes before pages that only mention it, and of two such pages the newer comes
 * first, the boost being most of the score. A department's name, as `own` on its page and as `of`
 * on its budgets, puts the department before its budgets before its projects when its name is
 * searched. The others are for display: weight 0.
 */
export const META_WEIGHTS = { title: 0, amount: 0, name0: 10, name1: 9, name2: 8, name3: 7, name4: 6, own: 6, of: 4 } as const;

/** The metadata field that holds the title's words of a page `age` years older than the newest. */
export function nameField(age: number): 'name0' | 'name1' | 'name2' | 'name3' | 'name4' {
  return `name${Math.min(Math.max(age, 0), 4)}` as 'name0';
}

/**
 * The title's words again, each spelled as a token of ASCII letters and digits (an "x", then each
 * character's code point in four base-36 digits). Pagefind finds such a token only when the query
 * asks for it, and its phrase search then tells, the same way in every shard, which pages hold
 * the query's words in this order in their title (see query.ts). Weighted as little as Pagefind
 * allows: they rank nothing by themselves.
 */
export const TITLE_TOKEN_WEIGHT = 1 / 24;

export function titleToken(word: string): string {
  return `x${[...word.toLowerCase()].map((c) => c.codePointAt(0)!.toString(36).padStart(4, '0')).join('')}`;
}

/**
 * The groups in which pages whose title holds the query lead, in order: the department, its
 * budgets newest first, then projects newest first (by age, as nameField). Each page is filed
 * under its group as a Pagefind filter, `组`, so that the search page can ask for the title hits
 * of one group at a time: an order that holds in every shard, where scores compare only roughly.
 */
export const TITLE_GROUPS = ['部门', ...[0, 1, 2, 3, 4].map((a) => `预算${a}`), ...[0, 1, 2, 3, 4].map((a) => `项目${a}`)] as const;

export function titleGroup(kind: '部门' | '预算' | '项目', age: number): string {
  return kind === '部门' ? kind : `${kind}${nameField(age).slice(4)}`;
}
