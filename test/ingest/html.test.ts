// Saved article pages: text comes out one block a line, markup never leaks into it, every entity is decoded,
// and each line knows where it starts in the source.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest';

describe('htmlToText', () => {
  it('keeps markup out of the text when an attribute holds ">"', () => {
    const { text } = htmlToText('<p title="a > b" data-x=\'1>2\'>Der Satz.</p><p><a href="x?a=1&b=2>3">Link</a> Text.</p>');
    expect(text).toBe('Der Satz.\nLink Text.');
  });

  it('decodes the whole HTML entity table, not a short list', () => {
    const { text } = htmlToText('<p>&OElig;uvre &ETH; &lrm;&frac12; &thetasym; &Dcaron; &#x1EC7; &#7913; &amp;amp;</p>');
    expect(text).toBe('Œuvre Ð \u200e½ ϑ Ď ệ ứ &amp;');
  });

  it('skips scripts, styles, comments and templates, whatever they contain', () => {
    const { text } = htmlToText('<p>Eins.</p><script>if (a < b && c > d) document.write("<p>nein</p>")</script><style>p>b{}</style><!-- <p>nein</p> --><template><p>nein</p></template><p>Zwei.</p>');
    expect(text).toBe('Eins.\nZwei.');
  });

  it('starts each line at the source line of its first visible character', () => {
    const html = '<html>\n<body>\n<h1>\n  Titel</h1>\n<p>Absatz eins.</p>\n\n<figure><img src="a.jpg"><figcaption>Bildunterschrift</figcaption></figure>\n</body></html>';
    expect(htmlToText(html)).toEqual({ text: 'Titel\nAbsatz eins.\nBildunterschrift', sourceLines: [4, 5, 7] });
  });

  it('joins inline elements into their words and breaks at <br>', () => {
    expect(htmlToText('<p>Ha<b>n</b>oi &shy;liegt<br/>am Fluss</p>').text).toBe('Hanoi liegt\nam Fluss');
  });
});
