// Starts Pagefind's search box. Everything else on the site works without JavaScript.
// Each period of digests has its own search index (see broker/search.py); the first
// listed is the box's own and the others are merged into it, so one search covers all.
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (typeof PagefindUI === "undefined") {
    box.textContent = "Search is not available on this copy of the site. You can read every digest from the list of groups.";
    return;
  }
  var bundles = box.getAttribute("data-bundles").split(" ").map(function (relative) {
    return new URL(relative, window.location.href).pathname;  // Pagefind wants paths from the site's root
  });
  new PagefindUI({
    element: "#search", showImages: false, resetStyles: false, bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) { return { bundlePath: path }; })
  });
});
