/*
 * Petites Annonces: place this script where the block should appear.
 *   <script src="https://ANNONCES-HOST/embed.js" data-region="28" data-per-category="4" async></script>
 * Optional attributes: data-categories (REAL_ESTATE,VEHICLES,GOODS), data-per-category, data-region,
 * data-department, data-postcode. The script adds an iframe of the block right after itself; the block
 * reports its height, and the iframe takes it, so the page never shows a scroll bar inside the block.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) {
    return;
  }
  var origin = new URL(script.src, document.baseURI).origin;
  var params = new URLSearchParams();
  [["categories", "data-categories"], ["perCategory", "data-per-category"], ["region", "data-region"],
    ["department", "data-department"], ["postcode", "data-postcode"]].forEach(function (p) {
    var value = script.getAttribute(p[1]);
    if (value) {
      params.set(p[0], value);
    }
  });
  var query = params.toString();
  var frame = document.createElement("iframe");
  frame.src = origin + "/widget" + (query ? "?" + query : "");
  frame.title = "Petites Annonces";
  frame.className = "annonces-widget";
  frame.setAttribute("scrolling", "no");
  frame.style.cssText = "display:block;width:100%;height:420px;border:0;overflow:hidden";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow || !data || data.type !== "annonces:resize") {
      return;
    }
    var height = Number(data.height);
    if (height > 0 && height < 20000) {
      frame.style.height = Math.ceil(height) + "px";
    }
  });
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
