/*
 * Pathways, before the app is live (loaded async from every page's <head>; no inline
 * script, so the strict CSP holds). The pages arrive pre-rendered, so "Exit this page" and
 * "Start now" are on screen while the app's own code is still downloading (seconds on a slow
 * phone). Until <html data-app="live"> (src/main.tsx), this file:
 *   - makes Exit leave with location.replace, as the live app does, so Back does not return
 *     (as a plain link it would add an entry); Shift pressed three times does the same;
 *   - remembers a press on "Start now" (data-start-pressed on <html>), which the live start
 *     page honours (src/ui/early-start.ts).
 * Without JavaScript, Exit stays a plain link: it still leaves, but Back returns.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var live = function () { return root.getAttribute('data-app') === 'live'; };
  var leaving = false;

  function leave(url) {
    if (leaving) return;
    leaving = true;
    try {
      [localStorage, sessionStorage].forEach(function (store) {
        Object.keys(store).forEach(function (key) { if (key.indexOf('pathways.') === 0) store.removeItem(key); });
      });
    } catch { /* storage blocked: nothing to clear */ }
    if (document.body) document.body.hidden = true;
    if (window.top !== window.self) {
      // In an embed the loader (embed.js) leaves the whole host page; without one, try the top window.
      window.parent.postMessage({ type: 'pathways:exit', url: url }, '*');
      setTimeout(function () {
        try { window.top.location.replace(url); } catch { window.location.replace(url); }
      }, 400);
    } else {
      window.location.replace(url);
    }
  }

  function exitUrl() {
    var link = document.querySelector('.quick-exit__button');
    return (link && link.href) || 'https://www.bbc.co.uk/weather';
  }

  document.addEventListener('click', function (event) {
    if (live() || !event.target || !event.target.closest) return;
    var exit = event.target.closest('.quick-exit__button');
    if (exit) {
      event.preventDefault();
      leave(exit.href);
    } else if (event.target.closest('[data-prerendered] .button--start')) {
      root.setAttribute('data-start-pressed', '');
    }
  }, true);

  var presses = [];
  document.addEventListener('keydown', function (event) {
    if (live()) return;
    if (event.key !== 'Shift') { presses = []; return; }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 2000; }).concat(now);
    if (presses.length >= 3) leave(exitUrl());
  }, true);
})();
