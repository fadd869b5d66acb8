/*
 * Pathways embed loader (see EMBEDDING.md). A host page adds
 *   <script src="https://example.org/pathways/embed.js" async data-lang="es"></script>
 * and gets the app in an iframe at that spot, or inside the element whose id is data-target.
 * No globals, no styles outside the iframe's own style attribute, nothing else on the host
 * page is touched. The app checks every setting itself; this file only passes them on.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;

  function warn(message) {
    if (window.console) console.warn('Pathways embed: ' + message);
  }

  // The app's page sits next to this file, so any folder of any static host works.
  var app = new URL('index.html', script.src);
  var appOrigin = app.origin;
  var data = script.dataset;
  var OPTIONS = [
    'lang', 'region', 'accent', 'font', 'radius', 'mode', 'include', 'exclude', 'offered',
    'contactName', 'contactPhone', 'contactUrl', 'contactHours', 'reportUrl', 'exitUrl', 'localGroups', 'preview',
  ];
  var TITLES = {
    en: 'Pathways: find a recovery support group',
    es: 'Pathways: encuentre un grupo de apoyo para la recuperación',
  };
  var SAFE_EXIT = 'https://www.bbc.co.uk/weather';
  var attribute = function (key) {
    return 'data-' + key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
  };

  Object.keys(data).forEach(function (key) {
    var value = data[key];
    if (key === 'target') return;
    if (/^preset[A-Z]/.test(key)) {
      // data-preset-mental-health="yes" -> preset.mentalHealth=yes
      app.searchParams.set('preset.' + key.charAt(6).toLowerCase() + key.slice(7), value);
    } else if (OPTIONS.indexOf(key) >= 0) {
      app.searchParams.set(key, key === 'preview' && value === '' ? '1' : value);
    } else {
      warn(attribute(key) + ' is not a Pathways option; ignored. Options: ' + OPTIONS.map(attribute).join(', ') + ', data-preset-*, data-target');
    }
  });

  // The app sends its height only to this origin. A file:// page has none to name.
  if (/^https?:$/.test(location.protocol)) app.searchParams.set('parentOrigin', location.origin);
  else warn('open this page over http(s): from ' + location.protocol + ' the frame cannot follow its content height');

  var frame = document.createElement('iframe');
  frame.src = app.href;
  // Own properties only: data-lang="constructor" must not find Object's constructor.
  frame.title = Object.prototype.hasOwnProperty.call(TITLES, data.lang) ? TITLES[data.lang] : TITLES.en;
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.setAttribute('allow', 'clipboard-write');
  // Set through the style object (CSSOM), which a host's strict style-src allows.
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = '40rem'; // until the app reports its height

  window.addEventListener('message', function (event) {
    if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
    var message = event.data || {};
    if (message.type === 'pathways:ready') {
      // The app asks whether a loader is here: the answer, from this page's origin, lets it use
      // the clinic settings (contact line, exit address…) it was given. See src/settings/trust.ts.
      frame.contentWindow.postMessage({ type: 'pathways:hello' }, appOrigin);
    } else if (message.type === 'pathways:height') {
      var height = Number(message.height);
      if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + 'px';
    } else if (message.type === 'pathways:exit') {
      // Quick exit leaves the whole page, and Back does not return to it.
      var url = SAFE_EXIT;
      try {
        if (/^https?:$/.test(new URL(message.url).protocol)) url = message.url;
      } catch {
        // not an address: the safe default instead
      }
      window.location.replace(url);
    }
  });
  frame.addEventListener('load', function () {
    frame.contentWindow.postMessage({ type: 'pathways:hello' }, appOrigin);
  });

  function place() {
    var target = data.target ? document.getElementById(data.target.replace(/^#/, '')) : null;
    if (data.target && !target) warn('data-target="' + data.target + '": no element with that id; the app is placed after the script instead');
    var parent = script.parentNode;
    if (target) target.appendChild(frame);
    else if (parent && parent !== document.head && parent !== document.documentElement) parent.insertBefore(frame, script.nextSibling);
    else document.body.appendChild(frame);
  }
  if (document.readyState === 'loading' && (data.target || !document.body)) {
    document.addEventListener('DOMContentLoaded', place);
  } else {
    place();
  }
})();
