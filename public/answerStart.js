// Keeps the start of a new answer in view. Web Chat is set to stop scrolling when a new answer's
// first line reaches the top of the chat (autoScrollSnapOnPage), so a phone shows where a long
// answer begins, not only the buttons at its end. On a slow phone it can overshoot: when the
// answer arrives while the chat is still scrolling to the parent's own message, Web Chat counts
// the answer as already seen and scrolls past its start. So, once the scrolling has settled after
// the first reply to a parent's message, the page checks and, if the start is above the view,
// scrolls back to it. It never moves the chat once the parent has scrolled, tapped or used a key.
(function () {
  'use strict';
  var SETTLED_MS = 250; // no scrolling for this long counts as settled
  var GIVE_UP_MS = 4000; // after this, the parent has had the answer in front of them: leave it
  var EDGE_PX = 4; // a little of the message above shows, so the reader sees where the answer begins

  function create(mount) {
    var waitingForReply = false;
    var parentMoved = false;
    var watchId = 0;

    function scroller() {
      return mount.querySelector('.webchat__basic-transcript__scrollable');
    }

    // The first message after the parent's latest one: the start of the reply.
    function firstReplyElement() {
      var rows = mount.querySelectorAll('.webchat__basic-transcript__activity');
      var lastFromParent = -1;
      for (var i = 0; i < rows.length; i++) {
        if (rows[i].querySelector('.webchat__stacked-layout--from-user')) lastFromParent = i;
      }
      return lastFromParent >= 0 && lastFromParent + 1 < rows.length ? rows[lastFromParent + 1] : null;
    }

    function bringStartIntoView() {
      var area = scroller();
      var reply = firstReplyElement();
      if (!area || !reply) return;
      var above = area.getBoundingClientRect().top - reply.getBoundingClientRect().top;
      if (above > 1) area.scrollTop = Math.max(0, area.scrollTop - above - EDGE_PX);
    }

    // Each time the chat stops scrolling (Web Chat animates) once the reply is on screen, checks
    // its start, until the parent acts or GIVE_UP_MS passes. (On a busy phone the reply can be
    // drawn, and the chat pushed past it, well after the first quiet moment.)
    function watchUntilSettled() {
      var id = ++watchId;
      var startedAt = Date.now();
      var area = scroller();
      var lastTop = area ? area.scrollTop : 0;
      var stillSince = Date.now();
      var checked = false;
      function tick() {
        if (id !== watchId || parentMoved) return;
        var now = Date.now();
        if (now - startedAt > GIVE_UP_MS) return;
        area = scroller();
        if (!area) return;
        if (area.scrollTop !== lastTop) {
          lastTop = area.scrollTop;
          stillSince = now;
          checked = false;
        } else if (!checked && now - stillSince >= SETTLED_MS && firstReplyElement()) {
          bringStartIntoView();
          lastTop = area.scrollTop;
          checked = true;
        }
        window.requestAnimationFrame(tick);
      }
      window.requestAnimationFrame(tick);
    }

    // Anything the parent does to move or read the chat wins over this correction.
    function parentActed() {
      parentMoved = true;
    }
    ['wheel', 'touchstart', 'pointerdown', 'keydown'].forEach(function (type) {
      mount.addEventListener(type, function (event) {
        // Sending with Enter is a key press in the message box: that is not moving the chat.
        if (type === 'keydown' && event.target && event.target.getAttribute && event.target.getAttribute('data-id') === 'webchat-sendbox-input') return;
        parentActed();
      }, { passive: true, capture: true });
    });

    return {
      /** The parent has sent a message (typed, or a button). */
      parentSent: function () {
        waitingForReply = true;
        parentMoved = false;
        watchId++;
      },
      /** A message from the bot or an adviser has arrived (before Web Chat shows it). */
      replyArrived: function () {
        // Only the reply to the parent's message: later messages are theirs to scroll to.
        if (!waitingForReply) return;
        waitingForReply = false;
        watchUntilSettled();
      },
    };
  }

  window.SendNavigatorAnswerStart = { create: create };
})();
