// Host side of the iframe embed: resize the iframe to the height the calculator posts.
// Accept the message only from our iframe's window and from the calculator's origin.
(function () {
  var frame = document.getElementById('daijiao-frame');
  var origin = new URL(frame.src, location.href).origin;
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    var d = e.data;
    if (!d || d.type !== 'daijiao:height' || typeof d.height !== 'number' || !(d.height > 0) || d.height > 100000) return;
    frame.style.height = Math.ceil(d.height) + 'px';
  });
})();
