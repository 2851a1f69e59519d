import { describe, expect, it } from 'vitest';
import { blockHeight, charEm, FIGURE_STYLE, LABEL_STYLE, lineCount, textWidth, wordLineCount } from '../../src/lib/viz/text-fit.ts';

describe('character widths are upper bounds', () => {
  it('a CJK character or full-width sign is one em, Latin at most 0.72 em, the wide ones more', () => {
    expect(charEm('社')).toBe(1);
    expect(charEm('（')).toBe(1);
    expect(charEm('·')).toBe(1);
    expect(charEm('8')).toBe(0.72);
    expect(charEm('%')).toBeGreaterThan(1);
    expect(textWidth('一般公共服务支出', 13)).toBe(8 * 13);
  });
});

describe('lineCount: breaking after any character, greedily', () => {
  it('eight characters of 13 px take one line in 104 px, two in 103 px', () => {
    expect(lineCount('一般公共服务支出', 13, 104)).toBe(1);
    expect(lineCount('一般公共服务支出', 13, 103)).toBe(2);
    expect(lineCount('一般公共服务支出', 13, 26)).toBe(4);
  });

  it('cannot fit a character wider than the column', () => {
    expect(lineCount('社', 13, 12)).toBe(Infinity);
  });
});

describe('wordLineCount: figures never break inside a word', () => {
  const words = ['5,931 万元', '· 5.8%'];
  it('puts both words on one line when they fit, else one word a line', () => {
    const one = textWidth(words[0]!, 12) + charEm(' ') * 12 + textWidth(words[1]!, 12);
    expect(wordLineCount(words, 12, one)).toBe(1);
    expect(wordLineCount(words, 12, one - 1)).toBe(2);
    expect(wordLineCount(words, 12, textWidth(words[0]!, 12) - 1)).toBe(Infinity);
  });
});

describe('blockHeight', () => {
  it('adds the lines of each block at its own line height', () => {
    const h = blockHeight([{ text: '行政运行', style: LABEL_STYLE }, { words: ['5,493 万元', '· 14.6%'], style: FIGURE_STYLE }], 200);
    expect(h).toBe(LABEL_STYLE.lineHeight + FIGURE_STYLE.lineHeight);
  });
});
