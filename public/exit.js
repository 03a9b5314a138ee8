// "Exit this page": leaves for a neutral site at once, for a parent who is interrupted on a
// shared device or is at risk. The page is blanked first, this tab forgets its conversation, and
// location.replace swaps this page out of the history, so Back does not bring it back.
// Works from the button and from the Escape key pressed 3 times within 2 seconds.
(function () {
  'use strict';
  var EXIT_URL = 'https://www.bbc.co.uk/weather';
  var link = document.getElementById('exit-page');
  var escapes = [];

  function exitNow(event) {
    if (event) event.preventDefault();
    try { sessionStorage.clear(); } catch (e) { /* nothing stored */ }
    document.title = 'BBC Weather';
    document.body.innerHTML = '';
    window.location.replace(EXIT_URL);
  }

  if (link) link.addEventListener('click', exitNow);

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 2000; });
    escapes.push(now);
    if (escapes.length >= 3) exitNow(event);
  }, true);
})();
