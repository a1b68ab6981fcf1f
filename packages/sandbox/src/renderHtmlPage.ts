/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const styles = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f4f5f7}
body{margin:0;padding:1rem}
main{max-width:36rem;margin:2rem auto;background:#fff;border-radius:12px;padding:1.5rem;box-shadow:0 1px 4px rgba(0,0,0,.12)}
.badge{display:inline-block;background:#fff4ce;color:#5c4400;border-radius:999px;padding:.2rem .7rem;font-size:.85rem;margin:0 0 1rem}
h1{font-size:1.5rem;margin:.2rem 0 .5rem}
table{width:100%;border-collapse:collapse;margin:1rem 0}
caption{text-align:left;font-weight:600;margin-bottom:.4rem}
th,td{text-align:left;padding:.45rem .3rem;border-bottom:1px solid #d8dbe0;vertical-align:top}
td.amount,th.amount{text-align:right;white-space:nowrap}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:1rem}
button{font:inherit;padding:.6rem 1.3rem;border-radius:8px;border:2px solid #1d4ed8;background:#fff;color:#1d4ed8;cursor:pointer}
button.primary{background:#1d4ed8;color:#fff}
button:focus-visible,a:focus-visible,select:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
label{display:block;margin-top:1rem;font-weight:600}
select{font:inherit;margin-top:.3rem;padding:.4rem;max-width:100%}
.notice{padding:.8rem 1rem;border-radius:8px;background:#eef2ff;color:#1e1b4b}
.notice.error{background:#fde8e8;color:#7f1d1d}
a{color:#1d4ed8}
small{color:#4b5563}
`;

/** A complete, accessible HTML page (language, title, main landmark) around `body`. */
export function renderHtmlPage(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${styles}</style>
${head}
</head>
<body>
<main>
<p class="badge">Antom sandbox: no real money moves</p>
${body}
</main>
</body>
</html>`;
}

/** An HTML response. */
export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=UTF-8',
      'cache-control': 'no-store',
      // No other site may frame the cashier (clickjacking of Pay / Decline).
      'content-security-policy': "frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      // The cashier token stays out of the Referer sent to the shop; "no-referrer" would make a browser send
      // `Origin: null` with the page's own form, which the CSRF check refuses.
      'referrer-policy': 'same-origin',
    },
  });
}
