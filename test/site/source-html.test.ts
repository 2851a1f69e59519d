import { describe, expect, it } from 'vitest';
import { escapeHtml, sourceListHtml } from '../../src/lib/site/source-html.ts';

describe('source page HTML', () => {
  it('escapes markup residue as text, never as HTML', () => {
    expect(escapeHtml(`<b>合 计</b> & "x" 'y'`)).toBe('&lt;b&gt;合 计&lt;/b&gt; &amp; &quot;x&quot; &#39;y&#39;');
    expect(sourceListHtml(['<script>alert(1)</script>'])).toBe('<li id="L1">&lt;script&gt;alert(1)&lt;/script&gt;</li>');
  });

  it('numbers lines from 1 and shows tabs as a visible separator', () => {
    expect(sourceListHtml(['a\tb', ''])).toBe('<li id="L1">a<span class="tab" aria-hidden="true">│</span>b</li><li id="L2"></li>');
  });
});
