import { html, raw } from "hono/html";
import { describe, expect, it } from "vitest";
import { pageText } from "../../src/lib/page-markup.js";

// Every server page is hono's html tag turned into text by pageText: text is escaped, our own
// markup is kept, and a page that would need waiting fails loudly instead of printing a Promise.

describe("pageText", () => {
  it("gives the page as text, visitor words escaped and raw() markup kept", () => {
    const words = `<script>alert("x")</script> & 'quotes'`;
    const text = pageText(html`<p title="${words}">${[html`<b>${words}</b>`, raw("<i>ours</i>")]}</p>`);
    expect(typeof text).toBe("string");
    expect(text).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">' +
        "<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</b><i>ours</i></p>",
    );
  });

  it("refuses markup with a Promise inside rather than sending [object Promise]", () => {
    expect(() => pageText(html`<p>${Promise.resolve("later")}</p>`)).toThrow(/synchronous/);
  });
});
