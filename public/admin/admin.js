/*
 * Small helps for the knowledge-base admin pages. Everything works without this script: it only
 * moves focus to the error summary when a page opens with problems, and makes the summary's
 * links put the cursor in the field at fault (not just scroll to it).
 */
(function () {
  'use strict';

  function focusOnLoad() {
    var box = document.querySelector('[data-focus-on-load]');
    if (box) box.focus();
  }

  function linkErrorsToFields() {
    var links = document.querySelectorAll('.error-summary a[href^="#"]');
    Array.prototype.forEach.call(links, function (link) {
      link.addEventListener('click', function (event) {
        var target = document.getElementById(link.getAttribute('href').slice(1));
        if (!target) return;
        event.preventDefault();
        // Show the field's label (or legend) too, so the person can see which field it is.
        var holder = target.closest('.field') || target;
        holder.scrollIntoView();
        target.focus({ preventScroll: true });
      });
    });
  }

  function start() {
    linkErrorsToFields();
    focusOnLoad();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
