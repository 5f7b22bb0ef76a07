// The dashboard's one stylesheet, served from /staff/assets/staff.css (CSP allows no inline
// styles). Colours are chosen for WCAG AA: body text 15:1, muted text 7:1, badges ≥ 4.5:1.

export const STAFF_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:16px;color:#1f2937;background:#f3f4f6}
body{margin:0;line-height:1.5}
a{color:#1d4ed8}
a:hover{color:#1e3a8a}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.skip-link{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip-link:focus{left:1rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;background:#111827;color:#f9fafb;padding:.5rem 1.25rem}
.top .brand{font-weight:700;margin-right:1rem}
.top nav ul{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;margin:0;padding:0}
.top nav a{color:#f9fafb;text-decoration:none;padding:.4rem .7rem;border-radius:6px;display:inline-block}
.top nav a:hover,.top nav a[aria-current=page]{background:#374151;text-decoration:underline}
.top .who{margin-left:auto;font-size:.9rem;color:#e5e7eb}
.top form{margin:0}
.top button{background:transparent;color:#f9fafb;border:1px solid #9ca3af}
main{max-width:1280px;margin:0 auto;padding:1.25rem}
h1{font-size:1.6rem;margin:.25rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
.card{background:#fff;border:1px solid #d1d5db;border-radius:10px;padding:1rem 1.25rem;margin-bottom:1rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.5rem .6rem;border-bottom:1px solid #e5e7eb;vertical-align:top}
th{background:#f9fafb;font-weight:600}
.muted{color:#4b5563}
.small{font-size:.875rem}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:999px;font-size:.8rem;font-weight:600;color:#fff;background:#4b5563;white-space:nowrap}
.count{display:inline-block;min-width:1.3em;padding:0 .35rem;border-radius:999px;background:#b91c1c;color:#fff;font-size:.75rem;font-weight:700;text-align:center}
.badge.emergency{background:#b91c1c}.badge.urgent{background:#9a3412}.badge.routine{background:#1e40af}.badge.self_care{background:#166534}
.badge.callback{background:#7f1d1d}.badge.flag{background:#7f1d1d}.badge.ok{background:#166534}.badge.pending{background:#92400e}.badge.failed{background:#b91c1c}.badge.delivered{background:#166534}.badge.booked{background:#166534}
label{font-weight:600;display:block;margin-bottom:.2rem}
input[type=text],input[type=email],input[type=password],input[type=url],input[type=date],input[type=number],input[type=search],select,textarea{font:inherit;padding:.45rem .55rem;border:1px solid #6b7280;border-radius:6px;background:#fff;color:#111827;max-width:100%}
textarea{width:100%;min-height:4rem}
button,.button{font:inherit;display:inline-block;padding:.45rem .9rem;border-radius:6px;border:1px solid #1e3a8a;background:#1d4ed8;color:#fff;cursor:pointer;text-decoration:none}
button.secondary,.button.secondary{background:#fff;color:#1e3a8a}
button.danger{background:#b91c1c;border-color:#7f1d1d}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end}
.field{margin-bottom:.9rem}
.field .hint{font-weight:400;font-size:.875rem;color:#4b5563;display:block}
.error-text{color:#b91c1c;font-weight:600}
.notice{border-left:5px solid #166534;background:#f0fdf4;padding:.6rem 1rem;margin-bottom:1rem}
.alert{border-left:5px solid #b91c1c;background:#fef2f2;padding:.6rem 1rem;margin-bottom:1rem}
.pager{display:flex;gap:1rem;align-items:center;margin:1rem 0}
.split{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.25rem;align-items:start}
@media (max-width:900px){.split{grid-template-columns:1fr}}
.transcript{list-style:none;margin:0;padding:0}
.transcript>li{border-radius:10px;padding:.6rem .9rem;margin-bottom:.6rem;border:1px solid #e5e7eb;background:#fff}
.transcript>li.user{background:#eff6ff;border-color:#bfdbfe;margin-left:2rem}
.transcript .who{font-weight:700;font-size:.85rem}
.transcript .entry{margin:.3rem 0;white-space:pre-line}
.transcript ul.entry{white-space:normal;padding-left:1.5rem}
.transcript .meta{font-size:.875rem;color:#374151;background:#f9fafb;border-left:3px solid #9ca3af;padding:.2rem .5rem}
.transcript .meta.recorded{border-left-color:#1e40af}
.transcript .meta.triage{border-left-color:#9a3412}
.transcript .meta.emergency{border-left-color:#b91c1c;background:#fef2f2}
dl.intake{display:grid;grid-template-columns:minmax(8rem,1fr) 2fr;gap:.25rem .75rem;margin:0}
dl.intake dt{font-weight:600}
dl.intake dd{margin:0}
.said{display:block;font-size:.875rem;color:#374151;font-style:italic}
.funnel-chart .chart-label{font-size:14px;fill:#1f2937}
.funnel-chart .chart-value{font-size:14px;fill:#1f2937;font-weight:600}
.pipeline{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0 0 1rem}
.pipeline a{display:block;padding:.4rem .8rem;border:1px solid #d1d5db;border-radius:8px;background:#fff;text-decoration:none;color:#1f2937}
.pipeline a[aria-current=true]{border-color:#1d4ed8;outline:2px solid #1d4ed8}
pre.snippet,code.secret{background:#111827;color:#f9fafb;padding:.6rem .8rem;border-radius:6px;display:block;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
.inline-form{display:inline}
.row-actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.row-actions .grow{flex:1 1 14rem}
.login{max-width:26rem;margin:4rem auto}
.field input[type=text],.field input[type=email],.field input[type=url],.field input[type=password],.field select{width:100%;max-width:40rem}
.field input[type=number]{width:10rem}
.field textarea{max-width:40rem}
fieldset.group{border:1px solid #d1d5db;border-radius:8px;padding:.75rem 1rem .25rem;margin:0 0 1rem;max-width:42rem}
fieldset{min-width:0}code{overflow-wrap:anywhere}
fieldset.group legend{font-weight:700;padding:0 .35rem}
.preview{margin:0 0 .9rem}
.preview svg{max-width:100%;height:auto;display:block}
.table-wrap{overflow-x:auto;max-width:100%;position:relative}
@media (max-width:640px){
main{padding:.75rem}
.top{gap:.5rem;padding:.5rem .75rem}
.top .brand{flex-basis:100%;margin:0}
.top .who{margin-left:0;flex:1}
.top nav a{padding:.45rem .55rem}
.card{padding:.75rem}
.filters>div{flex:1 1 9rem}
.filters input,.filters select{width:100%}
table{display:block;overflow-x:auto;position:relative}
table.stack{display:table;overflow:visible}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{display:block;border-bottom:2px solid #d1d5db;padding:.35rem 0}
table.stack td{display:flex;gap:.75rem;border:0;padding:.2rem .6rem;overflow-wrap:anywhere}
table.stack td::before{content:attr(data-label);flex:0 0 6.5rem;font-weight:600;color:#374151}
dl.intake{grid-template-columns:1fr}
dl.intake dd{margin-bottom:.4rem}
.transcript>li.user{margin-left:.75rem}
}
`;
