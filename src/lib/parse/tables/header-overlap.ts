/**
 * A header cell drawn over a data cell at a page break interleaves their characters:
 * "促进商贸物流发展项项目目名称" is 促进商贸物流发展项目 with 项目名称 drawn through it, and
 * "项目600总.0额00000" is 600.000000 with 项目总额. Removing the header word's characters, in
 * order, leaves the data. Null when the word is not there to remove. Linear in the cell.
 */
export function removeSubsequence(cell: string, word: string): string | null {
  if (cell === word || word === '') return null;
  const keep: string[] = [];
  let j = 0;
  for (const ch of cell) {
    if (j < word.length && ch === word[j]) j++;
    else keep.push(ch);
  }
  return j === word.length ? keep.join('') : null;
}
