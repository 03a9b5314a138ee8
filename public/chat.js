// Connects the page to the bot: the local Direct Line by default, or Azure's when configured.
// The conversation id and token are kept for this browser tab only (sessionStorage), so a
// reload carries on the same conversation, and so does a server restart: the server keeps
// conversations in its database (for the retention period set on the privacy page).
// Closing the tab forgets them. "Clear this conversation" deletes it on the server too.
(function () {
  'use strict';
  var STORAGE_KEY = 'send-navigator.conversation';
  var NOTICE_KEY = 'send-navigator.notice';
  var LOCAL_BASE = location.origin + '/v3/directline';
  var statusEl = document.getElementById('chat-status');
  var mount = document.getElementById('webchat');
  var STILL_TYPING_DOTS = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="20"><g fill="#484949">'
    + '<circle cx="14" cy="10" r="5"/><circle cx="32" cy="10" r="5"/><circle cx="50" cy="10" r="5"/></g></svg>';

  function setStatus(text) { statusEl.textContent = text; }

  function saved() {
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null'); } catch (e) { return null; }
  }

  function save(conv) {
    try { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(conv)); } catch (e) { /* private mode: no resume */ }
  }

  function postJson(url, body, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}) });
  }

  function startLocal() {
    var previous = saved();
    var base = LOCAL_BASE;
    var resume = previous && previous.mode === 'local'
      ? fetch(base + '/conversations/' + encodeURIComponent(previous.conversationId), { headers: { Authorization: 'Bearer ' + previous.token } })
          .then(function (r) { return r.ok ? r.json() : null; })
          .catch(function () { return null; })
      : Promise.resolve(null);
    return resume.then(function (existing) {
      if (existing) return { conversationId: existing.conversationId, token: existing.token, userId: previous.userId, resumed: true };
      return postJson(base + '/conversations').then(function (r) {
        if (r.status === 429) throw new Error('busy');
        if (!r.ok) throw new Error('start failed: ' + r.status);
        return r.json();
      });
    }).then(function (conv) {
      save({ mode: 'local', conversationId: conv.conversationId, token: conv.token, userId: conv.userId });
      return {
        directLine: window.WebChat.createDirectLine({ domain: base, token: conv.token, conversationId: conv.conversationId, webSocket: true }),
        userId: conv.userId,
        resumed: conv.resumed,
      };
    });
  }

  function startAzure() {
    return postJson('/api/directline/token').then(function (r) {
      if (!r.ok) throw new Error('token failed: ' + r.status);
      return r.json();
    }).then(function (t) {
      return { directLine: window.WebChat.createDirectLine({ token: t.token, domain: t.domain }), userId: undefined, resumed: false };
    });
  }

  // Web Chat shows messages as Markdown and lets some HTML through. Nothing anyone types (a
  // parent, an adviser) may become HTML: "<" is shown as the character itself, so markup appears
  // exactly as typed; Markdown (bold, lists, links, <https://...> links) still works.
  function renderMarkdownAsText(markdown, newLineOptions, linkOptions) {
    var safe = String(markdown == null ? '' : markdown).replace(/<(?!https?:\/\/[^\s<>]+>)/g, '&lt;');
    return window.WebChat.renderMarkdown(safe, newLineOptions, linkOptions);
  }

  // Keyboard users: after pressing a button inside a message (Enter or Space), the focus goes to
  // the message box, as Web Chat already does for the choice buttons under the messages, instead
  // of staying on a button that has done its job. A mouse or touch press leaves the focus alone
  // (no phone keyboard popping up).
  var pressedByKeyboard = false;
  mount.addEventListener('keydown', function (event) { pressedByKeyboard = event.key === 'Enter' || event.key === ' '; }, true);
  mount.addEventListener('pointerdown', function () { pressedByKeyboard = false; }, true);

  function createStoreThatMovesKeyboardFocus() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          var result = next(action);
          var sent = /^WEB_CHAT\/SEND_(MESSAGE|MESSAGE_BACK|POST_BACK)$/.test(action.type);
          var box = mount.querySelector('[data-id="webchat-sendbox-input"]');
          if (sent && pressedByKeyboard && box && document.activeElement !== box && mount.contains(document.activeElement)) {
            window.setTimeout(function () { box.focus(); }, 0);
          }
          return result;
        };
      };
    });
  }

  // Web Chat formats dates with its American English data whatever the locale (it ships no
  // en-GB), so message times read "November 24 at 2:32 AM". These formatters take its place:
  // British English, in London time (the service's time zone, whatever the device says), as
  // GOV.UK writes times: "24 November at 2:32pm".
  function britishGlobalize() {
    var LONDON = 'Europe/London';
    var parts = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', hourCycle: 'h12' });
    var plurals = new Intl.PluralRules('en-GB');
    function part(list, type) {
      for (var i = 0; i < list.length; i++) if (list[i].type === type) return list[i].value;
      return '';
    }
    return {
      dateFormatter: function () {
        return function (date) {
          var p = parts.formatToParts(new Date(date));
          return part(p, 'day') + ' ' + part(p, 'month') + ' at ' + part(p, 'hour') + ':' + part(p, 'minute') + part(p, 'dayPeriod').replace(/\s|\./g, '').toLowerCase();
        };
      },
      relativeTimeFormatter: function (unit) {
        var relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
        return function (value) { return relative.format(value, unit); };
      },
      unitFormatter: function (unit, options) {
        var number = new Intl.NumberFormat('en-GB', { style: 'unit', unit: unit, unitDisplay: (options && options.form) || 'long' });
        return function (value) { return number.format(value); };
      },
      plural: function (n) { return plurals.select(n); },
    };
  }

  function render(connection) {
    var styleOptions = {
      accent: '#1d4f91',
      primaryFont: 'Arial, Helvetica, sans-serif',
      bubbleBackground: '#f3f2f1',
      bubbleFromUserBackground: '#dbe7f5',
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      suggestedActionLayout: 'flow',
      hideUploadButton: true,
      botAvatarInitials: 'SN',
      userAvatarInitials: 'You',
      timestampFormat: 'absolute',
      // Accessibility (WCAG 2.2 AA): grey text darker than Web Chat's #767676 (timestamps are
      // small), and the page's own focus style (black and yellow, solid, thick) on Web Chat's
      // controls in place of its thin grey dashes. The rest is in styles.css.
      subtle: '#484949',
      timestampColor: '#484949',
      transcriptVisualKeyboardIndicatorColor: '#0b0c0c',
      transcriptVisualKeyboardIndicatorWidth: 3,
      transcriptActivityVisualKeyboardIndicatorColor: '#0b0c0c',
      transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
      transcriptActivityVisualKeyboardIndicatorWidth: 2,
      suggestedActionBackgroundColorOnFocus: '#ffdd00',
      suggestedActionTextColorOnFocus: '#0b0c0c',
      suggestedActionKeyboardFocusIndicatorBorderColor: '#0b0c0c',
      suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
      suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
      suggestedActionsVisualKeyboardIndicatorColor: '#0b0c0c',
      suggestedActionsVisualKeyboardIndicatorWidth: 3,
      sendBoxButtonKeyboardFocusIndicatorBorderColor: '#0b0c0c',
      sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
      // The message box needs an edge people can see (3:1 against white, not Web Chat's pale grey).
      sendBoxBorderTop: 'solid 2px #484949',
      sendBoxPlaceholderColor: '#595959',
      // Web Chat's 250 px minimum is wider than a message has room for on a 320 px screen (or at
      // 400% zoom): cards were cut off at the right. Messages still grow to 480 px where there is room.
      bubbleMinWidth: 0,
      // Many long choices, wrapped on a narrow screen, pushed the message box out of sight: the
      // choices now scroll in their own area (their buttons take the focus, so keyboards reach them).
      suggestedActionsFlowMaxHeight: 'min(40vh, 20rem)',
    };
    // "Typing…" is an animated picture; people who ask for less motion get three still dots.
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      styleOptions.typingAnimationBackgroundImage = 'url("data:image/svg+xml,' + encodeURIComponent(STILL_TYPING_DOTS) + '")';
    }
    window.WebChat.renderWebChat({
      directLine: connection.directLine,
      userID: connection.userId,
      username: 'You',
      locale: 'en-GB',
      overrideLocalizedStrings: function (strings) { return Object.assign({}, strings, { GLOBALIZE: britishGlobalize() }); },
      styleOptions: styleOptions,
      renderMarkdown: renderMarkdownAsText,
      store: createStoreThatMovesKeyboardFocus(),
    }, mount);
    setStatus(takeNotice() || (connection.resumed ? 'Connected. Your conversation has been restored.' : 'Connected. Type your question below.'));
  }

  // A message for the next page load (after clearing, the page reloads).
  function takeNotice() {
    try {
      var notice = sessionStorage.getItem(NOTICE_KEY);
      sessionStorage.removeItem(NOTICE_KEY);
      return notice;
    } catch (e) { return null; }
  }

  function leaveNotice(text) {
    try { sessionStorage.setItem(NOTICE_KEY, text); } catch (e) { /* private mode: no notice */ }
  }

  function start() {
    setStatus('Connecting…');
    fetch('/api/chat-config').then(function (r) { return r.json(); }).then(function (cfg) {
      if (cfg.mode === 'azure') return startAzure();
      if (cfg.mode === 'local') return startLocal();
      throw new Error('chat is switched off');
    }).then(render).catch(function (err) {
      setStatus(err && err.message === 'busy'
        ? 'Too many chats have started from your connection. Please wait a minute, then reload the page.'
        : 'Sorry, the chat could not start. Please reload the page to try again.');
    });
  }

  document.getElementById('new-chat').addEventListener('click', function () {
    try { sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
    location.reload();
  });

  // Deletes this conversation on the server (what was said, where you were in a guided flow, any
  // request to talk to an adviser and its transcript), then starts afresh.
  document.getElementById('clear-chat').addEventListener('click', function () {
    if (!window.confirm('Clear this conversation? This deletes everything in it, on this page and on our server. You cannot undo this.')) return;
    var conv = saved();
    var finish = function (deleted) {
      try { sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
      leaveNotice(deleted
        ? 'Your conversation has been deleted. You can start again below.'
        : 'Your conversation has been cleared from this page. Anything kept on our server is deleted automatically (see the privacy notice). You can start again below.');
      location.reload();
    };
    if (!conv || conv.mode !== 'local') { finish(!conv); return; }
    setStatus('Deleting your conversation…');
    fetch(LOCAL_BASE + '/conversations/' + encodeURIComponent(conv.conversationId), {
      method: 'DELETE',
      headers: { Authorization: 'Bearer ' + conv.token },
    }).then(function (r) { finish(r.ok); }, function () { finish(false); });
  });

  start();
})();
