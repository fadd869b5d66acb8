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
    'contactName', 'contactPhone', 'contactUrl', 'contactHours', 'reportUrl', 'exitUrl', 'localGroups', 'meetingFeeds', 'preview',
  ];
  var TITLES = {
    en: 'Pathways: find a recovery support group',
    es: 'Pathways: encuentre un grupo de apoyo para la recuperación',
  };
  var SAFE_EXIT = 'https://www.bbc.co.uk/weather';
  var attribute = function (key) {
    return 'data-' + key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
  };

  // Meeting feeds on this page's own site, which the frame may ask this loader to read (see relayFeed).
  var feeds = [];
  Object.keys(data).forEach(function (key) {
    var value = data[key];
    if (key === 'target') return;
    if (key === 'meetingFeeds') value = ownFeeds(value);
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
  // Geolocation only with meeting feeds: "use my location" sorts meetings by distance, in the frame.
  frame.setAttribute('allow', data.meetingFeeds ? 'clipboard-write; geolocation' : 'clipboard-write');
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
    } else if (message.type === 'pathways:feed-request') {
      relayFeed(String(message.url));
    }
  });

  /*
   * Meeting feeds: "group path CODE=group, …" (EMBEDDING.md). Each path (a word with a dot
   * or slash) is made absolute against this page, so the app knows which site it is on.
   * The app never contacts this site itself; it asks, and this loader reads only the feeds
   * named here, on this page's own origin, and passes the text on for the app to check.
   */
  function ownFeeds(value) {
    return value.split(',').map(function (entry) {
      return entry.trim().split(/\s+/).map(function (word) {
        if (!/[./]/.test(word) || /^[A-Za-z0-9-]+=/.test(word)) return word;
        try {
          var url = new URL(word, location.href);
          if (url.origin === location.origin) feeds.push(url.href);
          return url.href;
        } catch {
          return word;
        }
      }).join(' ');
    }).join(', ');
  }

  function relayFeed(url) {
    var reply = function (answer) {
      answer.type = 'pathways:feed';
      answer.url = url;
      frame.contentWindow.postMessage(answer, appOrigin);
    };
    if (feeds.indexOf(url) < 0) return reply({ error: 'the loader only reads feeds named in data-meeting-feeds on its own page' });
    fetch(url, { credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error(url + ' answered ' + response.status);
        if (Number(response.headers.get('Content-Length')) > 5e6) throw new Error(url + ' is larger than 5 MB');
        return response.text();
      })
      .then(function (text) {
        reply(text.length > 5e6 ? { error: url + ' is larger than 5 MB' } : { text: text });
      })
      .catch(function (error) {
        // A TypeError is a refused or failed request: most often the page's CSP lacks connect-src 'self'.
        reply({ error: 'the page could not read ' + url + ' (' + error.message + (error instanceof TypeError ? '; does its Content-Security-Policy allow connect-src \'self\'?' : '') + ')' });
      });
  }
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
