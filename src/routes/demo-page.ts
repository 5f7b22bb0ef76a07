import { createRoute } from "@hono/zod-openapi";
import { html, raw } from "hono/html";
import { pageText } from "../lib/page-markup.js";
import { apiRoutes } from "../openapi/api-routes.js";
import { findPublicClinic, type ClinicSettings } from "../services/public-clinic.js";

// GET /: a made-up clinic's home page that embeds the widget exactly as a clinic would, with
// the one-line snippet shown on the page.

/**
 * The embed snippet for a clinic. The corner, words and colours come from Settings at load
 * time (GET /widget/config), so the snippet never pins them: a saved change shows everywhere.
 */
export function embedSnippet(origin: string, clinic: Pick<ClinicSettings, "slug">): string {
  return `<script src="${origin}/widget.js" data-clinic="${clinic.slug}" async></script>`;
}

const services: Array<[string, string]> = [
  [
    "Running injury assessment",
    "A full look at how your knee, hip and foot share the load, with a slow-motion review of your stride on the treadmill.",
  ],
  [
    "Strength and return-to-run plans",
    "Progressive programmes that rebuild capacity first, then mileage, so you come back without the boom-and-bust cycle.",
  ],
  [
    "Post-surgery rehabilitation",
    "Structured rehab after ACL reconstruction or meniscus surgery, planned with your surgeon's protocol.",
  ],
  [
    "Free discovery calls",
    "Fifteen minutes with a physical therapist to talk through your knee and decide whether you need to come in.",
  ],
];

const styles = `
*{box-sizing:border-box}body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2937;background:#fff}
a{color:#0b5f59}.wrap{max-width:68rem;margin:0 auto;padding:0 1.25rem}
.site{border-bottom:1px solid #e5e7eb}.site .wrap{display:flex;align-items:center;justify-content:space-between;gap:1rem;min-height:4rem;flex-wrap:wrap}
.logo{font-weight:800;font-size:1.2rem;color:#0b5f59;text-decoration:none}.site nav ul{display:flex;gap:1.25rem;list-style:none;margin:0;padding:0}
.hero{background:linear-gradient(135deg,#0b5f59,#134e4a);color:#fff;padding:4rem 0 3.5rem}.hero h1{font-size:clamp(2rem,5vw,3rem);line-height:1.15;margin:0 0 1rem;max-width:40rem}
.hero p{max-width:38rem;font-size:1.15rem;margin:0 0 1.5rem}.hero a.button{display:inline-block;background:#fff;color:#0b5f59;font-weight:700;padding:.75rem 1.25rem;border-radius:.5rem;text-decoration:none}
section{padding:3rem 0}h2{font-size:1.75rem;margin:0 0 1rem}.grid{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));list-style:none;padding:0;margin:0}
.grid li{border:1px solid #e5e7eb;border-radius:.75rem;padding:1.25rem}.grid h3{margin:0 0 .5rem;font-size:1.1rem}.grid p{margin:0;color:#374151}
.alt{background:#f0fdfa}.quote{font-size:1.2rem;font-style:italic;max-width:44rem}
pre{background:#111827;color:#f9fafb;padding:1rem;border-radius:.5rem;overflow-x:auto;font-size:.9rem}code{font-family:ui-monospace,Menlo,Consolas,monospace}
footer.page{border-top:1px solid #e5e7eb;padding:2rem 0;color:#4b5563;font-size:.95rem}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}`;

export function demoPage(
  origin: string,
  clinic: Pick<ClinicSettings, "slug" | "name" | "widgetPosition" | "phone">,
): string {
  // The snippet is shown as text, then runs as the page's own script (raw: our markup, from the
  // configured origin and the clinic's slug).
  const snippet = embedSnippet(origin, clinic);
  return pageText(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${clinic.name}: physical therapy for runners</title>
<link rel="icon" href="data:,">
<meta name="description" content="A demo clinic page showing the knee-triage chat widget.">
<style>${raw(styles)}</style>
</head>
<body>
<header class="site"><div class="wrap">
<a class="logo" href="/">${clinic.name}</a>
<nav aria-label="Main"><ul><li><a href="#services">Services</a></li><li><a href="#runners">For runners</a></li><li><a href="#embed">Embed the chat</a></li></ul></nav>
</div></header>
<main>
<div class="hero"><div class="wrap">
<h1>Keep running. We'll help your knees keep up.</h1>
<p>Sore after long runs? Twinge on the stairs? Our physical therapists work with runners of every pace, from first 5K to ultra. Not sure whether you need an appointment? Ask our knee pain assistant in the corner of this page: it will help you decide what to do next.</p>
<a class="button" href="#services">See how we help</a>
</div></div>
<section id="services" aria-labelledby="services-title"><div class="wrap">
<h2 id="services-title">What we do</h2>
<ul class="grid">${services.map(([title, text]) => html`<li><h3>${title}</h3><p>${text}</p></li>`)}</ul>
</div></section>
<section id="runners" class="alt" aria-labelledby="runners-title"><div class="wrap">
<h2 id="runners-title">Built around runners</h2>
<p>Most running knee pain comes from doing a little too much, a little too soon, and it usually settles with the right changes to training. We look at the whole picture: your weekly mileage, your shoes, your strength, your sleep, and the race you have circled on the calendar.</p>
<p class="quote">"Two weeks of smarter training and some hip work, and I was back on the trails before my half marathon." A (fictional) happy runner</p>
</div></section>
<section id="embed" aria-labelledby="embed-title"><div class="wrap">
<h2 id="embed-title">Add the chat to your own site</h2>
<p>This page embeds the assistant with one line, placed just before the closing <code>&lt;/body&gt;</code> tag:</p>
<pre><code>${snippet}</code></pre>
<p>The launcher costs a few kilobytes; the chat itself loads only when a visitor opens it.</p>
</div></section>
</main>
<footer class="page"><div class="wrap">
<p>${clinic.name} is a demonstration clinic: it is not a real practice.${clinic.phone ? html` Demo phone: ${clinic.phone}.` : ""} In an emergency call 911.</p>
</div></footer>
${raw(snippet)}
</body>
</html>`);
}

const demo = createRoute({
  method: "get",
  path: "/",
  summary: "The demo clinic's page, embedding the widget",
  responses: { 200: { description: "HTML" } },
});

export const demoPageRoutes = apiRoutes().openapi(demo, async (c) => {
  const deps = c.get("deps");
  const clinic = (await findPublicClinic(deps, "demo")) ?? {
    slug: "demo",
    name: "Stride Physical Therapy (demo)",
    widgetPosition: "bottom-right",
    phone: null,
  };
  const origin = deps.config.publicOrigin;
  return c.html(demoPage(origin, clinic), 200, { "Cache-Control": "no-cache" });
});
