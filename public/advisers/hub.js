// The adviser hub: the queue (live through Server-Sent Events, or the Refresh button), taking a
// conversation, chatting with the parent, notes, call-backs and finishing. Everything a parent or
// an adviser typed is put on the page with textContent, never as HTML.
// When the session ends (it expired, the adviser signed out elsewhere, the account was switched
// off) the page says so and keeps what the adviser was typing (in this tab's sessionStorage), to
// put it back after they sign in again to the same conversation.
(function () {
  'use strict';
  var CSRF = document.querySelector('meta[name="csrf-token"]').getAttribute('content');
  var SETTINGS_KEY = 'send-navigator.hub.alerts';
  var DRAFTS_KEY = 'send-navigator.hub.drafts';
  var SIGNED_OUT_TEXT = 'You have been signed out. Sign in again to carry on.';
  var STATUS_TEXT = { waiting: 'Waiting', 'callback-requested': 'Asked for a call-back', 'with-adviser': 'With an adviser', closed: 'Finished' };
  var OUTCOME_TEXT = {
    'closed-by-adviser': 'closed by an adviser', 'returned-to-bot': 'handed back to the bot', 'parent-left': 'the parent left the chat',
    expired: 'ended after no reply', 'contact-centre-completed': 'finished in the contact centre', 'contact-centre-failed': 'the contact centre could not take it',
  };

  var $ = function (id) { return document.getElementById(id); };
  var statusEl = $('hub-status');
  var current = null; // the conversation on screen: its view from the server
  var shownEntries = {}; // transcript entries already on screen, so a live echo is not shown twice
  var signedOut = false;
  var liveSource = null;

  // ---- Small helpers -------------------------------------------------------------------------

  function announce(text) {
    // Clear first so the same words said twice are announced twice.
    statusEl.textContent = '';
    window.setTimeout(function () { statusEl.textContent = text; }, 50);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function api(method, url, body) {
    var headers = { Accept: 'application/json' };
    if (method !== 'GET') { headers['Content-Type'] = 'application/json'; headers['X-CSRF-Token'] = CSRF; }
    return fetch(url, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 401) { showSignedOut(); throw new Error(SIGNED_OUT_TEXT); }
        return r.json().catch(function () { return {}; }).then(function (data) { return { status: r.status, ok: r.ok, data: data }; });
      });
  }

  // ---- Drafts: what the adviser is typing, per conversation, kept for this tab only ------------

  function readDrafts() {
    try { return JSON.parse(sessionStorage.getItem(DRAFTS_KEY) || '{}') || {}; } catch (e) { return {}; }
  }
  function writeDraft(handoffId, field, text) {
    if (!handoffId) return;
    var drafts = readDrafts();
    var mine = drafts[handoffId] || {};
    if (text) mine[field] = text; else delete mine[field];
    if (Object.keys(mine).length) drafts[handoffId] = mine; else delete drafts[handoffId];
    try { sessionStorage.setItem(DRAFTS_KEY, JSON.stringify(drafts)); } catch (e) { /* private mode: not kept */ }
  }
  function draftFor(handoffId, field) {
    var mine = readDrafts()[handoffId];
    return (mine && mine[field]) || '';
  }
  function hasDraft() {
    return Boolean(current && (draftFor(current.id, 'message') || draftFor(current.id, 'note')));
  }

  // ---- Signed out ----------------------------------------------------------------------------

  // The session has ended: say so (once), stop the live updates and offer to sign in again, back
  // to the same conversation, where the kept reply is put back in the box.
  function showSignedOut() {
    if (current) {
      writeDraft(current.id, 'message', $('message-text').value.trim() ? $('message-text').value : '');
      writeDraft(current.id, 'note', $('note-text').value.trim() ? $('note-text').value : '');
    }
    var back = '/advisers' + (current ? '?open=' + encodeURIComponent(current.id) : '');
    $('sign-in-again').href = '/advisers/sign-in?session-ended&next=' + encodeURIComponent(back);
    $('signed-out-draft').hidden = !hasDraft();
    $('live-state').textContent = 'Live updates are off: you have been signed out.';
    if (liveSource) { liveSource.close(); liveSource = null; }
    if (signedOut) { $('sign-in-again').focus(); return; }
    signedOut = true;
    document.body.classList.add('is-signed-out');
    $('signed-out').hidden = false;
    document.title = 'Signed out – Adviser hub – SEND Navigator';
  }

  function checkSession() {
    return api('GET', '/api/advisers/session').catch(function () { /* signed out: already said */ });
  }

  function minutesText(fromIso) {
    var minutes = Math.max(0, Math.floor((Date.now() - new Date(fromIso).getTime()) / 60000));
    if (minutes < 1) return 'less than a minute';
    if (minutes < 60) return minutes + (minutes === 1 ? ' minute' : ' minutes');
    var hours = Math.floor(minutes / 60);
    var rest = minutes % 60;
    return hours + (hours === 1 ? ' hour' : ' hours') + (rest ? ' ' + rest + (rest === 1 ? ' minute' : ' minutes') : '');
  }

  function clockTime(iso) {
    return new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  }

  function statusText(item) {
    if (item.status === 'with-adviser' && item.adviser) return item.adviser.isMe ? 'With you' : 'With ' + item.adviser.firstName;
    return STATUS_TEXT[item.status] || item.status;
  }

  // ---- Alert settings ------------------------------------------------------------------------

  function loadSettings() {
    try { return Object.assign({ sound: true, banner: true }, JSON.parse(localStorage.getItem(SETTINGS_KEY) || '{}')); } catch (e) { return { sound: true, banner: true }; }
  }
  var settings = loadSettings();
  $('alert-sound').checked = settings.sound;
  $('alert-banner').checked = settings.banner;
  function saveSettings() {
    settings = { sound: $('alert-sound').checked, banner: $('alert-banner').checked };
    try { localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings)); } catch (e) { /* private mode: not remembered */ }
    announce('Alert settings saved.');
  }
  $('alert-sound').addEventListener('change', saveSettings);
  $('alert-banner').addEventListener('change', saveSettings);

  // Browsers only allow sound after the person has used the page, so the audio starts on first use.
  var audio = null;
  function unlockAudio() {
    if (audio || !(window.AudioContext || window.webkitAudioContext)) return;
    try { audio = new (window.AudioContext || window.webkitAudioContext)(); } catch (e) { audio = null; }
  }
  document.addEventListener('click', unlockAudio, { once: true });
  document.addEventListener('keydown', unlockAudio, { once: true });

  function chime() {
    if (!audio) return;
    if (audio.state === 'suspended') audio.resume();
    [660, 880].forEach(function (freq, i) {
      var start = audio.currentTime + i * 0.18;
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.15, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
      osc.connect(gain).connect(audio.destination);
      osc.start(start);
      osc.stop(start + 0.17);
    });
  }

  // The banner is about the new parents nobody has taken yet: it goes once they have been taken
  // (or have left), and says how many are still waiting.
  var bannerIds = {};
  function showBannerCount() {
    var count = Object.keys(bannerIds).length;
    if (!count) { $('new-parent-banner').hidden = true; return; }
    $('new-parent-banner').querySelector('strong').textContent = count === 1 ? 'A new parent is waiting.' : count + ' new parents are waiting.';
  }
  function forgetForBanner(handoffId) {
    if (!bannerIds[handoffId]) return;
    delete bannerIds[handoffId];
    showBannerCount();
  }
  // After each load of the queue: only those still waiting for someone, and still in the chat.
  function pruneBanner(items) {
    var stillWaiting = {};
    items.forEach(function (i) { if (i.status !== 'with-adviser' && !parentGone(i)) stillWaiting[i.id] = true; });
    Object.keys(bannerIds).forEach(function (id) { if (!stillWaiting[id]) delete bannerIds[id]; });
    showBannerCount();
  }

  function newParentAlert(handoffId) {
    announce('A new parent is waiting in the queue.');
    if (settings.sound) chime();
    if (settings.banner) {
      bannerIds[handoffId] = true;
      showBannerCount();
      $('new-parent-detail').textContent = (Object.keys(bannerIds).length > 1 ? 'The latest joined at ' : 'Joined at ') + clockTime(new Date().toISOString()) + '.';
      var banner = $('new-parent-banner');
      banner.hidden = false;
      banner.classList.remove('pulse');
      void banner.offsetWidth; // restart the animation (turned off for reduced motion in the CSS)
      banner.classList.add('pulse');
    }
  }
  $('dismiss-banner').addEventListener('click', function () {
    bannerIds = {};
    $('new-parent-banner').hidden = true;
    $('queue-heading').focus();
  });

  // ---- The queue -----------------------------------------------------------------------------

  function parentGone(item) { return item.parent && item.parent.presence === 'gone'; }

  function queueItem(item) {
    var gone = parentGone(item) && item.kind !== 'callback';
    var li = el('li', 'queue-item' + (item.safeguarding ? ' is-safeguarding' : '') + (gone ? ' is-gone' : '') + (item.id === (current && current.id) ? ' is-open' : ''));
    li.dataset.id = item.id;
    var head = el('div', 'item-head');
    head.appendChild(el('h3', 'item-topic', item.topic));
    var badges = el('p', 'badges');
    if (item.safeguarding) badges.appendChild(el('span', 'badge badge-safeguarding', 'Safeguarding'));
    badges.appendChild(el('span', 'badge badge-priority-' + item.priority, 'Priority ' + item.priority));
    if (item.kind === 'callback' && item.status !== 'callback-requested') badges.appendChild(el('span', 'badge', 'Call-back request'));
    badges.appendChild(el('span', 'badge', statusText(item)));
    if (gone) badges.appendChild(el('span', 'badge badge-gone', 'Left the chat'));
    head.appendChild(badges);
    li.appendChild(head);
    if (item.reasonText !== item.topic) li.appendChild(el('p', 'reason', item.reasonText));
    if (parentGone(item)) {
      li.appendChild(el('p', 'gone-note', 'Not in the chat since ' + clockTime(item.parent.goneSince) + '.'
        + (item.status === 'waiting' ? ' They do not count in other parents\' places in the queue.' : '')));
    }
    var waiting = el('p', 'waiting');
    waiting.appendChild(document.createTextNode('Waiting '));
    var since = el('span', 'since', minutesText(item.createdAt));
    since.dataset.since = item.createdAt;
    waiting.appendChild(since);
    waiting.appendChild(document.createTextNode(' (since ' + clockTime(item.createdAt) + ')'));
    li.appendChild(waiting);
    if (item.callback) {
      var cb = item.callback.done
        ? 'Call-back done'
        : 'Asked for a call-back by ' + item.callback.method + (item.callback.bestTime ? ', best time: ' + item.callback.bestTime : '');
      li.appendChild(el('p', 'callback', cb));
    }
    var actions = el('p', 'item-actions');
    var button = el('button');
    button.type = 'button';
    var free = item.status === 'waiting' || item.status === 'callback-requested';
    var verb = free ? 'Take' : item.adviser && item.adviser.isMe ? 'Open' : 'View';
    button.className = free ? '' : 'secondary';
    button.appendChild(document.createTextNode(verb));
    button.appendChild(el('span', 'visually-hidden', ': ' + item.topic));
    button.addEventListener('click', function () { if (free) take(item.id); else openConversation(item.id); });
    actions.appendChild(button);
    li.appendChild(actions);
    return li;
  }

  var queueLoading = null;
  function loadQueue() {
    if (queueLoading) return queueLoading;
    queueLoading = api('GET', '/api/advisers/queue').then(function (res) {
      if (!res.ok) { announce(res.data.error || 'Could not load the queue.'); return; }
      var list = $('queue-list');
      list.textContent = '';
      res.data.items.forEach(function (item) { list.appendChild(queueItem(item)); });
      $('queue-empty').hidden = res.data.items.length > 0;
      pruneBanner(res.data.items);
      // Untaken, and not a parent who has left the chat with nothing to do.
      var waiting = res.data.items.filter(function (i) { return i.status !== 'with-adviser' && !(parentGone(i) && i.kind !== 'callback'); }).length;
      if (!signedOut) document.title = (waiting ? '(' + waiting + ') ' : '') + 'Adviser hub – SEND Navigator';
    }).catch(function (e) { announce(e.message || 'Could not load the queue.'); })
      .then(function () { queueLoading = null; });
    return queueLoading;
  }

  $('refresh-queue').addEventListener('click', function () {
    loadQueue().then(function () {
      announce('Queue updated.');
      if (current) openConversation(current.id, { keepFocus: true });
    });
  });

  window.setInterval(function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-since]'), function (node) { node.textContent = minutesText(node.dataset.since); });
  }, 30000);

  // ---- A conversation ------------------------------------------------------------------------

  function entryKey(entry) { return entry.at + '|' + entry.from + '|' + entry.text; }

  function whoSaid(entry) {
    if (entry.from === 'parent') return 'Parent';
    if (entry.from === 'bot') return 'SEND Navigator (bot)';
    if (entry.from === 'adviser') return (entry.adviserName || 'Adviser') + ' (adviser)';
    return 'Note from the system';
  }

  // The bot writes Markdown for the chat ("**question**", "[source](address)"): shown as plain words here.
  function withoutMarkdown(text) {
    return text.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '$1 ($2)');
  }

  function appendEntry(entry) {
    var key = entryKey(entry);
    if (shownEntries[key]) return;
    shownEntries[key] = true;
    var li = el('li', 'entry from-' + entry.from);
    var meta = el('p', 'entry-meta');
    meta.appendChild(el('span', 'who', whoSaid(entry)));
    meta.appendChild(document.createTextNode(' '));
    var time = el('time', '', clockTime(entry.at));
    time.dateTime = entry.at;
    meta.appendChild(time);
    li.appendChild(meta);
    li.appendChild(el('p', 'entry-text', entry.from === 'bot' ? withoutMarkdown(entry.text) : entry.text));
    $('transcript').appendChild(li);
    var log = $('transcript').parentNode;
    log.scrollTop = log.scrollHeight;
  }

  function fillDetails(dl, pairs) {
    dl.textContent = '';
    pairs.forEach(function (pair) {
      if (!pair[1]) return;
      dl.appendChild(el('dt', '', pair[0]));
      dl.appendChild(el('dd', '', pair[1]));
    });
  }

  function renderConversation(view) {
    var sameOne = current && current.id === view.id;
    if (sameOne && view.safeguarding && !current.safeguarding) {
      // Raised while the adviser is already with the parent: make sure they notice.
      announce('Safeguarding: words about someone at risk came up in this conversation. The parent was shown emergency help.');
      if (settings.sound) chime();
    }
    if (!sameOne && current) {
      // Moving to another conversation: keep what was typed for this one, with this one.
      writeDraft(current.id, 'message', $('message-text').value);
      writeDraft(current.id, 'note', $('note-text').value);
    }
    current = view;
    $('conversation').hidden = false;
    document.body.classList.add('has-conversation');
    $('conversation-heading').textContent = 'Conversation: ' + view.topic;

    var callback = view.kind === 'callback';
    var gone = parentGone(view);
    var cb = view.callbackDetails;
    var state = statusText(view);
    var next = '';
    if (view.status === 'closed') {
      state = 'Finished: ' + (OUTCOME_TEXT[view.closedOutcome] || 'closed') + '.';
    } else if (callback && view.parent && view.parent.presence === 'here') {
      state = 'This is a call-back request. The parent is still in the chat, so you can also message them here.';
      if (cb && !cb.doneAt && !view.mine && view.status !== 'with-adviser') next = 'Take it to message them here now, or to ' + (cb.method === 'email' ? 'email' : 'phone') + ' them: the details are under "Call-back request".';
    } else if (callback) {
      state = 'This is a call-back request. The parent is not in the chat, so messages here would not reach them.';
      var contact = cb && (cb.method === 'email' ? 'Email them at ' + cb.email : 'Phone them on ' + cb.phone) + (cb.bestTime ? ' (best time: ' + cb.bestTime + ')' : '');
      if (cb && cb.doneAt) next = 'The call-back was done at ' + clockTime(cb.doneAt) + (cb.doneBy ? ' by ' + cb.doneBy : '') + '.' + (view.mine ? ' Add a note if you need to, then close the conversation.' : '');
      else if (view.mine) next = 'What to do: ' + contact + '. Then press "Mark call-back done" and close the conversation.';
      else if (view.status === 'with-adviser' && view.adviser) next = view.adviser.firstName + ' is dealing with this call-back.';
      else next = 'Take it if you will ' + (cb && cb.method === 'email' ? 'email' : 'phone') + ' the parent: the details are under "Call-back request".';
    } else if (view.mine && gone) {
      state = 'The parent has left the chat (not connected since ' + clockTime(view.parent.goneSince) + '). Messages cannot reach them now.';
      next = 'If they come back, this page will show it and you can carry on. Otherwise, add a note if you need to and close the conversation.';
    } else if (view.mine) {
      state = 'You are talking with this parent.';
    } else if (view.status === 'with-adviser' && view.adviser) {
      state = view.adviser.firstName + ' is talking with this parent.';
    } else if (gone) {
      state = 'Waiting, but the parent has left the chat (not connected since ' + clockTime(view.parent.goneSince) + ').';
    }
    $('conversation-state').textContent = state;
    $('conversation-next').textContent = next;
    $('conversation-next').hidden = !next;
    $('safeguarding-flag').hidden = !view.safeguarding;

    var free = view.status === 'waiting' || view.status === 'callback-requested';
    $('take-area').hidden = !free;
    $('take-button').textContent = callback ? 'Take this call-back request' : 'Take this conversation';
    $('send-form').hidden = !view.canMessage;
    $('note-form').hidden = !view.mine;
    $('finish-area').hidden = !view.mine;
    // Only a parent in the chat can be handed back to the bot.
    $('return-to-bot').hidden = !view.canMessage;

    if (!sameOne) {
      $('message-text').value = draftFor(view.id, 'message');
      $('note-text').value = draftFor(view.id, 'note');
    }

    $('summary-topic').textContent = view.topic;
    $('summary-reason').textContent = view.summary.reasonText;
    $('summary-waiting-label').textContent = callback ? 'Asked since' : 'Waiting since';
    $('summary-waiting').textContent = clockTime(view.createdAt) + ' (' + minutesText(view.createdAt) + ' ago)';
    $('summary-presence').textContent = view.status === 'closed' ? 'No: the conversation has ended'
      : gone ? 'No: not connected since ' + clockTime(view.parent.goneSince)
        : view.parent && view.parent.presence === 'here' ? 'Yes' : 'Not known (this chat app does not say)';
    var answered = $('summary-answered');
    answered.textContent = '';
    if (view.summary.botAnswered.length) {
      var ul = el('ul');
      view.summary.botAnswered.forEach(function (title) { ul.appendChild(el('li', '', title)); });
      answered.appendChild(ul);
    } else {
      answered.textContent = 'None';
    }
    var flow = view.summary.flow;
    $('summary-flow').hidden = !flow;
    if (flow) {
      $('summary-flow-heading').textContent = 'Answers in the guided steps: ' + (view.flowName || flow.name);
      fillDetails($('summary-flow-answers'), Object.keys(flow.answers).map(function (k) { return [k, flow.answers[k]]; }));
    }

    $('callback-area').hidden = !cb;
    if (cb) {
      fillDetails($('callback-details'), [
        ['How', cb.method === 'phone' ? 'Phone' : 'Email'],
        ['Phone', cb.phone], ['Email', cb.email], ['Best time', cb.bestTime],
        ['Asked at', clockTime(cb.requestedAt)],
        ['Done', cb.doneAt ? clockTime(cb.doneAt) + (cb.doneBy ? ' by ' + cb.doneBy : '') : 'Not yet'],
      ]);
      $('callback-done').hidden = !view.mine || Boolean(cb.doneAt);
    }

    if (!sameOne) { $('transcript').textContent = ''; shownEntries = {}; }
    view.transcript.forEach(appendEntry);

    var notes = $('notes');
    notes.textContent = '';
    if (!view.notes.length) notes.appendChild(el('li', 'empty', 'No notes yet.'));
    view.notes.forEach(function (n) {
      var li = el('li');
      li.appendChild(el('p', 'entry-meta', n.by + ', ' + clockTime(n.at)));
      li.appendChild(el('p', 'entry-text', n.text));
      notes.appendChild(li);
    });
    Array.prototype.forEach.call(document.querySelectorAll('.queue-item'), function (item) {
      item.classList.toggle('is-open', item.dataset.id === view.id);
    });
  }

  // The conversation on screen has been deleted (the parent cleared it, or retention): nothing of it stays on the page.
  function showDeleted(message) {
    writeDraft(current.id, 'message', '');
    writeDraft(current.id, 'note', '');
    $('transcript').textContent = '';
    shownEntries = {};
    ['take-area', 'send-form', 'note-form', 'finish-area', 'callback-area', 'summary-flow', 'safeguarding-flag'].forEach(function (id) { $(id).hidden = true; });
    $('conversation-state').textContent = message;
    $('conversation-next').hidden = true;
    $('message-text').value = '';
    $('note-text').value = '';
  }

  function openConversation(id, options) {
    return api('GET', '/api/advisers/handoffs/' + encodeURIComponent(id)).then(function (res) {
      var refresh = options && options.keepFocus;
      // A refresh that comes back after the adviser has moved on must not reopen the old one.
      if (refresh && !(current && current.id === id)) return;
      if (!res.ok) {
        if (refresh && res.status === 404) {
          showDeleted('This conversation is no longer here: the parent left and deleted it, or it was past the time conversations are kept.');
          announce('The parent has left and deleted this conversation.');
        } else announce(res.data.error || 'Could not open that conversation.');
        loadQueue();
        return;
      }
      renderConversation(res.data);
      if (!refresh) $('conversation-heading').focus();
      if (options && options.restored && hasDraft()) announce('You are signed in again. What you were typing has been put back in the box.');
    }).catch(function (e) { announce(e.message); });
  }

  function take(id) {
    return api('POST', '/api/advisers/handoffs/' + encodeURIComponent(id) + '/take').then(function (res) {
      if (!res.ok) { announce(res.data.error || 'Could not take that conversation.'); loadQueue(); return; }
      renderConversation(res.data);
      $('conversation-heading').focus();
      announce('You have taken this conversation. The parent has been told you have joined.');
      loadQueue();
    }).catch(function (e) { announce(e.message); });
  }

  function closeView() {
    if (current) {
      writeDraft(current.id, 'message', $('message-text').value);
      writeDraft(current.id, 'note', $('note-text').value);
    }
    $('message-text').value = '';
    $('note-text').value = '';
    current = null;
    $('conversation').hidden = true;
    document.body.classList.remove('has-conversation');
    $('transcript').textContent = '';
    shownEntries = {};
    Array.prototype.forEach.call(document.querySelectorAll('.queue-item.is-open'), function (item) { item.classList.remove('is-open'); });
    $('queue-heading').focus();
  }

  $('close-view').addEventListener('click', closeView);
  $('take-button').addEventListener('click', function () { if (current) take(current.id); });

  $('send-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var box = $('message-text');
    var text = box.value.trim();
    if (!text || !current) { announce('Type a message first.'); box.focus(); return; }
    var id = current.id;
    api('POST', '/api/advisers/handoffs/' + encodeURIComponent(id) + '/messages', { text: text }).then(function (res) {
      if (!res.ok) {
        // Not sent (the parent has left, say): the words stay in the box, and the page catches up.
        announce(res.data.error || 'Your message was not sent.');
        if (current && current.id === id) openConversation(id, { keepFocus: true });
        loadQueue();
        return;
      }
      if (box.value.trim() === text) box.value = '';
      writeDraft(id, 'message', box.value);
      if (current && current.id === id) appendEntry(res.data.entry);
      announce('Message sent.');
    }).catch(function (e) { announce(e.message); });
  });
  $('message-text').addEventListener('input', function () { if (current) writeDraft(current.id, 'message', $('message-text').value); });
  $('note-text').addEventListener('input', function () { if (current) writeDraft(current.id, 'note', $('note-text').value); });
  // Signing out on purpose: nothing typed is kept on this computer.
  Array.prototype.forEach.call(document.querySelectorAll('form[action$="/sign-out"]'), function (form) {
    form.addEventListener('submit', function () { try { sessionStorage.removeItem(DRAFTS_KEY); } catch (e) { /* nothing kept */ } });
  });
  $('message-text').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('send-form').requestSubmit();
    }
  });

  $('note-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var box = $('note-text');
    var text = box.value.trim();
    if (!text || !current) { announce('Type a note first.'); box.focus(); return; }
    var id = current.id;
    api('POST', '/api/advisers/handoffs/' + encodeURIComponent(id) + '/notes', { text: text }).then(function (res) {
      if (!res.ok) { announce(res.data.error || 'The note was not saved.'); return; }
      box.value = '';
      writeDraft(id, 'note', '');
      announce('Note added.');
      if (current) return openConversation(current.id, { keepFocus: true });
    }).catch(function (e) { announce(e.message); });
  });

  $('callback-done').addEventListener('click', function () {
    if (!current) return;
    api('POST', '/api/advisers/handoffs/' + encodeURIComponent(current.id) + '/callback-done').then(function (res) {
      if (!res.ok) { announce(res.data.error || 'That did not work.'); return; }
      announce('Call-back marked as done.');
      openConversation(current.id, { keepFocus: true });
    }).catch(function (e) { announce(e.message); });
  });

  function finish(outcome) {
    if (!current) return;
    var id = current.id;
    api('POST', '/api/advisers/handoffs/' + encodeURIComponent(id) + '/close', { outcome: outcome }).then(function (res) {
      if (!res.ok) { announce(res.data.error || 'That did not work.'); return; }
      writeDraft(id, 'message', '');
      writeDraft(id, 'note', '');
      closeView();
      announce(outcome === 'returned-to-bot' ? 'The parent is back with the bot.' : 'Conversation closed.');
      loadQueue();
    }).catch(function (e) { announce(e.message); });
  }
  // Both end the adviser's part at once, so they ask first; a safeguarding conversation says so.
  function confirmFinish(action) {
    var warning = current && current.safeguarding
      ? 'This conversation is marked as safeguarding. Have you done what your safeguarding procedure asks, and told the parent? '
      : '';
    // A call-back not yet done leaves the queue with the conversation: said before, not found out after.
    var cb = current && current.callbackDetails;
    if (cb && !cb.doneAt) warning += 'The parent asked for a call-back that is not marked as done: it will leave the queue too. ';
    return window.confirm(warning + action + '?');
  }
  $('return-to-bot').addEventListener('click', function () {
    if (confirmFinish('Hand this parent back to the bot')) finish('returned-to-bot');
  });
  $('close-conversation').addEventListener('click', function () {
    if (confirmFinish('Close this conversation')) finish('closed-by-adviser');
  });

  // ---- Live updates --------------------------------------------------------------------------

  function onQueueEvent(event) {
    var data;
    try { data = JSON.parse(event.data); } catch (e) { return; }
    if (data.type === 'message') {
      if (current && current.id === data.handoffId) {
        appendEntry(data.entry);
        if (data.entry.from === 'parent') announce('New message from the parent.');
      } else if (data.entry.from === 'parent') {
        announce('A parent you are helping has sent a message. Open their conversation from the queue.');
      }
      return;
    }
    if (data.type === 'created') newParentAlert(data.handoffId);
    if (data.type === 'taken' || data.type === 'closed') forgetForBanner(data.handoffId);
    loadQueue();
    if (current && current.id === data.handoffId) {
      if (data.type === 'taken' && data.adviser && !data.adviser.isMe) announce('This conversation has been taken by ' + data.adviser.firstName + '.');
      if (data.type === 'closed' && current.mine) announce('This conversation has ended: ' + (OUTCOME_TEXT[data.outcome] || 'closed') + '.');
      if (data.type === 'updated' && current.mine && current.kind === 'chat') {
        // Whether the parent is still in the chat: said when it changes.
        var wasGone = parentGone(current);
        openConversation(current.id, { keepFocus: true }).then(function () {
          if (!current || current.id !== data.handoffId) return;
          if (!wasGone && parentGone(current)) announce('The parent has left the chat.');
          else if (wasGone && !parentGone(current)) announce('The parent is back in the chat.');
        });
        return;
      }
      openConversation(current.id, { keepFocus: true });
    }
  }

  function connectLive() {
    var liveState = $('live-state');
    if (signedOut) return;
    if (!window.EventSource) { liveState.textContent = 'Live updates are not available in this browser. Use Refresh to see changes.'; return; }
    var source = liveSource = new EventSource('/api/advisers/events');
    source.addEventListener('ready', function () {
      liveState.textContent = 'Live updates are on.';
      loadQueue(); // catch up on anything missed while disconnected
    });
    source.addEventListener('queue', onQueueEvent);
    // The server checks the session as it goes, and says when it has ended.
    source.addEventListener('signed-out', function () { showSignedOut(); });
    source.addEventListener('error', function () {
      if (signedOut) return;
      liveState.textContent = 'Live updates have stopped. Trying again… Use Refresh to see changes.';
      // Is the session still there? If not, the page says so; if it is, try again.
      checkSession().then(function () {
        if (signedOut) return;
        if (source.readyState === EventSource.CLOSED && liveSource === source) window.setTimeout(connectLive, 10000);
      });
    });
  }

  // The session's end is known: check just after it, in case nothing else notices first.
  function watchSessionEnd() {
    api('GET', '/api/advisers/session').then(function (res) {
      if (!res.ok || !res.data.expiresAt) return;
      var wait = new Date(res.data.expiresAt).getTime() - Date.now() + 1000;
      window.setTimeout(checkSession, Math.min(Math.max(wait, 1000), 2147483000));
    }).catch(function () { /* signed out: already said */ });
  }

  // Back from signing in again: the conversation that was open, with what was being typed.
  var reopen = new URLSearchParams(location.search).get('open');
  if (reopen && window.history && history.replaceState) history.replaceState(null, '', '/advisers');
  loadQueue().then(function () { if (reopen) openConversation(reopen, { restored: true }); });
  connectLive();
  watchSessionEnd();
})();
