// A page that always says something useful. Until the calculator mounts, the static header
// and a loading line show (from the first paint). If WebAssembly is missing (iOS Lockdown
// Mode, a locked-down WebView, `--js-flags=--jitless`), or loading or starting the module
// fails, the policy summary (generated at build time from the rules: `daijiao summary`) shows
// with the reason; if the calculator has not mounted after SLOW_MS, the summary shows as
// something to read meanwhile, and goes away when the calculator arrives.
// With scripting off, noscript.css shows the Chinese summary instead.
// Written in ES5, as a classic script, so that old engines run it too.
(function () {
  'use strict';
  var SLOW_MS = 6000;
  var d = document;
  var lang = /(^|&)lang=en(&|$)/.test(location.search.replace(/^\?/, '')) ? 'en' : 'zh';
  var mounted = false;
  var shown = null;
  var timer = null;

  function byId(id) { return d.getElementById(id); }
  function setHidden(el, hidden) { if (el) el.hidden = hidden; }

  // The English summary is not inline (the page's size budget): it is fetched when needed,
  // and the Chinese one stands in if it cannot be.
  function section(done) {
    var own = byId('dj-summary-' + lang);
    if (own || lang === 'zh') return done(own);
    var xhr = new XMLHttpRequest();
    xhr.open('GET', 'summary.en.html');
    xhr.onload = function () {
      var zh = byId('dj-summary-zh');
      if (xhr.status === 200 && zh && !byId('dj-summary-en')) {
        zh.insertAdjacentHTML('beforebegin', xhr.responseText);
      }
      done(byId('dj-summary-en') || zh);
    };
    xhr.onerror = function () { done(byId('dj-summary-zh')); };
    xhr.send();
  }

  function show(why) {
    if (mounted || shown === why || shown === 'nowasm') return;
    shown = why;
    section(function (s) {
      if (!s || mounted) return;
      var whys = s.querySelectorAll('.dj-summary-why');
      for (var i = 0; i < whys.length; i++) {
        whys[i].hidden = whys[i].getAttribute('data-why') !== why;
      }
      s.hidden = false;
      window.__djSummaryShown = why;
      if (why === 'nowasm') {
        setHidden(byId('dj-loading-zh'), true);
        setHidden(byId('dj-loading-en'), true);
      }
    });
  }

  function up() {
    mounted = true;
    if (timer) clearTimeout(timer);
    var hide = ['dj-loading-zh', 'dj-loading-en', 'dj-summary-zh', 'dj-summary-en'];
    for (var i = 0; i < hide.length; i++) setHidden(byId(hide[i]), true);
  }

  // The calculator has mounted when its own root (a .dj that is not the static header) is in.
  function isUp() {
    var roots = d.querySelectorAll('.dj');
    for (var i = 0; i < roots.length; i++) {
      if (roots[i].className.indexOf('dj-static') < 0) return true;
    }
    return false;
  }

  if (lang === 'en') {
    setHidden(byId('dj-loading-zh'), true);
    setHidden(byId('dj-loading-en'), false);
  }

  // Failures before the calculator is up are ours to explain, not uncaught errors.
  function failed(e) {
    if (mounted) return;
    if (e && e.preventDefault) e.preventDefault();
    show('nowasm');
  }
  // A script error before the calculator is up (the loader's, the module's: no WebAssembly, a
  // failed download, a module the engine cannot compile) is the calculator failing to start.
  // A rejected promise is only when it is WebAssembly's own error (other scripts' rejections,
  // such as a blocked service worker, are not the calculator's).
  window.addEventListener('error', function (e) {
    if (e instanceof ErrorEvent) failed(e);
  });
  window.addEventListener('unhandledrejection', function (e) {
    var w = window.WebAssembly;
    var r = e.reason;
    if (w && r && (r instanceof w.CompileError || r instanceof w.LinkError || r instanceof w.RuntimeError)) failed(e);
  });

  // No WebAssembly, or an engine too old for module scripts (which would ignore the
  // calculator's loader without a word).
  var modules = typeof HTMLScriptElement === 'function' && 'noModule' in HTMLScriptElement.prototype;
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function' || !modules) {
    show('nowasm');
    return;
  }
  if (isUp()) return up();
  timer = setTimeout(function () { if (!isUp()) show('slow'); }, SLOW_MS);
  if (typeof MutationObserver === 'function') {
    var watch = new MutationObserver(function () {
      if (isUp()) { watch.disconnect(); up(); }
    });
    watch.observe(d.body, { childList: true });
  } else {
    var poll = setInterval(function () { if (isUp()) { clearInterval(poll); up(); } }, 250);
  }
}());
