/**
 * The start page is pre-rendered in every language, English in #root and each other language
 * in a <template data-lang>. A small inline script, run by the parser right after #root and
 * before the first paint, puts the copy in the language the app will choose in its place: a
 * browser set to Spanish paints the Spanish start page first and the live app adopts it as it
 * is (src/pwa/adopt-prerendered.ts), instead of painting English and rebuilding it in Spanish
 * a moment later (a flash of the wrong language, and a second largest paint).
 *
 * It chooses as detectLanguage (src/i18n/i18n.ts) does: ?lang= first, then the browser's
 * languages, the first whose base (es-MX → es) the page has; none → the markup stays. Only a
 * clinic's settings file can name another language, and that is known later: the live app then
 * rebuilds the page as it always did.
 *
 * The script is the same text on every build, so its CSP hash does not change with the page's
 * words (the words are in the templates). Where it cannot run (JavaScript off, a host policy
 * without its hash) the page stays as it was written; nothing else depends on it.
 */
import { createHash } from 'node:crypto';

/** ES5 on purpose: it runs before the app's code, on any browser that opens the page. */
export const LANGUAGE_SWAP_SCRIPT = [
  '(function () {',
  '  var root = document.getElementById("root");',
  '  var copies = document.querySelectorAll("template[data-lang]");',
  '  if (!root || !copies.length) return;',
  '  try {',
  '    var asked = [new URLSearchParams(location.search).get("lang")].concat(navigator.languages || [navigator.language]);',
  '    search: for (var i = 0; i < asked.length; i++) {',
  '      var lang = String(asked[i] || "").toLowerCase().split("-")[0];',
  '      if (lang === root.getAttribute("data-lang")) break;',
  '      for (var j = 0; j < copies.length; j++) {',
  '        var copy = copies[j];',
  '        if (copy.getAttribute("data-lang") !== lang) continue;',
  '        root.innerHTML = "";',
  '        root.appendChild(copy.content);',
  '        root.setAttribute("data-lang", lang);',
  '        document.documentElement.lang = lang;',
  '        document.documentElement.dir = copy.getAttribute("data-dir") || "ltr";',
  '        if (copy.hasAttribute("data-title")) document.title = copy.getAttribute("data-title");',
  '        (copy.getAttribute("data-preload") || "").split(" ").forEach(function (href) {',
  '          if (!href) return;',
  '          var link = document.createElement("link");',
  '          link.rel = "modulepreload";',
  '          link.crossOrigin = "anonymous";',
  '          link.href = href;',
  '          document.head.appendChild(link);',
  '        });',
  '        break search;',
  '      }',
  '    }',
  '  } catch (error) {}',
  '  for (var k = 0; k < copies.length; k++) copies[k].remove();',
  '})();',
].join('\n');

/** The CSP source that allows exactly this script inline. */
export const LANGUAGE_SWAP_HASH = `'sha256-${createHash('sha256').update(LANGUAGE_SWAP_SCRIPT).digest('base64')}'`;
