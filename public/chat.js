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
  var noticeEl = document.getElementById('who-notice');
  var BOT_NOTICE = noticeEl ? noticeEl.textContent : '';
  var answerStart = window.SendNavigatorAnswerStart.create(mount);
  var STILL_TYPING_DOTS = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="20"><g fill="#484949">'
    + '<circle cx="14" cy="10" r="5"/><circle cx="32" cy="10" r="5"/><circle cx="50" cy="10" r="5"/></g></svg>';

  function setStatus(text, problem) {
    statusEl.textContent = text;
    statusEl.classList.toggle('status--problem', Boolean(problem));
  }

  // ---- The connection, as it really is ----
  // Direct Line keeps saying "online" while its WebSocket is down and it is trying again (it
  // reconnects by itself, and what was missed arrives then). So the page watches the socket
  // itself: closed means "Connection lost. Trying to reconnect…", open again means "Connected".
  var connection = {
    state: 'connecting',
    socket: null,
    greeting: 'Connected. Type your question below.',
    up: function () {
      var wasDown = this.state === 'lost';
      this.state = 'connected';
      if (!wasDown) setStatus(this.greeting);
      else if (unsentMessages()) setStatus('Connected again. A message you wrote while the connection was lost did not go: press Retry under it to send it.');
      else setStatus('Connected again. You can carry on.');
    },
    down: function () {
      if (this.state === 'lost' || this.state === 'ended') return;
      this.state = 'lost';
      setStatus('Connection lost. Trying to reconnect… You can keep this page open: the chat carries on when the connection is back.', true);
    },
    end: function (text) {
      this.state = 'ended';
      setStatus(text, true);
    },
  };

  // The parent's messages Web Chat has not managed to send (it shows "Send failed. Retry." under them).
  function unsentMessages() {
    var activities = (chatStore && chatStore.getState().activities) || [];
    return activities.some(function (a) {
      return a.type === 'message' && a.from && a.from.role === 'user' && a.channelData && a.channelData.state && a.channelData.state !== 'sent';
    });
  }

  // Direct Line makes its WebSocket with `services.WebSocket` (botframework-directlinejs; Web Chat's
  // createDirectLine does not pass a WebSocket of our own through): the same socket, with two
  // listeners added. Returns false if that is not there (a later Direct Line), and the page then
  // goes by Direct Line's own status alone.
  function watchSocket(directLine) {
    var services = directLine && directLine.services;
    if (!services || typeof services.WebSocket !== 'function') return false;
    var NativeWebSocket = services.WebSocket;
    services.WebSocket = function (url, protocols) {
      var ws = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
      connection.socket = ws;
      ws.addEventListener('open', function () { connection.up(); });
      ws.addEventListener('close', function () { if (connection.socket === ws) connection.down(); });
      return ws;
    };
    return true;
  }

  // Direct Line's own status: 2 online, 4 failed to connect, 5 ended.
  function watchStatus(directLine, socketWatched) {
    if (!directLine || !directLine.connectionStatus$ || typeof directLine.connectionStatus$.subscribe !== 'function') return;
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === 2 && !socketWatched) connection.up();
      else if (status === 4) connection.end('Sorry, the chat could not connect. Please check your internet connection, then reload the page.');
      else if (status === 5) connection.end('This chat has ended. Press "Start a new conversation" to begin again.');
    });
  }
  // The device says it is offline: said at once (the socket may take a while to notice). Back
  // online with the socket still open, it is connected again; otherwise the socket's reopening says so.
  window.addEventListener('offline', function () { if (connection.state === 'connected') connection.down(); });
  window.addEventListener('online', function () {
    if (connection.state === 'lost' && connection.socket && connection.socket.readyState === 1) connection.up();
  });

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
    var safe = String(markdown == null ? '' : markdown).replace(/<(?!https?:\/\/[^\s<>]+>)/g, '&lt;')
      // Web Chat's Markdown turns "(c)" into a copyright sign: "r20(1)(c)" in a source must stay as it is.
      .replace(/\((c|r|tm|p)\)/gi, '\\($1)');
    return asDownloads(window.WebChat.renderMarkdown(safe, newLineOptions, linkOptions));
  }

  // A file to keep (a letter, a summary, a calendar file: /files/{id}/{name} on this service) is a
  // download, not a web page in a new window: its link says so ("…, download") and saves the file.
  var FILE_LINK = /\/files\/[A-Za-z0-9_-]{16,}\/[^\/?#]+$/;
  function asDownloads(html) {
    if (html.indexOf('/files/') === -1) return html;
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var changed = false;
    Array.prototype.forEach.call(doc.querySelectorAll('a[href]'), function (link) {
      if (!FILE_LINK.test(link.getAttribute('href'))) return;
      link.removeAttribute('target');
      link.setAttribute('download', '');
      link.setAttribute('aria-label', link.textContent.trim() + ', download');
      Array.prototype.forEach.call(link.querySelectorAll('img'), function (icon) { icon.remove(); });
      changed = true;
    });
    return changed ? doc.body.innerHTML : html;
  }

  // Keyboard users: after pressing a button inside a message (Enter or Space), the focus goes to
  // the message box, as Web Chat already does for the choice buttons under the messages, instead
  // of staying on a button that has done its job. A mouse or touch press leaves the focus alone
  // (no phone keyboard popping up).
  var pressedByKeyboard = false;
  mount.addEventListener('keydown', function (event) { pressedByKeyboard = event.key === 'Enter' || event.key === ' '; }, true);
  mount.addEventListener('pointerdown', function () { pressedByKeyboard = false; }, true);

  var chatStore = null;
  function createChatStore() {
    chatStore = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
            action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: prepareIncoming(action.payload.activity) }) });
          }
          var result = next(action);
          var sent = /^WEB_CHAT\/SEND_(MESSAGE|MESSAGE_BACK|POST_BACK)$/.test(action.type);
          if (sent) answerStart.parentSent();
          else if (isReplyToParent(action)) answerStart.replyArrived();
          var box = mount.querySelector('[data-id="webchat-sendbox-input"]');
          if (sent && pressedByKeyboard && box && document.activeElement !== box && mount.contains(document.activeElement)) {
            window.setTimeout(function () { box.focus(); }, 0);
          }
          return result;
        };
      };
    });
    return chatStore;
  }

  function isReplyToParent(action) {
    if (action.type !== 'DIRECT_LINE/INCOMING_ACTIVITY' || !action.payload || !action.payload.activity) return false;
    var activity = action.payload.activity;
    return activity.type === 'message' && !(activity.from && activity.from.role === 'user');
  }

  // ---- What arrives, before Web Chat shows it ----
  function prepareIncoming(activity) {
    var data = activity.channelData || {};
    if (data.sendNavigatorPresence) showWhoIsHere(data.sendNavigatorPresence);
    if (activity.type !== 'message') return activity;
    var prepared = withoutRepeatedFiles(activity);
    var sender = senderOf(prepared);
    if (sender) {
      // A screen reader hears who wrote it ("Sam, SENDIASS adviser, said: …"), not the bot's label.
      // The message on screen, and its text, are unchanged.
      prepared = Object.assign({}, prepared, { channelData: Object.assign({}, data, { 'webchat:fallback-text': adviserSaid(sender.name, prepared.text) }) });
    }
    return prepared;
  }

  // The files at the end of a guide are linked in the message text ("Files to keep: …", which
  // every channel shows) and also come as attachments. Shown twice, a screen reader read each
  // file twice, and the message said "3 attachments". The link in the text stays (in the sentence
  // that says what the file is, where the reader already is); the repeat is not shown.
  function withoutRepeatedFiles(activity) {
    var attachments = activity.attachments || [];
    var text = activity.text || '';
    var kept = attachments.filter(function (a) {
      var isCard = a && /^application\/vnd\.microsoft\.card\./.test(a.contentType || '');
      return !(a && a.contentUrl && !isCard && text.indexOf(a.contentUrl) !== -1);
    });
    return kept.length === attachments.length ? activity : Object.assign({}, activity, { attachments: kept });
  }

  function senderOf(activity) {
    var sender = activity && activity.channelData && activity.channelData.sendNavigatorSender;
    return sender && sender.role === 'adviser' ? { name: typeof sender.name === 'string' ? sender.name : '' } : null;
  }

  function adviserSaid(name, text) {
    // The message starts with the adviser's name in bold ("**Sam (SENDIASS adviser):** …"): said once is enough.
    var words = plainText(String(text || '').replace(/^\s*\*\*[^*\n]{0,100}\(SENDIASS adviser\):\*\*\s*/, ''));
    return (name ? name + ', SENDIASS adviser,' : 'A SENDIASS adviser') + ' said: ' + words;
  }

  function plainText(markdown) {
    var html = renderMarkdownAsText(markdown, { markdownRespectCRLF: true }, {})
      .replace(/<\/(p|li|h[1-6]|div|blockquote|pre)>|<br\s*\/?>/gi, '$& ');
    var text = new DOMParser().parseFromString(html, 'text/html').body.textContent || '';
    return text.replace(/\s+/g, ' ').trim();
  }

  // The notice above the chat says who is in it: the computer program, or also a person.
  function showWhoIsHere(presence) {
    if (!noticeEl) return;
    var person = Boolean(presence.adviser);
    var name = typeof presence.name === 'string' && presence.name ? presence.name : '';
    noticeEl.textContent = person
      ? (name ? name + ', an adviser from SENDIASS, has joined this chat. ' + name + ' is a real person.' : 'An adviser from SENDIASS, a real person, has joined this chat.')
        + ' Anything you type now goes to them. If anyone is in danger, call 999.'
      : BOT_NOTICE;
    noticeEl.classList.toggle('notice--person', person);
  }

  // The adviser's avatar and bubble. Web Chat's middleware returns React elements, and its bundle
  // does not share React: an element is a plain object, marked as one with the same tag that Web
  // Chat's own elements carry.
  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol.for ? Symbol.for('react.element') : 0xeac7;
  function element(type, props, children) {
    return { $$typeof: REACT_ELEMENT, type: type, key: null, ref: null, props: Object.assign({}, props, { children: children }), _owner: null };
  }

  function initialOf(name) {
    var letter = String(name || '').trim().charAt(0).toUpperCase();
    return letter || 'A';
  }

  var adviserAvatarMiddleware = function () {
    return function (next) {
      return function (args) {
        var render = next(args);
        var sender = !args.fromUser && senderOf(args.activity);
        if (!sender || !render) return render;
        return function () { return element('div', { className: 'adviser-avatar', 'aria-hidden': 'true' }, initialOf(sender.name)); };
      };
    };
  };

  var adviserActivityMiddleware = function () {
    return function (next) {
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var render = next.apply(null, args);
        var first = args[0] || {};
        if (!render || !senderOf(first.activity)) return render;
        return function () {
          return element('div', { className: 'adviser-message' }, render.apply(null, arguments));
        };
      };
    };
  };

  // Web Chat puts messages from one sender together under one avatar; to it, the adviser's
  // messages come from the bot. Each run of the adviser's messages is a group of its own.
  var groupBySpeakerMiddleware = function () {
    return function (next) {
      return function (options) {
        var groups = next(options);
        if (!groups || !Array.isArray(groups.sender)) return groups;
        var bySpeaker = [];
        groups.sender.forEach(function (group) {
          var run = [];
          group.forEach(function (activity) {
            if (run.length && Boolean(senderOf(run[run.length - 1])) !== Boolean(senderOf(activity))) {
              bySpeaker.push(run);
              run = [];
            }
            run.push(activity);
          });
          if (run.length) bySpeaker.push(run);
        });
        return Object.assign({}, groups, { sender: bySpeaker });
      };
    };
  };

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

  function render(chat) {
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
      // On a 320 px phone a smaller avatar leaves the choices room to fit on fewer lines.
      avatarSize: window.matchMedia && window.matchMedia('(max-width: 22rem)').matches ? 28 : 40,
      // When an answer arrives, the chat stops scrolling once the answer's first line reaches the
      // top, so a phone shows the start of the answer, not only the buttons at its end ("New
      // messages" takes the reader on down).
      autoScrollSnapOnPage: true,
    };
    // "Typing…" is an animated picture; people who ask for less motion get three still dots.
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
      styleOptions.typingAnimationBackgroundImage = 'url("data:image/svg+xml,' + encodeURIComponent(STILL_TYPING_DOTS) + '")';
    }
    var socketWatched = watchSocket(chat.directLine);
    watchStatus(chat.directLine, socketWatched);
    connection.greeting = takeNotice() || (chat.resumed ? 'Connected. Your conversation has been restored.' : 'Connected. Type your question below.');
    window.WebChat.renderWebChat({
      directLine: chat.directLine,
      userID: chat.userId,
      username: 'You',
      locale: 'en-GB',
      overrideLocalizedStrings: function (strings) {
        // Web Chat starts every message from the bot with one label, "Bot SN said:", for the bot and
        // for an adviser alike. A person must not be announced as the bot, so that label is dropped
        // and an adviser's message names its writer itself ("Sam, SENDIASS adviser, said: …"); the
        // parent's own messages still start "You said:". (A space: an empty string means "default".)
        return Object.assign({}, strings, { GLOBALIZE: britishGlobalize(), ACTIVITY_BOT_SAID_ALT: ' ' });
      },
      styleOptions: styleOptions,
      renderMarkdown: renderMarkdownAsText,
      store: createChatStore(),
      avatarMiddleware: adviserAvatarMiddleware,
      activityMiddleware: adviserActivityMiddleware,
      groupActivitiesMiddleware: groupBySpeakerMiddleware,
    }, mount);
  }

  // The chat takes the rest of the first screen (see #webchat in styles.css): where it starts
  // depends on the text size and how the notices wrap, so it is measured, again whenever that changes.
  function fitChatToScreen() {
    var root = document.documentElement;
    function measure() {
      var top = mount.getBoundingClientRect().top + window.scrollY;
      var styles = window.getComputedStyle(statusEl);
      var below = statusEl.offsetHeight + parseFloat(styles.marginTop) + parseFloat(styles.marginBottom) + 4;
      root.style.setProperty('--chat-top', Math.round(top) + 'px');
      root.style.setProperty('--chat-below', Math.ceil(below) + 'px');
    }
    measure();
    window.addEventListener('resize', measure);
    if (window.ResizeObserver) {
      var watcher = new ResizeObserver(measure);
      [document.querySelector('.exit-bar'), document.querySelector('.site-header'), noticeEl, document.querySelector('.exit-hint'), statusEl]
        .forEach(function (el) { if (el) watcher.observe(el); });
    }
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
    fitChatToScreen();
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

  // The server is told this conversation is over first, so a request to talk to an adviser ends
  // (nobody is left waiting in the queue for a page that has moved on). Nothing is deleted.
  document.getElementById('new-chat').addEventListener('click', function () {
    // One tap mid-way through a letter, or while waiting for an adviser, must not lose it unasked.
    if (!window.confirm('Start a new conversation? This one ends here, and any request to talk to an adviser stops. Save any letter or dates you want to keep first.')) return;
    var conv = saved();
    try { sessionStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
    if (!conv || conv.mode !== 'local') { location.reload(); return; }
    var left = fetch(LOCAL_BASE + '/conversations/' + encodeURIComponent(conv.conversationId) + '/leave', {
      method: 'POST', keepalive: true, headers: { Authorization: 'Bearer ' + conv.token },
    }).catch(function () { /* the server forgets it later anyway */ });
    // A slow server must not keep the parent from their new conversation.
    Promise.race([left, new Promise(function (resolve) { window.setTimeout(resolve, 3000); })]).then(function () { location.reload(); });
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
