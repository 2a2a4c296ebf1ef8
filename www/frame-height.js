// When the page runs inside an iframe, it tells its parent its content height so that the
// parent can size the iframe and never show a scrollbar. Message: {type: "daijiao:height",
// height: <CSS pixels>}. Only the height is ever posted, never an answer. With ?parent=ORIGIN
// the message goes to that origin only.
if (window.parent !== window) {
  const wanted = new URLSearchParams(location.search).get('parent');
  const target = wanted ? new URL(wanted).origin : '*';
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'daijiao:height', height }, target);
    }
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('load', post);
}
